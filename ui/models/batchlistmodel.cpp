#include "batchlistmodel.h"

#include "changewatch.h"
#include "displayformat.h"
#include "domain/quantity.h"
#include "services/batchservice.h"
#include "services/language.h"

#include <QTimer>

namespace Rpb {

BatchListModel::BatchListModel(BatchService &batches, ChangeHub &hub, QObject *parent)
    : QAbstractTableModel(parent)
    , m_batches(batches)
{
    m_watch = new ChangeWatch(hub,
                              {EntityKind::Batch, EntityKind::MonthClose, EntityKind::Member,
                               EntityKind::ProductLine, EntityKind::Site},
                              this);
    // An import tells of several kinds at once: one reading after the last of them.
    m_refresh = new QTimer(this);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(0);
    connect(m_watch, &ChangeWatch::changed, m_refresh, qOverload<>(&QTimer::start));
    connect(m_refresh, &QTimer::timeout, this, [this] {
        reload();
        Q_EMIT refreshed();
    });
}

void BatchListModel::setQuery(const BatchQuery &query)
{
    m_query = query;
    m_watch->setSite(query.siteId);
    reload();
}

void BatchListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    m_error.clear();
    endResetModel();
    fetchMore({});
}

int BatchListModel::rowOf(qint64 batchId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == batchId)
            return i;
    return -1;
}

int BatchListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BatchListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BatchListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const BatchRow &r = m_rows.at(index.row());
    if (role == IdRole)
        return r.id;
    const QLocale locale = Language::locale();
    auto quantity = [&](qint64 milli, Unit unit) {
        return QStringLiteral("%1 %2").arg(Quantity::toLocalizedString(milli, locale, 3),
                                           unitDisplayName(unit));
    };
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Code:
            return r.code;
        case Date:
            return DisplayFormat::date(r.productionDate);
        case Shift:
            return r.shift;
        case ProductLine:
            return r.productLineName;
        case Member:
            return r.memberName;
        case Output:
            return quantity(r.outputMilli, r.unit);
        case WasteKg:
            return r.wasteKgMilli ? quantity(r.wasteKgMilli, Unit::Kg) : QString();
        case WasteLitre:
            return r.wasteLitreMilli ? quantity(r.wasteLitreMilli, Unit::Litre) : QString();
        case Status:
            return batchStatusDisplayName(r.status);
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == Output || index.column() == WasteKg || index.column() == WasteLitre)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == Member)
        return DisplayFormat::record(r.memberName, r.memberCode);
    if (role == Qt::ToolTipRole && index.column() == ProductLine)
        return r.productLineCode;
    return {};
}

QVariant BatchListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code:
        return tr("Code");
    case Date:
        return tr("Date");
    case Shift:
        return tr("Shift");
    case ProductLine:
        return tr("Product line");
    case Member:
        return tr("Member");
    case Output:
        return tr("Output");
    case WasteKg:
        return tr("Waste (kg)");
    case WasteLitre:
        return tr("Waste (L)");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

bool BatchListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void BatchListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    auto page = m_batches.page(m_query, m_sort, int(m_rows.size()), PageSize);
    if (!page) {
        m_error = page.error().message;
        m_atEnd = true;
        return;
    }
    if (page->size() < PageSize)
        m_atEnd = true;
    if (page->isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows.append(*page);
    endInsertRows();
}

void BatchListModel::sort(int column, Qt::SortOrder order)
{
    BatchSort sort;
    sort.order = order;
    switch (column) {
    case Code:
        sort.column = BatchSort::Column::Code;
        break;
    case Member:
        sort.column = BatchSort::Column::Member;
        break;
    case Output:
        sort.column = BatchSort::Column::Output;
        break;
    default:
        sort.column = BatchSort::Column::Date;
        break;
    }
    m_sort = sort;
    reload();
}

} // namespace Rpb
