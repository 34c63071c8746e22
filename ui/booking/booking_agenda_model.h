#pragma once

#include "booking/booking.h"

#include <QAbstractTableModel>

#include <vector>

namespace pontive::ui {

// The agenda as rows: day, time (WIB), title, agency, organiser, status.
class BookingAgendaModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Day, Time, Title, Agency, Organiser, Status, ColumnCount };

    explicit BookingAgendaModel(QObject *parent = nullptr);

    void setBookings(std::vector<core::Booking> bookings);
    const core::Booking &bookingAt(int row) const { return m_bookings.at(size_t(row)); }
    const std::vector<core::Booking> &bookings() const { return m_bookings; }
    // The booking with this id, null when it is not shown.
    const core::Booking *find(qint64 id) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<core::Booking> m_bookings;
};

} // namespace pontive::ui
