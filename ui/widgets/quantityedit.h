#pragma once

#include "domain/result.h"

#include <QLineEdit>

namespace Rpb {

// A quantity typed the way the current language writes numbers ("1.234,5" in Indonesian) and
// shown back the same way once the person leaves the field. The value is exact thousandths.
class QuantityEdit final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuantityEdit)
public:
    explicit QuantityEdit(QWidget *parent = nullptr);

    // The typed value; empty text is an error the caller names (or treats as zero).
    Result<qint64> value() const;
    bool isBlank() const;
    void setValue(qint64 thousandths);
    void clearValue();

protected:
    void focusOutEvent(QFocusEvent *event) override;

private:
    void reformat();
};

} // namespace Rpb
