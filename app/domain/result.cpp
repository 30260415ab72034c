#include "result.h"

namespace Rpb {

Error Error::invalid(const QString &message, const QString &where, const QString &field)
{
    return Error{Kind::Invalid, message, where, field, {}, {}};
}

Error Error::conflict(const QString &message, const QString &where)
{
    return Error{Kind::Conflict, message, where, {}, {}, {}};
}

Error Error::forbidden(const QString &message, const QString &where)
{
    return Error{Kind::Forbidden, message, where, {}, {}, {}};
}

Error Error::storage(const QString &message, const QString &detail)
{
    return Error{Kind::Storage, message, {}, {}, detail, {}};
}

Error Error::notFound(const QString &message, const QString &where)
{
    return Error{Kind::NotFound, message, where, {}, {}, {}};
}

Error Error::usage(const QString &message, const QString &where)
{
    return Error{Kind::Usage, message, where, {}, {}, {}};
}

QString Error::toLine() const
{
    QString line = QStringLiteral("error: ") + message;
    if (!where.isEmpty())
        line += QStringLiteral(" (") + where + QLatin1Char(')');
    return line;
}

QString Error::kindName() const
{
    switch (kind) {
    case Kind::Usage:
        return QStringLiteral("usage");
    case Kind::Invalid:
    case Kind::NotFound:
        return QStringLiteral("invalid");
    case Kind::Conflict:
        return QStringLiteral("conflict");
    case Kind::Forbidden:
        return QStringLiteral("forbidden");
    case Kind::Storage:
        return QStringLiteral("storage");
    }
    return QStringLiteral("invalid");
}

int Error::exitCode() const
{
    switch (kind) {
    case Kind::Usage:
        return 1;
    case Kind::Invalid:
    case Kind::NotFound:
        return 2;
    case Kind::Conflict:
        return 3;
    case Kind::Forbidden:
        return 4;
    case Kind::Storage:
        return 5;
    }
    return 2;
}

} // namespace Rpb
