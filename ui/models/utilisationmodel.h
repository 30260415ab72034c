#pragma once

#include "services/schedulingservice.h"

#include <QAbstractTableModel>

namespace Rpb {

// Utilisation of each machine in a month, with a total row: open hours (less maintenance),
// maintenance, booked and actually used hours, and booked and used as shares of the open hours.
class UtilisationModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UtilisationModel)
public:
    enum Column {
        Machine,
        Type,
        OpenHours,
        MaintenanceHours,
        BookedHours,
        UsedHours,
        BookedPercent,
        UsedPercent,
        Count
    };
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit UtilisationModel(QObject *parent = nullptr);

    void setRows(const QList<SchedulingService::Utilisation> &rows);
    bool isTotalRow(int row) const { return !m_rows.isEmpty() && row == m_rows.size(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool event(QEvent *event) override;

private:
    const SchedulingService::Utilisation &rowAt(int row) const;
    QVariant value(const SchedulingService::Utilisation &u, int column, bool raw) const;

    QList<SchedulingService::Utilisation> m_rows;
    SchedulingService::Utilisation m_total;
};

} // namespace Rpb
