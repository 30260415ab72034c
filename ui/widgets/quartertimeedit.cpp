#include "quartertimeedit.h"

namespace Rpb {

QuarterTimeEdit::QuarterTimeEdit(QWidget *parent)
    : QTimeEdit(parent)
{
    setDisplayFormat(QStringLiteral("HH:mm"));
    setWrapping(false);
}

void QuarterTimeEdit::stepBy(int steps)
{
    if (currentSection() != MinuteSection) {
        QTimeEdit::stepBy(steps);
        return;
    }
    const int minutes = time().hour() * 60 + time().minute();
    // From 08:10 one step up goes to 08:15, not 08:25.
    int target = steps > 0 ? (minutes / 15 + steps) * 15 : ((minutes + 14) / 15 + steps) * 15;
    target = qBound(0, target, 23 * 60 + 45);
    setTime(QTime(target / 60, target % 60));
}

} // namespace Rpb
