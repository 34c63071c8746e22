#include "booking.h"

#include "booking_texts.h"


namespace pontive::core {

QString bookingStatusKey(BookingStatus status)
{
    switch (status) {
    case BookingStatus::Requested: return QStringLiteral("requested");
    case BookingStatus::Approved: return QStringLiteral("approved");
    case BookingStatus::Rejected: return QStringLiteral("rejected");
    case BookingStatus::Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("requested");
}

std::optional<BookingStatus> parseBookingStatus(const QString &key)
{
    for (BookingStatus s : {BookingStatus::Requested, BookingStatus::Approved, BookingStatus::Rejected,
                            BookingStatus::Cancelled}) {
        if (key.compare(bookingStatusKey(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

QString bookingStatusText(BookingStatus status)
{
    switch (status) {
    case BookingStatus::Requested: return BookingTexts::tr("requested");
    case BookingStatus::Approved: return BookingTexts::tr("approved");
    case BookingStatus::Rejected: return BookingTexts::tr("rejected");
    case BookingStatus::Cancelled: return BookingTexts::tr("cancelled");
    }
    return {};
}

} // namespace pontive::core
