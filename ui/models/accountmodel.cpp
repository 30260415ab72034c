#include "accountmodel.h"

#include "changewatch.h"
#include "domain/permissions.h"
#include "services/accountservice.h"
#include "services/masterdataservice.h"

#include <QEvent>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace Rpb {

AccountModel::AccountModel(AccountService &accounts, MasterDataService &masterData, ChangeHub &hub,
                           QObject *parent)
    : QAbstractTableModel(parent)
    , m_accounts(accounts)
    , m_masterData(masterData)
{
    auto *watch = new ChangeWatch(hub, {EntityKind::User, EntityKind::Site}, this);
    connect(watch, &ChangeWatch::changed, this, &AccountModel::reload);
    reload();
}

void AccountModel::reload()
{
    beginResetModel();
    m_users.clear();
    m_siteCodes.clear();
    m_lastError.clear();
    if (auto sites = m_masterData.sites(true)) {
        for (const Rpb::Site &site : *sites)
            m_siteCodes.insert(site.meta.id, site.code);
    }
    if (auto users = m_accounts.users()) {
        m_users = *users;
    } else {
        m_lastError = users.error().message;
    }
    endResetModel();
}

int AccountModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_users.size(); ++row)
        if (m_users.at(row).meta.id == id)
            return row;
    return -1;
}

int AccountModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int AccountModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QString AccountModel::siteName(const std::optional<qint64> &siteId) const
{
    if (!siteId)
        return tr("All sites");
    return m_siteCodes.value(*siteId, QString::number(*siteId));
}

QVariant AccountModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const User &user = m_users.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case Name:
            return user.name;
        case FullName:
            return user.fullName;
        case Role:
            return Permissions::roleDisplayName(user.role);
        case Site:
            return siteName(user.siteId);
        case Status:
            return user.disabled ? tr("Disabled") : tr("Active");
        case Count:
            break;
        }
        return {};
    case SortRole:
        if (index.column() == Role)
            return int(user.role);
        return data(index, Qt::DisplayRole);
    case IdRole:
        return user.meta.id;
    case DisabledRole:
        return user.disabled;
    case Qt::FontRole:
        if (user.disabled) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (user.disabled)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    default:
        return {};
    }
}

QVariant AccountModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Sign-in name");
    case FullName:
        return tr("Full name");
    case Role:
        return tr("Role");
    case Site:
        return tr("Site");
    case Status:
        return tr("Status");
    case Count:
        break;
    }
    return {};
}

bool AccountModel::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, Count - 1);
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, Count - 1));
    }
    return QAbstractTableModel::event(event);
}

} // namespace Rpb
