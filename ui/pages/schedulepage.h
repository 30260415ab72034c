#pragma once

#include "comingsoonpage.h"

namespace Rpb {

// Machine bookings per site; for now a placeholder.
class SchedulePage final : public ComingSoonPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchedulePage)
public:
    explicit SchedulePage(QWidget *parent = nullptr);

protected:
    QString title() const override;
    QString description() const override;
};

} // namespace Rpb
