#pragma once

#include "domain/actor.h"
#include "domain/result.h"

#include <QWidget>

#include <array>
#include <optional>

class QLabel;
class QTabWidget;

namespace Rpb {

class AccountsTab;
class AppContext;
class MasterDataService;
class MasterDataTab;
class RecordDialog;

// The reference records the other pages build on: sites, product lines, machines, members and
// waste categories, each in a tab with a table and Add, Edit, Archive/Restore; for managers also
// the accounts. Only the buttons the signed-in person may use are shown.
class MasterDataPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MasterDataPage)
public:
    enum Tab { Sites, ProductLines, Equipment, Members, WasteCategories, TabCount };

    explicit MasterDataPage(AppContext &context, QWidget *parent = nullptr);

    // The site whose records the tabs other than Sites show; empty when there is none yet.
    void setSiteId(std::optional<qint64> siteId);
    std::optional<qint64> siteId() const { return m_siteId; }
    void setReadOnly(bool readOnly);
    // Shows the buttons and the Accounts tab as far as the signed-in person may use them.
    void refreshPermissions();
    // Whether the person may change records of this tab (of the selected site).
    bool canEdit(Tab tab) const;
    AccountsTab *accountsTab() const { return m_accountsTab; }

    MasterDataTab *tab(Tab tab) const { return m_tabs.at(std::size_t(tab)); }
    QTabWidget *tabWidget() const { return m_tabWidget; }
    MasterDataTab *currentTab() const; // null on the Accounts tab
    void focusCurrentTable();

Q_SIGNALS:
    // From the Members tab: the window opens the CSV import, and the member's batches and
    // bookings.
    void importMembersRequested();
    void memberActivityRequested(qint64 memberId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void addRecord(Tab tab);
    void editRecord(Tab tab, qint64 id);
    void archiveRecord(Tab tab, qint64 id, bool archive);
    void openDialog(RecordDialog *dialog, Tab tab);
    void showError(const Error &error);
    void updatePermissions();

    MasterDataService &m_service;
    std::optional<qint64> m_siteId;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QTabWidget *m_tabWidget = nullptr;
    std::array<MasterDataTab *, TabCount> m_tabs {};
    AccountsTab *m_accountsTab = nullptr;
    QLabel *m_rightsNote = nullptr;
};

} // namespace Rpb
