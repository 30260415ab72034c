#pragma once

#include "domain/booking.h"

#include <QColor>
#include <QCoreApplication>
#include <QRectF>

class QPainter;

namespace Rpb {

// How a booking looks wherever it is drawn (timeline, legend, list): colours from the Okabe-Ito
// palette, which people with the common colour-vision deficiencies can tell apart, and a border
// or pattern of its own for the states that must not be mistaken for live bookings (requested,
// cancelled, no-show), so that colour is never the only cue.
class BookingStyle final
{
    Q_DECLARE_TR_FUNCTIONS(BookingStyle)
public:
    struct Look
    {
        QColor fill;
        QColor border;
        QColor text;
        Qt::PenStyle borderStyle = Qt::SolidLine;
        Qt::BrushStyle pattern = Qt::NoBrush; // drawn over the fill in the border colour
        bool struckOut = false;
    };

    static Look look(BookingStatus status);
    // Draws the rounded box of a booking; returns the rectangle left for its text.
    static QRectF paintBox(QPainter &painter, const QRectF &rect, BookingStatus status,
                           bool selected);
    // A blocked stretch of a machine: grey diagonal hatching.
    static void paintMaintenance(QPainter &painter, const QRectF &rect);
    static QColor closedFill();
    static QColor maintenanceFill();
    static QColor maintenanceHatch();
    static QColor nowLine();
    // Black or white, whichever reads better on the background.
    static QColor textOn(const QColor &background);
};

} // namespace Rpb
