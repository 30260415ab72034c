#pragma once

#include "domain/result.h"
#include "services/syncservice.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Rpb {

class AppContext;

// One sync package before it is imported: whose it is, what it covers, that its checksum holds,
// and per kind of record how many are new, changed, unchanged or in conflict with ours. The
// import is all or nothing; with conflicts, only "import and keep the conflicts aside" is
// offered, so a record that disagrees is never overwritten without a manager's decision. A file
// that is not a sound package is named with what is wrong, and nothing can be imported.
class SyncImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncImportDialog)
public:
    explicit SyncImportDialog(AppContext &context, QWidget *parent = nullptr);

    // Reads and checks the package and shows what an import would do; writes nothing.
    bool loadFile(const QString &path);
    // Imports the file previewed. The dialog closes on success and stays with the message
    // otherwise.
    Result<SyncService::ImportPreview> import(SyncService::ConflictPolicy policy);

    const std::optional<SyncService::ImportPreview> &preview() const { return m_preview; }
    QString path() const { return m_path; }
    // The message of a file that cannot be imported, empty otherwise.
    QString errorText() const;
    QString summary() const;
    QTableWidget *kindTable() const { return m_kinds; }
    QTableWidget *conflictTable() const { return m_conflicts; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *keepAsideButton() const { return m_keepAside; }
    QPushButton *cancelButton() const { return m_cancel; }

    // The kinds of record as people call them: "member" reads "Members" ...
    static QString kindDisplayName(const QString &kind);
    // ... and one of them "Member".
    static QString recordKindName(const QString &kind);
    // A moment for the screen: "28 Nov 2026 14:05 WIB" in the time zone given (an IANA id),
    // or in this computer's when empty.
    static QString moment(const QDateTime &utc, const QString &timeZone = {});

Q_SIGNALS:
    // After a successful import: what was done.
    void imported(const SyncService::ImportPreview &result);

private:
    void clear();
    void showPreview(const SyncService::ImportPreview &preview);
    void showError(const Error &error, bool before);

    AppContext &m_context;
    QString m_path;
    std::optional<SyncService::ImportPreview> m_preview;

    QLabel *m_file = nullptr;
    QLabel *m_site = nullptr;
    QLabel *m_range = nullptr;
    QLabel *m_created = nullptr;
    QLabel *m_check = nullptr;
    QLabel *m_error = nullptr;
    QTableWidget *m_kinds = nullptr;
    QLabel *m_conflictsLabel = nullptr;
    QTableWidget *m_conflicts = nullptr;
    QLabel *m_summary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_keepAside = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace Rpb
