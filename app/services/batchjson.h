#pragma once

#include "domain/batch.h"
#include "domain/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>

namespace Rpb {

class MasterDataService;

// The batch as JSON (docs/cli.md, "A batch for batch add"): what `batch add --file` reads and
// `batch show --json` prints. Sites, product lines, members, waste categories and machines are
// named by code or UUID. Quantities are decimal strings ("1250.5") so that no value passes
// through binary floating point; a JSON number is accepted only when it is a whole number.
// Errors name the JSON path of what is wrong ("waste[1].quantity"), the same names BatchRules
// gives its errors. Unknown keys are ignored, and so are the read-only keys that toJson adds
// (id, code, status, created_by, ...), so a shown batch can be read back as the content of a
// new one.
class BatchJson final
{
public:
    explicit BatchJson(const MasterDataService &masterData);

    // One JSON object, as text.
    Result<Batch> parse(const QByteArray &json) const;
    // Checks the shape and resolves the codes; the rules (ranges, dates, units of waste
    // categories...) are BatchService::check's.
    Result<Batch> parse(const QJsonObject &object) const;
    Result<QJsonObject> toJson(const Batch &batch) const;
    // One line of `batch list --json`: id, code, site, date, shift, product_line (code, name,
    // unit), member (code, name), output {quantity, unit}, waste_kg, waste_l, status, created_by.
    static QJsonObject toJson(const BatchRow &row);

    // A quantity in thousandths: a decimal string, or a whole JSON number.
    static Result<qint64> quantity(const QJsonValue &value, const QString &path);

private:
    const MasterDataService &m_masterData;
};

} // namespace Rpb
