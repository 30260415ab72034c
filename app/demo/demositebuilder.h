#pragma once

#include "democatalog.h"
#include "demorandom.h"
#include "domain/result.h"

#include <QDate>
#include <QTimeZone>
#include <QUuid>

#include <functional>
#include <optional>
#include <vector>

namespace Rpb {

class DemoWriter;

// How busy the generated sites are; the small and national scales differ only in these.
struct DemoDensity
{
    int machineCopies = 1; // each machine of the catalogue this many times
    int minMembers = 0; // 0: the catalogue's member count
    int maxMembers = 0;
    int laneActivePercent = 70; // chance that a machine place is used on an open day
    int maxStartQuarters = 8; // first booking of the day up to this many quarters after opening
    int maxGapQuarters = 8; // idle time between bookings, beyond the buffer
    int batchPercent = 45; // chance that a member's day on a line becomes a batch
    int minMaintenanceDays = 90; // days between maintenance windows of one machine
    int maxMaintenanceDays = 200;
};

// Makes one site: its reference data, then day by day its bookings (never two on one place of a
// machine at once, always inside opening hours in the site's own time zone, the member's weekly
// quota respected), a few maintenance windows, and batches with their waste lines from the
// bookings that were used.
class DemoSiteBuilder final
{
public:
    DemoSiteBuilder(DemoWriter &writer, const DemoSiteSpec &spec, const DemoDensity &density,
                    quint32 seed, QDate from, QDate today, int futureDays);

    // progress gets the share of the site's days done, 0..1.
    Status build(const std::function<void(double)> &progress);

    qint64 siteId() const { return m_siteId; }
    QUuid siteUuid() const { return m_siteUuid; }

private:
    struct Line
    {
        const DemoLineSpec *spec = nullptr;
        qint64 id = 0;
        QString name;
        QString material;
        std::vector<int> streamCategory; // per waste stream: index into m_categories
    };
    struct Category
    {
        qint64 id = 0;
        QString code;
        QString unit;
    };
    struct Window
    {
        qint64 startUtc;
        qint64 endUtc;
    };
    struct Machine
    {
        qint64 id = 0;
        int capacity = 1;
        int bufferMinutes = 0;
        int minMinutes = 30;
        int maxMinutes = 60;
        quint32 lineMask = 0; // bit per index into m_lines
        std::vector<Window> maintenance;
        size_t nextWindow = 0;
    };
    struct Person
    {
        qint64 id = 0;
        int line = 0;
        int weight = 1;
        QDate joined;
        qint64 joinedMs = 0;
        int weekKey = 0;
        int weekMinutes = 0;
    };
    struct Day
    {
        QDate date;
        qint64 midnightUtc = 0;
        int weekKey = 0;
        bool future = false;
        int ahead = 0; // days after today
    };
    struct Used // a booking that was used, as a batch sees it
    {
        int member;
        int line;
        int machine;
        qint64 startUtc;
        qint64 actualEndUtc;
    };

    qint64 localMs(QDate date, int minute) const;
    Status writeReferenceData();
    Status writeMembers();
    Status writeMaintenance();
    Status writeDay(QDate date, std::vector<Used> &used);
    Status writeLane(Machine &machine, int machineIndex, const Day &day, std::vector<Used> &used);
    Status writeBatches(const Day &day, std::vector<Used> &used);
    Status writeWaste(const Line &line, qint64 batchId, qint64 createdMs, int month,
                      qint64 inputMilli);
    int pickMember(const Machine &machine, const Day &day, int minutes);
    // When [startUtc, endUtc) touches a maintenance window of the machine: the window's end,
    // in minutes after the day's midnight.
    std::optional<int> maintenanceEnd(Machine &machine, qint64 startUtc, qint64 endUtc,
                                      qint64 midnightUtc) const;

    DemoWriter &m_writer;
    const DemoSiteSpec &m_spec;
    DemoDensity m_density;
    DemoRandom m_random;
    QDate m_from;
    QDate m_today;
    int m_futureDays;
    QString m_code;
    QTimeZone m_zone;
    bool m_autoConfirm = true;
    int m_openMinute = 0;
    int m_closeMinute = 0;
    int m_openDays = 0;
    int m_siteBuffer = 0;
    int m_maxBookingMinutes = 0;
    int m_weeklyQuota = 0;
    QDate m_opened;
    qint64 m_nowMs = 0; // the start of today at the site: everything before it has happened
    qint64 m_siteId = 0;
    QUuid m_siteUuid;
    qint64 m_siteCreatedMs = 0;
    std::vector<Line> m_lines;
    std::vector<Category> m_categories;
    std::vector<Machine> m_machines;
    std::vector<Person> m_members;
    int m_batchMonth = 0;
    int m_batchSequence = 0;
};

} // namespace Rpb
