#pragma once

#include <QLineEdit>

namespace Rpb {

// A line edit for sign-in names: small letters as typed, since the rules accept no capitals and
// a name must read the same wherever it is typed.
class SignInNameEdit final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInNameEdit)
public:
    explicit SignInNameEdit(QWidget *parent = nullptr);
};

} // namespace Rpb
