#include "recurrence.h"

#include "booking_logging.h"
#include "util/wib_time.h"

#include <QTimeZone>

#include <libical/ical.h>

#include <cstdlib>
#include <memory>

namespace pontive::core {

namespace {

const QTimeZone kWib(7 * 3600);

// Floating (zone-less) libical time holding the WIB wall clock of `utc`.
icaltimetype floatingWib(const QDateTime &utc)
{
    const QDateTime wib = toWib(utc);
    icaltimetype t = icaltime_null_time();
    t.year = wib.date().year();
    t.month = wib.date().month();
    t.day = wib.date().day();
    t.hour = wib.time().hour();
    t.minute = wib.time().minute();
    t.second = wib.time().second();
    t.is_date = 0;
    t.zone = nullptr;
    return t;
}

QDateTime fromFloatingWib(const icaltimetype &t)
{
    return QDateTime(QDate(t.year, t.month, t.day), QTime(t.hour, t.minute, t.second), kWib).toUTC();
}

Result<icalrecurrencetype> parseRule(const QString &rule)
{
    const QByteArray text = rule.trimmed().toUtf8();
    icalerror_clear_errno();
    icalrecurrencetype recur = icalrecurrencetype_from_string(text.constData());
    if (recur.freq == ICAL_NO_RECURRENCE || icalerrno != ICAL_NO_ERROR) {
        icalerror_clear_errno();
        return fail(ErrorCode::BadInput, Recurrence::tr("'%1' is not a recurrence rule (e.g. FREQ=WEEKLY;COUNT=4)").arg(rule));
    }
    if (recur.freq != ICAL_DAILY_RECURRENCE && recur.freq != ICAL_WEEKLY_RECURRENCE
        && recur.freq != ICAL_MONTHLY_RECURRENCE)
        return fail(ErrorCode::BadInput, Recurrence::tr("only daily, weekly and monthly rules are allowed: '%1'").arg(rule));
    if (recur.count <= 0 && icaltime_is_null_time(recur.until))
        return fail(ErrorCode::BadInput, Recurrence::tr("a recurring booking needs an end: UNTIL=date or COUNT=n"));
    if (recur.count > Recurrence::kMaxOccurrences)
        return fail(ErrorCode::BadInput,
                    Recurrence::tr("at most %1 occurrences in one series").arg(Recurrence::kMaxOccurrences));
    return recur;
}

} // namespace

Result<QString> Recurrence::normalise(const QString &rule)
{
    auto recur = parseRule(rule);
    if (!recur)
        return std::unexpected(recur.error());
    char *text = icalrecurrencetype_as_string_r(&*recur);
    const QString out = QString::fromUtf8(text);
    std::free(text);
    return out;
}

Result<std::vector<QDateTime>> Recurrence::expand(const QString &rule, const QDateTime &start,
                                                  const QList<QDate> &exceptions)
{
    auto recur = parseRule(rule);
    if (!recur)
        return std::unexpected(recur.error());
    // The iterator runs in floating WIB time: a UTC UNTIL is moved onto that clock.
    if (!icaltime_is_null_time(recur->until) && !recur->until.is_date && icaltime_is_utc(recur->until)) {
        const QDateTime until(QDate(recur->until.year, recur->until.month, recur->until.day),
                              QTime(recur->until.hour, recur->until.minute, recur->until.second), Qt::UTC);
        recur->until = floatingWib(until);
    }
    std::unique_ptr<icalrecur_iterator, decltype(&icalrecur_iterator_free)> it(
        icalrecur_iterator_new(*recur, floatingWib(start)), &icalrecur_iterator_free);
    if (!it)
        return fail(ErrorCode::BadInput, tr("cannot expand the recurrence rule '%1'").arg(rule));
    std::vector<QDateTime> out;
    int produced = 0;
    for (icaltimetype t = icalrecur_iterator_next(it.get()); !icaltime_is_null_time(t);
         t = icalrecur_iterator_next(it.get())) {
        if (++produced > kMaxOccurrences)
            return fail(ErrorCode::BadInput, tr("at most %1 occurrences in one series").arg(kMaxOccurrences));
        const QDateTime at = fromFloatingWib(t);
        if (exceptions.contains(toWib(at).date()))
            continue;
        out.push_back(at);
    }
    qCDebug(lcBooking) << "rule" << rule << "expanded to" << out.size() << "occurrences";
    if (out.empty())
        return fail(ErrorCode::BadInput, tr("the recurrence rule '%1' leaves no occurrence").arg(rule));
    return out;
}

} // namespace pontive::core
