#pragma once

#include "domain/result.h"
#include "domain/units.h"
#include "syncrecord.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace Rpb {

// The rules a record of a sync package must meet: the same as for one typed into a form, since a
// record that comes in a package is as untrusted as one typed by a stranger. The record becomes
// its domain value (a Site, a Member, a Batch, a Booking, ...) and the validators the forms and
// services ask judge it (Validator, BatchRules, BookingRules, Recurrence). Then what only a
// package can get wrong: a text that must be a date, a batch's month that must be that of its
// production date, and the copies a live waste line keeps of its batch (month, product line) and
// of its category (unit), so that what an import accepts, `check --full` accepts.
//
// Nothing here reads the database: the caller looks up the records a record refers to (earlier
// in the package or stored) and hands over their Facts. That a reference resolves to a record of
// the same site is the caller's to check (PackageImporter).
class RecordRules final
{
public:
    // What the rules of one record need to know of another that it refers to, taken from the
    // version of it the database keeps (or will keep once the package is in).
    struct Facts
    {
        bool deleted = false;
        Unit unit = Unit::Kg; // a product line's or a waste category's
        QString name; // a product line's or a waste category's, for messages
        qint64 localMonth = 0; // a batch's
        QByteArray productLine; // a batch's, as the UUID's 16 bytes

        bool operator==(const Facts &other) const = default;
    };

    // Whether records of the kind have facts that the rules of others need: product lines, waste
    // categories and batches.
    static bool hasFacts(SyncKind kind);
    static Facts facts(const SyncRecord &record);

    // The facts of the record of this kind and UUID that a record refers to; nullptr when they
    // are not known (a rule that needs them is then not asked).
    using Lookup = std::function<const Facts *(SyncKind kind, const QByteArray &uuid)>;

    // The rules of the record's own values (lookup only finds words for messages: a batch's
    // output unit). An Invalid error says what is wrong in the words of the forms; its field is
    // the package's key of the field ("production_date"), and the caller says which record it is
    // and where.
    static Status check(const SyncRecord &record, const Lookup &lookup);
    // The rules between the record and the records it refers to, in the versions the database
    // keeps: asked of a record about to be written, since one kept aside as a conflict is judged
    // again when it is taken. Errors as check()'s.
    static Status checkLinks(const SyncRecord &record, const Lookup &lookup);
};

} // namespace Rpb
