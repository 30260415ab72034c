#pragma once

#include <QTimeEdit>

namespace Rpb {

// A time of day in hours and minutes whose arrow keys step the minutes by a quarter of an hour,
// the grid bookings are made on; any minute can still be typed.
class QuarterTimeEdit final : public QTimeEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuarterTimeEdit)
public:
    explicit QuarterTimeEdit(QWidget *parent = nullptr);

    void stepBy(int steps) override;
};

} // namespace Rpb
