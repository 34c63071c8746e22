#include "booking_logging.h"

Q_LOGGING_CATEGORY(lcBooking, "pontive.core.booking")
