#include "signinnameedit.h"

#include <QValidator>

namespace Rpb {

namespace {
// Changes the text instead of rejecting it, so that the cursor stays where it was; whether the
// name is acceptable is the account service's to say.
class LowerCaseValidator final : public QValidator
{
public:
    using QValidator::QValidator;
    State validate(QString &input, int &) const override
    {
        input = input.toLower();
        return Acceptable;
    }
};
} // namespace

SignInNameEdit::SignInNameEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setValidator(new LowerCaseValidator(this));
    setMaxLength(32);
    setInputMethodHints(Qt::ImhPreferLowercase | Qt::ImhNoAutoUppercase);
}

} // namespace Rpb
