#pragma once

#include "services/auditservice.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Rpb {

class AccountService;
class ChangeHub;
class MasterDataService;

// The audit log newest first, a page of entries at a time: the log of a busy site grows by
// thousands of entries a month, and the view asks for more only as the person scrolls. Every
// change writes an entry: while the log is on screen (live) a change reads it again; while it is
// not, the change is kept in mind and the log read when it is shown.
class AuditModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditModel)
public:
    enum Column { Time, Person, Action, Kind, Record, Site, Count };
    enum DataRole { EntryIdRole = Qt::UserRole + 1 };
    static constexpr int PageSize = 200;

    AuditModel(AuditService &audit, MasterDataService &masterData, AccountService &accounts,
               ChangeHub &hub, QObject *parent = nullptr);

    void setLive(bool live);

    void setFilter(const AuditService::Filter &filter);
    const AuditService::Filter &filter() const { return m_filter; }
    // Reads the first page and the count again.
    void reload();

    qint64 totalCount() const { return m_total; }
    QString lastError() const { return m_lastError; }
    const AuditEntry &entryAt(int row) const { return m_entries.at(row); }
    int rowOfEntry(qint64 id) const;

    // One changed field of an entry as a person reads it: the field's name in the language of the
    // screen, and the values before and after as the rest of the application writes them.
    struct Detail
    {
        QString field; // the machine name, "equipment_id"
        QString label;
        QString before;
        QString after;
    };

    // "28 Nov 2026 14:05 WITA": in the time zone of the entry's site, else the computer's.
    QString timeText(const AuditEntry &entry) const;
    static QString actionDisplayName(const QString &action);
    static QString kindDisplayName(const QString &entity);
    static QString fieldDisplayName(const QString &field);
    static QString valueText(const QJsonValue &value);
    // Every changed field of the entry, in a stable order.
    QList<Detail> details(const AuditEntry &entry) const;
    // A value of a field of the entry as a person reads it: yes/no, names of statuses, roles and
    // routes, a machine's or member's code and name instead of its id, times in the site's zone,
    // quantities in the screen's number format.
    QString changeText(const AuditEntry &entry, const QString &field,
                       const QJsonValue &value) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    bool event(QEvent *event) override;

Q_SIGNALS:
    // The rows or the count changed: after a reload or a further page.
    void loaded();

private:
    struct SiteInfo
    {
        QString code;
        QString timeZone;
    };
    QList<AuditEntry> fetchPage(int offset);
    QString recordName(const QString &field, qint64 id) const;
    QString timeIn(const AuditEntry &entry, const QDateTime &utc) const;
    QString zonedText(const AuditEntry &entry, const QDateTime &utc, const QString &format) const;

    AuditService &m_audit;
    MasterDataService &m_masterData;
    AuditService::Filter m_filter;
    QList<AuditEntry> m_entries;
    QHash<qint64, SiteInfo> m_sites;
    AccountService *m_accounts = nullptr;
    // Names of records the details have looked up, by field and id: the log stays as it is.
    mutable QHash<std::pair<QString, qint64>, QString> m_names;
    qint64 m_total = 0;
    int m_offset = 0; // entries read from the log so far, duplicates included
    bool m_exhausted = true;
    bool m_live = false;
    bool m_stale = false;
    QString m_lastError;
};

} // namespace Rpb
