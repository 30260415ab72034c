#include "quantity.h"

#include <QCoreApplication>

#include <algorithm>

namespace Rpb {

namespace {
class Msg
{
    Q_DECLARE_TR_FUNCTIONS(Quantity)
public:
    static QString empty() { return tr("A number is required."); }
    // With the way a number is written where it was typed: "1,234.5" in a file asks for
    // "1234.5", in the Indonesian form for "1.234,5".
    static QString notNumber(const QString &t, const QString &example)
    {
        return tr("Not a number: \"%1\"; write it like %2.").arg(t, example);
    }
    static QString tooManyDecimals() { return tr("At most three decimals are allowed."); }
    static QString tooLarge() { return tr("The number is too large."); }
};

// Parses digits with the given group and decimal separators into thousandths.
Result<qint64> parseWith(const QString &input, QChar group, QChar decimal, bool allowGroup,
                         const QString &example)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return fail(Error::invalid(Msg::empty()));
    qsizetype i = 0;
    bool negative = false;
    if (text.at(0) == QLatin1Char('-') || text.at(0) == QChar(0x2212)) {
        negative = true;
        ++i;
    } else if (text.at(0) == QLatin1Char('+')) {
        ++i;
    }
    qint64 whole = 0;
    qint64 fraction = 0;
    int decimals = 0;
    bool inFraction = false;
    bool anyDigit = false;
    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isDigit() && c.unicode() < 128) {
            anyDigit = true;
            const int d = c.unicode() - '0';
            if (inFraction) {
                if (++decimals > 3)
                    return fail(Error::invalid(Msg::tooManyDecimals()));
                fraction = fraction * 10 + d;
            } else {
                if (whole > Quantity::Max / Quantity::Scale)
                    return fail(Error::invalid(Msg::tooLarge()));
                whole = whole * 10 + d;
            }
        } else if (c == decimal && !inFraction) {
            inFraction = true;
        } else if (allowGroup && c == group && !inFraction) {
            continue;
        } else {
            return fail(Error::invalid(Msg::notNumber(text, example)));
        }
    }
    if (!anyDigit)
        return fail(Error::invalid(Msg::notNumber(text, example)));
    while (decimals < 3) {
        fraction *= 10;
        ++decimals;
    }
    const qint64 value = whole * Quantity::Scale + fraction;
    if (value > Quantity::Max)
        return fail(Error::invalid(Msg::tooLarge()));
    return negative ? -value : value;
}
} // namespace

Result<qint64> Quantity::parse(const QString &text)
{
    return parseWith(text, QChar(), QLatin1Char('.'), false, QStringLiteral("1234.5"));
}

Result<qint64> Quantity::parseLocalized(const QString &text, const QLocale &locale)
{
    const QString group = locale.groupSeparator();
    const QString decimal = locale.decimalPoint();
    return parseWith(text, group.isEmpty() ? QChar() : group.at(0),
                     decimal.isEmpty() ? QLatin1Char('.') : decimal.at(0), true,
                     toLocalizedString(1234500, locale));
}

QString Quantity::toDecimalString(qint64 thousandths)
{
    const bool negative = thousandths < 0;
    const quint64 magnitude = negative ? quint64(-(thousandths + 1)) + 1 : quint64(thousandths);
    QString text = QString::number(magnitude / Scale);
    quint64 fraction = magnitude % Scale;
    if (fraction != 0) {
        QString digits = QString::number(fraction).rightJustified(3, QLatin1Char('0'));
        while (digits.endsWith(QLatin1Char('0')))
            digits.chop(1);
        text += QLatin1Char('.') + digits;
    }
    return negative ? QLatin1Char('-') + text : text;
}

QString Quantity::toLocalizedString(qint64 thousandths, const QLocale &locale)
{
    const bool negative = thousandths < 0;
    const quint64 magnitude = negative ? quint64(-(thousandths + 1)) + 1 : quint64(thousandths);
    QString text = locale.toString(static_cast<qulonglong>(magnitude / Scale));
    quint64 fraction = magnitude % Scale;
    if (fraction != 0) {
        QString digits = QString::number(fraction).rightJustified(3, QLatin1Char('0'));
        while (digits.endsWith(QLatin1Char('0')))
            digits.chop(1);
        text += locale.decimalPoint() + digits;
    }
    return negative ? locale.negativeSign() + text : text;
}

QString Quantity::toLocalizedString(qint64 thousandths, const QLocale &locale, int decimals)
{
    decimals = std::clamp(decimals, 0, 3);
    const bool negative = thousandths < 0;
    quint64 magnitude = negative ? quint64(-(thousandths + 1)) + 1 : quint64(thousandths);
    // Half away from zero at the last place shown, so that -0.05 and 0.05 mirror each other.
    quint64 step = 1;
    for (int i = decimals; i < 3; ++i)
        step *= 10;
    magnitude = (magnitude + step / 2) / step * step;
    QString text = locale.toString(static_cast<qulonglong>(magnitude / Scale));
    if (decimals > 0) {
        const QString digits
            = QString::number(magnitude % Scale).rightJustified(3, QLatin1Char('0'));
        text += locale.decimalPoint() + digits.left(decimals);
    }
    return negative && magnitude != 0 ? locale.negativeSign() + text : text;
}

QString Quantity::percentText(qint64 tenthsOfPercent, const QLocale &locale)
{
    return toLocalizedString(tenthsOfPercent * 100, locale, 1) + QStringLiteral(" %");
}

} // namespace Rpb
