#pragma once

#include <QLineEdit>

namespace Rpb {

// A field for record codes ("ACH-KET1"): letters become capitals as they are typed, because the
// rules accept only capitals and people should not have to hold Shift.
class CodeLineEdit final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeLineEdit)
public:
    explicit CodeLineEdit(QWidget *parent = nullptr);
};

} // namespace Rpb
