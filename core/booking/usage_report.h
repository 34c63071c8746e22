#pragma once

#include "booking.h"
#include "util/text_table.h"

#include <QCoreApplication>

#include <vector>

namespace pontive::core {

struct UsageRow {
    QString key;        // "2027-01", "2027" or an agency code
    int meetings = 0;
    double hours = 0.0;
};

// How the room was used: approved meetings per month, per year and per agency, with the
// hours they took. Months and years are WIB.
class UsageReport
{
    Q_DECLARE_TR_FUNCTIONS(UsageReport)
public:
    static UsageReport build(const std::vector<Booking> &bookings);

    const std::vector<UsageRow> &byMonth() const { return m_byMonth; }
    const std::vector<UsageRow> &byYear() const { return m_byYear; }
    const std::vector<UsageRow> &byAgency() const { return m_byAgency; }
    int meetings() const { return m_meetings; }
    double hours() const { return m_hours; }

    // One table: section (month, year, agency, total), key, meetings, hours.
    TextTable toTable() const;

private:
    std::vector<UsageRow> m_byMonth;
    std::vector<UsageRow> m_byYear;
    std::vector<UsageRow> m_byAgency;
    int m_meetings = 0;
    double m_hours = 0.0;
};

} // namespace pontive::core
