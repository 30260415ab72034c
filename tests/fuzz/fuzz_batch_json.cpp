// libFuzzer target for the batch JSON of `batch add --file` (docs/cli.md): BatchJson::parse on
// arbitrary bytes, the rules' check on what it accepts, and the promise that a batch it accepts
// prints as JSON that reads back as the same batch.

#include "fuzzworkspace.h"
#include "services/batchjson.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

using namespace Rpb;
using Rpb::Fuzz::FuzzWorkspace;

namespace {

template<typename T> T saved(FuzzWorkspace &w, const T &record)
{
    return FuzzWorkspace::need(w.context().masterData().save(record), "saving the fixture");
}

// The codes the seed corpus (corpus/batch) names: the example site of docs/cli.md.
void makeFixture(FuzzWorkspace &w)
{
    Site site;
    site.code = QStringLiteral("ACH");
    site.name = QStringLiteral("RPB Minyak Atsiri");
    site.province = QStringLiteral("Aceh");
    site = saved(w, site);

    ProductLine patchouli;
    patchouli.meta.siteId = site.meta.id;
    patchouli.code = QStringLiteral("PATCHOULI");
    patchouli.name = QStringLiteral("Minyak nilam");
    patchouli = saved(w, patchouli);
    ProductLine citronella;
    citronella.meta.siteId = site.meta.id;
    citronella.code = QStringLiteral("SEREH");
    citronella.name = QStringLiteral("Minyak sereh wangi");
    saved(w, citronella);

    Member member;
    member.meta.siteId = site.meta.id;
    member.code = QStringLiteral("ACH-M01");
    member.name = QStringLiteral("Nilam Jaya");
    member.owner = QStringLiteral("Cut Aisyah");
    saved(w, member);

    Equipment kettle;
    kettle.meta.siteId = site.meta.id;
    kettle.code = QStringLiteral("KET1");
    kettle.name = QStringLiteral("Ketel 1");
    kettle.type = QStringLiteral("distillation kettle");
    kettle.productLineIds = {patchouli.meta.id};
    saved(w, kettle);

    const auto category = [&](const char *code, Unit unit, bool hazardous) {
        WasteCategory c;
        c.meta.siteId = site.meta.id;
        c.code = QString::fromLatin1(code);
        c.name = c.code;
        c.unit = unit;
        c.hazardous = hazardous;
        saved(w, c);
    };
    category("SPENT_BIOMASS", Unit::Kg, false);
    category("CONDENSATE", Unit::Litre, false);
    category("SOLVENT", Unit::Litre, true);

    // The rules compare dates with the site's today: a fixed clock keeps a finding reproducible.
    w.context().batches().setClock(
        [] { return QDateTime(QDate(2026, 11, 28), QTime(5, 0), Qt::UTC); });
}

FuzzWorkspace &workspace()
{
    static FuzzWorkspace &w = []() -> FuzzWorkspace & {
        FuzzWorkspace &made = FuzzWorkspace::instance();
        makeFixture(made);
        return made;
    }();
    return w;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    workspace();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    FuzzWorkspace &w = workspace();
    const BatchJson json(w.context().masterData());
    // A copy, as a file read into a QByteArray would be: terminated, owned.
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));

    const auto batch = json.parse(input);
    if (!batch)
        return 0;
    (void)w.context().batches().check(*batch);

    // What was accepted prints, and the print reads back as the same batch.
    const auto printed = json.toJson(*batch);
    if (!printed)
        FuzzWorkspace::finding(QStringLiteral("an accepted batch does not print: ")
                               + printed.error().toLine());
    const QByteArray text = QJsonDocument(*printed).toJson(QJsonDocument::Compact);
    const auto reread = json.parse(text);
    if (!reread)
        FuzzWorkspace::finding(QStringLiteral("a printed batch does not read back: ")
                               + reread.error().toLine() + QStringLiteral("\n")
                               + QString::fromUtf8(text));
    const auto reprinted = json.toJson(*reread);
    if (!reprinted || *reprinted != *printed)
        FuzzWorkspace::finding(QStringLiteral("a batch reads back different: ")
                               + QString::fromUtf8(text));
    return 0;
}
