#include "democatalog.h"

namespace Rpb {

namespace {
using R = Route;

// The catalogue is laid out as tables; automatic formatting would put every number on a line of
// its own. Field order: see DemoLineSpec, DemoWasteStream and DemoMachineSpec.
// clang-format off

// Every line keeps output (when counted in kg) plus its kg waste at most around its input, so
// that the mass balance of each batch holds within the sites' 10% tolerance.

const DemoTemplate &essentialOils()
{
    static const DemoTemplate t{
        {
            {"PATCHOULI", "Minyak nilam", Unit::Kg, "daun nilam kering", 150, 300, 22, 30, 380,
             520, 2800, 3600, 3,
             {
                 {"SPENT_BIOMASS", 880, 920, 100,
                  {{R::Compost, 50}, {R::EnergyRecovery, 45}, {R::OpenBurning, 3},
                   {R::Landfill, 2}}},
                 {"CONDENSATE", 1500, 2500, 100,
                  {{R::TreatedDischarge, 60}, {R::Reuse, 30}, {R::Byproduct, 10}}},
                 {"ASH", 5, 15, 40, {{R::Compost, 60}, {R::Landfill, 40}}},
                 {"PACKAGING", 1, 3, 30, {{R::Recycle, 70}, {R::Landfill, 30}}},
             }},
            {"CITRONELLA", "Minyak serai wangi", Unit::Kg, "daun serai wangi segar", 300, 600, 7,
             10, 250, 350, 2000, 2800, 2,
             {
                 {"SPENT_BIOMASS", 850, 930, 100,
                  {{R::Compost, 55}, {R::EnergyRecovery, 40}, {R::OpenBurning, 3},
                   {R::Landfill, 2}}},
                 {"CONDENSATE", 1200, 2000, 100, {{R::TreatedDischarge, 70}, {R::Reuse, 30}}},
                 {"ASH", 3, 10, 40, {{R::Compost, 60}, {R::Landfill, 40}}},
                 {"PACKAGING", 1, 2, 30, {{R::Recycle, 70}, {R::Landfill, 30}}},
             }},
        },
        {
            {"KET1", "Ketel suling uap 1", "ketel suling uap", 1, 30, 240, 480,
             {"PATCHOULI", "CITRONELLA"}},
            {"KET2", "Ketel suling uap 2", "ketel suling uap", 1, 30, 240, 480,
             {"PATCHOULI", "CITRONELLA"}},
            {"BLR", "Boiler biomassa", "boiler", 2, -1, 240, 480, {"PATCHOULI", "CITRONELLA"}},
            {"SEP", "Separator minyak", "separator minyak", 1, -1, 60, 120,
             {"PATCHOULI", "CITRONELLA"}},
            {"CHP", "Mesin pencacah biomassa", "mesin pencacah", 1, -1, 60, 180,
             {"PATCHOULI", "CITRONELLA"}},
        },
        {
            {"SPENT_BIOMASS", "Ampas daun suling", Unit::Kg, false},
            {"CONDENSATE", "Air kondensat (hidrosol)", Unit::Litre, false},
            {"ASH", "Abu boiler", Unit::Kg, false},
            {"PACKAGING", "Kemasan bekas", Unit::Kg, false},
        },
        "Nilam|Atsiri|Serai Wangi|Minyak Nilam|Harum"};
    return t;
}

const DemoTemplate &furniture()
{
    static const std::vector<DemoWasteStream> woodWaste{
        {"SAWDUST", 120, 180, 100,
         {{R::EnergyRecovery, 40}, {R::Byproduct, 45}, {R::Landfill, 10}, {R::OpenBurning, 5}}},
        {"OFFCUTS", 150, 220, 100,
         {{R::Reuse, 40}, {R::Byproduct, 25}, {R::EnergyRecovery, 30}, {R::Landfill, 5}}},
        {"SOLVENT", 3, 8, 60, {{R::Recycle, 60}, {R::EnergyRecovery, 40}}},
        {"PACKAGING", 5, 15, 50, {{R::Recycle, 60}, {R::Reuse, 20}, {R::Landfill, 20}}},
    };
    static const DemoTemplate t{
        {
            {"CHAIR", "Kursi", Unit::Piece, "kayu jati dan mahoni gergajian", 80, 250, 80, 100,
             150, 250, 50, 150, 4, woodWaste},
            {"TABLE", "Meja", Unit::Piece, "kayu jati dan mahoni gergajian", 100, 400, 30, 45,
             150, 250, 50, 150, 3, woodWaste},
            {"CABINET", "Lemari", Unit::Piece, "kayu jati dan mahoni gergajian", 150, 500, 15, 25,
             150, 250, 50, 150, 2, woodWaste},
        },
        {
            {"CNC", "Router CNC", "router CNC", 1, -1, 60, 240, {"CHAIR", "TABLE", "CABINET"}},
            {"SAW", "Gergaji panel", "gergaji panel", 1, -1, 60, 180, {"CHAIR", "TABLE", "CABINET"}},
            {"PLN", "Mesin serut", "mesin serut", 1, -1, 60, 180, {"CHAIR", "TABLE", "CABINET"}},
            {"KLN", "Oven pengering kayu", "oven pengering kayu", 2, 0, 240, 480,
             {"CHAIR", "TABLE", "CABINET"}},
            {"SPR", "Ruang semprot finishing", "ruang semprot", 1, 30, 60, 240,
             {"CHAIR", "TABLE", "CABINET"}},
        },
        {
            {"SAWDUST", "Serbuk gergaji", Unit::Kg, false},
            {"OFFCUTS", "Potongan kayu sisa", Unit::Kg, false},
            {"SOLVENT", "Sisa pelarut dan cat (B3)", Unit::Litre, true},
            {"PACKAGING", "Kemasan plastik dan karton", Unit::Kg, false},
        },
        "Mebel|Jati|Furnitur|Ukir|Kayu"};
    return t;
}

const DemoTemplate &beef()
{
    static const DemoTemplate t{
        {
            {"FROZEN_CUTS", "Daging sapi beku potongan", Unit::Kg, "karkas sapi", 150, 400, 620,
             700, 300, 450, 3000, 5000, 3,
             {
                 {"BONES", 180, 220, 100,
                  {{R::Byproduct, 70}, {R::Compost, 20}, {R::Landfill, 10}}},
                 {"WASTEWATER", 2500, 4500, 100, {{R::TreatedDischarge, 90}, {R::Reuse, 10}}},
                 {"FAT", 50, 90, 100,
                  {{R::Byproduct, 80}, {R::EnergyRecovery, 10}, {R::Landfill, 10}}},
                 {"BLOOD", 5, 15, 50, {{R::TreatedDischarge, 60}, {R::Compost, 40}}},
                 {"PACKAGING", 2, 6, 40, {{R::Recycle, 50}, {R::Landfill, 50}}},
             }},
            {"SEI", "Se'i sapi asap", Unit::Kg, "daging sapi segar", 40, 120, 550, 650, 400, 600,
             1500, 2500, 3,
             {
                 {"FAT", 40, 80, 100, {{R::Byproduct, 75}, {R::Landfill, 25}}},
                 {"WASTEWATER", 1000, 2000, 100, {{R::TreatedDischarge, 95}, {R::Reuse, 5}}},
                 {"PACKAGING", 3, 8, 50, {{R::Recycle, 50}, {R::Landfill, 50}}},
             }},
            {"ABON", "Abon sapi", Unit::Kg, "daging sapi segar", 30, 80, 450, 550, 500, 800, 2000,
             3000, 2,
             {
                 {"FAT", 30, 60, 100, {{R::Byproduct, 70}, {R::Landfill, 30}}},
                 {"WASTEWATER", 1500, 2500, 100, {{R::TreatedDischarge, 95}, {R::Reuse, 5}}},
                 {"PACKAGING", 5, 10, 50, {{R::Recycle, 40}, {R::Landfill, 60}}},
             }},
        },
        {
            {"BLF", "Pembeku cepat (blast freezer)", "pembeku cepat", 2, -1, 240, 480, {"FROZEN_CUTS", "SEI"}},
            {"CLD", "Ruang pendingin", "ruang pendingin", 2, 0, 240, 480,
             {"FROZEN_CUTS", "SEI", "ABON"}},
            {"GRD", "Mesin penggiling daging", "penggiling daging", 1, 30, 30, 120,
             {"FROZEN_CUTS", "ABON"}},
            {"SMK", "Rumah asap se'i", "rumah asap", 1, -1, 180, 360, {"SEI"}},
            {"VAC", "Mesin kemas vakum", "pengemas vakum", 1, -1, 30, 120,
             {"FROZEN_CUTS", "SEI", "ABON"}},
            {"FRY", "Penggoreng dan peniris abon", "penggoreng dan peniris", 1, -1, 60, 180, {"ABON"}},
        },
        {
            {"BONES", "Tulang sapi", Unit::Kg, false},
            {"FAT", "Lemak trimming", Unit::Kg, false},
            {"BLOOD", "Darah", Unit::Litre, false},
            {"WASTEWATER", "Air limbah pencucian", Unit::Litre, false},
            {"PACKAGING", "Kemasan bekas", Unit::Kg, false},
        },
        "Se'i|Daging|Abon|Sapi|Olahan Daging"};
    return t;
}

const DemoTemplate &coconutFibre()
{
    static const DemoTemplate t{
        {
            {"COCO_FIBRE", "Serat sabut kelapa", Unit::Kg, "sabut kelapa", 400, 1200, 250, 320,
             40, 70, 100, 300, 4,
             {
                 {"COCOPEAT_DUST", 550, 620, 100,
                  {{R::Byproduct, 85}, {R::Compost, 10}, {R::Landfill, 5}}},
                 {"SHORT_FIBRE", 30, 60, 100,
                  {{R::Byproduct, 50}, {R::Compost, 30}, {R::EnergyRecovery, 20}}},
                 {"HUSK", 20, 50, 70,
                  {{R::EnergyRecovery, 40}, {R::Compost, 40}, {R::Landfill, 12},
                   {R::OpenBurning, 8}}},
             }},
            {"COCOPEAT", "Cocopeat blok", Unit::Kg, "serbuk sabut (cocopeat curah)", 500, 1500,
             800, 880, 30, 60, 200, 500, 3,
             {
                 {"SHORT_FIBRE", 40, 70, 100, {{R::Byproduct, 60}, {R::Compost, 40}}},
                 {"COCOPEAT_DUST", 20, 40, 100, {{R::Byproduct, 70}, {R::Compost, 30}}},
                 {"WASTEWATER", 300, 800, 60, {{R::TreatedDischarge, 70}, {R::Reuse, 30}}},
             }},
            {"COIR_NET", "Jaring sabut (coir net)", Unit::Piece, "serat sabut kelapa", 60, 200,
             60, 70, 20, 40, 0, 50, 2,
             {
                 {"SHORT_FIBRE", 40, 80, 100,
                  {{R::Reuse, 40}, {R::Byproduct, 40}, {R::Compost, 20}}},
                 {"COCOPEAT_DUST", 10, 30, 100, {{R::Compost, 60}, {R::Byproduct, 40}}},
             }},
        },
        {
            {"DEC", "Mesin pengurai sabut", "pengurai sabut", 1, -1, 120, 360, {"COCO_FIBRE"}},
            {"SIV", "Ayakan cocopeat", "ayakan", 1, -1, 60, 240, {"COCOPEAT", "COCO_FIBRE"}},
            {"BAL", "Mesin press bal", "press bal", 1, -1, 60, 180,
             {"COCO_FIBRE", "COCOPEAT"}},
            {"DRY", "Pengering serat dan cocopeat", "pengering", 2, 0, 240, 480,
             {"COCO_FIBRE", "COCOPEAT"}},
            {"NET", "Alat tenun jaring sabut", "alat tenun jaring", 2, -1, 120, 480, {"COIR_NET"}},
        },
        {
            {"COCOPEAT_DUST", "Debu cocopeat", Unit::Kg, false},
            {"SHORT_FIBRE", "Serat pendek", Unit::Kg, false},
            {"HUSK", "Residu sabut dan tempurung", Unit::Kg, false},
            {"WASTEWATER", "Air bilasan cocopeat", Unit::Litre, false},
        },
        "Sabut|Kelapa|Coco|Nyiur|Serat Nyiur"};
    return t;
}

const DemoTemplate &herbalMedicine()
{
    static const DemoTemplate t{
        {
            {"SIMPLISIA", "Serbuk simplisia", Unit::Kg, "rimpang segar (jahe, kunyit, temulawak)",
             80, 250, 120, 180, 600, 900, 1500, 3000, 4,
             {
                 {"PLANT_RESIDUE", 60, 120, 100,
                  {{R::Compost, 80}, {R::Byproduct, 10}, {R::Landfill, 10}}},
                 {"WASTEWATER", 1000, 2500, 100, {{R::TreatedDischarge, 80}, {R::Reuse, 20}}},
                 {"REJECTED_BATCH", 5, 20, 15, {{R::Compost, 50}, {R::Landfill, 50}}},
                 {"PACKAGING", 1, 3, 30, {{R::Recycle, 60}, {R::Landfill, 40}}},
             }},
            {"EXTRACT", "Ekstrak herbal", Unit::Litre, "simplisia kering", 10, 50, 400, 700, 800,
             1500, 500, 1500, 2,
             {
                 {"PLANT_RESIDUE", 850, 1000, 100, {{R::Compost, 85}, {R::Landfill, 15}}},
                 {"WASTEWATER", 300, 1000, 100, {{R::TreatedDischarge, 100}}},
                 {"REJECTED_BATCH", 10, 50, 10, {{R::Landfill, 60}, {R::Compost, 40}}},
             }},
            {"CAPSULES", "Kapsul herbal", Unit::Piece, "serbuk simplisia", 5, 25, 1800000, 1950000,
             100, 200, 0, 50, 2,
             {
                 {"PACKAGING", 20, 50, 100, {{R::Recycle, 40}, {R::Landfill, 60}}},
                 {"REJECTED_BATCH", 10, 40, 100, {{R::Landfill, 50}, {R::Compost, 50}}},
                 {"PLANT_RESIDUE", 5, 20, 40, {{R::Compost, 100}}},
             }},
        },
        {
            {"OVN", "Oven pengering", "oven pengering", 2, -1, 240, 480, {"SIMPLISIA"}},
            {"MIL", "Mesin penepung (disk mill)", "mesin penepung", 1, 30, 60, 180,
             {"SIMPLISIA", "CAPSULES"}},
            {"EXT", "Ekstraktor", "ekstraktor", 1, 30, 240, 480, {"EXTRACT"}},
            {"CAP", "Mesin pengisi kapsul", "pengisi kapsul", 1, -1, 60, 240, {"CAPSULES"}},
            {"SEA", "Mesin sealer", "sealer", 1, 0, 30, 120, {"SIMPLISIA", "EXTRACT", "CAPSULES"}},
        },
        {
            {"PLANT_RESIDUE", "Sisa tanaman", Unit::Kg, false},
            {"REJECTED_BATCH", "Batch ditolak", Unit::Kg, false},
            {"PACKAGING", "Kemasan bekas", Unit::Kg, false},
            {"WASTEWATER", "Air limbah pencucian", Unit::Litre, false},
        },
        "Herbal|Jamu|Biofarmaka|Rempah|Temulawak"};
    return t;
}

const DemoTemplate &coffee()
{
    static const DemoTemplate t{
        {
            {"GREEN_BEAN", "Kopi beras (green bean)", Unit::Kg, "buah kopi merah (cherry)", 300,
             1000, 160, 200, 30, 60, 2000, 4000, 3,
             {
                 {"PULP", 400, 450, 100,
                  {{R::Compost, 60}, {R::Byproduct, 30}, {R::Landfill, 10}}},
                 {"PARCHMENT", 40, 60, 100, {{R::EnergyRecovery, 60}, {R::Compost, 40}}},
                 {"WASTEWATER", 2000, 4000, 100, {{R::TreatedDischarge, 70}, {R::Reuse, 30}}},
             }},
            {"ROASTED", "Kopi sangrai", Unit::Kg, "biji kopi hijau", 30, 120, 800, 860, 300, 500,
             0, 100, 3,
             {
                 {"CHAFF", 10, 25, 100,
                  {{R::Compost, 70}, {R::EnergyRecovery, 20}, {R::OpenBurning, 10}}},
                 {"PACKAGING", 3, 8, 100, {{R::Recycle, 50}, {R::Reuse, 20}, {R::Landfill, 30}}},
                 {"REJECTED_BEANS", 20, 60, 70, {{R::Byproduct, 60}, {R::Compost, 40}}},
             }},
            {"GROUND", "Kopi bubuk", Unit::Kg, "kopi sangrai", 20, 80, 960, 985, 100, 200, 0, 0, 2,
             {
                 {"PACKAGING", 5, 12, 100, {{R::Recycle, 50}, {R::Landfill, 50}}},
                 {"CHAFF", 2, 8, 100, {{R::Compost, 80}, {R::Landfill, 20}}},
             }},
        },
        {
            {"PLP", "Mesin pengupas buah kopi (pulper)", "pengupas buah kopi", 1, -1, 60, 240, {"GREEN_BEAN"}},
            {"HUL", "Mesin huller", "huller", 1, -1, 60, 180, {"GREEN_BEAN"}},
            {"RST1", "Mesin sangrai 1", "mesin sangrai", 1, 30, 60, 240, {"ROASTED"}},
            {"RST2", "Mesin sangrai 2", "mesin sangrai", 1, 30, 60, 240, {"ROASTED"}},
            {"GRN", "Mesin giling kopi", "mesin giling", 1, -1, 30, 120, {"GROUND"}},
            {"PCK", "Mesin pengemas", "mesin pengemas", 1, -1, 30, 120, {"ROASTED", "GROUND"}},
        },
        {
            {"PULP", "Kulit buah kopi", Unit::Kg, false},
            {"PARCHMENT", "Kulit tanduk kopi", Unit::Kg, false},
            {"CHAFF", "Kulit ari kopi (chaff)", Unit::Kg, false},
            {"REJECTED_BEANS", "Biji cacat sortasi", Unit::Kg, false},
            {"WASTEWATER", "Air limbah pengolahan basah", Unit::Litre, false},
            {"PACKAGING", "Kemasan bekas", Unit::Kg, false},
        },
        "Kopi|Arabika|Robusta|Kopi Tani|Seduh"};
    return t;
}

const DemoTemplate &fish()
{
    static const DemoTemplate t{
        {
            {"FROZEN_FISH", "Ikan beku (loin dan fillet)", Unit::Kg, "ikan segar (tuna, cakalang)",
             100, 500, 450, 550, 350, 500, 3000, 5000, 3,
             {
                 {"FISH_OFFAL", 380, 450, 100,
                  {{R::Byproduct, 70}, {R::Compost, 20}, {R::Landfill, 10}}},
                 {"WASTEWATER", 2500, 4500, 100, {{R::TreatedDischarge, 90}, {R::Reuse, 10}}},
                 {"PACKAGING", 2, 6, 40, {{R::Recycle, 50}, {R::Landfill, 50}}},
             }},
            {"SMOKED_FISH", "Ikan asap (cakalang fufu)", Unit::Kg, "ikan cakalang segar", 50, 200,
             380, 450, 200, 400, 1500, 2500, 3,
             {
                 {"FISH_OFFAL", 300, 380, 100,
                  {{R::Byproduct, 60}, {R::Compost, 30}, {R::Landfill, 10}}},
                 {"WASTEWATER", 1000, 2000, 100, {{R::TreatedDischarge, 95}, {R::Reuse, 5}}},
                 {"PACKAGING", 3, 8, 40, {{R::Recycle, 50}, {R::Landfill, 50}}},
             }},
            {"CRACKERS", "Kerupuk ikan", Unit::Kg, "daging ikan dan tepung tapioka", 40, 150, 700,
             800, 300, 500, 800, 1500, 2,
             {
                 {"FISH_OFFAL", 20, 50, 100, {{R::Byproduct, 50}, {R::Compost, 50}}},
                 {"WASTEWATER", 500, 1000, 100, {{R::TreatedDischarge, 100}}},
                 {"PACKAGING", 5, 10, 60, {{R::Recycle, 40}, {R::Landfill, 60}}},
             }},
        },
        {
            {"FIL", "Meja fillet dan pencuci ikan", "meja fillet", 2, -1, 60, 240,
             {"FROZEN_FISH", "SMOKED_FISH"}},
            {"ABF", "Pembeku tiup (air blast freezer)", "pembeku cepat", 2, -1, 240, 480, {"FROZEN_FISH"}},
            {"CLD", "Ruang pendingin", "ruang pendingin", 2, 0, 240, 480,
             {"FROZEN_FISH", "SMOKED_FISH", "CRACKERS"}},
            {"SMK", "Rumah pengasapan ikan", "rumah asap", 1, -1, 180, 360, {"SMOKED_FISH"}},
            {"DRY", "Pengering kerupuk", "pengering", 1, -1, 120, 360, {"CRACKERS"}},
            {"VAC", "Mesin kemas vakum", "pengemas vakum", 1, -1, 30, 120,
             {"FROZEN_FISH", "SMOKED_FISH", "CRACKERS"}},
        },
        {
            {"FISH_OFFAL", "Sisa ikan (kepala, tulang, jeroan)", Unit::Kg, false},
            {"WASTEWATER", "Air limbah pencucian", Unit::Litre, false},
            {"PACKAGING", "Kemasan bekas", Unit::Kg, false},
        },
        "Ikan|Bahari|Cakalang|Laut|Tuna"};
    return t;
}

// clang-format on

const DemoTemplate *tmpl(const DemoTemplate &(*f)())
{
    return &f();
}
} // namespace

// clang-format off
const std::vector<DemoSiteSpec> &DemoCatalog::smallSites()
{
    static const std::vector<DemoSiteSpec> sites{
        {"ACH", "RPB Minyak Atsiri", "Aceh", "Asia/Jakarta", tmpl(essentialOils),
         DemoNamePool::Aceh, "Gayo|Lamno|Pidie|Aceh Jaya|Meulaboh|Seulawah", 11, 70, true, 2022,
         8},
        {"JTG", "RPB Mebel", "Jawa Tengah", "Asia/Jakarta", tmpl(furniture), DemoNamePool::Jawa,
         "Jepara|Tahunan|Mulyoharjo|Kudus|Pecangaan|Mlonggo", 13, 62, false, 2022, 9},
        {"NTT", "RPB Daging Sapi", "Nusa Tenggara Timur", "Asia/Makassar", tmpl(beef),
         DemoNamePool::Ntt, "Kupang|Oesao|Baumata|Timor|Flobamora|Oebobo", 12, 75, true, 2022, 10},
        {"SLU", "RPB Serat Kelapa", "Sulawesi Utara", "Asia/Makassar", tmpl(coconutFibre),
         DemoNamePool::Minahasa, "Minahasa|Amurang|Tumpaan|Nyiur Melambai|Tareran|Tenga", 11, 70,
         true, 2022, 10},
        {"KTM", "RPB Biofarmaka", "Kalimantan Timur", "Asia/Makassar", tmpl(herbalMedicine),
         DemoNamePool::Kalimantan, "Mahakam|Borneo|Kutai|Samarinda|Tenggarong|Etam", 13, 78, false,
         2022, 11},
    };
    return sites;
}

const std::vector<DemoSiteSpec> &DemoCatalog::nationalSites()
{
    static const std::vector<DemoSiteSpec> sites = [] {
        std::vector<DemoSiteSpec> all = smallSites();
        const std::vector<DemoSiteSpec> more{
            {"SUT", "RPB Kopi Arabika", "Sumatera Utara", "Asia/Jakarta", tmpl(coffee),
             DemoNamePool::Batak, "Sidikalang|Lintong|Toba|Humbang|Dairi|Samosir", 12, 66, true,
             2023, 3},
            {"SUB", "RPB Olahan Daging", "Sumatera Barat", "Asia/Jakarta", tmpl(beef),
             DemoNamePool::Minang, "Minang|Payakumbuh|Bukittinggi|Agam|Solok|Pariaman", 12, 72,
             true, 2023, 5},
            {"RIU", "RPB Kelapa Terpadu", "Riau", "Asia/Jakarta", tmpl(coconutFibre),
             DemoNamePool::Minang, "Indragiri|Tembilahan|Kuala|Lancang Kuning|Selat|Enok", 12, 64,
             true, 2023, 7},
            {"JBR", "RPB Minyak Atsiri Garut", "Jawa Barat", "Asia/Jakarta", tmpl(essentialOils),
             DemoNamePool::Sunda, "Garut|Samarang|Cikajang|Priangan|Papandayan|Leles", 12, 74,
             true, 2023, 2},
            {"JTM", "RPB Jamu", "Jawa Timur", "Asia/Jakarta", tmpl(herbalMedicine),
             DemoNamePool::Jawa, "Madura|Pasuruan|Malang|Brantas|Arjuno|Bromo", 12, 82, false,
             2023, 8},
            {"KBR", "RPB Mebel Kayu", "Kalimantan Barat", "Asia/Jakarta", tmpl(furniture),
             DemoNamePool::Kalimantan, "Kapuas|Khatulistiwa|Sambas|Sanggau|Sintang|Landak", 12,
             58, true, 2024, 1},
            {"BLI", "RPB Biofarmaka Usada", "Bali", "Asia/Makassar", tmpl(herbalMedicine),
             DemoNamePool::Bali, "Tabanan|Gianyar|Bangli|Ubud|Batur|Jatiluwih", 12, 80, true, 2023,
             11},
            {"NTB", "RPB Olahan Ikan", "Nusa Tenggara Barat", "Asia/Makassar", tmpl(fish),
             DemoNamePool::Sasak, "Lombok|Tanjung Luar|Sumbawa|Rinjani|Ampenan|Sekotong", 12, 76,
             true, 2024, 2},
            {"SSL", "RPB Kopi Toraja", "Sulawesi Selatan", "Asia/Makassar", tmpl(coffee),
             DemoNamePool::Bugis, "Toraja|Enrekang|Kalosi|Sapan|Rantepao|Makale", 12, 68, false,
             2024, 4},
            {"GTO", "RPB Olahan Ikan Gorontalo", "Gorontalo", "Asia/Makassar", tmpl(fish),
             DemoNamePool::Gorontalo, "Tomini|Limboto|Bone Bolango|Tilamuta|Kwandang|Olele", 12,
             72, true, 2024, 6},
            {"MLU", "RPB Minyak Atsiri Maluku", "Maluku", "Asia/Jayapura", tmpl(essentialOils),
             DemoNamePool::Maluku, "Ambon|Buru|Seram|Banda|Lease|Saparua", 12, 70, true, 2024, 8},
            {"MUT", "RPB Perikanan", "Maluku Utara", "Asia/Jayapura", tmpl(fish),
             DemoNamePool::Maluku, "Ternate|Tidore|Halmahera|Bacan|Morotai|Kieraha", 12, 66, true,
             2024, 9},
            {"PPA", "RPB Kelapa", "Papua", "Asia/Jayapura", tmpl(coconutFibre),
             DemoNamePool::Papua, "Jayapura|Sentani|Cenderawasih|Biak|Yapen|Tabi", 12, 74, true,
             2024, 11},
        };
        all.insert(all.end(), more.begin(), more.end());
        return all;
    }();
    return sites;
}

const DemoCatalog::NamePool &DemoCatalog::names(DemoNamePool pool)
{
    auto make = [](const char *women, const char *men, const char *families) {
        const QChar bar(u'|');
        return NamePool{QString::fromUtf8(women).split(bar), QString::fromUtf8(men).split(bar),
                        QString::fromUtf8(families).split(bar)};
    };
    static const std::vector<NamePool> pools{
        make("Nurhayati|Rahmah|Cut Rizka|Fitriani|Intan Maulida|Nurul Aini|Yusnidar|Safrina|"
             "Ainul Mardhiah|Rosmiati|Cut Nurul Fajri|Husna",
             "Teuku Rizal|Muhammad Iqbal|Zulfikar|Fauzan|Syahrul|Mukhlis|Hendra Saputra|"
             "Khairul Anwar|Irwansyah|Ridwan|Teuku Farhan|Mawardi",
             "|||Husin|Yusuf|Abdullah|Ibrahim|Ismail|Hasan"),
        make("Rosmawati|Tiurma|Lasmaria|Dame|Rotua|Nurhaida|Sondang|Erna|Lina Marlina|Masta",
             "Sahat|Tigor|Parulian|Hotman|Binsar|Marudut|Poltak|Jhonson|Togar|Manahan",
             "Siregar|Nasution|Simanjuntak|Sitompul|Hutapea|Sihombing|Lumban Gaol|Manullang|"
             "Situmorang|Purba"),
        make("Yulnita|Nofrita|Desi Ratnasari|Eliza|Rahmi|Mardiana|Yusnimar|Fitri Yenti|Elvira|"
             "Nurhasanah",
             "Afrizal|Zulkarnaini|Yusrizal|Syafrizal|Hendri|Irfan|Deswandi|Rizki Maulana|Jufri|"
             "Erizal",
             "|||Datuak|Chaniago|Piliang|Tanjung|Koto|Sikumbang"),
        make("Euis|Neneng|Iis Rohaeti|Cucu Suryani|Dedeh|Yanti|Nining|Lilis|Rina Marlina|Enok",
             "Asep|Ujang|Dadang|Cecep|Aceng|Dede|Engkus|Yayan|Ade Rahmat|Oman",
             "Suryana|Hidayat|Sunarya|Permana|Gunawan|Saepudin|Kurnia|Sopandi||"),
        make("Sri Wahyuni|Siti Aminah|Endang|Dwi Lestari|Rina|Wulan|Ratna|Tri Handayani|Yuni|"
             "Puji Astuti|Sulastri|Ani Setyowati",
             "Budi|Agus|Slamet|Joko|Bambang|Eko|Hadi|Sugeng|Wahyu|Teguh|Sutrisno|Rudi",
             "Santoso|Prasetyo|Wibowo|Susanto|Setiawan|Nugroho|Kurniawan|Hartono|Purnomo||"),
        make("Ni Made Sari|Ni Ketut Ariani|Ni Luh Putu Wulandari|Ni Nyoman Sukerni|Ni Wayan Sudiani|"
             "Ni Kadek Dewi|Ni Komang Ayu|Ni Putu Eka",
             "I Wayan Suarta|I Made Sudarma|I Nyoman Wirata|I Ketut Budiarsa|I Gede Artawan|"
             "I Putu Agus|I Komang Adi|I Kadek Dwi",
             ""),
        make("Baiq Nurul|Baiq Rahmawati|Sri Hartini|Nurhidayah|Hj. Rabiah|Baiq Fitria|Sumiati|"
             "Zuhriah|Husnul Khotimah|Baiq Mardiana",
             "Lalu Muhammad|Lalu Ahmad|Zainal Abidin|Sahnan|Hamdan|Lalu Suhaimi|Mahsun|Ruslan|"
             "Saiful Bahri|Junaidi",
             ""),
        make("Maria|Yohana|Agustina|Theresia|Florentina|Yuliana|Veronika|Katarina|Elisabeth|"
             "Margaretha",
             "Yohanes|Petrus|Fransiskus|Yosef|Markus|Paulus|Agustinus|Stefanus|Dominikus|"
             "Aloysius",
             "Ndolu|Bria|Seran|Manafe|Tefa|Lake|Nenabu|Riwu|Kause|Tallo|Amalo|Fanggidae"),
        make("Grace|Meiske|Jeane|Novita|Olivia|Stevani|Deisy|Marlyn|Christy|Vanny",
             "Fransiskus|Johny|Ronald|Steven|Hendrik|Frangky|Jefry|Roy|Max|Denny",
             "Wowor|Lumenta|Rumengan|Sondakh|Tumbelaka|Pangemanan|Mandagi|Runtu|Kaunang|Lasut|"
             "Tambuwun|Rondonuwu"),
        make("Hasnah|Nurhaedah|Andi Hasnawati|Sitti Rahma|Hj. Nurlina|Marlina|Risnawati|"
             "Yohana Tandi|Martha Pasande|Hasmiati",
             "Andi Baso|Syamsul|Muhammad Arsyad|Baharuddin|Amiruddin|Yusuf Patandianan|"
             "Daniel Tangdilintin|Muhlis|Andi Irwan|Ridwan Saleh",
             "||||Daeng Ngemba|Daeng Tutu|Sampe|Pasande|Tandi Lolo|Rante"),
        make("Fitriyanti|Sri Rahmatia|Nurain|Hartati|Rahmawati|Yusna|Ratna Hulopi|Nurhayati|"
             "Sartin|Fatma",
             "Rahmat|Irwan|Roni|Kasim|Arifin|Hamzah|Yamin|Ismet|Rustam|Iskandar",
             "Hulopi|Pakaya|Mohamad|Nento|Gobel|Katili|Dunggio|Podungge|Daud|Ahmad"),
        make("Rahmawati|Norhayati|Siti Rahmah|Fatimah|Nurul Hidayah|Rusmini|Herlina|Yuliani|"
             "Mardiana|Ilis Saputri",
             "Muhammad Rusli|Syamsuddin|Abdul Rahman|Hairil|Darmawan|Ahmad Fauzi|Yohanes Lie|"
             "Markus Ding|Andi Baso|Rudiansyah",
             "||||Jalung|Lahang|Saleh|Anang|Ibau|Usat"),
        make("Yosina|Beatrix|Welhelmina|Martha|Selvie|Nona|Fientje|Salma|Nurlela|Rosita",
             "Yance|Jopie|Oktovianus|Abraham|Hasan|Usman|Mansur|Nicolas|Robert|Kadir",
             "Latuconsina|Tuhuteru|Pattiasina|Sahetapy|Leiwakabessy|Wattimena|Tuasikal|Ohorella|"
             "Sangadji|Umasugi"),
        make("Yosefina|Naomi|Selvina|Yuliana|Marthina|Ribka|Debora|Agustina|Yemima|Kristina",
             "Yohanis|Benny|Nataniel|Yulius|Obed|Marthen|Hans|Amos|Frans|Lukas",
             "Wenda|Kogoya|Mandowen|Rumbiak|Sawaki|Wanggai|Wambrauw|Ayomi|Rumbewas|Mandacan"),
    };
    return pools.at(static_cast<size_t>(pool));
}

// clang-format on

const QStringList &DemoCatalog::businessPrefixes()
{
    static const QStringList prefixes
        = QString::fromUtf8("UD|UD|UD|CV|CV|KUB|Koperasi|Kelompok Usaha|Usaha|||")
              .split(QChar(u'|'));
    return prefixes;
}

const QStringList &DemoCatalog::businessEndings()
{
    static const QStringList endings
        = QString::fromUtf8("Jaya|Lestari|Makmur|Sejahtera|Mandiri|Berkah|Harapan|Sentosa|Maju|"
                            "Abadi|Barokah|Indah|Sehati|Bersama|Mulia|Sukses|Karya|Permai|Utama")
              .split(QChar(u'|'));
    return endings;
}

const QStringList &DemoCatalog::phonePrefixes()
{
    static const QStringList prefixes
        = QString::fromUtf8("0811|0812|0813|0821|0822|0823|0852|0853|0857|0858|0878|0895|0896")
              .split(QChar(u'|'));
    return prefixes;
}

const QStringList &DemoCatalog::maintenanceReasons()
{
    static const QStringList reasons
        = QString::fromUtf8("Servis berkala|Ganti bearing dan seal|Kalibrasi|"
                            "Pembersihan menyeluruh|Perbaikan kelistrikan|"
                            "Ganti pisau dan saringan|Pemeriksaan keselamatan")
              .split(QChar(u'|'));
    return reasons;
}

} // namespace Rpb
