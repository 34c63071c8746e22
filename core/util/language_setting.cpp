#include "language_setting.h"

#include <QSettings>

namespace pontive::core {

namespace {
const QString kKey = QStringLiteral("ui/language");
}

QString LanguageSetting::normalised(const QString &language)
{
    return language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("id");
}

QString LanguageSetting::stored()
{
    return normalised(QSettings().value(kKey, QStringLiteral("id")).toString());
}

void LanguageSetting::store(const QString &language)
{
    QSettings settings;
    settings.setValue(kKey, normalised(language));
    settings.sync();
}

} // namespace pontive::core
