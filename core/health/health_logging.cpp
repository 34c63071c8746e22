#include "health_logging.h"

Q_LOGGING_CATEGORY(lcHealth, "pontive.core.health")
