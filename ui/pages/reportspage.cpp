#include "reportspage.h"

namespace Rpb {

ReportsPage::ReportsPage(QWidget *parent)
    : ComingSoonPage(parent)
{
    setObjectName(QStringLiteral("reportsPage"));
    retranslate();
}

QString ReportsPage::title() const
{
    return tr("Reports");
}

QString ReportsPage::description() const
{
    return tr("Print and sign the monthly green-UMKM summary of a site, compare sites, and prepare "
              "the sync package for the central office.");
}

} // namespace Rpb
