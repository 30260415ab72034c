#include "masterdatamodel.h"

#include "changewatch.h"
#include "services/masterdataservice.h"

#include <QEvent>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace Rpb {

MasterDataModel::MasterDataModel(MasterDataService &service, ChangeHub &hub, EntityKind kind,
                                 QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
    , m_kind(kind)
{
    m_watch = new ChangeWatch(hub,
                              {EntityKind::Site, EntityKind::ProductLine, EntityKind::Equipment,
                               EntityKind::Member, EntityKind::WasteCategory},
                              this);
    connect(m_watch, &ChangeWatch::changed, this, [this](const Change &change) {
        if (dependsOn(change.kind))
            reload();
    });
}

void MasterDataModel::setSiteId(std::optional<qint64> siteId)
{
    if (siteId == m_siteId)
        return;
    m_siteId = siteId;
    // The sites table lists every site; the others only the chosen site's records.
    m_watch->setSite(m_kind == EntityKind::Site ? std::nullopt : siteId);
    reload();
}

void MasterDataModel::setShowArchived(bool show)
{
    if (show == m_showArchived)
        return;
    m_showArchived = show;
    reload();
}

void MasterDataModel::reload()
{
    beginResetModel();
    const Status loaded = fetch(m_siteId, m_showArchived);
    endResetModel();
    m_lastError = loaded ? QString() : loaded.error().message;
    if (!loaded)
        Q_EMIT loadFailed(m_lastError);
}

qint64 MasterDataModel::idAt(int row) const
{
    return row >= 0 && row < recordCount() ? metaAt(row).id : 0;
}

bool MasterDataModel::archivedAt(int row) const
{
    return row >= 0 && row < recordCount() && metaAt(row).archived;
}

int MasterDataModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < recordCount(); ++row)
        if (metaAt(row).id == id)
            return row;
    return -1;
}

qint64 MasterDataModel::rowVersionOf(qint64 id) const
{
    const int row = rowOfId(id);
    return row >= 0 ? metaAt(row).rowVersion : 0;
}

int MasterDataModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : recordCount();
}

QVariant MasterDataModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, index.column());
    case Qt::ToolTipRole:
        if (metaAt(row).archived)
            return tr("Archived: kept for reports and history, hidden from pickers.");
        return displayValue(row, index.column());
    case SortRole:
        return sortValue(row, index.column());
    case IdRole:
        return metaAt(row).id;
    case ArchivedRole:
        return metaAt(row).archived;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(isNumeric(index.column()) ? Qt::AlignRight | Qt::AlignVCenter
                                                             : Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (metaAt(row).archived) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (metaAt(row).archived)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    default:
        return {};
    }
}

QVariant MasterDataModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole)
        return columnTitle(section);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(isNumeric(section) ? Qt::AlignRight | Qt::AlignVCenter
                                                      : Qt::AlignLeft | Qt::AlignVCenter);
    return {};
}

bool MasterDataModel::event(QEvent *event)
{
    // Titles, units and dates are in the language of the moment.
    if (event->type() == QEvent::LanguageChange) {
        if (columnCount() > 0) {
            Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
            if (rowCount() > 0)
                Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        }
    }
    return QAbstractTableModel::event(event);
}

} // namespace Rpb
