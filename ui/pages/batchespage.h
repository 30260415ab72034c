#pragma once

#include "comingsoonpage.h"

namespace Rpb {

// Production batches; for now a placeholder.
class BatchesPage final : public ComingSoonPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchesPage)
public:
    explicit BatchesPage(QWidget *parent = nullptr);

protected:
    QString title() const override;
    QString description() const override;
};

} // namespace Rpb
