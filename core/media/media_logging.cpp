#include "media_logging.h"

Q_LOGGING_CATEGORY(lcMedia, "pontive.core.media")
