#include "wastepage.h"

namespace Rpb {

WastePage::WastePage(QWidget *parent)
    : ComingSoonPage(parent)
{
    setObjectName(QStringLiteral("wastePage"));
    retranslate();
}

QString WastePage::title() const
{
    return tr("Waste");
}

QString WastePage::description() const
{
    return tr("See the waste of the site by category and handling route, how much was diverted "
              "from disposal, and the waste per unit of output of each product line.");
}

} // namespace Rpb
