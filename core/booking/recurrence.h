#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>

#include <vector>

namespace pontive::core {

// Expands an RFC 5545 recurrence rule with libical (never by hand). The rule is read in
// WIB wall-clock time, so "every Tuesday 09.00" stays 09.00 WIB.
class Recurrence
{
    Q_DECLARE_TR_FUNCTIONS(Recurrence)
public:
    // A series longer than this is refused: a typo in COUNT must not fill the store.
    static constexpr int kMaxOccurrences = 400;

    // The start times (UTC) of every occurrence, the first being `start` itself unless
    // excluded. Only DAILY, WEEKLY and MONTHLY rules ending by UNTIL or COUNT.
    static Result<std::vector<QDateTime>> expand(const QString &rule, const QDateTime &start,
                                                 const QList<QDate> &exceptions = {});
    // The rule as libical writes it back (normalised), or an error for a bad rule.
    static Result<QString> normalise(const QString &rule);
};

} // namespace pontive::core
