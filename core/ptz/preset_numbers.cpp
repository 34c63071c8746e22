#include "preset_numbers.h"

#include <QRegularExpression>

namespace pontive::core {

QString presetTokenForNumber(int number, const QList<PtzPresetInfo> &presets)
{
    if (number <= 0)
        return {};
    for (const PtzPresetInfo &preset : presets)
        if (preset.token == QString::number(number))
            return preset.token;
    static const QRegularExpression kTrailingNumber(QStringLiteral("(\\d+)$"));
    for (const PtzPresetInfo &preset : presets) {
        const QRegularExpressionMatch match = kTrailingNumber.match(preset.token);
        if (match.hasMatch() && match.captured(1).toInt() == number)
            return preset.token;
    }
    return number <= presets.size() ? presets[number - 1].token : QString();
}

} // namespace pontive::core
