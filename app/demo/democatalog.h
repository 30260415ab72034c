#pragma once

#include "domain/units.h"

#include <QStringList>

#include <vector>

namespace Rpb {

// What the demo data is made of: the sites, what each makes, its machines, its waste streams and
// the names of the people who run its member businesses. The five sites of the brief come first;
// the national scale adds thirteen more that reuse the same kinds of production.

struct DemoRouteShare
{
    Route route;
    int weight;
};

// One waste stream of a product line. Quantities are per kg of input: grams for kg categories,
// millilitres for L categories. Streams that always occur come first, so that trimming a batch to
// four waste lines drops the occasional ones.
struct DemoWasteStream
{
    const char *category;
    int minPerKg;
    int maxPerKg;
    int presencePercent;
    std::vector<DemoRouteShare> routes;
};

struct DemoLineSpec
{
    const char *code;
    const char *name;
    Unit unit;
    const char *inputMaterial; // always counted in kg
    int minInputKg;
    int maxInputKg;
    int minYield; // thousandths of the output unit per kg of input
    int maxYield;
    int minEnergyWhPerKg;
    int maxEnergyWhPerKg;
    int minWaterMlPerKg;
    int maxWaterMlPerKg;
    int memberWeight; // how many of the site's members make this line, relatively
    std::vector<DemoWasteStream> wastes;
};

struct DemoMachineSpec
{
    const char *code; // after the site code: "KET1" becomes "ACH-KET1"
    const char *name;
    const char *type;
    int capacity;
    int bufferMinutes; // -1: the site's buffer
    int minMinutes; // typical booking length
    int maxMinutes;
    std::vector<const char *> lines;
};

struct DemoWasteCategorySpec
{
    const char *code;
    const char *name;
    Unit unit;
    bool hazardous;
};

struct DemoTemplate
{
    std::vector<DemoLineSpec> lines;
    std::vector<DemoMachineSpec> machines;
    std::vector<DemoWasteCategorySpec> wasteCategories;
    const char *businessWords; // '|' separated words for business names
};

enum class DemoNamePool {
    Aceh,
    Batak,
    Minang,
    Sunda,
    Jawa,
    Bali,
    Sasak,
    Ntt,
    Minahasa,
    Bugis,
    Gorontalo,
    Kalimantan,
    Maluku,
    Papua
};

struct DemoSiteSpec
{
    const char *code;
    const char *name;
    const char *province;
    const char *timeZone;
    const DemoTemplate *production;
    DemoNamePool names;
    const char *places; // '|' separated
    int smallMembers; // members at the small scale
    int eitherPercent; // share of women-led or youth-led members
    bool autoConfirm; // false: the manager approves each booking
    int openedYear; // the small scale's history starts after this
    int openedMonth;
};

class DemoCatalog final
{
public:
    struct NamePool
    {
        QStringList women;
        QStringList men;
        QStringList families; // empty entries: a single name
    };

    // The five sites of the brief.
    static const std::vector<DemoSiteSpec> &smallSites();
    // The five and thirteen more across Indonesia.
    static const std::vector<DemoSiteSpec> &nationalSites();
    static const NamePool &names(DemoNamePool pool);
    static const QStringList &businessPrefixes();
    static const QStringList &businessEndings();
    static const QStringList &phonePrefixes();
    static const QStringList &maintenanceReasons();
};

} // namespace Rpb
