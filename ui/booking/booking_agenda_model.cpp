#include "booking_agenda_model.h"

#include "util/wib_time.h"

namespace pontive::ui {

BookingAgendaModel::BookingAgendaModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void BookingAgendaModel::setBookings(std::vector<core::Booking> bookings)
{
    beginResetModel();
    m_bookings = std::move(bookings);
    endResetModel();
}

const core::Booking *BookingAgendaModel::find(qint64 id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_bookings[std::size_t(row)];
}

int BookingAgendaModel::rowOf(qint64 id) const
{
    for (std::size_t i = 0; i < m_bookings.size(); ++i) {
        if (m_bookings[i].id == id)
            return int(i);
    }
    return -1;
}

int BookingAgendaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_bookings.size());
}

int BookingAgendaModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BookingAgendaModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const core::Booking &b = m_bookings[size_t(index.row())];
    if (role == Qt::ToolTipRole)
        return b.purpose.isEmpty() ? b.contact : b.purpose;
    if (role != Qt::DisplayRole)
        return {};
    const QDateTime start = core::toWib(b.start);
    switch (index.column()) {
    case Day: return start.toString(QStringLiteral("ddd dd/MM/yyyy"));
    case Time:
        return QString(start.toString(QStringLiteral("HH.mm")) + QLatin1Char('-')
                       + core::toWib(b.end).toString(QStringLiteral("HH.mm")));
    case Title: return b.title;
    case Agency: return b.agency;
    case Organiser: return b.organiser;
    case Status: return core::bookingStatusText(b.status);
    default: return {};
    }
}

QVariant BookingAgendaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Day: return tr("Day");
    case Time: return tr("Time (WIB)");
    case Title: return tr("Meeting");
    case Agency: return tr("Agency");
    case Organiser: return tr("Organiser");
    case Status: return tr("Status");
    default: return {};
    }
}

} // namespace pontive::ui
