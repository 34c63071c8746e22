#include "shortcuts_page.h"

#include <QMessageBox>

namespace pontive::ui {

QList<std::pair<QString, QString>> ShortcutsPage::rows(Where where)
{
    QList<std::pair<QString, QString>> rows{
        {tr("Arrow keys"), tr("move between tiles")},
        {tr("Enter / double-click"), tr("show the tile alone (main stream)")},
        {tr("Esc"), tr("back to the layout")},
        {tr("Delete"), tr("clear the tile")},
        {tr("Space / Pause"), tr("pause or resume the tours")},
        {tr("Ctrl+1 … Ctrl+9"), tr("saved layouts (presets while none is saved)")},
    };
    if (where == Where::WallWindow)
        rows.append({tr("Ctrl+L"), tr("choose any layout")});
    if (where == Where::Console) {
        rows.append({tr("Ctrl+F"), tr("find a camera")});
        rows.append({tr("F5"), tr("reload the cameras")});
        rows.append({tr("F11"), tr("full screen")});
    }
    rows.append({tr("F1"), tr("this page")});
    return rows;
}

void ShortcutsPage::show(QWidget *parent, Where where)
{
    QString html = QStringLiteral("<table cellpadding='4'>");
    for (const auto &[key, what] : rows(where))
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(key.toHtmlEscaped(), what.toHtmlEscaped());
    html += QStringLiteral("</table>");
    QMessageBox box(QMessageBox::NoIcon, tr("Keyboard shortcuts"), html, QMessageBox::Close, parent);
    box.setObjectName(QStringLiteral("shortcutsPage"));
    box.setTextFormat(Qt::RichText);
    box.exec();
}

} // namespace pontive::ui
