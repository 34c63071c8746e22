#include "onvif_logging.h"

Q_LOGGING_CATEGORY(lcOnvif, "pontive.onvif")
