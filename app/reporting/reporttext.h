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
    QString managerName;
    QDate signatureDate; // invalid: left blank to fill in by hand
    QDateTime generatedAt; // UTC; invalid: now. Tests pass a fixed time.
};

// The fixed texts and number formats of the monthly summary in the document's language.
//
// The language is chosen per document (the central office prints English while the window
// stays Indonesian), so nothing is installed globally: the texts are English source strings
// marked for the translation catalogue, with their Indonesian wording kept beside them here,
// and numbers, dates and month names come from Language::localeFor(language).
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
    QString dateTime(const QDateTime &utc) const; // "2026-11-28 05:00 UTC"
    QString number(qint64 value) const; // "1.234"
    QString quantity(qint64 milli) const; // "1.234,5"
    QString quantity(qint64 milli, Unit unit) const; // "1.234,5 kg"
    QString optionalQuantity(std::optional<qint64> milli) const; // "–" when empty
    QString percent(std::optional<qint64> permille) const; // "81,2 %"
    QString hours(qint64 seconds) const; // "123,5"
    // Signed differences against the previous month.
    QString change(qint64 current, qint64 previous) const; // "+1.234,5" (thousandths)
    QString countChange(qint64 current, qint64 previous) const; // "+3"
    QString pointsChange(std::optional<qint64> current, std::optional<qint64> previous) const;
    QString routeName(Route route) const;
    QString unitName(Unit unit) const;

private:
    QString signedText(qint64 difference, bool thousandths) const;

    QString m_language;
    QLocale m_locale;
};

} // namespace Rpb
