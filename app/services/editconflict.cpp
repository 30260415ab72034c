#include "editconflict.h"

#include "language.h"
#include "storage/auditlog.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace Rpb {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(EditConflict)
};
} // namespace

Status EditConflict::check(const Database &db, const RecordMeta &stored, qint64 expectedVersion,
                           const QString &what)
{
    if (stored.rowVersion == expectedVersion)
        return {};
    return fail(error(db, stored, what));
}

Error EditConflict::error(const Database &db, const RecordMeta &stored, const QString &what)
{
    auto last = AuditLog::lastChange(db, stored.uuid);
    QString who;
    QDateTime at = stored.updatedAt;
    QTimeZone zone = QTimeZone::systemTimeZone();
    // The newest audit entry names the person, unless the record changed later without one of
    // its own (an imported package's records share the import's entry).
    if (last && *last && (!at.isValid() || (*last)->at.secsTo(at) < 2)) {
        who = (*last)->userName;
        at = (*last)->at;
        if (!(*last)->timeZone.isEmpty())
            zone = QTimeZone((*last)->timeZone.toUtf8());
    }
    const QString when = at.isValid()
        ? Language::locale().toString(at.toTimeZone(zone), QStringLiteral("d MMMM yyyy HH:mm"))
        : QString();
    QString message;
    if (!who.isEmpty() && !when.isEmpty())
        message = Tr::tr("%1 was changed by %2 on %3 after you read it; your change was not made. "
                         "Look at it again and make your change anew.")
                      .arg(what, who, when);
    else if (!when.isEmpty())
        message = Tr::tr("%1 was changed by someone else on %2 after you read it; your change was "
                         "not made. Look at it again and make your change anew.")
                      .arg(what, when);
    else
        message = Tr::tr("%1 was changed by someone else after you read it; your change was not "
                         "made. Look at it again and make your change anew.")
                      .arg(what);
    Error e = Error::conflict(message, what);
    if (!last)
        e.detail = last.error().detail;
    return e;
}

} // namespace Rpb
