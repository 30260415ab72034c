#include "demositebuilder.h"

#include "demowriter.h"
#include "domain/site.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>

#include <algorithm>
#include <array>

namespace Rpb {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)
};

using Table = DemoWriter::Table;

constexpr qint64 MinuteMs = 60 * 1000;
constexpr qint64 HourMs = 60 * MinuteMs;
constexpr qint64 DayMs = 24 * HourMs;

QVariant nullInt()
{
    return QVariant(QMetaType(QMetaType::Int));
}

const QString &routeText(Route route)
{
    static const std::array<QString, 8> codes = [] {
        std::array<QString, 8> all;
        for (int r = 0; r < 8; ++r)
            all[size_t(r)] = routeCode(Route(r));
        return all;
    }();
    return codes[size_t(route)];
}

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

const QString &word(const QStringList &list, DemoRandom &random)
{
    return list.at(random.between(0, int(list.size()) - 1));
}

// Booking and batch states as the schema spells them.
const QString statusDone = QStringLiteral("done");
const QString statusCancelled = QStringLiteral("cancelled");
const QString statusNoShow = QStringLiteral("no_show");
const QString statusConfirmed = QStringLiteral("confirmed");
const QString statusRequested = QStringLiteral("requested");
const QString batchRecorded = QStringLiteral("recorded");
const QString batchChecked = QStringLiteral("checked");
const QString madeBy = QStringLiteral("demo");
const QString kilogram = QStringLiteral("kg");
// A null QString would be bound as NULL; these columns are NOT NULL with '' for "none".
const QString noText = QStringLiteral("");
} // namespace

DemoSiteBuilder::DemoSiteBuilder(DemoWriter &writer, const DemoSiteSpec &spec,
                                 const DemoDensity &density, quint32 seed, QDate from, QDate today,
                                 int futureDays)
    : m_writer(writer)
    , m_spec(spec)
    , m_density(density)
    , m_random(seed, QString::fromLatin1(spec.code))
    , m_from(from)
    , m_today(today)
    , m_futureDays(futureDays)
    , m_code(QString::fromLatin1(spec.code))
{ }

qint64 DemoSiteBuilder::localMs(QDate date, int minute) const
{
    return QDateTime(date, QTime(0, 0), m_zone).toMSecsSinceEpoch() + minute * MinuteMs;
}

Status DemoSiteBuilder::build(const std::function<void(double)> &progress)
{
    m_zone = QTimeZone(QByteArray(m_spec.timeZone));
    if (!m_zone.isValid())
        return fail(Error::storage(
            Tr::tr("The time zone %1 is not known on this computer; install the time zone data "
                   "(tzdata) and try again.")
                .arg(text(m_spec.timeZone))));
    m_nowMs = localMs(m_today, 0);

    if (auto s = writeReferenceData(); !s)
        return s;
    if (auto s = writeMembers(); !s)
        return s;
    if (auto s = writeMaintenance(); !s)
        return s;

    const QDate end = m_today.addDays(m_futureDays);
    const double days = double(qMax<qint64>(1, m_from.daysTo(end)));
    std::vector<Used> used;
    used.reserve(256);
    for (QDate date = m_from; date < end; date = date.addDays(1)) {
        if (auto s = writeDay(date, used); !s)
            return s;
        if (progress)
            progress(double(m_from.daysTo(date) + 1) / days);
    }
    return {};
}

Status DemoSiteBuilder::writeReferenceData()
{
    // A new site's default rules: Monday to Saturday 07:00-17:00, a 15-minute buffer, booking
    // 180 days ahead, 20 hours a member a week.
    const Site rules;
    m_openMinute = rules.openMinute;
    m_closeMinute = rules.closeMinute;
    m_openDays = rules.openDays;
    m_siteBuffer = rules.bufferMinutes;
    m_maxBookingMinutes = rules.maxBookingMinutes;
    m_weeklyQuota = rules.weeklyQuotaMinutes;
    m_autoConfirm = m_spec.autoConfirm;

    m_opened = qMin(QDate(m_spec.openedYear, m_spec.openedMonth, m_random.between(1, 28)),
                    m_from.addDays(-30));
    m_siteCreatedMs = localMs(m_opened, 8 * 60) + m_random.between(0, 3599) * 1000;
    auto site = m_writer.insert(
        Table::Site, m_siteCreatedMs, m_siteCreatedMs,
        {m_code, text(m_spec.name), text(m_spec.province), text(m_spec.timeZone), rules.openMinute,
         rules.closeMinute, rules.openDays, rules.bufferMinutes, rules.minBookingMinutes,
         rules.maxBookingMinutes, rules.bookAheadDays, rules.weeklyQuotaMinutes,
         rules.massBalanceTolerancePercent, m_autoConfirm ? 1 : 0},
        &m_siteUuid);
    if (!site)
        return fail(site.error());
    m_siteId = *site;

    // The manager keys in the reference data in the hours after the site is set up.
    qint64 clock = m_siteCreatedMs;
    auto later = [&] {
        clock += m_random.between(20, 300) * 1000;
        return clock;
    };

    const DemoTemplate &production = *m_spec.production;
    for (const DemoWasteCategorySpec &c : production.wasteCategories) {
        const qint64 at = later();
        auto id = m_writer.insert(
            Table::WasteCategory, at, at,
            {m_siteId, text(c.code), text(c.name), unitCode(c.unit), c.hazardous ? 1 : 0});
        if (!id)
            return fail(id.error());
        m_categories.push_back({*id, text(c.code), unitCode(c.unit)});
    }

    for (const DemoLineSpec &l : production.lines) {
        const qint64 at = later();
        auto id = m_writer.insert(Table::ProductLine, at, at,
                                  {m_siteId, text(l.code), text(l.name), unitCode(l.unit)});
        if (!id)
            return fail(id.error());
        Line line;
        line.spec = &l;
        line.id = *id;
        line.name = text(l.name);
        line.material = text(l.inputMaterial);
        for (const DemoWasteStream &stream : l.wastes) {
            const QString code = text(stream.category);
            const auto it = std::find_if(m_categories.cbegin(), m_categories.cend(),
                                         [&](const Category &c) { return c.code == code; });
            Q_ASSERT(it != m_categories.cend());
            line.streamCategory.push_back(int(it - m_categories.cbegin()));
        }
        m_lines.push_back(line);
    }

    for (int copy = 1; copy <= m_density.machineCopies; ++copy) {
        for (const DemoMachineSpec &m : production.machines) {
            const qint64 at = later();
            QString code = m_code + QLatin1Char('-') + text(m.code);
            QString name = text(m.name);
            if (copy > 1) {
                code += QLatin1Char('-') + QString::number(copy);
                name += QStringLiteral(" (unit %1)").arg(copy);
            }
            auto id = m_writer.insert(
                Table::Equipment, at, at,
                {m_siteId, code, name, text(m.type), QStringLiteral("active"), m.capacity,
                 m.bufferMinutes < 0 ? nullInt() : QVariant(m.bufferMinutes), noText});
            if (!id)
                return fail(id.error());
            Machine machine;
            machine.id = *id;
            machine.capacity = m.capacity;
            machine.bufferMinutes = m.bufferMinutes < 0 ? m_siteBuffer : m.bufferMinutes;
            machine.minMinutes = m.minMinutes;
            machine.maxMinutes = qMin(m.maxMinutes, m_maxBookingMinutes);
            for (const char *lineCode : m.lines) {
                for (size_t i = 0; i < m_lines.size(); ++i) {
                    if (qstrcmp(m_lines[i].spec->code, lineCode) != 0)
                        continue;
                    machine.lineMask |= 1u << i;
                    if (auto s
                        = m_writer.link(Table::EquipmentProductLine, machine.id, m_lines[i].id);
                        !s)
                        return s;
                }
            }
            m_machines.push_back(std::move(machine));
        }
    }
    return {};
}

Status DemoSiteBuilder::writeMembers()
{
    const DemoTemplate &production = *m_spec.production;
    const bool national = m_density.minMembers > 0;
    const int count = national ? m_random.between(m_density.minMembers, m_density.maxMembers)
                               : m_spec.smallMembers;
    const int eitherPercent
        = national ? m_spec.eitherPercent + m_random.between(-6, 6) : m_spec.eitherPercent;
    const int either = qBound(0, int(count * eitherPercent / 100.0 + 0.5), count);

    // The ministry's 70% aim is about the share of women-led or youth-led businesses, so the
    // share is set exactly per site and only who gets which flag is left to chance.
    enum Lead { Neither, Women, Youth, Both };
    std::vector<Lead> leads(size_t(count), Neither);
    for (int i = 0; i < either; ++i) {
        const int roll = m_random.between(0, 99);
        leads[size_t(i)] = roll < 45 ? Women : roll < 70 ? Both : Youth;
    }
    for (int i = count - 1; i > 0; --i)
        std::swap(leads[size_t(i)], leads[size_t(m_random.between(0, i))]);

    std::vector<int> lineWeights;
    for (const DemoLineSpec &l : production.lines)
        lineWeights.push_back(l.memberWeight);

    const DemoCatalog::NamePool &pool = DemoCatalog::names(m_spec.names);
    const QStringList words = text(production.businessWords).split(QLatin1Char('|'));
    const QStringList places = text(m_spec.places).split(QLatin1Char('|'));
    const QStringList &prefixes = DemoCatalog::businessPrefixes();
    const QStringList &endings = DemoCatalog::businessEndings();
    const QStringList &phones = DemoCatalog::phonePrefixes();

    struct Draft
    {
        QString name;
        QString owner;
        QString nib;
        QString phone;
        bool women = false;
        bool youth = false;
        Person person;
    };
    std::vector<Draft> drafts;
    QSet<QString> names;
    const QDate earliest = m_opened.addDays(7);
    const QDate latest = qMax(earliest, m_today.addDays(-10));
    for (int i = 0; i < count; ++i) {
        Draft d;
        d.women = leads[size_t(i)] == Women || leads[size_t(i)] == Both;
        d.youth = leads[size_t(i)] == Youth || leads[size_t(i)] == Both;
        const QString family = word(pool.families, m_random);
        d.owner
            = QString(word(d.women ? pool.women : pool.men, m_random) + QLatin1Char(' ') + family)
                  .trimmed();
        for (int attempt = 0; attempt < 40; ++attempt) {
            QString prefix = word(prefixes, m_random);
            if (d.women && m_random.chance(15))
                prefix = QStringLiteral("Kelompok Wanita");
            const QString tail
                = m_random.chance(50) ? word(endings, m_random) : word(places, m_random);
            QStringList parts {prefix, word(words, m_random), tail};
            parts.removeAll(QString());
            d.name = parts.join(QLatin1Char(' '));
            if (attempt == 39)
                d.name += QLatin1Char(' ') + QString::number(i + 1);
            if (!names.contains(d.name))
                break;
        }
        names.insert(d.name);
        d.nib = noText;
        if (m_random.chance(85))
            d.nib = QString::number(m_random.between(qint64(9120000000000), qint64(9129999999999)));
        d.phone = word(phones, m_random) + QLatin1Char('-')
            + QString::number(m_random.between(1000, 9999)) + QLatin1Char('-')
            + QString::number(m_random.between(100, 9999));

        // Most members were there before the period shown; some joined during it.
        QDate joined;
        const QDate beforePeriod = m_from.addDays(-1);
        if (national && m_random.chance(60))
            joined = earliest.addDays(m_random.between(0, 180));
        else if (!national && beforePeriod > earliest && m_random.chance(80))
            joined = earliest.addDays(m_random.between(0, int(earliest.daysTo(beforePeriod))));
        else
            joined = earliest.addDays(m_random.between(0, int(earliest.daysTo(latest))));
        d.person.joined = qMin(joined, latest);
        d.person.joinedMs = localMs(d.person.joined, m_random.between(8 * 60, 15 * 60))
            + m_random.between(0, 59999);
        d.person.line = qMax(0, m_random.weighted(lineWeights));
        d.person.weight = m_random.between(1, 5);
        drafts.push_back(std::move(d));
    }

    // Member numbers follow the order in which they joined.
    std::stable_sort(drafts.begin(), drafts.end(), [](const Draft &a, const Draft &b) {
        return a.person.joinedMs < b.person.joinedMs;
    });
    const int digits = count > 99 ? 3 : 2;
    for (int i = 0; i < count; ++i) {
        Draft &d = drafts[size_t(i)];
        const QString code = m_code + QStringLiteral("-M")
            + QStringLiteral("%1").arg(i + 1, digits, 10, QLatin1Char('0'));
        auto id
            = m_writer.insert(Table::Member, d.person.joinedMs, d.person.joinedMs,
                              {m_siteId, code, d.name, d.owner, d.nib, d.women ? 1 : 0,
                               d.youth ? 1 : 0, d.phone, d.person.joined.toString(Qt::ISODate)});
        if (!id)
            return fail(id.error());
        d.person.id = *id;
        m_members.push_back(d.person);
    }
    return {};
}

Status DemoSiteBuilder::writeMaintenance()
{
    const QDate end = m_today.addDays(m_futureDays);
    auto openDay = [&](QDate d) {
        while (!(m_openDays & (1 << (d.dayOfWeek() - 1))))
            d = d.addDays(1);
        return d;
    };
    auto window = [&](QDate d, int fromMinute, int toMinute) {
        const qint64 midnight = localMs(d, 0) / 1000;
        return Window {midnight + fromMinute * 60, midnight + toMinute * 60};
    };

    bool upcoming = false;
    for (Machine &machine : m_machines) {
        QDate d = m_from.addDays(m_random.between(3, m_density.maxMaintenanceDays));
        while (true) {
            d = openDay(d);
            if (d >= end)
                break;
            const int kind = m_random.between(0, 99);
            if (kind < 60)
                machine.maintenance.push_back(window(d, m_openMinute, 12 * 60));
            else if (kind < 85)
                machine.maintenance.push_back(window(d, m_openMinute, m_closeMinute));
            else
                machine.maintenance.push_back(window(d, 13 * 60, 15 * 60));
            upcoming = upcoming || d >= m_today;
            d = d.addDays(
                m_random.between(m_density.minMaintenanceDays, m_density.maxMaintenanceDays));
        }
    }
    // A new user should see one on the schedule of the coming days.
    if (!upcoming && !m_machines.empty() && m_futureDays > 3) {
        Machine &machine = m_machines[size_t(m_random.between(0, int(m_machines.size()) - 1))];
        const QDate d = openDay(m_today.addDays(m_random.between(2, m_futureDays - 2)));
        if (d < end)
            machine.maintenance.push_back(window(d, m_openMinute, 12 * 60));
    }

    const QStringList &reasons = DemoCatalog::maintenanceReasons();
    for (Machine &machine : m_machines) {
        std::sort(machine.maintenance.begin(), machine.maintenance.end(),
                  [](const Window &a, const Window &b) { return a.startUtc < b.startUtc; });
        for (const Window &w : machine.maintenance) {
            qint64 created = w.startUtc * 1000 - m_random.between(3 * DayMs, 21 * DayMs);
            created = qBound(m_siteCreatedMs, created, qMax(m_siteCreatedMs, m_nowMs - HourMs));
            auto id = m_writer.insert(
                Table::MaintenanceWindow, created, created,
                {m_siteId, machine.id, w.startUtc, w.endUtc, word(reasons, m_random)});
            if (!id)
                return fail(id.error());
        }
    }
    return {};
}

Status DemoSiteBuilder::writeDay(QDate date, std::vector<Used> &used)
{
    if (!(m_openDays & (1 << (date.dayOfWeek() - 1))))
        return {};
    Day day;
    day.date = date;
    day.midnightUtc = QDateTime(date, QTime(0, 0), m_zone).toSecsSinceEpoch();
    int year = 0;
    day.weekKey = date.weekNumber(&year) + year * 100;
    day.future = date >= m_today;
    day.ahead = day.future ? int(m_today.daysTo(date)) : 0;

    used.clear();
    for (size_t i = 0; i < m_machines.size(); ++i) {
        for (int place = 0; place < m_machines[i].capacity; ++place) {
            if (auto s = writeLane(m_machines[i], int(i), day, used); !s)
                return s;
        }
    }
    if (day.future)
        return {};
    return writeBatches(day, used);
}

std::optional<int> DemoSiteBuilder::maintenanceEnd(Machine &machine, qint64 startUtc, qint64 endUtc,
                                                   qint64 midnightUtc) const
{
    while (machine.nextWindow < machine.maintenance.size()
           && machine.maintenance[machine.nextWindow].endUtc <= midnightUtc)
        ++machine.nextWindow;
    for (size_t i = machine.nextWindow; i < machine.maintenance.size(); ++i) {
        const Window &w = machine.maintenance[i];
        if (w.startUtc >= endUtc)
            break;
        if (w.endUtc > startUtc)
            return int((w.endUtc - midnightUtc + 59) / 60);
    }
    return std::nullopt;
}

int DemoSiteBuilder::pickMember(const Machine &machine, const Day &day, int minutes)
{
    auto eligible = [&](const Person &p) {
        if (!(machine.lineMask & (1u << p.line)) || p.joined >= day.date)
            return false;
        const int booked = p.weekKey == day.weekKey ? p.weekMinutes : 0;
        return booked + minutes <= m_weeklyQuota;
    };
    int total = 0;
    for (const Person &p : m_members) {
        if (eligible(p))
            total += p.weight;
    }
    if (total == 0)
        return -1;
    int roll = m_random.between(0, total - 1);
    for (size_t i = 0; i < m_members.size(); ++i) {
        if (!eligible(m_members[i]))
            continue;
        roll -= m_members[i].weight;
        if (roll < 0)
            return int(i);
    }
    return -1;
}

Status DemoSiteBuilder::writeLane(Machine &machine, int machineIndex, const Day &day,
                                  std::vector<Used> &used)
{
    int active = m_density.laneActivePercent;
    if (day.future) // the further ahead, the emptier the schedule
        active = active * (2 * m_futureDays - day.ahead) / (2 * m_futureDays);
    if (!m_random.chance(active))
        return {};

    int minute = m_openMinute + 15 * m_random.between(0, m_density.maxStartQuarters);
    while (minute < m_closeMinute) {
        int length = 30 * m_random.between(machine.minMinutes / 30, machine.maxMinutes / 30);
        if (minute + length > m_closeMinute) {
            length = (m_closeMinute - minute) / 30 * 30;
            if (length < machine.minMinutes)
                break;
        }
        const qint64 start = day.midnightUtc + minute * 60;
        const qint64 end = start + length * 60;
        // The machine must also be clean before maintenance begins.
        if (auto blockedUntil
            = maintenanceEnd(machine, start, end + machine.bufferMinutes * 60, day.midnightUtc)) {
            minute = (*blockedUntil + 14) / 15 * 15;
            continue;
        }
        const int memberIndex = pickMember(machine, day, length);
        if (memberIndex < 0) {
            minute += 60;
            continue;
        }
        Person &member = m_members[size_t(memberIndex)];
        const Line &line = m_lines[size_t(member.line)];

        const QString *status = &statusConfirmed;
        QVariant actualStart = nullInt();
        QVariant actualEnd = nullInt();
        qint64 created
            = (start - m_random.between(3600, 14 * 86400)) * 1000 + m_random.between(0, 999);
        qint64 updated = 0;
        if (!day.future) {
            const int roll = m_random.between(0, 99);
            if (roll < 7) {
                status = &statusCancelled;
            } else if (roll < 13) {
                status = &statusNoShow;
            } else {
                status = &statusDone;
                const qint64 in = start + m_random.between(0, 600);
                qint64 out = end - m_random.between(0, 1200);
                if (machine.bufferMinutes >= 10 && m_random.chance(10))
                    out = end + m_random.between(60, 600); // overran into the cleaning time
                out = qMax(out, in + 600);
                actualStart = in;
                actualEnd = out;
                used.push_back({memberIndex, member.line, machineIndex, start, out});
            }
        } else {
            created = qMin(created, m_nowMs - m_random.between(10 * MinuteMs, 3 * DayMs));
            if (!m_autoConfirm && m_random.chance(30))
                status = &statusRequested;
        }
        created = qMax(created, member.joinedMs);
        if (status == &statusDone)
            updated = actualEnd.toLongLong() * 1000 + m_random.between(MinuteMs, 30 * MinuteMs);
        else if (status == &statusNoShow)
            updated = (start + m_random.between(1800, 3600)) * 1000;
        else if (status == &statusCancelled)
            updated = m_random.between(created, qMax(created, start * 1000 - MinuteMs));
        else if (status == &statusConfirmed && !m_autoConfirm)
            updated = qBound(created, created + m_random.between(HourMs, 20 * HourMs),
                             qMax(created, m_nowMs));
        else
            updated = created;

        auto id = m_writer.insert(Table::Booking, created, updated,
                                  {m_siteId, machine.id, member.id, line.id, start, end, *status,
                                   actualStart, actualEnd, line.name, madeBy});
        if (!id)
            return fail(id.error());

        if (status != &statusCancelled) {
            if (member.weekKey != day.weekKey) {
                member.weekKey = day.weekKey;
                member.weekMinutes = 0;
            }
            member.weekMinutes += length;
        }
        minute
            += length + machine.bufferMinutes + 15 * m_random.between(0, m_density.maxGapQuarters);
        minute = (minute + 14) / 15 * 15;
    }
    return {};
}

Status DemoSiteBuilder::writeBatches(const Day &day, std::vector<Used> &used)
{
    if (used.empty())
        return {};
    // One batch per member, line and shift, from the machine time they used for it.
    const qint64 noon = day.midnightUtc + 12 * 3600;
    auto shiftOf = [noon](const Used &u) {
        return u.startUtc < noon ? 1 : 2;
    };
    std::sort(used.begin(), used.end(), [&](const Used &a, const Used &b) {
        if (a.member != b.member)
            return a.member < b.member;
        if (a.line != b.line)
            return a.line < b.line;
        if (shiftOf(a) != shiftOf(b))
            return shiftOf(a) < shiftOf(b);
        return a.startUtc < b.startUtc;
    });
    struct Group
    {
        size_t first;
        size_t last; // one past
    };
    std::vector<Group> groups;
    for (size_t i = 0; i < used.size();) {
        size_t j = i + 1;
        while (j < used.size() && used[j].member == used[i].member && used[j].line == used[i].line
               && shiftOf(used[j]) == shiftOf(used[i]))
            ++j;
        groups.push_back({i, j});
        i = j;
    }
    std::stable_sort(groups.begin(), groups.end(), [&](const Group &a, const Group &b) {
        return used[a.first].startUtc < used[b.first].startUtc;
    });

    const int month = day.date.year() * 100 + day.date.month();
    const int currentMonth = m_today.year() * 100 + m_today.month();
    const QString date = day.date.toString(Qt::ISODate);
    for (const Group &g : groups) {
        if (!m_random.chance(m_density.batchPercent))
            continue;
        if (month != m_batchMonth) {
            m_batchMonth = month;
            m_batchSequence = 0;
        }
        if (m_batchSequence >= 9999)
            continue; // the code has room for 9999 batches a month
        ++m_batchSequence;
        const QString code = QStringLiteral("%1-%2%3-%4")
                                 .arg(m_code)
                                 .arg(day.date.year() % 100, 2, 10, QLatin1Char('0'))
                                 .arg(day.date.month(), 2, 10, QLatin1Char('0'))
                                 .arg(m_batchSequence, 4, 10, QLatin1Char('0'));

        const Used &first = used[g.first];
        const Line &line = m_lines[size_t(first.line)];
        const DemoLineSpec &spec = *line.spec;
        const int shift = shiftOf(first);
        const qint64 inputMilli
            = qint64(m_random.between(spec.minInputKg * 2, spec.maxInputKg * 2)) * 500;
        qint64 output = inputMilli * m_random.between(spec.minYield, spec.maxYield) / 1000;
        if (spec.unit == Unit::Piece)
            output = qMax<qint64>(1000, output / 1000 * 1000); // whole pieces
        const qint64 energy
            = inputMilli * m_random.between(spec.minEnergyWhPerKg, spec.maxEnergyWhPerKg) / 1000;
        const qint64 water
            = inputMilli * m_random.between(spec.minWaterMlPerKg, spec.maxWaterMlPerKg) / 1000;

        qint64 lastOut = 0;
        for (size_t i = g.first; i < g.last; ++i)
            lastOut = qMax(lastOut, used[i].actualEndUtc);
        const qint64 created = lastOut * 1000 + m_random.between(10 * MinuteMs, 90 * MinuteMs);
        const QString *status = &batchRecorded;
        qint64 updated = created;
        if (m_random.chance(month < currentMonth ? 90 : 30)) {
            const qint64 checked = created + m_random.between(DayMs, 5 * DayMs);
            if (checked <= m_nowMs) {
                status = &batchChecked;
                updated = checked;
            }
        }

        auto batch = m_writer.insert(Table::Batch, created, updated,
                                     {m_siteId, code, line.id, m_members[size_t(first.member)].id,
                                      date, month, shift, line.material, inputMilli, kilogram,
                                      output, energy, water, *status, noText, madeBy});
        if (!batch)
            return fail(batch.error());

        quint64 machinesSeen = 0;
        for (size_t i = g.first; i < g.last; ++i) {
            const int m = used[i].machine;
            if (m < 64 && (machinesSeen & (quint64(1) << m)))
                continue;
            if (m < 64)
                machinesSeen |= quint64(1) << m;
            if (auto s = m_writer.link(Table::BatchEquipment, *batch, m_machines[size_t(m)].id); !s)
                return s;
        }
        if (auto s = writeWaste(line, *batch, created, month, inputMilli); !s)
            return s;
    }
    return {};
}

Status DemoSiteBuilder::writeWaste(const Line &line, qint64 batchId, qint64 createdMs, int month,
                                   qint64 inputMilli)
{
    struct Piece
    {
        int category;
        Route route;
        qint64 quantity;
    };
    std::array<Piece, 12> pieces {};
    size_t count = 0;
    const DemoLineSpec &spec = *line.spec;
    for (size_t s = 0; s < spec.wastes.size() && count + 2 <= pieces.size(); ++s) {
        const DemoWasteStream &stream = spec.wastes[s];
        if (!m_random.chance(stream.presencePercent))
            continue;
        const qint64 quantity
            = inputMilli * m_random.between(stream.minPerKg, stream.maxPerKg) / 1000;
        if (quantity <= 0)
            continue;
        std::array<int, 4> weights {};
        for (size_t r = 0; r < stream.routes.size() && r < weights.size(); ++r)
            weights[r] = stream.routes[r].weight;
        const int route = m_random.weighted(weights);
        const int category = line.streamCategory[s];
        // Part of a stream sometimes goes another way: some sold, the rest composted.
        if (count < 3 && stream.routes.size() >= 2 && m_random.chance(25)) {
            std::array<int, 4> others = weights;
            others[size_t(route)] = 0;
            const int second = m_random.weighted(others);
            if (second >= 0) {
                const qint64 part = quantity * m_random.between(30, 70) / 100;
                pieces[count++] = {category, stream.routes[size_t(route)].route, quantity - part};
                pieces[count++] = {category, stream.routes[size_t(second)].route, part};
                continue;
            }
        }
        pieces[count++] = {category, stream.routes[size_t(route)].route, quantity};
    }
    count = qMin<size_t>(count, 4);
    for (size_t i = 0; i < count; ++i) {
        const Piece &p = pieces[i];
        const Category &category = m_categories[size_t(p.category)];
        auto id = m_writer.insert(Table::WasteLine, createdMs, createdMs,
                                  {m_siteId, batchId, month, line.id, category.id,
                                   routeText(p.route), category.unit, p.quantity});
        if (!id)
            return fail(id.error());
    }
    return {};
}

} // namespace Rpb
