#pragma once

#include "domain/batch.h"

#include <QAbstractTableModel>

class QTimer;

namespace Rpb {

class BatchService;
class ChangeHub;
class ChangeWatch;

// The batch list over BatchService::page: it fetches PageSize rows at a time as the view
// scrolls, so it opens at once however many batches the query matches. A change the hub tells of
// (batches, closed months, the names it shows) reads the list again once the burst is over, and
// refreshed() then lets the view put its selection back.
class BatchListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchListModel)
public:
    enum Column {
        Code,
        Date,
        Shift,
        ProductLine,
        Member,
        Output,
        WasteKg,
        WasteLitre,
        Status,
        ColumnCount
    };
    static constexpr int PageSize = 200;
    static constexpr int IdRole = Qt::UserRole + 1;

    BatchListModel(BatchService &batches, ChangeHub &hub, QObject *parent = nullptr);

    void setQuery(const BatchQuery &query);
    const BatchQuery &query() const { return m_query; }
    const BatchSort &batchSort() const { return m_sort; }
    void reload();
    const BatchRow &row(int index) const { return m_rows.at(index); }
    int rowOf(qint64 batchId) const;
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    // Read again after a change made here or elsewhere.
    void refreshed();

private:
    BatchService &m_batches;
    ChangeWatch *m_watch = nullptr;
    QTimer *m_refresh = nullptr;
    BatchQuery m_query;
    BatchSort m_sort;
    QList<BatchRow> m_rows;
    bool m_atEnd = false;
    QString m_error;
};

} // namespace Rpb
