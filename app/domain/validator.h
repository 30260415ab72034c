#pragma once

#include "equipment.h"
#include "member.h"
#include "productline.h"
#include "result.h"
#include "site.h"
#include "wastecategory.h"

#include <QList>

namespace Rpb {

// The rules a master-data record must meet before it is stored. Each error names its field
// (Error::field) so that forms can show the message beside it; an empty list means valid.
// Rules that need the database (unique codes) live in the services.
class Validator final
{
public:
    static QList<Error> validate(const Site &site);
    static QList<Error> validate(const ProductLine &line);
    static QList<Error> validate(const Equipment &equipment);
    static QList<Error> validate(const Member &member);
    static QList<Error> validate(const WasteCategory &category);

    // Shared field rules, also used by the command line and importers.
    static std::optional<Error> checkCode(const QString &code, const QString &fieldLabel);
    static std::optional<Error> checkText(const QString &text, const QString &fieldLabel,
                                          const QString &field, bool required, int maxLength);
    static std::optional<Error> checkNib(const QString &nib);
    static std::optional<Error> checkPhone(const QString &phone);
    // A date written as YYYY-MM-DD, as files and packages carry dates; a day that does not exist
    // (2026-02-30) is not one. The error names the field.
    static Result<QDate> parseDate(const QString &text, const QString &fieldLabel,
                                   const QString &field);
};

} // namespace Rpb
