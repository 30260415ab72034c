#pragma once

#include "domain/result.h"
#include "domain/user.h"

#include <QHash>
#include <QJsonObject>

namespace Rpb {

class AppContext;
class Console;
struct Invocation;

// Accounts by command line: add, list, change or reset a password, disable and enable, through
// the account service and its rules. New passwords come from RPB_NEW_PASSWORD or are typed twice
// at a terminal; none ever appears in the output.
class AccountCommands final
{
    Q_DISABLE_COPY_MOVE(AccountCommands)
public:
    // signInPassword: the password the signed-in account just proved, which `user passwd` for
    // one's own account takes as the current one.
    AccountCommands(AppContext &context, Console &console, const QString &signInPassword);

    int run(const Invocation &invocation);

private:
    int add(const Invocation &invocation);
    int list();
    int passwd(const QString &name);
    int setDisabled(const QString &name, bool disabled);

    // RPB_NEW_PASSWORD, else typed twice at a terminal; checked against the password rules.
    Result<QString> newPassword(const QString &forName);
    Result<QHash<qint64, QString>> siteCodes() const;
    QJsonObject toJson(const User &user, const QHash<qint64, QString> &siteCodes) const;
    int printUser(const User &user, const QString &what);

    AppContext &m_context;
    Console &m_console;
    QString m_signInPassword;
};

} // namespace Rpb
