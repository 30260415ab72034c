#pragma once

#include "services/auditservice.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Rpb {

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

    AuditModel(AuditService &audit, MasterDataService &masterData, ChangeHub &hub,
               QObject *parent = nullptr);

    void setLive(bool live);

    void setFilter(const AuditService::Filter &filter);
    const AuditService::Filter &filter() const { return m_filter; }
    // Reads the first page and the count again.
    void reload();

    qint64 totalCount() const { return m_total; }
    QString lastError() const { return m_lastError; }
    const AuditEntry &entryAt(int row) const { return m_entries.at(row); }
    int rowOfEntry(qint64 id) const;

    // "28 Nov 2026 14:05 WITA": in the time zone of the entry's site, else the computer's.
    QString timeText(const AuditEntry &entry) const;
    static QString actionDisplayName(const QString &action);
    static QString kindDisplayName(const QString &entity);
    static QString fieldDisplayName(const QString &field);
    static QString valueText(const QJsonValue &value);
    // A value of a field as a person reads it: yes/no, the role's name, the site's code.
    QString changeText(const QString &field, const QJsonValue &value) const;

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

    AuditService &m_audit;
    MasterDataService &m_masterData;
    AuditService::Filter m_filter;
    QList<AuditEntry> m_entries;
    QHash<qint64, SiteInfo> m_sites;
    qint64 m_total = 0;
    int m_offset = 0; // entries read from the log so far, duplicates included
    bool m_exhausted = true;
    bool m_live = false;
    bool m_stale = false;
    QString m_lastError;
};

} // namespace Rpb
