#include "camsim_logging.h"

Q_LOGGING_CATEGORY(lcCamsim, "pontive.camsim")
