#include "codelineedit.h"

#include <QValidator>

namespace Rpb {

namespace {
// Changes the text in validate() instead of rejecting it: the line edit keeps the cursor where
// it was, so typing feels normal. Whether the code is acceptable is the Validator's to say.
class UpperCaseValidator final : public QValidator
{
public:
    using QValidator::QValidator;
    State validate(QString &input, int &) const override
    {
        input = input.toUpper();
        return Acceptable;
    }
};
} // namespace

CodeLineEdit::CodeLineEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setValidator(new UpperCaseValidator(this));
    setMaxLength(30);
}

} // namespace Rpb
