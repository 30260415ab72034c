#include "batchjson.h"

#include "domain/batchrules.h"
#include "domain/quantity.h"
#include "domain/uuid7.h"
#include "masterdataservice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <cmath>

namespace Rpb {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(BatchJson)
};

Error at(const QString &path, const QString &message)
{
    return Error::invalid(message, path, path);
}

QString child(const QString &parent, const QString &key)
{
    return parent.isEmpty() ? key : parent + QLatin1Char('.') + key;
}

QString item(const QString &array, int index)
{
    return QStringLiteral("%1[%2]").arg(array).arg(index);
}

// What a JSON value is, in a person's words, for "expected text, found a number".
QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return Tr::tr("null");
    case QJsonValue::Bool:
        return Tr::tr("true/false");
    case QJsonValue::Double:
        return Tr::tr("a number");
    case QJsonValue::String:
        return Tr::tr("text");
    case QJsonValue::Array:
        return Tr::tr("a list");
    case QJsonValue::Object:
        return Tr::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return Tr::tr("nothing");
}

Result<QString> text(const QJsonObject &o, const QString &key, const QString &path, bool required)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            return fail(at(path, Tr::tr("This field is missing.")));
        return QString();
    }
    if (!v.isString())
        return fail(at(path, Tr::tr("Expected text in quotes, not %1.").arg(typeName(v))));
    return v.toString();
}

Result<QJsonObject> object(const QJsonObject &o, const QString &key, const QString &path)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return fail(at(path, Tr::tr("This field is missing.")));
    if (!v.isObject())
        return fail(at(path, Tr::tr("Expected an object { ... }, not %1.").arg(typeName(v))));
    return v.toObject();
}

Result<QJsonArray> array(const QJsonObject &o, const QString &key, const QString &path)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return QJsonArray();
    if (!v.isArray())
        return fail(at(path, Tr::tr("Expected a list [ ... ], not %1.").arg(typeName(v))));
    return v.toArray();
}

Result<Unit> unit(const QJsonObject &o, const QString &key, const QString &path, bool required,
                  Unit fallback)
{
    auto code = text(o, key, path, required);
    if (!code)
        return fail(code.error());
    if (code->isEmpty() && !required)
        return fallback;
    const auto u = unitFromCode(*code);
    if (!u)
        return fail(
            at(path, Tr::tr("\"%1\" is not a unit; use \"kg\", \"L\" or \"pcs\".").arg(*code)));
    return *u;
}

Result<qint64> optionalQuantity(const QJsonObject &o, const QString &key, const QString &path)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return 0;
    return BatchJson::quantity(v, path);
}

Result<qint64> requiredQuantity(const QJsonObject &o, const QString &key, const QString &path)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return fail(at(path, Tr::tr("This field is missing.")));
    return BatchJson::quantity(v, path);
}

// A code or UUID of a record of the site, with an error that names the path and the list that
// shows the valid codes.
template<typename T>
Result<T> lookup(const MasterDataService &masterData, std::optional<qint64> siteId,
                 const QString &idOrCode, const QString &path, const QString &what,
                 const QString &listCommand)
{
    auto found = masterData.find<T>(siteId, idOrCode);
    if (!found) {
        if (found.error().kind == Error::Kind::Storage)
            return fail(found.error());
        Error e = at(path,
                     Tr::tr("There is no %1 \"%2\" at this site; see `%3`.")
                         .arg(what, idOrCode, listCommand));
        return fail(e);
    }
    return found;
}
} // namespace

BatchJson::BatchJson(const MasterDataService &masterData)
    : m_masterData(masterData)
{ }

Result<qint64> BatchJson::quantity(const QJsonValue &value, const QString &path)
{
    if (value.isString()) {
        auto parsed = Quantity::parse(value.toString());
        if (!parsed)
            return fail(at(path, parsed.error().message));
        return parsed;
    }
    if (value.isDouble()) {
        // A JSON number is a binary double: only whole numbers survive it exactly.
        const double d = value.toDouble();
        if (std::isfinite(d) && std::trunc(d) == d
            && std::fabs(d) <= double(Quantity::Max / Quantity::Scale))
            return qint64(d) * Quantity::Scale;
        if (std::isfinite(d) && std::trunc(d) != d)
            return fail(at(path,
                           Tr::tr("Write decimals as text in quotes (\"%1\"), so that they stay "
                                  "exact.")
                               .arg(QString::number(d, 'g', 17))));
        return fail(at(path, Tr::tr("The number is too large.")));
    }
    return fail(at(path,
                   Tr::tr("Expected a quantity as text in quotes, such as \"12.5\", not %1.")
                       .arg(typeName(value))));
}

Result<Batch> BatchJson::parse(const QByteArray &json) const
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(Error::invalid(Tr::tr("The batch is not valid JSON: %1 at character %2.")
                                       .arg(error.errorString())
                                       .arg(error.offset),
                                   Tr::tr("character %1").arg(error.offset)));
    if (!doc.isObject())
        return fail(Error::invalid(Tr::tr("The batch must be one JSON object { ... }.")));
    return parse(doc.object());
}

Result<Batch> BatchJson::parse(const QJsonObject &o) const
{
    Batch b;

    auto siteCode = text(o, QStringLiteral("site"), QStringLiteral("site"), true);
    if (!siteCode)
        return fail(siteCode.error());
    auto site = lookup<Site>(m_masterData, std::nullopt, *siteCode, QStringLiteral("site"),
                             Tr::tr("site"), QStringLiteral("sites list"));
    if (!site)
        return fail(site.error());
    const qint64 siteId = site->meta.id;
    b.meta.siteId = siteId;

    auto lineCode = text(o, QStringLiteral("product_line"), QStringLiteral("product_line"), true);
    if (!lineCode)
        return fail(lineCode.error());
    auto line = lookup<ProductLine>(m_masterData, siteId, *lineCode, QStringLiteral("product_line"),
                                    Tr::tr("product line"),
                                    QStringLiteral("product-lines list --site ") + site->code);
    if (!line)
        return fail(line.error());
    b.productLineId = line->meta.id;

    auto memberCode = text(o, QStringLiteral("member"), QStringLiteral("member"), true);
    if (!memberCode)
        return fail(memberCode.error());
    auto member
        = lookup<Member>(m_masterData, siteId, *memberCode, QStringLiteral("member"),
                         Tr::tr("member"), QStringLiteral("members list --site ") + site->code);
    if (!member)
        return fail(member.error());
    b.memberId = member->meta.id;

    auto date = text(o, QStringLiteral("date"), QStringLiteral("date"), true);
    if (!date)
        return fail(date.error());
    static const QRegularExpression isoDate(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    if (isoDate.match(*date).hasMatch())
        b.productionDate = QDate::fromString(*date, QStringLiteral("yyyy-MM-dd"));
    if (!b.productionDate.isValid())
        return fail(at(QStringLiteral("date"),
                       Tr::tr("\"%1\" is not a date; write it as YYYY-MM-DD.").arg(*date)));

    const QJsonValue shift = o.value(QStringLiteral("shift"));
    if (!shift.isUndefined() && !shift.isNull()) {
        const double d = shift.toDouble();
        if (!shift.isDouble())
            return fail(
                at(QStringLiteral("shift"),
                   Tr::tr("\"shift\" must be the number 1, 2 or 3, not %1.").arg(typeName(shift))));
        if (std::trunc(d) != d || d < 1 || d > 3)
            return fail(
                at(QStringLiteral("shift"), Tr::tr("\"shift\" must be the number 1, 2 or 3.")));
        b.shift = int(d);
    }

    // Input and output.
    auto input = object(o, QStringLiteral("input"), QStringLiteral("input"));
    if (!input)
        return fail(input.error());
    auto material
        = text(*input, QStringLiteral("material"), QStringLiteral("input.material"), true);
    if (!material)
        return fail(material.error());
    b.inputMaterial = *material;
    auto inputQuantity
        = requiredQuantity(*input, QStringLiteral("quantity"), QStringLiteral("input.quantity"));
    if (!inputQuantity)
        return fail(inputQuantity.error());
    b.inputMilli = *inputQuantity;
    auto inputUnit
        = unit(*input, QStringLiteral("unit"), QStringLiteral("input.unit"), true, Unit::Kg);
    if (!inputUnit)
        return fail(inputUnit.error());
    b.inputUnit = *inputUnit;

    auto output = object(o, QStringLiteral("output"), QStringLiteral("output"));
    if (!output)
        return fail(output.error());
    auto outputQuantity
        = requiredQuantity(*output, QStringLiteral("quantity"), QStringLiteral("output.quantity"));
    if (!outputQuantity)
        return fail(outputQuantity.error());
    b.outputMilli = *outputQuantity;
    auto outputUnit
        = unit(*output, QStringLiteral("unit"), QStringLiteral("output.unit"), false, line->unit);
    if (!outputUnit)
        return fail(outputUnit.error());
    if (*outputUnit != line->unit)
        return fail(at(QStringLiteral("output.unit"),
                       Tr::tr("The output of %1 is counted in %2, not %3.")
                           .arg(line->code, unitCode(line->unit), unitCode(*outputUnit))));

    auto energy = optionalQuantity(o, QStringLiteral("energy_kwh"), QStringLiteral("energy_kwh"));
    if (!energy)
        return fail(energy.error());
    b.energyWh = *energy;
    auto water = optionalQuantity(o, QStringLiteral("water_l"), QStringLiteral("water_l"));
    if (!water)
        return fail(water.error());
    b.waterMl = *water;

    auto notes = text(o, QStringLiteral("notes"), QStringLiteral("notes"), false);
    if (!notes)
        return fail(notes.error());
    b.notes = *notes;
    auto warningNote
        = text(o, QStringLiteral("warning_note"), QStringLiteral("warning_note"), false);
    if (!warningNote)
        return fail(warningNote.error());
    b.warningNote = *warningNote;

    // Machines, by code.
    auto machines = array(o, QStringLiteral("machines"), QStringLiteral("machines"));
    if (!machines)
        return fail(machines.error());
    for (int i = 0; i < machines->size(); ++i) {
        const QString path = item(QStringLiteral("machines"), i);
        const QJsonValue v = machines->at(i);
        if (!v.isString())
            return fail(
                at(path, Tr::tr("Expected a machine code in quotes, not %1.").arg(typeName(v))));
        auto machine
            = lookup<Equipment>(m_masterData, siteId, v.toString(), path, Tr::tr("machine"),
                                QStringLiteral("equipment list --site ") + site->code);
        if (!machine)
            return fail(machine.error());
        b.equipmentIds.append(machine->meta.id);
    }

    // Waste lines.
    auto waste = array(o, QStringLiteral("waste"), QStringLiteral("waste"));
    if (!waste)
        return fail(waste.error());
    if (waste->size() > BatchRules::MaxWasteLines)
        return fail(
            at(QStringLiteral("waste"),
               Tr::tr("A batch has at most %1 waste lines.").arg(BatchRules::MaxWasteLines)));
    for (int i = 0; i < waste->size(); ++i) {
        const QString path = item(QStringLiteral("waste"), i);
        if (!waste->at(i).isObject())
            return fail(at(
                path, Tr::tr("Expected an object { ... }, not %1.").arg(typeName(waste->at(i)))));
        const QJsonObject w = waste->at(i).toObject();
        WasteLine wasteLine;
        auto categoryCode
            = text(w, QStringLiteral("category"), child(path, QStringLiteral("category")), true);
        if (!categoryCode)
            return fail(categoryCode.error());
        auto category = lookup<WasteCategory>(
            m_masterData, siteId, *categoryCode, child(path, QStringLiteral("category")),
            Tr::tr("waste category"), QStringLiteral("waste-categories list --site ") + site->code);
        if (!category)
            return fail(category.error());
        wasteLine.categoryId = category->meta.id;
        auto quantity = requiredQuantity(w, QStringLiteral("quantity"),
                                         child(path, QStringLiteral("quantity")));
        if (!quantity)
            return fail(quantity.error());
        wasteLine.quantityMilli = *quantity;
        auto wasteUnit = unit(w, QStringLiteral("unit"), child(path, QStringLiteral("unit")), false,
                              category->unit);
        if (!wasteUnit)
            return fail(wasteUnit.error());
        wasteLine.unit = *wasteUnit;
        auto route = text(w, QStringLiteral("route"), child(path, QStringLiteral("route")), true);
        if (!route)
            return fail(route.error());
        const auto r = routeFromCode(*route);
        if (!r)
            return fail(at(child(path, QStringLiteral("route")),
                           Tr::tr("\"%1\" is not a handling route; use one of reuse, byproduct, "
                                  "recycle, compost, energy_recovery, treated_discharge, "
                                  "landfill, open_burning.")
                               .arg(*route)));
        wasteLine.route = *r;
        b.waste.append(wasteLine);
    }
    return b;
}

Result<QJsonObject> BatchJson::toJson(const Batch &b) const
{
    auto site = m_masterData.get<Site>(b.meta.siteId);
    if (!site)
        return fail(site.error());
    auto line = m_masterData.get<ProductLine>(b.productLineId);
    if (!line)
        return fail(line.error());
    auto member = m_masterData.get<Member>(b.memberId);
    if (!member)
        return fail(member.error());
    QJsonArray machines;
    for (qint64 id : b.equipmentIds) {
        auto machine = m_masterData.get<Equipment>(id);
        if (!machine)
            return fail(machine.error());
        machines.append(machine->code);
    }
    QJsonArray waste;
    for (const WasteLine &w : b.waste) {
        auto category = m_masterData.get<WasteCategory>(w.categoryId);
        if (!category)
            return fail(category.error());
        waste.append(
            QJsonObject {{QStringLiteral("category"), category->code},
                         {QStringLiteral("quantity"), Quantity::toDecimalString(w.quantityMilli)},
                         {QStringLiteral("unit"), unitCode(w.unit)},
                         {QStringLiteral("route"), routeCode(w.route)}});
    }
    QJsonObject o {
        {QStringLiteral("site"), site->code},
        {QStringLiteral("product_line"), line->code},
        {QStringLiteral("product_line_name"), line->name},
        {QStringLiteral("member"), member->code},
        {QStringLiteral("member_name"), member->name},
        {QStringLiteral("date"), b.productionDate.toString(Qt::ISODate)},
        {QStringLiteral("shift"), b.shift},
        {QStringLiteral("input"),
         QJsonObject {{QStringLiteral("material"), b.inputMaterial},
                      {QStringLiteral("quantity"), Quantity::toDecimalString(b.inputMilli)},
                      {QStringLiteral("unit"), unitCode(b.inputUnit)}}},
        {QStringLiteral("output"),
         QJsonObject {{QStringLiteral("quantity"), Quantity::toDecimalString(b.outputMilli)},
                      {QStringLiteral("unit"), unitCode(line->unit)}}},
        {QStringLiteral("energy_kwh"), Quantity::toDecimalString(b.energyWh)},
        {QStringLiteral("water_l"), Quantity::toDecimalString(b.waterMl)},
        {QStringLiteral("machines"), machines},
        {QStringLiteral("waste"), waste},
        {QStringLiteral("notes"), b.notes},
        {QStringLiteral("warning_note"), b.warningNote},
    };
    if (!b.meta.isNew()) {
        o.insert(QStringLiteral("id"), Uuid7::toText(b.meta.uuid));
        o.insert(QStringLiteral("code"), b.code);
        o.insert(QStringLiteral("status"), batchStatusCode(b.status));
        o.insert(QStringLiteral("created_by"), b.createdBy);
        o.insert(QStringLiteral("created"), b.meta.createdAt.toUTC().toString(Qt::ISODateWithMs));
        o.insert(QStringLiteral("updated"), b.meta.updatedAt.toUTC().toString(Qt::ISODateWithMs));
        o.insert(QStringLiteral("row_version"), b.meta.rowVersion);
    }
    return o;
}

QJsonObject BatchJson::toJson(const BatchRow &r)
{
    return QJsonObject {
        {QStringLiteral("id"), Uuid7::toText(r.uuid)},
        {QStringLiteral("code"), r.code},
        {QStringLiteral("site"), r.siteCode},
        {QStringLiteral("date"), r.productionDate.toString(Qt::ISODate)},
        {QStringLiteral("shift"), r.shift},
        {QStringLiteral("product_line"), r.productLineCode},
        {QStringLiteral("product_line_name"), r.productLineName},
        {QStringLiteral("member"), r.memberCode},
        {QStringLiteral("member_name"), r.memberName},
        {QStringLiteral("output"),
         QJsonObject {{QStringLiteral("quantity"), Quantity::toDecimalString(r.outputMilli)},
                      {QStringLiteral("unit"), unitCode(r.unit)}}},
        {QStringLiteral("waste_kg"), Quantity::toDecimalString(r.wasteKgMilli)},
        {QStringLiteral("waste_l"), Quantity::toDecimalString(r.wasteLitreMilli)},
        {QStringLiteral("status"), batchStatusCode(r.status)},
        {QStringLiteral("created_by"), r.createdBy},
    };
}

} // namespace Rpb
