#include "schedulepage.h"

namespace Rpb {

SchedulePage::SchedulePage(QWidget *parent)
    : ComingSoonPage(parent)
{
    setObjectName(QStringLiteral("schedulePage"));
    retranslate();
}

QString SchedulePage::title() const
{
    return tr("Schedule");
}

QString SchedulePage::description() const
{
    return tr("Book machine time for members on a timeline per machine, see what is free at a "
              "glance, check members in and out, and block time for maintenance.");
}

} // namespace Rpb
