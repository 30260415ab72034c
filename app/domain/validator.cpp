#include "validator.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

namespace Rpb {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Validator)
};

// A character no person types: control characters, or the replacement character that stands
// where a file held bytes that were not valid UTF-8.
bool hasBadCharacter(const QString &text)
{
    for (QChar c : text) {
        if (c == QChar::ReplacementCharacter)
            return true;
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

void add(QList<Error> &errors, std::optional<Error> e)
{
    if (e)
        errors.append(*e);
}

Error fieldError(const QString &message, const QString &fieldLabel, const QString &field)
{
    return Error::invalid(message, fieldLabel, field);
}
} // namespace

std::optional<Error> Validator::checkText(const QString &text, const QString &fieldLabel,
                                          const QString &field, bool required, int maxLength)
{
    const QString trimmed = text.trimmed();
    if (required && trimmed.isEmpty())
        return fieldError(Tr::tr("%1 is required.").arg(fieldLabel), fieldLabel, field);
    if (hasBadCharacter(text))
        return fieldError(
            Tr::tr("%1 contains characters that are not valid text (check the file's encoding).")
                .arg(fieldLabel),
            fieldLabel, field);
    if (text.size() > maxLength)
        return fieldError(
            Tr::tr("%1 is too long: at most %n characters.", nullptr, maxLength).arg(fieldLabel),
            fieldLabel, field);
    return std::nullopt;
}

std::optional<Error> Validator::checkCode(const QString &code, const QString &fieldLabel)
{
    if (code.trimmed().isEmpty())
        return fieldError(Tr::tr("%1 is required.").arg(fieldLabel), fieldLabel,
                          QStringLiteral("code"));
    static const QRegularExpression pattern(QStringLiteral("^[A-Z0-9][A-Z0-9_-]{0,29}$"));
    if (!pattern.match(code).hasMatch())
        return fieldError(Tr::tr("%1 may only use capital letters, digits, '-' and '_' (at most "
                                 "30 characters).")
                              .arg(fieldLabel),
                          fieldLabel, QStringLiteral("code"));
    return std::nullopt;
}

std::optional<Error> Validator::checkNib(const QString &nib)
{
    const QString label = Tr::tr("NIB");
    if (nib.isEmpty())
        return std::nullopt;
    static const QRegularExpression digits(QStringLiteral("^[0-9]{13}$"));
    if (!digits.match(nib).hasMatch())
        return fieldError(Tr::tr("The NIB has exactly 13 digits; \"%1\" has %n characters.",
                                 nullptr, int(nib.size()))
                              .arg(nib.left(40)),
                          label, QStringLiteral("nib"));
    return std::nullopt;
}

std::optional<Error> Validator::checkPhone(const QString &phone)
{
    if (phone.isEmpty())
        return std::nullopt;
    // Say what is wrong: a character that does not belong, or too few or too many digits.
    static const QRegularExpression pattern(QStringLiteral("^\\+?[0-9][0-9 -]*$"));
    if (!pattern.match(phone).hasMatch())
        return fieldError(Tr::tr("Write the phone number with digits, spaces or '-' only, "
                                 "for example 0812-3456-7890."),
                          Tr::tr("Phone"), QStringLiteral("phone"));
    const qsizetype digits
        = std::count_if(phone.cbegin(), phone.cend(), [](QChar c) { return c.isDigit(); });
    // Six digits is the shortest local number with its area code left off; fifteen the
    // longest international one (ITU-T E.164).
    constexpr int fewest = 6;
    constexpr int most = 15;
    if (digits < fewest)
        return fieldError(Tr::tr("The phone number is too short: it has %1 digits, a phone "
                                 "number at least %2, for example 0812-3456-7890.")
                              .arg(digits)
                              .arg(fewest),
                          Tr::tr("Phone"), QStringLiteral("phone"));
    if (digits > most || phone.size() > 20)
        return fieldError(Tr::tr("The phone number is too long: at most %1 digits and 20 "
                                 "characters, for example 0812-3456-7890.")
                              .arg(most),
                          Tr::tr("Phone"), QStringLiteral("phone"));
    return std::nullopt;
}

Result<QDate> Validator::parseDate(const QString &text, const QString &fieldLabel,
                                   const QString &field)
{
    static const QRegularExpression isoDate(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    QDate date;
    if (isoDate.match(text).hasMatch())
        date = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    if (!date.isValid())
        return fail(
            fieldError(Tr::tr("\"%1\" is not a date; write it as YYYY-MM-DD.").arg(text.left(40)),
                       fieldLabel, field));
    return date;
}

QList<Error> Validator::validate(const Site &site)
{
    QList<Error> errors;
    add(errors, checkCode(site.code, Tr::tr("Site code")));
    add(errors, checkText(site.name, Tr::tr("Name"), QStringLiteral("name"), true, 120));
    add(errors, checkText(site.province, Tr::tr("Province"), QStringLiteral("province"), true, 80));
    add(errors,
        checkText(site.managerName, Tr::tr("Responsible manager"), QStringLiteral("manager_name"),
                  false, 120));
    if (!QTimeZone::isTimeZoneIdAvailable(site.timeZone.toLatin1()))
        errors.append(fieldError(Tr::tr("\"%1\" is not a known time zone; use for example "
                                        "Asia/Jakarta (WIB), Asia/Makassar (WITA) or "
                                        "Asia/Jayapura (WIT).")
                                     .arg(site.timeZone),
                                 Tr::tr("Time zone"), QStringLiteral("time_zone")));
    if (site.openMinute < 0 || site.openMinute >= 24 * 60 || site.closeMinute <= site.openMinute
        || site.closeMinute > 24 * 60)
        errors.append(fieldError(Tr::tr("Closing time must be after opening time on the same day."),
                                 Tr::tr("Opening hours"), QStringLiteral("close_minute")));
    if ((site.openDays & 0x7f) == 0 || site.openDays > 0x7f)
        errors.append(fieldError(Tr::tr("Choose at least one day the site is open."),
                                 Tr::tr("Open days"), QStringLiteral("open_days")));
    if (site.bufferMinutes < 0 || site.bufferMinutes > 240)
        errors.append(fieldError(Tr::tr("The buffer must be between 0 and 240 minutes."),
                                 Tr::tr("Buffer time"), QStringLiteral("buffer_minutes")));
    if (site.minBookingMinutes < 5 || site.minBookingMinutes > 24 * 60)
        errors.append(fieldError(Tr::tr("The shortest booking must be between 5 minutes and 24 "
                                        "hours."),
                                 Tr::tr("Shortest booking"),
                                 QStringLiteral("min_booking_minutes")));
    if (site.maxBookingMinutes < site.minBookingMinutes || site.maxBookingMinutes > 7 * 24 * 60)
        errors.append(fieldError(Tr::tr("The longest booking must be at least the shortest and at "
                                        "most 7 days."),
                                 Tr::tr("Longest booking"), QStringLiteral("max_booking_minutes")));
    if (site.bookAheadDays < 1 || site.bookAheadDays > 730)
        errors.append(fieldError(Tr::tr("Booking ahead must be between 1 and 730 days."),
                                 Tr::tr("Book ahead"), QStringLiteral("book_ahead_days")));
    if (site.weeklyQuotaMinutes < 0 || site.weeklyQuotaMinutes > 7 * 24 * 60)
        errors.append(fieldError(Tr::tr("The weekly quota must be between 0 and 168 hours."),
                                 Tr::tr("Weekly quota"), QStringLiteral("weekly_quota_minutes")));
    if (site.massBalanceTolerancePercent < 0 || site.massBalanceTolerancePercent > 100)
        errors.append(fieldError(Tr::tr("The mass-balance tolerance must be between 0 and 100%."),
                                 Tr::tr("Mass-balance tolerance"),
                                 QStringLiteral("mass_balance_tolerance_percent")));
    return errors;
}

QList<Error> Validator::validate(const ProductLine &line)
{
    QList<Error> errors;
    add(errors, checkCode(line.code, Tr::tr("Product line code")));
    add(errors, checkText(line.name, Tr::tr("Name"), QStringLiteral("name"), true, 120));
    if (line.meta.siteId <= 0)
        errors.append(
            fieldError(Tr::tr("Choose the site."), Tr::tr("Site"), QStringLiteral("site")));
    return errors;
}

QList<Error> Validator::validate(const Equipment &equipment)
{
    QList<Error> errors;
    add(errors, checkCode(equipment.code, Tr::tr("Machine code")));
    add(errors, checkText(equipment.name, Tr::tr("Name"), QStringLiteral("name"), true, 120));
    add(errors, checkText(equipment.type, Tr::tr("Type"), QStringLiteral("type"), true, 80));
    add(errors, checkText(equipment.notes, Tr::tr("Notes"), QStringLiteral("notes"), false, 2000));
    if (equipment.capacity < 1 || equipment.capacity > 50)
        errors.append(fieldError(Tr::tr("Capacity must be between 1 and 50 members at once."),
                                 Tr::tr("Capacity"), QStringLiteral("capacity")));
    if (equipment.bufferMinutes && (*equipment.bufferMinutes < 0 || *equipment.bufferMinutes > 240))
        errors.append(fieldError(Tr::tr("The buffer must be between 0 and 240 minutes."),
                                 Tr::tr("Buffer time"), QStringLiteral("buffer_minutes")));
    if (equipment.meta.siteId <= 0)
        errors.append(
            fieldError(Tr::tr("Choose the site."), Tr::tr("Site"), QStringLiteral("site")));
    return errors;
}

QList<Error> Validator::validate(const Member &member)
{
    QList<Error> errors;
    add(errors, checkCode(member.code, Tr::tr("Member code")));
    add(errors, checkText(member.name, Tr::tr("Business name"), QStringLiteral("name"), true, 160));
    add(errors, checkText(member.owner, Tr::tr("Owner"), QStringLiteral("owner"), true, 120));
    add(errors, checkNib(member.nib));
    add(errors, checkPhone(member.phone));
    if (member.joined.isValid()) {
        if (member.joined > QDate::currentDate().addDays(1))
            errors.append(fieldError(Tr::tr("The joining date cannot be in the future."),
                                     Tr::tr("Joined"), QStringLiteral("joined")));
        else if (member.joined.year() < 1990)
            errors.append(fieldError(Tr::tr("The joining date must be in 1990 or later."),
                                     Tr::tr("Joined"), QStringLiteral("joined")));
    }
    if (member.meta.siteId <= 0)
        errors.append(
            fieldError(Tr::tr("Choose the site."), Tr::tr("Site"), QStringLiteral("site")));
    return errors;
}

QList<Error> Validator::validate(const WasteCategory &category)
{
    QList<Error> errors;
    add(errors, checkCode(category.code, Tr::tr("Waste category code")));
    add(errors, checkText(category.name, Tr::tr("Name"), QStringLiteral("name"), true, 120));
    if (category.unit == Unit::Piece)
        errors.append(fieldError(Tr::tr("Waste is measured in kg or L, not in pieces."),
                                 Tr::tr("Unit"), QStringLiteral("unit")));
    if (category.meta.siteId <= 0)
        errors.append(
            fieldError(Tr::tr("Choose the site."), Tr::tr("Site"), QStringLiteral("site")));
    return errors;
}

} // namespace Rpb
