#include "booking_dialog.h"

#include "booking/booking_actions.h"
#include "util/wib_time.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTimeEdit>
#include <QTimeZone>

namespace pontive::ui {

namespace {

const QTimeZone kWib(7 * 3600);

} // namespace

BookingDialog::BookingDialog(core::BookingActions *actions, const core::BookingChoices &choices,
                             const QDateTime &startUtc, QWidget *parent)
    : QDialog(parent), m_actions(actions), m_title(new QLineEdit(this)), m_room(new QComboBox(this)),
      m_agency(new QComboBox(this)), m_organiser(new QLineEdit(this)), m_contact(new QLineEdit(this)),
      m_date(new QDateEdit(this)), m_start(new QTimeEdit(this)), m_end(new QTimeEdit(this)),
      m_attendees(new QSpinBox(this)), m_purpose(new QPlainTextEdit(this)),
      m_wall(new QCheckBox(tr("Video wall"), this)), m_projector(new QCheckBox(tr("Projector"), this)),
      m_sound(new QCheckBox(tr("Sound system"), this)), m_layout(new QComboBox(this)),
      m_approve(new QCheckBox(tr("Approve at once"), this)), m_repeat(new QComboBox(this)),
      m_endKind(new QComboBox(this)), m_count(new QSpinBox(this)), m_until(new QDateEdit(this)),
      m_exceptions(new QLineEdit(this)), m_check(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New booking"));
    setObjectName(QStringLiteral("bookingDialog"));
    for (const core::Room &r : choices.rooms)
        m_room->addItem(r.name);
    m_agency->addItems(choices.agencies);
    m_agency->setToolTip(tr("The city's agencies (pontivectl agencies add/rename/remove)"));
    m_layout->addItem(tr("(none: the wall stays as it is)"), QString());
    for (const QString &l : choices.layouts)
        m_layout->addItem(l, l);
    const QDateTime start = core::toWib(startUtc);
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_date->setCalendarPopup(true);
    m_date->setDate(start.date());
    for (QTimeEdit *t : {m_start, m_end})
        t->setDisplayFormat(QStringLiteral("HH.mm"));
    m_start->setTime(start.time());
    m_end->setTime(start.time().addSecs(2 * 3600));
    m_attendees->setRange(0, 1000);
    m_purpose->setMaximumHeight(70);
    m_title->setPlaceholderText(tr("e.g. Rapat koordinasi lalu lintas"));

    auto *equipment = new QHBoxLayout;
    for (QCheckBox *c : {m_wall, m_projector, m_sound})
        equipment->addWidget(c);
    equipment->addStretch(1);
    auto *times = new QHBoxLayout;
    times->addWidget(m_date);
    times->addWidget(new QLabel(tr("from"), this));
    times->addWidget(m_start);
    times->addWidget(new QLabel(tr("to"), this));
    times->addWidget(m_end);
    times->addWidget(new QLabel(tr("WIB"), this));
    times->addStretch(1);

    auto *form = new QFormLayout;
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Room:"), m_room);
    form->addRow(tr("When:"), times);
    form->addRow(tr("Repeat:"), buildRecurrence());
    form->addRow(tr("Agency:"), m_agency);
    form->addRow(tr("Organiser:"), m_organiser);
    form->addRow(tr("Contact:"), m_contact);
    form->addRow(tr("Attendees:"), m_attendees);
    form->addRow(tr("Purpose:"), m_purpose);
    form->addRow(tr("Equipment:"), equipment);
    form->addRow(tr("Wall layout:"), m_layout);
    form->addRow(QString(), m_approve);

    m_check->setObjectName(QStringLiteral("bookingCheck"));
    m_check->setWordWrap(true);
    m_check->setMinimumHeight(48);
    m_check->setTextFormat(Qt::RichText);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_check);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &BookingDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &BookingDialog::reject);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(350);
    connect(&m_debounce, &QTimer::timeout, this, [this] {
        ++m_pending;
        m_actions->check(request());
    });
    connect(m_actions, &core::BookingActions::checked, this, [this](const core::BookingOutcome &o) {
        if (--m_pending == 0 && !m_debounce.isActive())
            showCheck({}, o.warnings);
    });
    connect(m_actions, &core::BookingActions::checkFailed, this, [this](const pontive::Error &e) {
        if (--m_pending == 0 && !m_debounce.isActive())
            showFailure(e);
    });
    connect(m_actions, &core::BookingActions::added, this, [this](const core::BookingOutcome &o) {
        if (!m_saving)
            return;
        m_saving = false;
        emit booked(o);
        QDialog::accept();
    });
    connect(m_actions, &core::BookingActions::failed, this, [this](const pontive::Error &e) {
        if (!m_saving)
            return;
        m_saving = false;
        showFailure(e);
    });
    for (QLineEdit *e : {m_title, m_organiser, m_contact, m_exceptions})
        connect(e, &QLineEdit::textChanged, this, &BookingDialog::scheduleCheck);
    for (QComboBox *c : {m_room, m_agency, m_repeat, m_endKind})
        connect(c, &QComboBox::currentIndexChanged, this, &BookingDialog::scheduleCheck);
    for (QDateTimeEdit *e : std::initializer_list<QDateTimeEdit *>{m_date, m_start, m_end, m_until})
        connect(e, &QDateTimeEdit::dateTimeChanged, this, &BookingDialog::scheduleCheck);
    connect(m_count, &QSpinBox::valueChanged, this, &BookingDialog::scheduleCheck);
    connect(m_attendees, &QSpinBox::valueChanged, this, &BookingDialog::scheduleCheck);
    connect(m_approve, &QCheckBox::toggled, this, &BookingDialog::scheduleCheck);
    scheduleCheck();
}

QWidget *BookingDialog::buildRecurrence()
{
    auto *box = new QWidget(this);
    m_repeat->addItem(tr("Does not repeat"), QString());
    m_repeat->addItem(tr("Daily"), QStringLiteral("DAILY"));
    m_repeat->addItem(tr("Weekly"), QStringLiteral("WEEKLY"));
    m_repeat->addItem(tr("Monthly"), QStringLiteral("MONTHLY"));
    m_endKind->addItem(tr("times"));
    m_endKind->addItem(tr("until"));
    m_count->setRange(2, 400);
    m_count->setValue(4);
    m_until->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_until->setCalendarPopup(true);
    m_until->setDate(m_date->date().addMonths(1));
    m_exceptions->setPlaceholderText(tr("skip dates: 19/01/2027, 26/01/2027"));
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_repeat);
    row->addWidget(m_count);
    row->addWidget(m_endKind);
    row->addWidget(m_until);
    row->addWidget(m_exceptions, 1);
    const auto sync = [this] {
        const bool repeats = !m_repeat->currentData().toString().isEmpty();
        m_endKind->setEnabled(repeats);
        m_count->setVisible(m_endKind->currentIndex() == 0);
        m_until->setVisible(m_endKind->currentIndex() == 1);
        m_count->setEnabled(repeats);
        m_until->setEnabled(repeats);
        m_exceptions->setEnabled(repeats);
    };
    connect(m_repeat, &QComboBox::currentIndexChanged, this, sync);
    connect(m_endKind, &QComboBox::currentIndexChanged, this, sync);
    sync();
    return box;
}

core::BookingRequest BookingDialog::request() const
{
    core::BookingRequest r;
    r.room = m_room->currentText();
    r.title = m_title->text();
    r.organiser = m_organiser->text();
    r.agency = m_agency->currentText();
    r.contact = m_contact->text();
    r.start = QDateTime(m_date->date(), m_start->time(), kWib).toUTC();
    r.end = QDateTime(m_date->date(), m_end->time(), kWib).toUTC();
    r.attendees = m_attendees->value();
    r.purpose = m_purpose->toPlainText();
    r.equipment = core::Equipment{m_wall->isChecked(), m_projector->isChecked(), m_sound->isChecked()};
    r.layout = m_layout->currentData().toString();
    r.approve = m_approve->isChecked();
    if (const QString freq = m_repeat->currentData().toString(); !freq.isEmpty()) {
        r.rrule = m_endKind->currentIndex() == 0
            ? QStringLiteral("FREQ=%1;COUNT=%2").arg(freq).arg(m_count->value())
            : QStringLiteral("FREQ=%1;UNTIL=%2T235959").arg(freq, m_until->date().toString(QStringLiteral("yyyyMMdd")));
        for (const QString &d : m_exceptions->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts)) {
            const QDate date = QDate::fromString(d, QStringLiteral("dd/MM/yyyy"));
            r.exceptions << (date.isValid() ? date : QDate::fromString(d, Qt::ISODate));
        }
    }
    return r;
}

void BookingDialog::scheduleCheck()
{
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    m_check->setText(tr("Checking…"));
    m_debounce.start();
}

void BookingDialog::showCheck(const QStringList &problems, const QStringList &warnings)
{
    m_problems = problems;
    m_warnings = warnings;
    QString html;
    for (const QString &w : warnings)
        html += QStringLiteral("<div style='color:#e0a030'>⚠ %1</div>").arg(w.toHtmlEscaped());
    for (const QString &p : problems)
        html += QStringLiteral("<div style='color:#ff6b6b'>✖ %1</div>").arg(p.toHtmlEscaped());
    if (problems.isEmpty())
        html += QStringLiteral("<div style='color:#6bd46b'>✔ %1</div>").arg(tr("Free: the room can be booked").toHtmlEscaped());
    m_check->setText(html);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problems.isEmpty());
}

void BookingDialog::showFailure(const pontive::Error &error)
{
    // "2 occurrence(s) cannot be booked: 12/01/2027: conflicts with ...; 19/01/2027: ..." -> one line each.
    QString text = error.message;
    QStringList lines;
    static const QRegularExpression firstDate(QStringLiteral("\\d\\d/\\d\\d/\\d{4}: "));
    if (const qsizetype at = text.indexOf(firstDate); at > 0) {
        lines << text.left(at).trimmed();
        text = text.mid(at);
    }
    lines << text.split(QStringLiteral("; "), Qt::SkipEmptyParts);
    showCheck(lines, {});
}

void BookingDialog::accept()
{
    if (m_saving || checkPending() || !m_problems.isEmpty())
        return;
    m_saving = true;
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    m_check->setText(tr("Saving…"));
    m_actions->add(request());
}

} // namespace pontive::ui
