#include "ptz_logging.h"

Q_LOGGING_CATEGORY(lcPtz, "pontive.core.ptz")
