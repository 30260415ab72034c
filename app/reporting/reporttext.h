#pragma once

#include "domain/units.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

#include <optional>

namespace Rpb {

// What the person printing adds to the figures.
struct ReportOptions
{
    QString language = QStringLiteral("id"); // "id" or "en"
    QString notes; // the manager's notes, plain text
    // Who signs, when it is not the site's responsible manager (MonthlyReport::managerName):
    // `report --manager`. Empty: the site's.
    QString managerName;
    QString preparedBy; // the signed-in person's full name; empty: nobody is named
    QDate signatureDate; // invalid: left blank to fill in by hand
    QDateTime generatedAt; // UTC; invalid: now. Tests pass a fixed time.
};

// The fixed texts and number formats of the monthly summary in the document's language.
//
// The language is chosen per document (the central office prints English while the window
// stays Indonesian), so nothing is installed globally: the texts are English source strings
// marked for the translation catalogue, with their Indonesian wording kept beside them here,
// and numbers, dates and month names come from Language::localeFor(language). Names the window
// shows too (handling routes, units) come from the window's own catalogue, so that paper and
// screen call them the same.
//
// Numbers follow one policy on paper: quantities (kg, L, kWh) with one decimal, pieces whole,
// per-unit figures with three decimals, hours and percentages with one, all rounded half away
// from zero, so that a column keeps one number of decimals; "92,3 %" with a space before the
// sign.
class ReportText final
{
public:
    explicit ReportText(const QString &language);

    QString language() const { return m_language; }
    const QLocale &locale() const { return m_locale; }

    // The text in the document's language; `source` is the English text.
    QString operator()(const char *source) const;

    QString monthName(int year, int month) const; // "Oktober 2026"
    QString date(const QDate &date) const; // "28 November 2026"
    // "28 November 2026, 13.05 WITA": the local time of the time zone (IANA id).
    QString dateTime(const QDateTime &utc, const QString &timeZone) const;
    QString number(qint64 value) const; // "1.234"
    QString quantity(qint64 milli) const; // "1.234,5": kg, L, kWh
    QString quantity(qint64 milli, Unit unit) const; // "1.234,5 kg", "120 buah"
    QString perUnit(std::optional<qint64> milli) const; // "29,831"; "–" when empty
    QString percent(std::optional<qint64> permille) const; // "81,2 %"; "–" when empty
    QString hours(qint64 seconds) const; // "123,5"
    // Signed differences against the previous month, in the decimals of the figures.
    QString change(qint64 current, qint64 previous) const; // "+1.234,5" (thousandths)
    QString change(qint64 current, qint64 previous, Unit unit) const; // "+12" for pieces
    QString countChange(qint64 current, qint64 previous) const; // "+3"
    QString hoursChange(qint64 currentSeconds, qint64 previousSeconds) const; // "−1,5"
    QString perUnitChange(std::optional<qint64> current, std::optional<qint64> previous) const;
    QString pointsChange(std::optional<qint64> current, std::optional<qint64> previous) const;
    QString routeName(Route route) const;
    QString unitName(Unit unit) const;
    // The abbreviation of a time zone for the footer ("WITA").
    static QString zoneName(const QString &timeZone);

    static int decimals(Unit unit) { return unit == Unit::Piece ? 0 : 1; }
    static constexpr int PerUnitDecimals = 3;

private:
    QString signedText(const QString &magnitude, qint64 difference) const;
    QString catalogue(const char *source) const; // the window's catalogue, context "Units"

    QString m_language;
    QLocale m_locale;
};

} // namespace Rpb
