#include "batchespage.h"

namespace Rpb {

BatchesPage::BatchesPage(QWidget *parent)
    : ComingSoonPage(parent)
{
    setObjectName(QStringLiteral("batchesPage"));
    retranslate();
}

QString BatchesPage::title() const
{
    return tr("Batches");
}

QString BatchesPage::description() const
{
    return tr("Record each production run: the member, the machine, inputs, output, energy and "
              "water, and the waste it left, with a check that the mass balances.");
}

} // namespace Rpb
