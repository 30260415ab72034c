#pragma once

#include <QWidget>

namespace Rpb {

// The key to the timeline: one sample per booking status, maintenance, closed hours and now,
// drawn by the same code as the timeline so that the two cannot disagree.
class StatusLegend final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusLegend)
public:
    explicit StatusLegend(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QStringList labels() const;
};

} // namespace Rpb
