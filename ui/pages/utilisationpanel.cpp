#include "utilisationpanel.h"

#include "models/changewatch.h"

#include "domain/sitecalendar.h"
#include "models/utilisationmodel.h"
#include "services/appcontext.h"
#include "services/language.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace Rpb {

UtilisationPanel::UtilisationPanel(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("utilisation"));
    // Booked and used hours and open hours less maintenance: follows the hub for its site.
    m_watch = new ChangeWatch(m_context.hub(),
                              {EntityKind::Booking, EntityKind::MaintenanceWindow,
                               EntityKind::Equipment, EntityKind::Site},
                              this);
    connect(m_watch, &ChangeWatch::changed, this, &UtilisationPanel::invalidate);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    auto *bar = new QHBoxLayout;
    m_monthLabel = new QLabel(this);
    m_month = new QComboBox(this);
    m_month->setObjectName(QStringLiteral("month"));
    for (int m = 1; m <= 12; ++m)
        m_month->addItem(QString(), m);
    m_monthLabel->setBuddy(m_month);
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("year"));
    m_year->setRange(2000, 2200);
    m_year->setGroupSeparatorShown(false);
    const QDate today = QDate::currentDate();
    m_month->setCurrentIndex(today.month() - 1);
    m_year->setValue(today.year());
    m_note = new QLabel(this);
    m_note->setEnabled(false);
    m_note->setWordWrap(true);
    bar->addWidget(m_monthLabel);
    bar->addWidget(m_month);
    bar->addWidget(m_year);
    bar->addSpacing(16);
    bar->addWidget(m_note, 1);
    layout->addLayout(bar);

    m_model = new UtilisationModel(this);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(UtilisationModel::SortRole);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("utilisationTable"));
    m_table->setModel(proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(false);
    layout->addWidget(m_table, 1);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c42b1c;"));
    m_error->hide();
    layout->addWidget(m_error);

    connect(m_month, &QComboBox::currentIndexChanged, this, &UtilisationPanel::reload);
    connect(m_year, &QSpinBox::valueChanged, this, &UtilisationPanel::reload);
    retranslate();
}

void UtilisationPanel::setSite(const std::optional<Site> &site)
{
    m_site = site;
    m_watch->setSite(site ? std::optional<qint64>(site->meta.id) : std::nullopt);
    invalidate();
}

void UtilisationPanel::setMonth(int year, int month)
{
    const QSignalBlocker a(m_month);
    const QSignalBlocker b(m_year);
    m_month->setCurrentIndex(qBound(1, month, 12) - 1);
    m_year->setValue(year);
    invalidate();
}

void UtilisationPanel::invalidate()
{
    m_stale = true;
    if (isVisible())
        reload();
}

void UtilisationPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void UtilisationPanel::reload()
{
    m_stale = false;
    m_error->hide();
    if (!m_site) {
        m_model->setRows({});
        return;
    }
    auto rows = m_context.scheduling().utilisation(m_site->meta.id, m_year->value(),
                                                   m_month->currentData().toInt());
    if (!rows) {
        m_model->setRows({});
        m_error->setText(rows.error().message);
        m_error->show();
        return;
    }
    m_model->setRows(*rows);
    m_table->resizeColumnsToContents();
    const int minimum = m_table->fontMetrics().averageCharWidth() * 12;
    for (int c = UtilisationModel::OpenHours; c < UtilisationModel::Count; ++c)
        m_table->setColumnWidth(c, std::max(m_table->columnWidth(c), minimum));
}

void UtilisationPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void UtilisationPanel::retranslate()
{
    m_monthLabel->setText(tr("&Month:"));
    for (int m = 1; m <= 12; ++m)
        m_month->setItemText(m - 1, Language::locale().standaloneMonthName(m));
    m_note->setText(tr("Hours of the site's local calendar month. Open hours are the opening "
                       "hours less maintenance; used hours run from check-in to check-out."));
    if (!m_stale)
        reload();
}

} // namespace Rpb
