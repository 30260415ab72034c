#include "syncimportdialog.h"

#include "displayformat.h"
#include "services/appcontext.h"
#include "services/language.h"
#include "syncprogressdialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Rpb {

namespace {
enum KindColumn { KindName, InPackage, Added, Changed, Unchanged, Conflicting, KindColumnCount };

QTableWidgetItem *numberItem(qint64 value)
{
    auto *item = new QTableWidgetItem(DisplayFormat::number(value));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setData(Qt::UserRole, value);
    return item;
}

QTableWidget *makeTable(int columns, const QString &name, QWidget *parent)
{
    auto *table = new QTableWidget(0, columns, parent);
    table->setObjectName(name);
    // Eleven kinds and their total fit without scrolling on a 768-pixel screen.
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setTabKeyNavigation(false);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
    return table;
}
} // namespace

SyncImportDialog::SyncImportDialog(AppContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("syncImportDialog"));
    setWindowTitle(tr("Import a sync package"));
    auto *layout = new QVBoxLayout(this);

    auto *facts = new QFormLayout;
    facts->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto fact = [this, facts](const QString &label, const QString &name) {
        auto *value = new QLabel(this);
        value->setObjectName(name);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        facts->addRow(label, value);
        return value;
    };
    m_file = fact(tr("File:"), QStringLiteral("file"));
    m_site = fact(tr("Site:"), QStringLiteral("site"));
    m_range = fact(tr("Contents:"), QStringLiteral("range"));
    m_created = fact(tr("Created:"), QStringLiteral("created"));
    m_check = fact(tr("Check:"), QStringLiteral("check"));
    layout->addLayout(facts);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #1a1a1a; background: #fde7e9; "
                                          "border: 1px solid #c42b1c; border-left: 6px solid "
                                          "#c42b1c; border-radius: 3px; padding: 8px; }"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *kindsLabel = new QLabel(tr("&Records per kind:"), this);
    m_kinds = makeTable(KindColumnCount, QStringLiteral("kinds"), this);
    m_kinds->setHorizontalHeaderLabels({tr("Kind"), tr("In package"), tr("New"), tr("Changed"),
                                        tr("Unchanged"), tr("Conflicting")});
    m_kinds->horizontalHeader()->setStretchLastSection(false);
    m_kinds->horizontalHeader()->setSectionResizeMode(KindName, QHeaderView::Stretch);
    kindsLabel->setBuddy(m_kinds);
    layout->addWidget(kindsLabel);
    layout->addWidget(m_kinds, 3);

    m_conflictsLabel
        = new QLabel(tr("Con&flicts (the same version here with other content):"), this);
    m_conflicts = makeTable(3, QStringLiteral("conflicts"), this);
    m_conflicts->setHorizontalHeaderLabels({tr("Kind"), tr("Record"), tr("Version")});
    m_conflicts->horizontalHeader()->setStretchLastSection(false);
    m_conflicts->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_conflictsLabel->setBuddy(m_conflicts);
    layout->addWidget(m_conflictsLabel);
    layout->addWidget(m_conflicts, 1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_buttons = new QDialogButtonBox(this);
    m_import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("import"));
    m_keepAside = m_buttons->addButton(tr("Import and &keep conflicts aside"),
                                       QDialogButtonBox::AcceptRole);
    m_keepAside->setObjectName(QStringLiteral("importKeepAside"));
    m_cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancel"));
    connect(m_import, &QPushButton::clicked, this,
            [this] { import(SyncService::ConflictPolicy::Refuse); });
    connect(m_keepAside, &QPushButton::clicked, this,
            [this] { import(SyncService::ConflictPolicy::KeepAside); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    clear();
    // Room for every kind of record; never taller than the screen of a 1366x768 laptop.
    QSize size(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 42);
    if (const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size() * 0.92);
    resize(size);
}

void SyncImportDialog::clear()
{
    m_preview.reset();
    for (QLabel *label : {m_site, m_range, m_created, m_check})
        label->clear();
    m_check->setToolTip(QString());
    m_error->clear();
    m_error->hide();
    m_kinds->setRowCount(0);
    m_conflicts->setRowCount(0);
    m_conflictsLabel->hide();
    m_conflicts->hide();
    m_summary->clear();
    m_import->setEnabled(false);
    m_import->setDefault(false);
    m_keepAside->hide();
    m_cancel->setText(tr("Cancel"));
}

bool SyncImportDialog::loadFile(const QString &path)
{
    clear();
    m_path = path;
    m_file->setText(QDir::toNativeSeparators(path));
    m_summary->setText(tr("Checking the package..."));
    bool cancelled = false;
    const Result<SyncService::ImportPreview> preview
        = SyncProgressDialog::run<SyncService::ImportPreview>(
            m_context, tr("Checking the package"), this,
            [path](AppContext &worker, const SyncProgressDialog::Progress &progress) {
                return worker.sync().previewImport(path, progress);
            },
            &cancelled);
    if (!preview && cancelled) {
        showError(Error::invalid(tr("The check was cancelled.")), true);
        return false;
    }
    if (!preview) {
        showError(preview.error(), true);
        return false;
    }
    showPreview(*preview);
    return true;
}

void SyncImportDialog::showPreview(const SyncService::ImportPreview &preview)
{
    m_preview = preview;
    m_site->setText(DisplayFormat::site(preview.siteCode, preview.siteName));
    // Packages number changes after the last one sent, so a range starts one past fromSeq.
    if (preview.full)
        m_range->setText(tr("Everything of the site, up to change %1")
                             .arg(DisplayFormat::number(preview.toSeq)));
    else
        m_range->setText(tr("Changes %1 to %2")
                             .arg(DisplayFormat::number(preview.fromSeq + 1),
                                  DisplayFormat::number(preview.toSeq)));
    QString zone;
    if (auto site = m_context.masterData().find<Site>(
            std::nullopt, preview.siteUuid.toString(QUuid::WithoutBraces)))
        zone = site->timeZone;
    m_created->setText(moment(preview.created, zone));
    QString check = tr("SHA-256 checked, the file is whole: %1...").arg(preview.sha256.left(16));
    if (preview.seenBefore)
        check += QLatin1Char('\n') + tr("This package was imported here before.");
    m_check->setText(check);
    m_check->setToolTip(preview.sha256);

    qint64 total[KindColumnCount] = {};
    m_kinds->setRowCount(int(preview.kinds.size()) + 1);
    for (int row = 0; row < preview.kinds.size(); ++row) {
        const SyncService::KindCount &k = preview.kinds.at(row);
        auto *name = new QTableWidgetItem(kindDisplayName(k.kind));
        name->setData(Qt::UserRole, k.kind);
        m_kinds->setItem(row, KindName, name);
        const qint64 values[] = {k.records, k.added, k.changed, k.unchanged, k.conflicting};
        for (int c = InPackage; c < KindColumnCount; ++c) {
            m_kinds->setItem(row, c, numberItem(values[c - InPackage]));
            total[c] += values[c - InPackage];
            if (c == Conflicting && values[c - InPackage] > 0)
                m_kinds->item(row, c)->setForeground(QColor(0xc4, 0x2b, 0x1c));
        }
    }
    const int last = int(preview.kinds.size());
    m_kinds->setItem(last, KindName, new QTableWidgetItem(tr("Total")));
    for (int c = InPackage; c < KindColumnCount; ++c)
        m_kinds->setItem(last, c, numberItem(total[c]));
    for (int c = 0; c < KindColumnCount; ++c) {
        QFont bold = m_kinds->item(last, c)->font();
        bold.setBold(true);
        m_kinds->item(last, c)->setFont(bold);
    }
    m_kinds->resizeColumnsToContents();
    m_kinds->horizontalHeader()->setSectionResizeMode(KindName, QHeaderView::Stretch);
    // Every kind and the total at once, without a scroll bar.
    m_kinds->setMinimumHeight(m_kinds->horizontalHeader()->sizeHint().height()
                              + m_kinds->rowCount()
                                  * m_kinds->verticalHeader()->defaultSectionSize()
                              + 2 * m_kinds->frameWidth());

    const qint64 conflicts = preview.conflicts.size();
    m_conflicts->setRowCount(int(conflicts));
    for (int row = 0; row < conflicts; ++row) {
        const SyncService::Conflict &c = preview.conflicts.at(row);
        m_conflicts->setItem(row, 0, new QTableWidgetItem(recordKindName(c.kind)));
        m_conflicts->setItem(row, 1, new QTableWidgetItem(c.label));
        m_conflicts->setItem(row, 2, numberItem(c.rowVersion));
    }
    m_conflicts->resizeColumnsToContents();
    m_conflicts->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_conflicts->setMaximumHeight(m_conflicts->horizontalHeader()->sizeHint().height()
                                  + 4 * m_conflicts->verticalHeader()->defaultSectionSize()
                                  + 2 * m_conflicts->frameWidth());
    m_conflictsLabel->setVisible(conflicts > 0);
    m_conflicts->setVisible(conflicts > 0);

    const qint64 changes = preview.changes();
    if (conflicts > 0) {
        m_summary->setText(
            tr("%Ln record(s) in the package have the same version as ours but other content. "
               "Import the rest and keep the conflicts aside for a manager to decide on the "
               "Sync page, or cancel and change nothing.",
               nullptr, int(conflicts)));
        m_import->setToolTip(tr("Not possible while records conflict: nothing would be written."));
    } else if (changes == 0) {
        m_summary->setText(tr("Every record of this package is here already: importing it would "
                              "change nothing."));
        m_import->setToolTip(QString());
    } else {
        m_summary->setText(tr("%Ln record(s) would be added or changed. Either all of them are "
                              "imported or none.",
                              nullptr, int(changes)));
        m_import->setToolTip(QString());
    }
    m_import->setEnabled(conflicts == 0 && changes > 0);
    m_keepAside->setVisible(conflicts > 0);
    m_keepAside->setEnabled(true);
    m_cancel->setText(conflicts == 0 && changes == 0 ? tr("Close") : tr("Cancel"));
    if (m_import->isEnabled()) {
        m_import->setDefault(true);
        m_import->setFocus(Qt::OtherFocusReason);
    } else {
        m_kinds->setFocus(Qt::OtherFocusReason);
    }
}

void SyncImportDialog::showError(const Error &error, bool before)
{
    QString text
        = before ? tr("<b>This file cannot be imported.</b>") : tr("<b>The import failed.</b>");
    text += QLatin1Char(' ') + error.message.toHtmlEscaped();
    if (!error.where.isEmpty() && !error.message.contains(error.where))
        text += QStringLiteral(" (%1)").arg(error.where.toHtmlEscaped());
    text += QStringLiteral("<br>") + tr("Nothing was changed in the database.");
    m_error->setText(text);
    m_error->show();
    if (before) {
        m_summary->clear();
        m_import->setEnabled(false);
        m_keepAside->hide();
        m_cancel->setText(tr("Close"));
    }
    m_cancel->setFocus(Qt::OtherFocusReason);
}

Result<SyncService::ImportPreview> SyncImportDialog::import(SyncService::ConflictPolicy policy)
{
    if (!m_preview)
        return fail(Error::invalid(tr("Choose a package first.")));
    m_error->hide();
    bool cancelled = false;
    const QString path = m_path;
    Result<SyncService::ImportPreview> result = SyncProgressDialog::run<SyncService::ImportPreview>(
        m_context, tr("Importing the package"), this,
        [path, policy](AppContext &worker, const SyncProgressDialog::Progress &progress) {
            return worker.sync().importPackage(path, policy, progress);
        },
        &cancelled);
    if (!result && cancelled)
        result = fail(Error::invalid(tr("The import was cancelled.")));
    if (!result) {
        showError(result.error(), false);
        return result;
    }
    Q_EMIT imported(*result);
    accept();
    return result;
}

QString SyncImportDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString SyncImportDialog::summary() const
{
    return m_summary->text();
}

QString SyncImportDialog::kindDisplayName(const QString &kind)
{
    static const struct
    {
        const char *kind;
        const char *name;
    } names[] = {
        {"site", QT_TRANSLATE_NOOP("Rpb::SyncImportDialog", "Sites")},
        {"product_line", QT_TRANSLATE_NOOP("Rpb::SyncImportDialog", "Product lines")},
        {"equipment", QT_TRANSLATE_NOOP("Rpb::SyncImportDialog", "Machines")},
        {"member", QT_TRANSLATE_NOOP("Rpb::SyncImportDialog", "Members")},
        {"waste_category", QT_TRANSLATE_NOOP("Rpb::SyncImportDialog", "Waste categories")},
        {"booking_series", QT_TRANSLATE_NOOP("Rpb::SyncImportDialog", "Booking series")},
        {"booking", QT_TRANSLATE_NOOP("Rpb::SyncImportDialog", "Bookings")},
        {"maintenance_window", QT_TRANSLATE_NOOP("Rpb::SyncImportDialog", "Maintenance windows")},
        {"batch", QT_TRANSLATE_NOOP("Rpb::SyncImportDialog", "Batches")},
        {"waste_line", QT_TRANSLATE_NOOP("Rpb::SyncImportDialog", "Waste lines")},
        {"month_close", QT_TRANSLATE_NOOP("Rpb::SyncImportDialog", "Closed months")},
    };
    for (const auto &entry : names)
        if (kind == QLatin1String(entry.kind))
            return tr(entry.name);
    return kind;
}

QString SyncImportDialog::recordKindName(const QString &kind)
{
    static const struct
    {
        const char *kind;
        const char *name;
    } names[] = {
        {"site", QT_TRANSLATE_NOOP("Rpb::SyncImportDialog", "Site")},
        {"product_line", QT_TRANSLATE_NOOP("Rpb::SyncImportDialog", "Product line")},
        {"equipment", QT_TRANSLATE_NOOP("Rpb::SyncImportDialog", "Machine")},
        {"member", QT_TRANSLATE_NOOP("Rpb::SyncImportDialog", "Member")},
        {"waste_category", QT_TRANSLATE_NOOP("Rpb::SyncImportDialog", "Waste category")},
        {"booking_series", QT_TRANSLATE_NOOP("Rpb::SyncImportDialog", "Booking series")},
        {"booking", QT_TRANSLATE_NOOP("Rpb::SyncImportDialog", "Booking")},
        {"maintenance_window", QT_TRANSLATE_NOOP("Rpb::SyncImportDialog", "Maintenance window")},
        {"batch", QT_TRANSLATE_NOOP("Rpb::SyncImportDialog", "Batch")},
        {"waste_line", QT_TRANSLATE_NOOP("Rpb::SyncImportDialog", "Waste line")},
        {"month_close", QT_TRANSLATE_NOOP("Rpb::SyncImportDialog", "Closed month")},
    };
    for (const auto &entry : names)
        if (kind == QLatin1String(entry.kind))
            return tr(entry.name);
    return kind;
}

QString SyncImportDialog::moment(const QDateTime &utc, const QString &timeZone)
{
    if (!utc.isValid())
        return {};
    QDateTime shown;
    QString zone;
    const QTimeZone tz(timeZone.toUtf8());
    if (!timeZone.isEmpty() && tz.isValid()) {
        shown = utc.toTimeZone(tz);
        zone = DisplayFormat::timeZoneAbbreviation(timeZone);
    } else {
        shown = utc.toLocalTime();
        zone = shown.timeZoneAbbreviation();
    }
    return QStringLiteral("%1 %2 %3")
        .arg(DisplayFormat::date(shown.date()),
             Language::locale().toString(shown.time(), QStringLiteral("HH:mm")), zone)
        .trimmed();
}

} // namespace Rpb
