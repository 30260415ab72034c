#pragma once

#include "domain/actor.h"
#include "domain/user.h"
#include "formdialog.h"

class QComboBox;
class QLineEdit;

namespace Rpb {

class AccountService;
class MasterDataService;

// Adds an account (name, full name, role, site or all sites, password twice) or edits one (full
// name, role, site). The sign-in name of an existing account never changes: the audit log names
// people by it.
class AccountDialog final : public FormDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountDialog)
public:
    // The sites offered are those whose accounts the signed-in person may manage.
    AccountDialog(AccountService &accounts, MasterDataService &masterData, const User &user,
                  QWidget *parent = nullptr);

    qint64 savedId() const { return m_user.meta.id; }

protected:
    QList<Error> submit() override;

private:
    AccountService &m_accounts;
    User m_user;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_fullName = nullptr;
    QComboBox *m_role = nullptr;
    QComboBox *m_site = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
};

} // namespace Rpb
