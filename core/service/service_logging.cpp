#include "service_logging.h"

Q_LOGGING_CATEGORY(lcService, "pontive.core.service")
