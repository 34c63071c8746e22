#pragma once

#include <QLoggingCategory>

// pontive.core.media: stream sessions, pipelines, reconnects. Logs stay English and never
// hold credentials (every URL goes through redactUrl first).
Q_DECLARE_LOGGING_CATEGORY(lcMedia)
