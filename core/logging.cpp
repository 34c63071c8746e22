#include "logging.h"

Q_LOGGING_CATEGORY(lcStore, "pontive.core.store")
Q_LOGGING_CATEGORY(lcImport, "pontive.core.import")
Q_LOGGING_CATEGORY(lcDemo, "pontive.core.demo")
