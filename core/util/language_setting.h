#pragma once

#include <QString>

namespace pontive::core {

// The interface language this user chose ("id", the default, or "en"), kept in the user's
// settings so the next start uses it. The command line's --lang overrides it.
class LanguageSetting
{
public:
    static QString stored();
    static void store(const QString &language);
    // "id" for anything but "en": Bahasa Indonesia is the operators' language.
    static QString normalised(const QString &language);
};

} // namespace pontive::core
