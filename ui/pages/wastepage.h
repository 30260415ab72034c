#pragma once

#include "domain/result.h"
#include "models/wastetablemodel.h"
#include "services/wastesummaryservice.h"

#include <QWidget>

#include <optional>

class QButtonGroup;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QTableView;

namespace Rpb {

class AppContext;
class WasteChartView;

// Waste per product line: a filter bar (the site of the window or all sites, months, period
// length, unit, grouping), a stacked bar chart with a view over time, the key figures, and the
// same numbers as a table from the model the chart reads. Clicking a bar segment or pressing
// Enter on a cell lists the batches behind it; the chart exports as PNG and SVG, the table as
// CSV. The choices are remembered.
class WastePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WastePage)
public:
    explicit WastePage(AppContext &context, QWidget *parent = nullptr);

    void setSiteId(std::optional<qint64> siteId);
    WasteSummaryService::Query query() const;
    void setQuery(const WasteSummaryService::Query &query);
    WasteTableModel::View view() const;
    void setView(WasteTableModel::View view);
    // Reads the figures again, e.g. after batches changed.
    void refresh();
    void focusFirstControl();

    WasteTableModel *model() const { return m_model; }
    WasteChartView *chartView() const { return m_chart; }
    QTableView *table() const { return m_table; }
    bool isShowingEmptyMessage() const;
    QString emptyMessage() const;
    QString keyFiguresText() const;
    // The batches behind a cell of the table (the total column: the whole row).
    Result<QList<WasteBatchShare>> batchesBehind(int row, int column) const;

    Status exportChart(const QString &file, const QSize &size = QSize(1200, 700)) const;
    Status exportCsv(const QString &file) const;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createWidgets();
    void retranslate();
    void fillCombos();
    void saveSettings() const;
    void restoreSettings();
    void updateKeyFigures();
    void showSegment(bool entered, int row, int column);
    void openBatches(int row, int column);
    void exportChartAs(const QString &suffix);
    void exportTable();
    QString cellSubject(int row, int column) const;

    AppContext &m_context;
    std::optional<qint64> m_siteId;
    bool m_restoring = false;
    bool m_stale = false; // records changed while the page was hidden
    QString m_error;

    WasteTableModel *m_model = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_scopeLabel = nullptr;
    QComboBox *m_scope = nullptr;
    QLabel *m_fromLabel = nullptr;
    QDateEdit *m_from = nullptr;
    QLabel *m_toLabel = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_periodLabel = nullptr;
    QComboBox *m_period = nullptr;
    QLabel *m_unitLabel = nullptr;
    QComboBox *m_unit = nullptr;
    QLabel *m_stackLabel = nullptr;
    QComboBox *m_stack = nullptr;
    QLabel *m_viewLabel = nullptr;
    QButtonGroup *m_viewGroup = nullptr;
    QRadioButton *m_perLine = nullptr;
    QRadioButton *m_overTime = nullptr;
    QPushButton *m_export = nullptr;
    QAction *m_exportPng = nullptr;
    QAction *m_exportSvg = nullptr;
    QAction *m_exportCsv = nullptr;

    QStackedWidget *m_chartStack = nullptr;
    WasteChartView *m_chart = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_figuresTitle = nullptr;
    QLabel *m_figures = nullptr;
    QLabel *m_tableTitle = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace Rpb
