#pragma once

#include "result.h"

#include <QLocale>
#include <QString>

namespace Rpb {

// Exact fixed-point quantities: an integer count of thousandths (grams for kg, millilitres for L,
// watt-hours for kWh). Parsing and printing never touch binary floating point.
class Quantity final
{
public:
    static constexpr int Scale = 1000;
    // Largest accepted magnitude: a thousand tonnes in grams is far beyond any one batch.
    static constexpr qint64 Max = qint64(1'000'000'000) * Scale;

    // "1250.5" (C locale, as in files and JSON); at most three decimals.
    static Result<qint64> parse(const QString &text);
    // "1.250,5" in Indonesian or "1,250.5" in English, as a person types it on screen.
    static Result<qint64> parseLocalized(const QString &text, const QLocale &locale);
    // "1250.5": shortest exact C-locale decimal.
    static QString toDecimalString(qint64 thousandths);
    // "1.250,5" in the given locale, with up to three decimals and no trailing zeros.
    static QString toLocalizedString(qint64 thousandths, const QLocale &locale);
    // "1.250,50" with exactly `decimals` places (0 to 3), rounded half away from zero: columns
    // of figures on paper and screen keep one number of decimals.
    static QString toLocalizedString(qint64 thousandths, const QLocale &locale, int decimals);
    // "92,3 %" (Indonesian) or "92.3 %" (English) from tenths of a percent: one decimal and a
    // space before the sign in both languages, on paper and on screen alike.
    static QString percentText(qint64 tenthsOfPercent, const QLocale &locale);
};

} // namespace Rpb
