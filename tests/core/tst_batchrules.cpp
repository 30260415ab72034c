#include "domain/batchrules.h"

#include <QTest>

using namespace Rpb;

namespace {
// Records by id as the service would look them up: site 1 is the batch's, site 2 another.
Site site(qint64 id)
{
    Site s;
    s.meta.id = s.meta.siteId = id;
    s.code = id == 1 ? QStringLiteral("ACH") : QStringLiteral("NTT");
    s.massBalanceTolerancePercent = 10;
    return s;
}

template<typename T> T record(qint64 id, qint64 siteId, const QString &code, bool archived = false)
{
    T r;
    r.meta.id = id;
    r.meta.siteId = siteId;
    r.meta.archived = archived;
    r.code = code;
    r.name = code.toLower();
    return r;
}

ProductLine line(qint64 id, qint64 siteId, Unit unit, bool archived = false)
{
    ProductLine p = record<ProductLine>(id, siteId, QStringLiteral("LINE%1").arg(id), archived);
    p.unit = unit;
    return p;
}

WasteCategory category(qint64 id, qint64 siteId, Unit unit, bool archived = false)
{
    WasteCategory w = record<WasteCategory>(id, siteId, QStringLiteral("CAT%1").arg(id), archived);
    w.unit = unit;
    return w;
}

// Ids: lines 10 (kg), 11 (pcs), 12 (archived), 13 (site 2); members 20, 21 (archived), 22
// (site 2); machines 30, 31 (archived), 32 (site 2); categories 40 (kg), 41 (L), 42 (archived),
// 43 (site 2).
BatchRules::Context context(const Batch &batch)
{
    const QHash<qint64, ProductLine> lines {{10, line(10, 1, Unit::Kg)},
                                            {11, line(11, 1, Unit::Piece)},
                                            {12, line(12, 1, Unit::Kg, true)},
                                            {13, line(13, 2, Unit::Kg)}};
    const QHash<qint64, Member> members {
        {20, record<Member>(20, 1, QStringLiteral("ACH-M01"))},
        {21, record<Member>(21, 1, QStringLiteral("ACH-M02"), true)},
        {22, record<Member>(22, 2, QStringLiteral("NTT-M01"))}};
    const QHash<qint64, Equipment> machines {
        {30, record<Equipment>(30, 1, QStringLiteral("KET1"))},
        {31, record<Equipment>(31, 1, QStringLiteral("KET2"), true)},
        {32, record<Equipment>(32, 2, QStringLiteral("FRZ1"))}};
    const QHash<qint64, WasteCategory> categories {{40, category(40, 1, Unit::Kg)},
                                                   {41, category(41, 1, Unit::Litre)},
                                                   {42, category(42, 1, Unit::Kg, true)},
                                                   {43, category(43, 2, Unit::Kg)}};
    BatchRules::Context c;
    c.site = site(1);
    if (lines.contains(batch.productLineId))
        c.productLine = lines.value(batch.productLineId);
    if (members.contains(batch.memberId))
        c.member = members.value(batch.memberId);
    for (qint64 id : batch.equipmentIds)
        if (machines.contains(id))
            c.equipment.insert(id, machines.value(id));
    for (const WasteLine &w : batch.waste)
        if (categories.contains(w.categoryId))
            c.categories.insert(w.categoryId, categories.value(w.categoryId));
    c.today = QDate(2026, 10, 20);
    return c;
}

WasteLine waste(qint64 categoryId, qint64 milli, Unit unit, Route route)
{
    WasteLine w;
    w.categoryId = categoryId;
    w.quantityMilli = milli;
    w.unit = unit;
    w.route = route;
    return w;
}

// 250 kg of dry patchouli leaves give 6.5 kg of oil, 230 kg of spent leaves and 500 L of
// condensate: 236.5 kg out of 250 kg in, within the 10% tolerance (275 kg).
Batch validBatch()
{
    Batch b;
    b.meta.siteId = 1;
    b.productLineId = 10;
    b.memberId = 20;
    b.productionDate = QDate(2026, 10, 14);
    b.shift = 1;
    b.equipmentIds = {30};
    b.inputMaterial = QStringLiteral("daun nilam kering");
    b.inputMilli = 250'000;
    b.inputUnit = Unit::Kg;
    b.outputMilli = 6'500;
    b.energyWh = 120'000;
    b.waterMl = 800'000;
    b.waste = {waste(40, 230'000, Unit::Kg, Route::Compost),
               waste(41, 500'000, Unit::Litre, Route::TreatedDischarge)};
    return b;
}

void apply(const QString &change, Batch &b, BatchRules::Context &c)
{
    const qint64 maxMilli = BatchRules::MaxInputMilli;
    if (change == QLatin1String("none"))
        return;
    if (change == QLatin1String("no product line"))
        b.productLineId = 0;
    else if (change == QLatin1String("unknown product line"))
        b.productLineId = 99;
    else if (change == QLatin1String("archived product line"))
        b.productLineId = 12;
    else if (change == QLatin1String("product line of another site"))
        b.productLineId = 13;
    else if (change == QLatin1String("no member"))
        b.memberId = 0;
    else if (change == QLatin1String("unknown member"))
        b.memberId = 99;
    else if (change == QLatin1String("archived member"))
        b.memberId = 21;
    else if (change == QLatin1String("member of another site"))
        b.memberId = 22;
    else if (change == QLatin1String("no date"))
        b.productionDate = QDate();
    else if (change == QLatin1String("date before 2000"))
        b.productionDate = QDate(1999, 12, 31);
    else if (change == QLatin1String("first day of 2000"))
        b.productionDate = QDate(2000, 1, 1);
    else if (change == QLatin1String("tomorrow at the site"))
        b.productionDate = QDate(2026, 10, 21);
    else if (change == QLatin1String("today at the site"))
        b.productionDate = QDate(2026, 10, 20);
    else if (change == QLatin1String("closed month"))
        c.monthClosed = true;
    else if (change == QLatin1String("shift 0"))
        b.shift = 0;
    else if (change == QLatin1String("shift 4"))
        b.shift = 4;
    else if (change == QLatin1String("shift 3"))
        b.shift = 3;
    else if (change == QLatin1String("unknown machine"))
        b.equipmentIds = {99};
    else if (change == QLatin1String("machine twice"))
        b.equipmentIds = {30, 30};
    else if (change == QLatin1String("archived machine"))
        b.equipmentIds = {30, 31};
    else if (change == QLatin1String("machine of another site"))
        b.equipmentIds = {32};
    else if (change == QLatin1String("no machines"))
        b.equipmentIds.clear();
    else if (change == QLatin1String("empty material"))
        b.inputMaterial = QStringLiteral("  ");
    else if (change == QLatin1String("material too long"))
        b.inputMaterial = QString(BatchRules::MaxMaterialLength + 1, QLatin1Char('a'));
    else if (change == QLatin1String("material with a control character"))
        b.inputMaterial = QStringLiteral("daun\x07nilam");
    else if (change == QLatin1String("negative input"))
        b.inputMilli = -1;
    else if (change == QLatin1String("zero input"))
        b.inputMilli = 0;
    else if (change == QLatin1String("absurd input"))
        b.inputMilli = maxMilli + 1;
    else if (change == QLatin1String("input at the maximum")) {
        b.inputMilli = maxMilli;
    } else if (change == QLatin1String("negative output"))
        b.outputMilli = -6'500;
    else if (change == QLatin1String("absurd output"))
        b.outputMilli = BatchRules::MaxOutputMilli + 1;
    else if (change == QLatin1String("negative energy"))
        b.energyWh = -1;
    else if (change == QLatin1String("absurd energy"))
        b.energyWh = BatchRules::MaxEnergyWh + 1;
    else if (change == QLatin1String("no energy"))
        b.energyWh = 0;
    else if (change == QLatin1String("negative water"))
        b.waterMl = -1;
    else if (change == QLatin1String("absurd water"))
        b.waterMl = BatchRules::MaxWaterMl + 1;
    else if (change == QLatin1String("notes over several lines"))
        b.notes = QStringLiteral("ketel 1:\r\n\tuap stabil\nhasil bagus");
    else if (change == QLatin1String("notes with a control character"))
        b.notes = QStringLiteral("ketel\x1b[31m");
    else if (change == QLatin1String("notes too long"))
        b.notes = QString(BatchRules::MaxNotesLength + 1, QLatin1Char('x'));
    else if (change == QLatin1String("acknowledgement too long"))
        b.warningNote = QString(BatchRules::MaxWarningNoteLength + 1, QLatin1Char('x'));
    else if (change == QLatin1String("waste without category"))
        b.waste[0].categoryId = 0;
    else if (change == QLatin1String("unknown waste category"))
        b.waste[1].categoryId = 99;
    else if (change == QLatin1String("archived waste category"))
        b.waste[1] = waste(42, 1'000, Unit::Kg, Route::Landfill);
    else if (change == QLatin1String("waste category of another site"))
        b.waste[1] = waste(43, 1'000, Unit::Kg, Route::Landfill);
    else if (change == QLatin1String("condensate in kg"))
        b.waste[1].unit = Unit::Kg;
    else if (change == QLatin1String("spent leaves in L"))
        b.waste[0].unit = Unit::Litre;
    else if (change == QLatin1String("zero waste"))
        b.waste[1].quantityMilli = 0;
    else if (change == QLatin1String("negative waste"))
        b.waste[1].quantityMilli = -500;
    else if (change == QLatin1String("absurd waste"))
        b.waste[1].quantityMilli = BatchRules::MaxWasteMilli + 1;
    else if (change == QLatin1String("too many waste lines"))
        b.waste = QList<WasteLine>(BatchRules::MaxWasteLines + 1,
                                   waste(40, 1'000, Unit::Kg, Route::Compost));
    else if (change == QLatin1String("zero output"))
        b.outputMilli = 0;
    else if (change == QLatin1String("output and waste beyond the tolerance"))
        b.outputMilli = 45'001; // 45.001 + 230 = 275.001 kg > 275 kg
    else if (change == QLatin1String("output and waste at the tolerance"))
        b.outputMilli = 45'000; // exactly 110% of the input
    else if (change == QLatin1String("pieces: only the waste counts")) {
        b.productLineId = 11;
        b.outputMilli = 5'000'000; // 5,000 pcs are not kilograms
    } else if (change == QLatin1String("pieces: waste beyond the tolerance")) {
        b.productLineId = 11;
        b.waste[0].quantityMilli = 275'001;
    } else if (change == QLatin1String("litres never added to kilograms")) {
        b.waste[1].quantityMilli = 900'000'000; // 900,000 L of condensate
    } else if (change == QLatin1String("input in litres: no mass balance")) {
        b.inputUnit = Unit::Litre;
        b.waste[0].quantityMilli = 900'000;
    } else
        QFAIL(qPrintable(QStringLiteral("unknown change ") + change));
}
} // namespace

class TestBatchRules final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validBatchPasses();
    void rules_data();
    void rules();
    void wasteErrorsNameTheLine();
    void archivedRecordsStayOnTheirOwnBatches();
    void acknowledgementUnblocksWarnings();
    void massBalanceFigures();
    void parsedQuantitiesNameTheirField();
    void copyForNewKeepsWhatRepeats();
};

void TestBatchRules::validBatchPasses()
{
    const Batch b = validBatch();
    const BatchRules::Check check = BatchRules::check(b, context(b));
    QVERIFY2(check.errors.isEmpty(), qPrintable(check.errors.value(0).message));
    QVERIFY(check.warnings.isEmpty());
    QVERIFY(check.ok());
}

void TestBatchRules::rules_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("kind"); // "error", "warning" or "ok"
    QTest::addColumn<QString>("field");

    auto row = [](const char *change, const char *kind, const char *field) {
        QTest::newRow(change) << QString::fromLatin1(change) << QString::fromLatin1(kind)
                              << QString::fromLatin1(field);
    };
    row("none", "ok", "");
    row("no product line", "error", "product_line");
    row("unknown product line", "error", "product_line");
    row("archived product line", "error", "product_line");
    row("product line of another site", "error", "product_line");
    row("no member", "error", "member");
    row("unknown member", "error", "member");
    row("archived member", "error", "member");
    row("member of another site", "error", "member");
    row("no date", "error", "date");
    row("date before 2000", "error", "date");
    row("first day of 2000", "ok", "");
    row("tomorrow at the site", "error", "date");
    row("today at the site", "ok", "");
    row("closed month", "error", "date");
    row("shift 0", "error", "shift");
    row("shift 4", "error", "shift");
    row("shift 3", "ok", "");
    row("unknown machine", "error", "machines[0]");
    row("machine twice", "error", "machines[1]");
    row("archived machine", "error", "machines[1]");
    row("machine of another site", "error", "machines[0]");
    row("no machines", "ok", "");
    row("empty material", "error", "input.material");
    row("material too long", "error", "input.material");
    row("material with a control character", "error", "input.material");
    row("negative input", "error", "input.quantity");
    row("zero input", "error", "input.quantity");
    row("absurd input", "error", "input.quantity");
    row("input at the maximum", "ok", "");
    row("negative output", "error", "output.quantity");
    row("absurd output", "error", "output.quantity");
    row("negative energy", "error", "energy_kwh");
    row("absurd energy", "error", "energy_kwh");
    row("no energy", "ok", "");
    row("negative water", "error", "water_l");
    row("absurd water", "error", "water_l");
    row("notes over several lines", "ok", "");
    row("notes with a control character", "error", "notes");
    row("notes too long", "error", "notes");
    row("acknowledgement too long", "error", "warning_note");
    row("waste without category", "error", "waste[0].category");
    row("unknown waste category", "error", "waste[1].category");
    row("archived waste category", "error", "waste[1].category");
    row("waste category of another site", "error", "waste[1].category");
    row("condensate in kg", "error", "waste[1].unit");
    row("spent leaves in L", "error", "waste[0].unit");
    row("zero waste", "error", "waste[1].quantity");
    row("negative waste", "error", "waste[1].quantity");
    row("absurd waste", "error", "waste[1].quantity");
    row("too many waste lines", "error", "waste");
    row("zero output", "warning", "output.quantity");
    row("output and waste beyond the tolerance", "warning", "output.quantity");
    row("output and waste at the tolerance", "ok", "");
    row("pieces: only the waste counts", "ok", "");
    row("pieces: waste beyond the tolerance", "warning", "waste");
    row("litres never added to kilograms", "ok", "");
    row("input in litres: no mass balance", "ok", "");
}

void TestBatchRules::rules()
{
    QFETCH(QString, change);
    QFETCH(QString, kind);
    QFETCH(QString, field);
    Batch b = validBatch();
    BatchRules::Context changed;
    apply(change, b, changed);
    // The records as looked up for the changed batch, with the month's state the change set.
    BatchRules::Context c = context(b);
    c.monthClosed = changed.monthClosed;
    const BatchRules::Check check = BatchRules::check(b, c);
    QStringList errors;
    for (const Error &e : check.errors)
        errors << e.field + QStringLiteral(": ") + e.message;
    QStringList warnings;
    for (const Error &e : check.warnings)
        warnings << e.field + QStringLiteral(": ") + e.message;
    if (kind == QLatin1String("ok")) {
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
    } else if (kind == QLatin1String("error")) {
        QCOMPARE(check.errors.size(), 1);
        QCOMPARE(check.errors.first().field, field);
        QCOMPARE(check.errors.first().kind, Error::Kind::Invalid);
        QVERIFY(!check.errors.first().message.isEmpty());
        QVERIFY(!check.ok());
    } else {
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(check.warnings.size(), 1);
        QCOMPARE(check.warnings.first().field, field);
        QVERIFY(check.ok());
        QVERIFY(check.forField(field).has_value());
    }
}

void TestBatchRules::wasteErrorsNameTheLine()
{
    Batch b = validBatch();
    b.waste.append(waste(40, 0, Unit::Kg, Route::Reuse));
    const BatchRules::Check check = BatchRules::check(b, context(b));
    QCOMPARE(check.errors.size(), 1);
    QCOMPARE(check.errors.first().field, QStringLiteral("waste[2].quantity"));
    QCOMPARE(check.errors.first().where, QStringLiteral("waste line 3"));
    QVERIFY(check.errors.first().message.contains(QLatin1String("waste line 3")));
}

void TestBatchRules::archivedRecordsStayOnTheirOwnBatches()
{
    // A batch recorded before its member, machine and category were archived can still be
    // corrected; a new batch cannot pick them.
    Batch b = validBatch();
    b.memberId = 21;
    b.equipmentIds = {31};
    b.waste[0].categoryId = 42;
    BatchRules::Context c = context(b);
    QCOMPARE(BatchRules::check(b, c).errors.size(), 3);
    c.stored = b;
    const BatchRules::Check edit = BatchRules::check(b, c);
    QVERIFY2(edit.errors.isEmpty(), qPrintable(edit.errors.value(0).message));
}

void TestBatchRules::acknowledgementUnblocksWarnings()
{
    Batch b = validBatch();
    b.outputMilli = 0;
    const BatchRules::Check check = BatchRules::check(b, context(b));
    QCOMPARE(check.warnings.size(), 1);
    const auto refused = BatchRules::checkAcknowledged(check, QStringLiteral("   "));
    QVERIFY(refused.has_value());
    QCOMPARE(refused->field, QStringLiteral("warning_note"));
    QCOMPARE(refused->where, QStringLiteral("Output"));
    QVERIFY(!BatchRules::checkAcknowledged(check, QStringLiteral("ketel bocor, batch gagal")));
    QVERIFY(!BatchRules::checkAcknowledged(BatchRules::check(validBatch(), context(validBatch())),
                                           QString()));
}

void TestBatchRules::massBalanceFigures()
{
    const BatchRules::MassBalance m = BatchRules::massBalance(validBatch(), Unit::Kg, 10);
    QVERIFY(m.applies);
    QCOMPARE(m.inputMilli, qint64(250'000));
    QCOMPARE(m.outputKgMilli, qint64(6'500));
    QCOMPARE(m.wasteKgMilli, qint64(230'000)); // the 500 L of condensate stay out
    QVERIFY(!m.exceeded());
    const BatchRules::MassBalance pieces = BatchRules::massBalance(validBatch(), Unit::Piece, 0);
    QCOMPARE(pieces.outputKgMilli, qint64(0));
    QVERIFY(!pieces.exceeded());
    // The message shows numbers the way the screen does.
    Batch b = validBatch();
    b.outputMilli = 1'234'500;
    BatchRules::Context c = context(b);
    c.locale = QLocale(QLocale::Indonesian, QLocale::Indonesia);
    const BatchRules::Check check = BatchRules::check(b, c);
    QCOMPARE(check.warnings.size(), 1);
    QVERIFY2(check.warnings.first().message.contains(QLatin1String("1.464,5")),
             qPrintable(check.warnings.first().message));
}

void TestBatchRules::parsedQuantitiesNameTheirField()
{
    const QString field = BatchRules::wasteField(1, QStringLiteral("quantity"));
    QCOMPARE(field, QStringLiteral("waste[1].quantity"));
    auto bad = BatchRules::parseLocalizedQuantity(QStringLiteral("12,5 kg"),
                                                  QLocale(QLocale::Indonesian, QLocale::Indonesia),
                                                  BatchRules::wasteLineLabel(1), field);
    QVERIFY(!bad.has_value());
    QCOMPARE(bad.error().field, field);
    QCOMPARE(bad.error().where, QStringLiteral("waste line 2"));
    auto good = BatchRules::parseLocalizedQuantity(QStringLiteral("1.234,5"),
                                                   QLocale(QLocale::Indonesian, QLocale::Indonesia),
                                                   BatchRules::wasteLineLabel(1), field);
    QCOMPARE(good.value(), qint64(1'234'500));
    auto empty = BatchRules::parseQuantity(QString(), QStringLiteral("Output"),
                                           QStringLiteral("output.quantity"));
    QVERIFY(!empty.has_value());
    QCOMPARE(empty.error().field, QStringLiteral("output.quantity"));
}

void TestBatchRules::copyForNewKeepsWhatRepeats()
{
    Batch stored = validBatch();
    stored.meta.id = 7;
    stored.meta.rowVersion = 3;
    stored.code = QStringLiteral("ACH-2610-0001");
    stored.status = BatchStatus::Checked;
    stored.warningNote = QStringLiteral("ok");
    stored.notes = QStringLiteral("ketel 1 bocor");
    stored.operatorId = 4;
    stored.waste[0].meta.id = 11;
    const Batch copy = stored.copyForNew(QDate(2026, 10, 15));
    QVERIFY(copy.meta.isNew());
    QCOMPARE(copy.meta.siteId, qint64(1));
    QVERIFY(copy.code.isEmpty());
    QCOMPARE(copy.status, BatchStatus::Recorded);
    QVERIFY(copy.warningNote.isEmpty());
    QVERIFY(copy.notes.isEmpty());
    QVERIFY(!copy.operatorId);
    QCOMPARE(copy.productionDate, QDate(2026, 10, 15));
    QCOMPARE(copy.waste.first().meta.id, qint64(0));
    QCOMPARE(copy.waste, stored.waste);
    QCOMPARE(copy.inputMilli, stored.inputMilli);
    QCOMPARE(copy.equipmentIds, stored.equipmentIds);
}

QTEST_GUILESS_MAIN(TestBatchRules)
#include "tst_batchrules.moc"
