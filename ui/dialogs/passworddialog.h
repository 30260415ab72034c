#pragma once

#include "domain/user.h"
#include "formdialog.h"

class QLineEdit;

namespace Rpb {

class AccountService;

// A new password typed twice: either one's own, after the current one, or a manager's reset of
// someone else's, for a person who forgot theirs.
class PasswordDialog final : public FormDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordDialog)
public:
    enum class Mode { ChangeOwn, Reset };

    // user: whose password changes (the signed-in person for ChangeOwn).
    PasswordDialog(AccountService &accounts, Mode mode, const User &user,
                   QWidget *parent = nullptr);

protected:
    QList<Error> submit() override;

private:
    AccountService &m_accounts;
    Mode m_mode;
    User m_user;
    QLineEdit *m_current = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
};

} // namespace Rpb
