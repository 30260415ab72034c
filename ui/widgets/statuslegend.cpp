#include "statuslegend.h"

#include "bookingstyle.h"

#include <QEvent>
#include <QPainter>

namespace Rpb {

namespace {
constexpr BookingStatus statuses[]
    = {BookingStatus::Requested, BookingStatus::Confirmed, BookingStatus::CheckedIn,
       BookingStatus::Done,      BookingStatus::Cancelled, BookingStatus::NoShow};
constexpr int statusCount = 6;
} // namespace

StatusLegend::StatusLegend(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("statusLegend"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

QStringList StatusLegend::labels() const
{
    QStringList out;
    for (BookingStatus s : statuses)
        out << bookingStatusDisplayName(s);
    out << tr("Maintenance") << tr("Closed") << tr("Now");
    return out;
}

QSize StatusLegend::sizeHint() const
{
    const QFontMetrics fm(font());
    int width = 0;
    for (const QString &label : labels())
        width += fm.height() * 2 + fm.horizontalAdvance(label) + 18;
    return QSize(width, fm.height() + 8);
}

QSize StatusLegend::minimumSizeHint() const
{
    return QSize(0, fontMetrics().height() + 8);
}

void StatusLegend::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    const QFontMetrics fm(font());
    const QStringList texts = labels();
    const int swatchHeight = fm.height() - 2;
    const int swatchWidth = fm.height() * 2;
    const int top = (height() - swatchHeight) / 2;
    int x = 2;
    for (int i = 0; i < texts.size(); ++i) {
        const QRectF swatch(x, top, swatchWidth, swatchHeight);
        if (i < statusCount) {
            BookingStyle::paintBox(painter, swatch, statuses[i], false);
        } else if (i == statusCount) {
            BookingStyle::paintMaintenance(painter, swatch);
        } else if (i == statusCount + 1) {
            painter.fillRect(swatch, BookingStyle::closedFill());
        } else {
            painter.setPen(QPen(BookingStyle::nowLine(), 2));
            painter.drawLine(QPointF(swatch.center().x(), swatch.top()),
                             QPointF(swatch.center().x(), swatch.bottom()));
        }
        x += swatchWidth + 5;
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(x, 0, fm.horizontalAdvance(texts.at(i)) + 2, height()),
                         Qt::AlignLeft | Qt::AlignVCenter, texts.at(i));
        x += fm.horizontalAdvance(texts.at(i)) + 13;
        if (x > width())
            break;
    }
}

void StatusLegend::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange) {
        updateGeometry();
        update();
    }
    QWidget::changeEvent(event);
}

} // namespace Rpb
