#include "booking_ui_logging.h"

Q_LOGGING_CATEGORY(lcBookingUi, "pontive.ui.booking")
