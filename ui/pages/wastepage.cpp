#include "wastepage.h"

#include "displayformat.h"
#include "models/changewatch.h"
#include "widgets/savedfile.h"

#include "charts/wastechart.h"
#include "charts/wastechartview.h"
#include "dialogs/wastebatchesdialog.h"
#include "domain/permissions.h"
#include "domain/comparisonbasis.h"
#include "domain/quantity.h"
#include "reporting/chartpainter.h"
#include "services/appcontext.h"
#include "services/language.h"

#include <QAction>
#include <QButtonGroup>
#include <QComboBox>
#include <QCursor>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>

namespace Rpb {

namespace {
const QString allSitesSetting = QStringLiteral("ui/waste/allSites");
const QString fromSetting = QStringLiteral("ui/waste/from");
const QString toSetting = QStringLiteral("ui/waste/to");
const QString periodSetting = QStringLiteral("ui/waste/period");
const QString unitSetting = QStringLiteral("ui/waste/unit");
const QString stackSetting = QStringLiteral("ui/waste/stack");
const QString viewSetting = QStringLiteral("ui/waste/view");
constexpr int batchLimit = 200;

// The table shows the exact thousandths in the language of the screen; the model's display
// value stays a plain number for the chart's mapper.
class QuantityDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        // Grams in every cell, so that a column's decimals line up.
        option->text = Quantity::toLocalizedString(
            index.data(WasteTableModel::MilliRole).toLongLong(), Language::locale(), 3);
        if (index.column() == index.model()->columnCount() - 1)
            option->font.setBold(true);
    }
};

int monthOf(const QDate &date)
{
    return date.year() * 100 + date.month();
}

QDate dateOf(int yyyymm)
{
    return QDate(yyyymm / 100, yyyymm % 100, 1);
}

// Tenths of a percent, rounded half away from zero, in integers.
qint64 tenthsOfPercent(qint64 part, qint64 whole)
{
    const qint64 scaled = part * 1000 * 2;
    return (scaled + (scaled >= 0 ? whole : -whole)) / (whole * 2);
}

QString percentText(qint64 tenths)
{
    return Quantity::percentText(tenths, Language::locale());
}
} // namespace

WastePage::WastePage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("wastePage"));
    m_model = new WasteTableModel(this);
    createWidgets();
    retranslate();
    restoreSettings();
}

void WastePage::createWidgets()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(6);

    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    auto *filters = new QGridLayout;
    filters->setHorizontalSpacing(6);
    filters->setVerticalSpacing(4);
    auto labelled = [&](QLabel *&label, QWidget *field, int row, int column) {
        label = new QLabel(this);
        label->setBuddy(field);
        filters->addWidget(label, row, column * 2, Qt::AlignRight);
        filters->addWidget(field, row, column * 2 + 1);
    };
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("wasteScope"));
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("wasteFrom"));
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("wasteTo"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setDisplayFormat(QStringLiteral("MMM yyyy"));
        edit->setCurrentSection(QDateTimeEdit::MonthSection);
        edit->setDateRange(QDate(2000, 1, 1), QDate(2200, 12, 1));
    }
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("wastePeriod"));
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("wasteUnit"));
    m_stack = new QComboBox(this);
    m_stack->setObjectName(QStringLiteral("wasteStack"));
    labelled(m_scopeLabel, m_scope, 0, 0);
    labelled(m_fromLabel, m_from, 0, 1);
    labelled(m_toLabel, m_to, 0, 2);
    labelled(m_periodLabel, m_period, 0, 3);
    labelled(m_unitLabel, m_unit, 1, 0);
    labelled(m_stackLabel, m_stack, 1, 1);

    auto *viewHolder = new QWidget(this);
    auto *viewLayout = new QHBoxLayout(viewHolder);
    viewLayout->setContentsMargins(0, 0, 0, 0);
    m_perLine = new QRadioButton(viewHolder);
    m_perLine->setObjectName(QStringLiteral("wastePerLine"));
    m_overTime = new QRadioButton(viewHolder);
    m_overTime->setObjectName(QStringLiteral("wasteOverTime"));
    m_viewGroup = new QButtonGroup(this);
    m_viewGroup->addButton(m_perLine, int(WasteTableModel::View::PerProductLine));
    m_viewGroup->addButton(m_overTime, int(WasteTableModel::View::OverTime));
    m_perLine->setChecked(true);
    viewLayout->addWidget(m_perLine);
    viewLayout->addWidget(m_overTime);
    m_viewLabel = new QLabel(this);
    filters->addWidget(m_viewLabel, 1, 4, Qt::AlignRight);
    filters->addWidget(viewHolder, 1, 5, 1, 3);

    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("wasteExport"));
    auto *exportMenu = new QMenu(m_export);
    m_exportPng = exportMenu->addAction(QString());
    m_exportSvg = exportMenu->addAction(QString());
    m_exportCsv = exportMenu->addAction(QString());
    m_export->setMenu(exportMenu);
    filters->addWidget(m_export, 1, 8);
    filters->setColumnStretch(9, 1);
    layout->addLayout(filters);

    // The chart (or the message that there is nothing to chart) over the table, with the key
    // figures beside them.
    auto *body = new QHBoxLayout;
    body->setSpacing(10);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("wasteSplitter"));
    splitter->setChildrenCollapsible(false);
    m_chartStack = new QStackedWidget(splitter);
    m_chart = new WasteChartView(m_model, m_chartStack);
    m_chart->setMinimumHeight(220);
    m_empty = new QLabel(m_chartStack);
    m_empty->setObjectName(QStringLiteral("wasteEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(
        QStringLiteral("QLabel#wasteEmpty { border: 1px dashed palette(mid); font-size: 13pt; "
                       "color: palette(dark); padding: 24px; }"));
    m_chartStack->addWidget(m_chart);
    m_chartStack->addWidget(m_empty);

    auto *tableHolder = new QWidget(splitter);
    auto *tableLayout = new QVBoxLayout(tableHolder);
    tableLayout->setContentsMargins(0, 4, 0, 0);
    tableLayout->setSpacing(2);
    m_tableTitle = new QLabel(tableHolder);
    m_table = new QTableView(tableHolder);
    m_table->setObjectName(QStringLiteral("wasteTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new QuantityDelegate(m_table));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tableTitle->setBuddy(m_table);
    tableLayout->addWidget(m_tableTitle);
    tableLayout->addWidget(m_table, 1);
    splitter->addWidget(m_chartStack);
    splitter->addWidget(tableHolder);
    // The chart is what people look at; the table is usually a few lines.
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({420, 150});
    body->addWidget(splitter, 1);

    auto *side = new QWidget(this);
    side->setObjectName(QStringLiteral("wasteKeyFigures"));
    side->setFixedWidth(fontMetrics().averageCharWidth() * 42);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_figuresTitle = new QLabel(side);
    QFont headingFont = m_figuresTitle->font();
    headingFont.setBold(true);
    m_figuresTitle->setFont(headingFont);
    m_figures = new QLabel(side);
    m_figures->setObjectName(QStringLiteral("wasteFigures"));
    m_figures->setTextFormat(Qt::RichText);
    m_figures->setWordWrap(true);
    m_figures->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    sideLayout->addWidget(m_figuresTitle);
    sideLayout->addWidget(m_figures, 1);
    body->addWidget(side);
    layout->addLayout(body, 1);

    const auto changed = [this] {
        if (!m_restoring) {
            saveSettings();
            refresh();
        }
    };
    connect(m_scope, &QComboBox::currentIndexChanged, this, changed);
    connect(m_period, &QComboBox::currentIndexChanged, this, changed);
    connect(m_unit, &QComboBox::currentIndexChanged, this, changed);
    connect(m_stack, &QComboBox::currentIndexChanged, this, changed);
    connect(m_from, &QDateEdit::dateChanged, this, changed);
    connect(m_to, &QDateEdit::dateChanged, this, changed);
    connect(m_viewGroup, &QButtonGroup::idToggled, this, [changed](int, bool checked) {
        if (checked)
            changed();
    });
    connect(m_chart, &WasteChartView::segmentHovered, this, &WastePage::showSegment);
    connect(m_chart, &WasteChartView::segmentClicked, this, &WastePage::openBatches);
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { openBatches(index.row(), index.column()); });
    connect(m_exportPng, &QAction::triggered, this,
            [this] { exportChartAs(QStringLiteral("png")); });
    connect(m_exportSvg, &QAction::triggered, this,
            [this] { exportChartAs(QStringLiteral("svg")); });
    connect(m_exportCsv, &QAction::triggered, this, &WastePage::exportTable);
    // New or changed batches and renamed lines change the figures; a hidden page catches up
    // when it is shown.
    const auto recordsChanged = [this] {
        if (isVisible())
            refresh();
        else
            m_stale = true;
    };
    auto *watch = new ChangeWatch(
        m_context.hub(),
        {EntityKind::Batch, EntityKind::ProductLine, EntityKind::WasteCategory, EntityKind::Site},
        this);
    connect(watch, &ChangeWatch::changed, this, recordsChanged);
}

void WastePage::fillCombos()
{
    const bool was = m_restoring;
    m_restoring = true;
    auto fill = [](QComboBox *box, const QList<std::pair<QString, int>> &items) {
        const QVariant current = box->currentData();
        box->clear();
        for (const auto &[text, value] : items)
            box->addItem(text, value);
        const int at = box->findData(current);
        box->setCurrentIndex(at >= 0 ? at : 0);
    };
    QString siteText = tr("No site chosen");
    if (m_siteId) {
        if (auto site = m_context.masterData().get<Site>(*m_siteId))
            siteText = DisplayFormat::site(site->code, site->name);
    }
    fill(m_scope, {{siteText, 0}, {tr("All sites"), 1}});
    // All sites together are for accounts that read every site (the core's read rule).
    const bool everySite = Permissions::checkRead(m_context.actor(), std::nullopt).has_value();
    if (!everySite)
        m_scope->setCurrentIndex(0);
    m_scope->setEnabled(everySite);
    fill(m_period,
         {{tr("Month"), int(WasteFigures::Period::Month)},
          {tr("Quarter"), int(WasteFigures::Period::Quarter)},
          {tr("Year"), int(WasteFigures::Period::Year)}});
    fill(m_unit,
         {{tr("kg (solid waste)"), int(Unit::Kg)}, {tr("L (liquid waste)"), int(Unit::Litre)}});
    fill(m_stack,
         {{tr("Waste category"), int(WasteFigures::Stack::Category)},
          {tr("Handling route"), int(WasteFigures::Stack::Route)}});
    m_restoring = was;
}

void WastePage::retranslate()
{
    m_title->setText(tr("Waste"));
    m_scopeLabel->setText(tr("Sit&es:"));
    m_scope->setToolTip(tr("The site chosen at the top of the window, or all sites together"));
    m_fromLabel->setText(tr("F&rom:"));
    m_toLabel->setText(tr("T&o:"));
    m_periodLabel->setText(tr("&Periods:"));
    m_period->setToolTip(tr("The length of the bars in the view over time"));
    m_unitLabel->setText(tr("U&nit:"));
    m_unit->setToolTip(tr("kg and L are never added together: choose which waste to show"));
    m_stackLabel->setText(tr("&Group by:"));
    m_viewLabel->setText(tr("Chart:"));
    m_perLine->setText(tr("Per product &line"));
    m_overTime->setText(tr("Over ti&me"));
    m_export->setText(tr("E&xport"));
    m_exportPng->setText(tr("Chart as &PNG image..."));
    m_exportSvg->setText(tr("Chart as &SVG drawing..."));
    m_exportCsv->setText(tr("Table as &CSV file..."));
    m_figuresTitle->setText(tr("Key figures"));
    m_tableTitle->setText(tr("T&able (the numbers of the chart; Enter lists the batches)"));
    for (QDateEdit *edit : {m_from, m_to})
        edit->setLocale(Language::locale());
    m_chart->setNumberLocale(Language::locale());
    fillCombos();
    if (m_model->figures().fromMonth != 0)
        refresh();
}

void WastePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WastePage::showEvent(QShowEvent *event)
{
    if (m_stale) {
        m_stale = false;
        fillCombos();
        refresh();
    }
    QWidget::showEvent(event);
}

void WastePage::setSiteId(std::optional<qint64> siteId)
{
    m_siteId = siteId;
    fillCombos();
    refresh();
}

WasteSummaryService::Query WastePage::query() const
{
    WasteSummaryService::Query q;
    if (m_scope->currentData().toInt() == 0)
        q.siteId = m_siteId ? m_siteId : std::optional<qint64>(0);
    q.fromMonth = monthOf(m_from->date());
    q.toMonth = monthOf(m_to->date());
    q.unit = Unit(m_unit->currentData().toInt());
    q.stack = WasteFigures::Stack(m_stack->currentData().toInt());
    q.period = WasteFigures::Period(m_period->currentData().toInt());
    return q;
}

void WastePage::setQuery(const WasteSummaryService::Query &query)
{
    m_restoring = true;
    if (query.siteId) {
        m_siteId = query.siteId;
        fillCombos();
    }
    m_restoring = true;
    m_scope->setCurrentIndex(query.siteId ? 0 : 1);
    m_from->setDate(dateOf(query.fromMonth));
    m_to->setDate(dateOf(query.toMonth));
    m_unit->setCurrentIndex(m_unit->findData(int(query.unit)));
    m_stack->setCurrentIndex(m_stack->findData(int(query.stack)));
    m_period->setCurrentIndex(m_period->findData(int(query.period)));
    m_restoring = false;
    saveSettings();
    refresh();
}

WasteTableModel::View WastePage::view() const
{
    return WasteTableModel::View(m_viewGroup->checkedId());
}

void WastePage::setView(WasteTableModel::View view)
{
    (view == WasteTableModel::View::OverTime ? m_overTime : m_perLine)->setChecked(true);
}

void WastePage::focusFirstControl()
{
    (m_scope->isEnabled() ? static_cast<QWidget *>(m_scope) : m_from)
        ->setFocus(Qt::ShortcutFocusReason);
}

void WastePage::saveSettings() const
{
    QSettings settings;
    settings.setValue(allSitesSetting, m_scope->currentData().toInt() == 1);
    settings.setValue(fromSetting, monthOf(m_from->date()));
    settings.setValue(toSetting, monthOf(m_to->date()));
    settings.setValue(periodSetting, m_period->currentData());
    settings.setValue(unitSetting, unitCode(Unit(m_unit->currentData().toInt())));
    settings.setValue(stackSetting, m_stack->currentData());
    settings.setValue(viewSetting, m_viewGroup->checkedId());
}

void WastePage::restoreSettings()
{
    m_restoring = true;
    const QSettings settings;
    // By default the last six months up to this one.
    const QDate thisMonth = QDate::currentDate().addDays(1 - QDate::currentDate().day());
    const int to = settings.value(toSetting, monthOf(thisMonth)).toInt();
    const int from = settings.value(fromSetting, monthOf(thisMonth.addMonths(-5))).toInt();
    m_from->setDate(dateOf(from).isValid() ? dateOf(from) : thisMonth.addMonths(-5));
    m_to->setDate(dateOf(to).isValid() ? dateOf(to) : thisMonth);
    if (settings.value(allSitesSetting, false).toBool() && m_scope->isEnabled())
        m_scope->setCurrentIndex(1);
    const int period = m_period->findData(settings.value(periodSetting, 0).toInt());
    m_period->setCurrentIndex(std::max(period, 0));
    const auto unit = unitFromCode(settings.value(unitSetting).toString()).value_or(Unit::Kg);
    m_unit->setCurrentIndex(std::max(m_unit->findData(int(unit)), 0));
    const int stack = m_stack->findData(settings.value(stackSetting, 0).toInt());
    m_stack->setCurrentIndex(std::max(stack, 0));
    setView(WasteTableModel::View(settings.value(viewSetting, 0).toInt()));
    m_restoring = false;
}

void WastePage::refresh()
{
    if (m_restoring)
        return;
    const WasteSummaryService::Query q = query();
    m_error.clear();
    WasteFigures figures;
    if (q.siteId && *q.siteId == 0) {
        m_error = tr("Choose a site at the top of the window, or all sites.");
    } else if (auto result = m_context.waste().figures(q)) {
        figures = *result;
    } else {
        m_error = result.error().message;
    }
    if (!m_error.isEmpty()) {
        figures.unit = q.unit;
        figures.fromMonth = q.fromMonth;
        figures.toMonth = q.toMonth;
        figures.stack = q.stack;
        figures.period = q.period;
    }
    m_model->setFigures(figures, view());
    m_chart->setTitle(m_error.isEmpty() ? WasteChart::titleFor(figures, view(), Language::locale())
                                        : QString());
    const bool empty = figures.isEmpty();
    m_empty->setText(!m_error.isEmpty()
                         ? m_error
                         : tr("No waste recorded for this selection.\nChoose other months, "
                              "another unit or all sites."));
    m_chartStack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_chart);
    m_stack->setEnabled(view() == WasteTableModel::View::PerProductLine);
    m_period->setEnabled(view() == WasteTableModel::View::OverTime);
    m_exportPng->setEnabled(!empty);
    m_exportSvg->setEnabled(!empty);
    m_exportCsv->setEnabled(!empty);
    updateKeyFigures();
}

bool WastePage::isShowingEmptyMessage() const
{
    return m_chartStack->currentWidget() == m_empty;
}

QString WastePage::emptyMessage() const
{
    return m_empty->text();
}

QString WastePage::keyFiguresText() const
{
    return m_figures->text();
}

void WastePage::updateKeyFigures()
{
    const WasteFigures &f = m_model->figures();
    const QLocale locale = Language::locale();
    const QString unit = unitDisplayName(f.unit);
    auto quantity = [&](qint64 milli) {
        return tr("%1 %2").arg(Quantity::toLocalizedString(milli, locale, 1), unit).toHtmlEscaped();
    };
    auto row = [](const QString &name, const QString &value) {
        return QStringLiteral("<tr><td>%1</td><td align=\"right\"><b>%2</b></td></tr>")
            .arg(name.toHtmlEscaped(), value);
    };
    if (!m_error.isEmpty() || f.fromMonth == 0) {
        m_figures->setText(QString());
        return;
    }
    QString html = QStringLiteral("<table cellspacing=\"3\" width=\"100%\">");
    html += row(tr("Waste generated"), quantity(f.totalMilli));
    html += row(tr("Diverted from disposal"), quantity(f.divertedMilli));
    html += row(tr("Diversion rate"),
                f.totalMilli > 0 ? percentText(tenthsOfPercent(f.divertedMilli, f.totalMilli))
                                 : tr("none"));
    const int span = WasteSummaryService::monthsBetween(f.fromMonth, f.toMonth);
    const int previousFrom = WasteSummaryService::addMonths(f.fromMonth, -span);
    const int previousTo = WasteSummaryService::addMonths(f.fromMonth, -1);
    const QString previous = previousFrom == previousTo
        ? WasteChart::monthLabel(previousFrom, locale)
        : tr("%1 to %2")
              .arg(WasteChart::monthLabel(previousFrom, locale),
                   WasteChart::monthLabel(previousTo, locale));
    QString change;
    const ComparisonBasis::Kind basis = ComparisonBasis::of(f.batches, f.previousBatches);
    if (basis == ComparisonBasis::Kind::NoData) {
        change = tr("no data in %1").arg(previous).toHtmlEscaped();
    } else if (basis == ComparisonBasis::Kind::LittleData) {
        change = tr("too little data to compare (%n batch(es) then)", nullptr,
                    int(f.previousBatches))
                     .toHtmlEscaped();
    } else if (f.previousTotalMilli <= 0) {
        change = tr("no waste before").toHtmlEscaped();
    } else {
        const qint64 tenths
            = tenthsOfPercent(f.totalMilli - f.previousTotalMilli, f.previousTotalMilli);
        // More waste is the wrong direction: up is red, down is green, and the arrow says it
        // without the colour.
        const QString arrow = tenths > 0
            ? QStringLiteral("\u25b2")
            : (tenths < 0 ? QStringLiteral("\u25bc") : QStringLiteral("\u25b6"));
        const QString colour = tenths > 0
            ? QStringLiteral("#b42318")
            : (tenths < 0 ? QStringLiteral("#1e7b3c") : QStringLiteral("palette(text)"));
        change = QStringLiteral("<span style=\"color:%1\">%2 %3</span>")
                     .arg(colour, arrow,
                          (tenths > 0 ? QStringLiteral("+") : QString())
                              + percentText(tenths).toHtmlEscaped());
    }
    html += row(tr("Change against %1").arg(previous), change);
    html += row(tr("Waste then"), quantity(f.previousTotalMilli));
    html += QStringLiteral("</table>");

    html += QStringLiteral("<p style=\"margin-top:10px\"><b>%1</b><br><small>%2</small></p>")
                .arg(tr("Waste intensity").toHtmlEscaped(),
                     tr("waste per unit of output of each product line").toHtmlEscaped());
    html += QStringLiteral("<table cellspacing=\"3\" width=\"100%\">");
    for (const WasteFigures::Key &line : f.lines) {
        const std::optional<qint64> intensity = f.intensityMilli(line);
        QString value;
        if (!intensity) {
            value = tr("no output").toHtmlEscaped();
        } else {
            // Three decimals, as on the printed summary, so that the column lines up.
            value = tr("%1 %2/%3")
                        .arg(Quantity::toLocalizedString(*intensity, locale, 3), unit,
                             unitDisplayName(line.outputUnit))
                        .toHtmlEscaped();
        }
        html += row(line.name, value);
    }
    html += QStringLiteral("</table>");
    m_figures->setText(html);
}

QString WastePage::cellSubject(int row, int column) const
{
    const QString rowName = m_model->headerData(row, Qt::Vertical).toString();
    if (column >= m_model->stackCount())
        return rowName;
    return tr("%1, %2").arg(rowName, m_model->headerData(column, Qt::Horizontal).toString());
}

void WastePage::showSegment(bool entered, int row, int column)
{
    if (!entered) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(
        QCursor::pos(),
        tr("%1: %2 %3")
            .arg(cellSubject(row, column),
                 Quantity::toLocalizedString(m_model->milli(row, column), Language::locale()),
                 unitDisplayName(m_model->figures().unit)),
        m_chart);
}

Result<QList<WasteBatchShare>> WastePage::batchesBehind(int row, int column) const
{
    WasteSummaryService::Query q = query();
    const bool total = column >= m_model->stackCount();
    if (view() == WasteTableModel::View::PerProductLine)
        return m_context.waste().batchesBehind(
            q, m_model->rowKey(row), total ? QString() : m_model->columnKey(column), batchLimit);
    // Over time: the row is a period; its months within the selection, all categories.
    const QString period = m_model->rowKey(row);
    int first = q.fromMonth;
    while (first <= q.toMonth && WasteSummaryService::periodKey(first, q.period) != period)
        first = WasteSummaryService::addMonths(first, 1);
    int last = first;
    while (WasteSummaryService::addMonths(last, 1) <= q.toMonth
           && WasteSummaryService::periodKey(WasteSummaryService::addMonths(last, 1), q.period)
               == period)
        last = WasteSummaryService::addMonths(last, 1);
    q.fromMonth = first;
    q.toMonth = last;
    q.stack = WasteFigures::Stack::Category;
    return m_context.waste().batchesBehind(q, total ? QString() : m_model->columnKey(column),
                                           QString(), batchLimit);
}

void WastePage::openBatches(int row, int column)
{
    if (row < 0 || row >= m_model->rowCount() || column < 0)
        return;
    auto batches = batchesBehind(row, column);
    if (!batches) {
        QMessageBox::warning(this, tr("Batches"), batches.error().message);
        return;
    }
    const QString subject
        = tr("%1: %2 %3")
              .arg(cellSubject(row, column),
                   Quantity::toLocalizedString(m_model->milli(row, column), Language::locale()),
                   unitDisplayName(m_model->figures().unit));
    auto *dialog = new WasteBatchesDialog(subject, unitDisplayName(m_model->figures().unit),
                                          *batches, batchLimit, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

Status WastePage::exportChart(const QString &file, const QSize &size) const
{
    const ChartPainter *painter = ChartPainter::instance();
    if (!painter)
        return fail(Error::invalid(tr("Charts are not available in this build.")));
    const ChartPainter::View chartView = view() == WasteTableModel::View::OverTime
        ? ChartPainter::View::OverTime
        : ChartPainter::View::PerProductLine;
    return painter->save(file, size, m_model->figures(), chartView, Language::locale());
}

Status WastePage::exportCsv(const QString &file) const
{
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(m_model->toCsv()) < 0 || !out.commit())
        return fail(Error::storage(tr("Cannot write %1.").arg(file), out.errorString()));
    return {};
}

void WastePage::exportChartAs(const QString &suffix)
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = QStringLiteral("waste-%1-%2.%3")
                             .arg(m_model->figures().fromMonth)
                             .arg(m_model->figures().toMonth)
                             .arg(suffix);
    const QString filter
        = suffix == QLatin1String("svg") ? tr("SVG drawings (*.svg)") : tr("PNG images (*.png)");
    QString file = QFileDialog::getSaveFileName(
        this, tr("Export chart"),
        QDir(QDir(documents).exists() ? documents : QDir::homePath()).filePath(name), filter);
    if (file.isEmpty())
        return;
    if (!file.endsWith(QLatin1Char('.') + suffix, Qt::CaseInsensitive))
        file += QLatin1Char('.') + suffix;
    if (Status s = exportChart(file); !s)
        QMessageBox::warning(this, tr("Export chart"), s.error().message);
    else
        SavedFile::announce(file, tr("The chart was saved."));
}

void WastePage::exportTable()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = QStringLiteral("waste-%1-%2.csv")
                             .arg(m_model->figures().fromMonth)
                             .arg(m_model->figures().toMonth);
    QString file = QFileDialog::getSaveFileName(
        this, tr("Export table"),
        QDir(QDir(documents).exists() ? documents : QDir::homePath()).filePath(name),
        tr("CSV files (*.csv)"));
    if (file.isEmpty())
        return;
    if (!file.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        file += QLatin1String(".csv");
    if (Status s = exportCsv(file); !s)
        QMessageBox::warning(this, tr("Export table"), s.error().message);
    else
        SavedFile::announce(file, tr("The table was saved as a CSV file."));
}

} // namespace Rpb
