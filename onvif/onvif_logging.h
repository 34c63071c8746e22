#pragma once

#include <QLoggingCategory>

// pontive.onvif: every ONVIF request, fault and discovery event; logs stay English.
Q_DECLARE_LOGGING_CATEGORY(lcOnvif)
