#include "bookingstyle.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace Rpb {

namespace {
// Okabe & Ito (2008), "Color Universal Design".
const QColor orange(0xE6, 0x9F, 0x00);
const QColor skyBlue(0x56, 0xB4, 0xE9);
const QColor bluishGreen(0x00, 0x9E, 0x73);
const QColor blue(0x00, 0x72, 0xB2);
const QColor vermillion(0xD5, 0x5E, 0x00);
const QColor reddishPurple(0xCC, 0x79, 0xA7);

double luminance(const QColor &c)
{
    auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}
} // namespace

QColor BookingStyle::textOn(const QColor &background)
{
    // WCAG contrast against black and against white; the larger wins.
    const double l = luminance(background);
    const double withBlack = (l + 0.05) / 0.05;
    const double withWhite = 1.05 / (l + 0.05);
    return withBlack >= withWhite ? QColor(0x11, 0x11, 0x11) : QColor(Qt::white);
}

BookingStyle::Look BookingStyle::look(BookingStatus status)
{
    Look l;
    switch (status) {
    case BookingStatus::Requested:
        // Waiting for a manager: a pale box with a dashed outline reads as "not yet".
        l.fill = QColor(0xFB, 0xE6, 0xB3);
        l.border = QColor(0xA8, 0x73, 0x00);
        l.borderStyle = Qt::DashLine;
        break;
    case BookingStatus::Confirmed:
        l.fill = blue;
        l.border = blue.darker(140);
        break;
    case BookingStatus::CheckedIn:
        l.fill = bluishGreen;
        l.border = bluishGreen.darker(150);
        break;
    case BookingStatus::Done:
        l.fill = QColor(0xC6, 0xE5, 0xF7);
        l.border = skyBlue.darker(130);
        break;
    case BookingStatus::Cancelled:
        l.fill = QColor(0xF4, 0xF4, 0xF4);
        l.border = QColor(0x8A, 0x8A, 0x8A);
        l.borderStyle = Qt::DashLine;
        l.struckOut = true;
        l.text = QColor(0x55, 0x55, 0x55);
        break;
    case BookingStatus::NoShow:
        l.fill = QColor(0xF5, 0xDD, 0xEA);
        l.border = reddishPurple.darker(160);
        l.borderStyle = Qt::DotLine;
        l.pattern = Qt::FDiagPattern;
        break;
    }
    if (!l.text.isValid())
        l.text = textOn(l.fill);
    return l;
}

QRectF BookingStyle::paintBox(QPainter &painter, const QRectF &rect, BookingStatus status,
                              bool selected)
{
    const Look l = look(status);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const qreal radius = qMin<qreal>(4.0, qMin(rect.width(), rect.height()) / 3.0);
    const QRectF box = rect.adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath path;
    path.addRoundedRect(box, radius, radius);
    painter.fillPath(path, l.fill);
    if (l.pattern != Qt::NoBrush) {
        QColor hatch = l.border;
        hatch.setAlpha(110);
        painter.fillPath(path, QBrush(hatch, l.pattern));
    }
    if (status == BookingStatus::CheckedIn && box.width() > 8) {
        // A solid bar on the left: "in use now", even in grey scale.
        QPainterPath bar;
        bar.addRoundedRect(QRectF(box.left(), box.top(), 4, box.height()), 2, 2);
        painter.fillPath(bar, l.border);
    }
    QPen pen(l.border, status == BookingStatus::NoShow ? 1.6 : 1.2, l.borderStyle);
    pen.setCosmetic(true);
    painter.setPen(pen);
    painter.drawPath(path);
    if (selected) {
        QPen ring(QColor(0x11, 0x11, 0x11), 2.0);
        ring.setCosmetic(true);
        painter.setPen(ring);
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(box.adjusted(-1.5, -1.5, 1.5, 1.5), radius + 1, radius + 1);
        QPen inner(Qt::white, 1.0);
        inner.setCosmetic(true);
        painter.setPen(inner);
        painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    }
    painter.restore();
    const qreal left = status == BookingStatus::CheckedIn ? 8 : 5;
    return box.adjusted(left, 2, -4, -2);
}

void BookingStyle::paintMaintenance(QPainter &painter, const QRectF &rect)
{
    painter.fillRect(rect, maintenanceFill());
    painter.fillRect(rect, QBrush(maintenanceHatch(), Qt::BDiagPattern));
    painter.save();
    QPen pen(maintenanceHatch(), 1.0);
    pen.setCosmetic(true);
    painter.setPen(pen);
    painter.drawLine(rect.topLeft(), rect.bottomLeft());
    painter.drawLine(rect.topRight(), rect.bottomRight());
    painter.restore();
}

QColor BookingStyle::closedFill()
{
    return QColor(0xE4, 0xE4, 0xE4);
}

QColor BookingStyle::maintenanceFill()
{
    return QColor(0xE8, 0xE2, 0xD6);
}

QColor BookingStyle::maintenanceHatch()
{
    return QColor(0x6B, 0x5E, 0x4A);
}

QColor BookingStyle::nowLine()
{
    return vermillion;
}

} // namespace Rpb
