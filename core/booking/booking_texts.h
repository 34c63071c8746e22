#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace pontive::core {

// Translated texts of this module that are not bound to one class.
class BookingTexts
{
    Q_DECLARE_TR_FUNCTIONS(BookingTexts)
public:
    // "'Rapat Dishub', 09.00-11.00, 12/01/2027" in WIB.
    static QString describe(const QString &title, const QDateTime &start, const QDateTime &end);
    // "conflicts with 'Rapat Dishub', 09.00-11.00, 12/01/2027"
    static QString conflictWith(const QString &title, const QDateTime &start, const QDateTime &end);
};

} // namespace pontive::core
