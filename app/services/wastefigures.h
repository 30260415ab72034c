#pragma once

#include "domain/units.h"

#include <QList>
#include <QString>

#include <optional>

namespace Rpb {

// The waste figures of a selection, as the Waste page, the `waste summary` command and the
// monthly summary show them. Quantities are thousandths of the unit (grams or millilitres); one
// unit at a time, because kg and L are never added together.
struct WasteFigures
{
    enum class Stack { Category, Route };
    enum class Period { Month, Quarter, Year };

    struct Key
    {
        QString key;  // stable identity: "ACH/PATCHOULI", "SPENT_BIOMASS", "compost", "2026-03"
        QString code; // what files and JSON show
        QString name; // what people read
        QString siteCode;
        bool diverted = false; // routes only
        Unit outputUnit = Unit::Kg; // product lines only
        qint64 outputMilli = 0;     // product lines only: output in the selection
        qint64 batches = 0;         // product lines only
    };

    struct Cell
    {
        QString row;   // product line key (or period key in the time view)
        QString stack; // category/route key (or product line key in the time view)
        qint64 milli = 0;
    };

    Unit unit = Unit::Kg;
    int fromMonth = 0; // YYYYMM
    int toMonth = 0;
    Stack stack = Stack::Category;
    Period period = Period::Month;

    // The cells of byLine and byPeriod are sorted by row, then stack, one cell per pair, so
    // that cell() finds one by halving: a table of 50 lines by 30 categories asks 1,500 times.
    QList<Key> lines;   // product lines with waste or output in the selection, by site and code
    QList<Key> stacks;  // categories or routes that occur, in a fixed order
    QList<Cell> byLine; // line x stack
    QList<Key> periods; // every period of the selection, empty ones included
    QList<Cell> byPeriod; // period x line

    qint64 totalMilli = 0;
    qint64 divertedMilli = 0;
    qint64 previousTotalMilli = 0; // the period of equal length just before
    qint64 previousDivertedMilli = 0;
    // Counted batches of the selection's sites, whatever their waste: whether the period before
    // holds enough to compare with (ComparisonBasis).
    qint64 batches = 0;
    qint64 previousBatches = 0;

    bool isEmpty() const { return totalMilli == 0; }
    qint64 lineTotal(const QString &lineKey) const;
    qint64 cell(const QList<Cell> &cells, const QString &row, const QString &stack) const;
    // Shares as exact decimal strings with four places ("0.8125"); empty when undefined.
    static QString ratio(qint64 part, qint64 whole);
    QString diversionRate() const { return ratio(divertedMilli, totalMilli); }
    QString previousDiversionRate() const { return ratio(previousDivertedMilli, previousTotalMilli); }
    // Waste per unit of output of a product line, in thousandths (e.g. kg waste per kg oil).
    std::optional<qint64> intensityMilli(const Key &line) const;
};

} // namespace Rpb
