#pragma once

#include "commands/batchcommand.h"
#include "domain/batch.h"
#include "domain/result.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
class QUndoStack;

namespace Rpb {

class AppContext;
class BatchForm;
class BatchListModel;

// The production batches of the chosen site: a filter bar, the list (fetched a page at a time,
// so it opens at once on a national dataset), totals of what the filter matches, and the acts
// on a batch (open, archive, delete, mark checked) with undo. Managers close and reopen months.
class BatchesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchesPage)
public:
    explicit BatchesPage(AppContext &context, QWidget *parent = nullptr);

    void setSiteId(std::optional<qint64> siteId);
    std::optional<qint64> siteId() const { return m_siteId; }
    // Shows and hides what the signed-in account may do; call after a sign-in.
    void refreshPermissions();
    // Only the batches of one member (from the member list), every date.
    void showMember(qint64 memberId);

    BatchQuery query() const;
    void applyFilters();
    void reload();

    // Each opens the form window-modally and returns it.
    BatchForm *newBatch();
    BatchForm *openBatch(qint64 batchId);
    BatchForm *openSelected();
    bool archiveSelected();
    bool deleteSelected();
    bool markSelectedChecked();
    Status closeMonth(int year, int month);
    Status reopenMonth(int year, int month);
    void openMonthDialog();
    // Asked before a delete; tests answer it without a message box.
    void setConfirmer(std::function<bool(const QString &)> confirm)
    {
        m_confirm = std::move(confirm);
    }

    qint64 selectedBatchId() const;
    void selectBatch(qint64 batchId);
    BatchListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QUndoStack *undoStack() const { return m_undo; }
    QLabel *totalsLabel() const { return m_totals; }
    QString lastMessage() const { return m_lastMessage; }
    // After a switch of person or site: no message of before stays.
    void clearMessages();
    const BatchTotals &totals() const { return m_currentTotals; }
    QComboBox *memberFilter() const { return m_memberFilter; }
    QComboBox *productLineFilter() const { return m_lineFilter; }
    QComboBox *machineFilter() const { return m_machineFilter; }
    QComboBox *statusFilter() const { return m_statusFilter; }
    QLineEdit *searchEdit() const { return m_search; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QPushButton *monthButton() const { return m_monthButton; }
    QPushButton *newButton() const { return m_newButton; }

private:
    void buildUi();
    void loadFilterChoices();
    void updateTotals();
    void updateActions();
    void showMessage(const QString &text, bool error = false);
    void reportError(const Error &error);
    // An edit from the form, as a step on the undo stack.
    Result<Batch> storeEdit(const Batch &before, const Batch &after, const QString &note);
    // Archive or check the selected batch as a step on the undo stack.
    bool pushStep(BatchCommand::Kind kind, bool to);

    AppContext &m_context;
    std::optional<qint64> m_siteId;
    BatchListModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QUndoStack *m_undo = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_lineFilter = nullptr;
    QComboBox *m_memberFilter = nullptr;
    QComboBox *m_machineFilter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_totals = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_archiveButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_checkButton = nullptr;
    QPushButton *m_monthButton = nullptr;
    QTimer *m_filterTimer = nullptr;
    qint64 m_keptSelection = 0;
    QPointer<BatchForm> m_form;
    BatchTotals m_currentTotals;
    QString m_lastMessage;
    bool m_filling = false;
    std::function<bool(const QString &)> m_confirm;
};

} // namespace Rpb
