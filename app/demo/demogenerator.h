#pragma once

#include "domain/result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Rpb {

class Database;

// Fills an empty database with believable data for the five sites of the brief (small), one of
// them, or 18 sites over five years (national, about a million bookings) for performance work.
// Deterministic for a seed and a date.
class DemoGenerator final
{
public:
    enum class Scale { Small, National };

    struct Options
    {
        Scale scale = Scale::Small;
        QString siteCode; // empty: all sites of the scale
        quint32 seed = 2022;
        QDate today = QDate::currentDate();
        // Called now and then with a 0..100 percentage and what is being made.
        std::function<void(int percent, const QString &what)> progress;
    };

    struct Account
    {
        QString name;
        QString role;
        QString siteCode; // empty: all sites
        QString password;
    };

    struct Summary
    {
        QStringList siteCodes;
        QList<Account> accounts;
        qint64 members = 0;
        qint64 bookings = 0;
        qint64 batches = 0;
        qint64 wasteLines = 0;
    };

    // Refuses (Invalid) a database that already has sites, and an unknown site code.
    static Result<Summary> run(Database &db, const Options &options);
    static bool isEmpty(const Database &db);
    // The codes of the sites a scale makes, in the order it makes them.
    static QStringList siteCodes(Scale scale);
};

} // namespace Rpb
