#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <expected>

namespace Rpb {

// What went wrong, in the words a person reads, plus where it happened. The kinds map one to one
// onto the exit codes of the command line (docs/cli.md).
struct Error
{
    enum class Kind { Usage, Invalid, Conflict, Forbidden, Storage, NotFound };

    Kind kind = Kind::Invalid;
    QString message; // translated sentence for the person
    QString where;   // the record, field or row it concerns, e.g. "member JTG-M01, field NIB"
    QString field;   // machine name of the field for forms ("nib"), empty when not a field
    QString detail;  // driver or system text for the log, never shown as the main message
    QStringList related; // UUIDs of the records it concerns, e.g. the bookings a booking clashes with

    static Error invalid(const QString &message, const QString &where = {},
                         const QString &field = {});
    static Error conflict(const QString &message, const QString &where = {});
    static Error forbidden(const QString &message, const QString &where = {});
    static Error storage(const QString &message, const QString &detail = {});
    static Error notFound(const QString &message, const QString &where = {});
    static Error usage(const QString &message, const QString &where = {});

    // "error: WHAT (WHERE)" as the command line prints it.
    QString toLine() const;
    // Machine name of the kind for JSON: "invalid", "conflict", ...
    QString kindName() const;
    int exitCode() const;
};

template<typename T>
using Result = std::expected<T, Error>;

// For operations that return nothing but can fail.
using Status = std::expected<void, Error>;

inline std::unexpected<Error> fail(Error e)
{
    return std::unexpected<Error>(std::move(e));
}

} // namespace Rpb
