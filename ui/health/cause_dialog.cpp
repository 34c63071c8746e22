#include "cause_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

namespace pontive::ui {

CauseDialog::CauseDialog(const QString &camera, core::OfflineCause suggested, QWidget *parent)
    : QDialog(parent), m_cause(new QComboBox(this)), m_note(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Cause of the outage"));
    setObjectName(QStringLiteral("causeDialog"));
    for (core::OfflineCause c : {core::OfflineCause::Camera, core::OfflineCause::Power, core::OfflineCause::Media})
        m_cause->addItem(core::CameraTerms::name(c), int(c));
    m_cause->setObjectName(QStringLiteral("causeBox"));
    setCause(suggested);
    m_note->setObjectName(QStringLiteral("causeNote"));
    m_note->setPlaceholderText(tr("What was found, e.g. the power company cut the supply since the morning"));
    m_note->setTabChangesFocus(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Record"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_note, &QPlainTextEdit::textChanged, this, &CauseDialog::updateOk);
    auto *form = new QFormLayout(this);
    form->addRow(new QLabel(tr("Camera: %1").arg(camera), this));
    form->addRow(tr("Cause:"), m_cause);
    form->addRow(tr("Note:"), m_note);
    form->addRow(buttons);
    updateOk();
}

core::OfflineCause CauseDialog::cause() const
{
    return core::OfflineCause(m_cause->currentData().toInt());
}

QString CauseDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

void CauseDialog::setNote(const QString &note)
{
    m_note->setPlainText(note);
}

void CauseDialog::setCause(core::OfflineCause cause)
{
    m_cause->setCurrentIndex(std::max(0, m_cause->findData(int(cause))));
}

void CauseDialog::updateOk()
{
    m_ok->setEnabled(!note().isEmpty());
}

} // namespace pontive::ui
