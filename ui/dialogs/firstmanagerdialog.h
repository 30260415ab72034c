#pragma once

#include "domain/actor.h"
#include "formdialog.h"

class QLineEdit;

namespace Rpb {

class AccountService;

// The first start of a database without accounts: asks for the first manager, creates the
// account and signs that person in.
class FirstManagerDialog final : public FormDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstManagerDialog)
public:
    explicit FirstManagerDialog(AccountService &accounts, QWidget *parent = nullptr);

    // The new manager, signed in, after the dialog was accepted.
    const Actor &actor() const { return m_actor; }

protected:
    QList<Error> submit() override;

private:
    AccountService &m_accounts;
    Actor m_actor;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_fullName = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
};

} // namespace Rpb
