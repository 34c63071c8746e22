#pragma once

#include <QLoggingCategory>

// The health module's category; logs stay English and never carry credentials.
Q_DECLARE_LOGGING_CATEGORY(lcHealth)
