#pragma once

#include "comingsoonpage.h"

namespace Rpb {

// Monthly summaries and sync packages; for now a placeholder.
class ReportsPage final : public ComingSoonPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsPage)
public:
    explicit ReportsPage(QWidget *parent = nullptr);

protected:
    QString title() const override;
    QString description() const override;
};

} // namespace Rpb
