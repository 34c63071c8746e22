#pragma once

#include <QLoggingCategory>

// The PTZ module's category: controllers, rate limiting, joysticks, patrols.
Q_DECLARE_LOGGING_CATEGORY(lcPtz)
