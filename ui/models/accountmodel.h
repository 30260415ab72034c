#pragma once

#include "domain/result.h"
#include "domain/user.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>

namespace Rpb {

class AccountService;
class ChangeHub;
class MasterDataService;

// The accounts a manager may look after: all of them for a manager of all sites, those of the
// manager's own site otherwise (the service reads no others for them). Reads again when the hub
// tells of a change to an account or a site.
class AccountModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountModel)
public:
    enum Column { Name, FullName, Role, Site, Status, Count };
    enum DataRole {
        IdRole = Qt::UserRole + 1, // qint64 id of the account
        DisabledRole, // bool
        SortRole
    };

    AccountModel(AccountService &accounts, MasterDataService &masterData, ChangeHub &hub,
                 QObject *parent = nullptr);

    void reload();
    QString lastError() const { return m_lastError; }

    const User &userAt(int row) const { return m_users.at(row); }
    int rowOfId(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool event(QEvent *event) override;

private:
    QString siteName(const std::optional<qint64> &siteId) const;

    AccountService &m_accounts;
    MasterDataService &m_masterData;
    QList<User> m_users;
    QHash<qint64, QString> m_siteCodes;
    QString m_lastError;
};

} // namespace Rpb
