#pragma once

#include "domain/entitykind.h"
#include "domain/recordmeta.h"
#include "domain/result.h"

#include <QAbstractTableModel>

#include <optional>

namespace Rpb {

class ChangeHub;
class ChangeWatch;
class MasterDataService;

// What the tables of the master-data page share: rows are the records of one kind for the
// selected site, read again whenever the change hub tells of a change to that kind (or to a kind
// whose names it shows). Subclasses hold the records and name the columns.
class MasterDataModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MasterDataModel)
public:
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64 local id of the row's record
        ArchivedRole, // bool
        SortRole // raw value so that numbers and dates sort as such
    };

    EntityKind kind() const { return m_kind; }
    MasterDataService &service() const { return m_service; }

    void setSiteId(std::optional<qint64> siteId);
    std::optional<qint64> siteId() const { return m_siteId; }
    void setShowArchived(bool show);
    bool showArchived() const { return m_showArchived; }
    void reload();
    // Empty when the last reload worked.
    QString lastError() const { return m_lastError; }

    qint64 idAt(int row) const;
    bool archivedAt(int row) const;
    int rowOfId(qint64 id) const;
    // The row version of the record as the table shows it (0 when it is not shown).
    qint64 rowVersionOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const final;
    QVariant data(const QModelIndex &index, int role) const final;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const final;
    bool event(QEvent *event) override;

Q_SIGNALS:
    void loadFailed(const QString &message);

protected:
    MasterDataModel(MasterDataService &service, ChangeHub &hub, EntityKind kind, QObject *parent);

    // Replaces the held records with those of the site; called between begin/endResetModel.
    virtual Status fetch(std::optional<qint64> siteId, bool includeArchived) = 0;
    virtual int recordCount() const = 0;
    virtual const RecordMeta &metaAt(int row) const = 0;
    virtual QString columnTitle(int column) const = 0;
    virtual QVariant displayValue(int row, int column) const = 0;
    virtual QVariant sortValue(int row, int column) const { return displayValue(row, column); }
    virtual bool isNumeric(int column) const
    {
        Q_UNUSED(column)
        return false;
    }
    // Other kinds whose change alters what this model shows (names of linked records).
    virtual bool dependsOn(EntityKind kind) const { return kind == m_kind; }

private:
    MasterDataService &m_service;
    ChangeWatch *m_watch = nullptr;
    EntityKind m_kind;
    std::optional<qint64> m_siteId;
    bool m_showArchived = false;
    QString m_lastError;
};

} // namespace Rpb
