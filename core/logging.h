#pragma once

#include <QLoggingCategory>

// One category per module; logs stay English.
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcImport)
Q_DECLARE_LOGGING_CATEGORY(lcDemo)
