#include "utilisationmodel.h"

#include "domain/quantity.h"
#include "services/language.h"

#include <QEvent>
#include <QFont>

namespace Rpb {

namespace {
QString hours(qint64 seconds)
{
    return Language::locale().toString(double(seconds) / 3600.0, 'f', 1);
}

// Tenths of a percent, so that 0.04% does not read as nothing and sorting stays exact.
qint64 permille(qint64 part, qint64 whole)
{
    return whole > 0 ? (part * 1000 + whole / 2) / whole : 0;
}

QString percent(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return QStringLiteral("–");
    return Quantity::percentText(permille(part, whole), Language::locale());
}
} // namespace

UtilisationModel::UtilisationModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void UtilisationModel::setRows(const QList<SchedulingService::Utilisation> &rows)
{
    beginResetModel();
    m_rows = rows;
    m_total = {};
    for (const SchedulingService::Utilisation &u : rows) {
        m_total.openSeconds += u.openSeconds;
        m_total.maintenanceSeconds += u.maintenanceSeconds;
        m_total.bookedSeconds += u.bookedSeconds;
        m_total.usedSeconds += u.usedSeconds;
    }
    endResetModel();
}

const SchedulingService::Utilisation &UtilisationModel::rowAt(int row) const
{
    return isTotalRow(row) ? m_total : m_rows.at(row);
}

int UtilisationModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_rows.isEmpty())
        return 0;
    return int(m_rows.size()) + 1;
}

int UtilisationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QVariant UtilisationModel::value(const SchedulingService::Utilisation &u, int column,
                                 bool raw) const
{
    switch (Column(column)) {
    case Machine:
        return u.equipment.name;
    case Type:
        return u.equipment.type;
    case OpenHours:
        return raw ? QVariant(u.openSeconds) : QVariant(hours(u.openSeconds));
    case MaintenanceHours:
        return raw ? QVariant(u.maintenanceSeconds) : QVariant(hours(u.maintenanceSeconds));
    case BookedHours:
        return raw ? QVariant(u.bookedSeconds) : QVariant(hours(u.bookedSeconds));
    case UsedHours:
        return raw ? QVariant(u.usedSeconds) : QVariant(hours(u.usedSeconds));
    case BookedPercent:
        return raw ? QVariant(permille(u.bookedSeconds, u.openSeconds))
                   : QVariant(percent(u.bookedSeconds, u.openSeconds));
    case UsedPercent:
        return raw ? QVariant(permille(u.usedSeconds, u.openSeconds))
                   : QVariant(percent(u.usedSeconds, u.openSeconds));
    case Count:
        break;
    }
    return {};
}

QVariant UtilisationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool total = isTotalRow(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (total && index.column() == Machine)
            return tr("All machines");
        return value(rowAt(index.row()), index.column(), false);
    case SortRole:
        return value(rowAt(index.row()), index.column(), true);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(index.column() >= OpenHours ? Qt::AlignRight | Qt::AlignVCenter
                                                               : Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (total) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == OpenHours)
            return tr("Opening hours of the month less the maintenance within them.");
        if (index.column() == UsedHours)
            return tr("Between check-in and check-out.");
        return {};
    default:
        return {};
    }
}

QVariant UtilisationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(section >= OpenHours ? Qt::AlignRight | Qt::AlignVCenter
                                                        : Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Machine:
        return tr("Machine");
    case Type:
        return tr("Type");
    case OpenHours:
        return tr("Open hours");
    case MaintenanceHours:
        return tr("Maintenance hours");
    case BookedHours:
        return tr("Booked hours");
    case UsedHours:
        return tr("Used hours");
    case BookedPercent:
        return tr("Booked %");
    case UsedPercent:
        return tr("Used %");
    case Count:
        break;
    }
    return {};
}

bool UtilisationModel::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, Count - 1);
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, Count - 1));
    }
    return QAbstractTableModel::event(event);
}

} // namespace Rpb
