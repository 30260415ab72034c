#include "quantityedit.h"

#include "domain/quantity.h"
#include "services/language.h"

#include <QFocusEvent>

namespace Rpb {

QuantityEdit::QuantityEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setMaxLength(32);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 12);
    connect(this, &QLineEdit::editingFinished, this, &QuantityEdit::reformat);
}

Result<qint64> QuantityEdit::value() const
{
    return Quantity::parseLocalized(text().trimmed(), Language::locale());
}

bool QuantityEdit::isBlank() const
{
    return text().trimmed().isEmpty();
}

void QuantityEdit::setValue(qint64 thousandths)
{
    setText(Quantity::toLocalizedString(thousandths, Language::locale()));
}

void QuantityEdit::clearValue()
{
    clear();
}

void QuantityEdit::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    reformat();
}

void QuantityEdit::reformat()
{
    // Only a value that reads cleanly is rewritten; a typo stays as typed so it can be fixed.
    if (isBlank())
        return;
    const Result<qint64> parsed = value();
    if (!parsed)
        return;
    const QString shown = Quantity::toLocalizedString(*parsed, Language::locale());
    if (shown != text())
        setText(shown);
}

} // namespace Rpb
