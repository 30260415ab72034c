#pragma once

#include "comingsoonpage.h"

namespace Rpb {

// Waste by category and route; for now a placeholder.
class WastePage final : public ComingSoonPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WastePage)
public:
    explicit WastePage(QWidget *parent = nullptr);

protected:
    QString title() const override;
    QString description() const override;
};

} // namespace Rpb
