#pragma once

#include "domain/actor.h"
#include "domain/result.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;

namespace Rpb {

class AccountModel;
class AccountService;
class AppContext;
class MasterDataService;

// The Accounts tab of the master data, for managers: the accounts within the manager's reach
// with Add, Edit, Disable/Enable and Reset password, and how long the window waits without
// input before it locks.
class AccountsTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountsTab)
public:
    explicit AccountsTab(AppContext &context, QWidget *parent = nullptr);

    // After a sign-in: the accounts and buttons of the person now signed in.
    void refreshPermissions();
    void setReadOnly(bool readOnly);

    AccountModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *disableButton() const { return m_disable; }
    QPushButton *resetButton() const { return m_reset; }
    QSpinBox *idleLockBox() const { return m_idleMinutes; }
    QPushButton *idleLockButton() const { return m_idleApply; }

    // Id of the account in the current row, 0 when none.
    qint64 currentId() const;
    void selectId(qint64 id);

Q_SIGNALS:
    // The idle time was changed here (minutes, 0: never).
    void idleLockChanged(int minutes);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void updateActions();
    void addAccount();
    void editAccount();
    void toggleDisabled();
    void resetPassword();
    void applyIdleLock();
    void showError(const Error &error);

    AccountService &m_accounts;
    MasterDataService &m_masterData;
    bool m_readOnly = false;
    AccountModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_disable = nullptr;
    QPushButton *m_reset = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_idleLabel = nullptr;
    QSpinBox *m_idleMinutes = nullptr;
    QLabel *m_idleHint = nullptr;
    QPushButton *m_idleApply = nullptr;
    QLabel *m_idleMessage = nullptr;
};

} // namespace Rpb
