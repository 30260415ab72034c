#include "calendarexportdialog.h"

#include "displayformat.h"
#include "domain/sitecalendar.h"
#include "services/appcontext.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Rpb {

CalendarExportDialog::CalendarExportDialog(AppContext &context, const Site &site, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_site(site)
{
    setObjectName(QStringLiteral("calendarExportDialog"));
    setWindowTitle(tr("Export calendar"));
    setModal(true);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("An iCalendar (.ics) file opens in phone calendars, Google "
                                "Calendar, Outlook and Thunderbird. Each booking becomes one "
                                "event; exporting again updates the same events."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);
    m_wholeSite = new QRadioButton(tr("The whole &site (%1)").arg(site.name), this);
    m_wholeSite->setObjectName(QStringLiteral("wholeSite"));
    m_oneMachine = new QRadioButton(tr("One &machine:"), this);
    m_oneMachine->setObjectName(QStringLiteral("oneMachine"));
    m_oneMember = new QRadioButton(tr("One m&ember:"), this);
    m_oneMember->setObjectName(QStringLiteral("oneMember"));
    auto *group = new QButtonGroup(this);
    for (QRadioButton *b : {m_wholeSite, m_oneMachine, m_oneMember})
        group->addButton(b);
    m_wholeSite->setChecked(true);

    m_machine = new QComboBox(this);
    m_machine->setObjectName(QStringLiteral("machine"));
    if (auto machines = context.masterData().equipment(site.meta.id, true))
        for (const Equipment &e : *machines)
            m_machine->addItem(e.name, e.meta.id);
    m_member = new QComboBox(this);
    m_member->setObjectName(QStringLiteral("member"));
    m_member->setEditable(true);
    m_member->setInsertPolicy(QComboBox::NoInsert);
    if (auto members = context.masterData().members(site.meta.id, true))
        for (const Member &m : *members)
            m_member->addItem(DisplayFormat::record(m.name, m.code), m.meta.id);
    m_member->completer()->setFilterMode(Qt::MatchContains);
    m_member->completer()->setCompletionMode(QCompleter::PopupCompletion);
    grid->addWidget(m_wholeSite, 0, 0, 1, 2);
    grid->addWidget(m_oneMachine, 1, 0);
    grid->addWidget(m_machine, 1, 1);
    grid->addWidget(m_oneMember, 2, 0);
    grid->addWidget(m_member, 2, 1);
    m_machine->setEnabled(false);
    m_member->setEnabled(false);
    connect(m_oneMachine, &QRadioButton::toggled, m_machine, &QWidget::setEnabled);
    connect(m_oneMember, &QRadioButton::toggled, m_member, &QWidget::setEnabled);

    const QDate today = SiteCalendar(site).localDate(context.scheduling().now());
    auto *period = new QWidget(this);
    auto *ph = new QHBoxLayout(period);
    ph->setContentsMargins(0, 0, 0, 0);
    m_from = new QDateEdit(today.addDays(-7), period);
    m_from->setObjectName(QStringLiteral("from"));
    m_to = new QDateEdit(today.addDays(60), period);
    m_to->setObjectName(QStringLiteral("to"));
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(DisplayFormat::dateFormat());
    }
    auto *toLabel = new QLabel(tr("&to"), period);
    toLabel->setBuddy(m_to);
    ph->addWidget(m_from);
    ph->addWidget(toLabel);
    ph->addWidget(m_to);
    ph->addStretch(1);
    auto *periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_from);
    grid->addWidget(periodLabel, 3, 0);
    grid->addWidget(period, 3, 1);

    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #c42b1c;"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *save = buttons->addButton(tr("&Save file..."), QDialogButtonBox::AcceptRole);
    save->setDefault(true);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &CalendarExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CalendarExportDialog::reject);
    resize(std::max(sizeHint().width(), fontMetrics().averageCharWidth() * 70),
           sizeHint().height());
}

CalendarExport::Filter CalendarExportDialog::filter() const
{
    const SiteCalendar calendar(m_site);
    CalendarExport::Filter f;
    f.siteId = m_site.meta.id;
    if (m_oneMachine->isChecked())
        f.equipmentId = m_machine->currentData().toLongLong();
    if (m_oneMember->isChecked()) {
        const int index = m_member->findText(m_member->currentText(), Qt::MatchFixedString);
        f.memberId = m_member->itemData(index >= 0 ? index : m_member->currentIndex()).toLongLong();
    }
    f.from = calendar.fromLocal(m_from->date(), QTime(0, 0));
    f.to = calendar.fromLocal(m_to->date().addDays(1), QTime(0, 0));
    return f;
}

QString CalendarExportDialog::suggestedName() const
{
    QString what = m_site.code;
    if (m_oneMachine->isChecked())
        what = m_machine->currentText();
    else if (m_oneMember->isChecked())
        what = m_member->currentText().section(QLatin1Char('('), 0, 0).trimmed();
    what.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]+")), QStringLiteral("-"));
    return QStringLiteral("rpb-%1.ics").arg(what.toLower());
}

Status CalendarExportDialog::exportTo(const QString &file)
{
    const CalendarExport::Filter f = filter();
    if (f.from >= f.to)
        return fail(
            Error::invalid(tr("The period ends before it starts."), {}, QStringLiteral("to")));
    auto bytes = m_context.calendar().write(f);
    if (!bytes)
        return fail(bytes.error());
    // QSaveFile keeps an older file intact until the new one is complete.
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(*bytes) != bytes->size() || !out.commit())
        return fail(Error::storage(tr("Cannot write %1.").arg(QDir::toNativeSeparators(file)),
                                   out.errorString()));
    m_written = file;
    return {};
}

void CalendarExportDialog::accept()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString folder = QDir(documents).exists() ? documents : QDir::homePath();
    const QString file = QFileDialog::getSaveFileName(this, tr("Export calendar"),
                                                      QDir(folder).filePath(suggestedName()),
                                                      tr("iCalendar files (*.ics);;All files (*)"));
    if (file.isEmpty())
        return;
    const Status written = exportTo(file);
    if (!written) {
        m_error->setText(written.error().message);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace Rpb
