#pragma once

#include "demogenerator.h"

#include <QList>
#include <QPair>

namespace Rpb {

class Database;

// The sign-in accounts of the demo: per site one manager and two operators, and one viewer for
// all sites (the central office). Passwords follow from the seed, so the README can list those
// of the default seed and scripts can sign in.
class DemoAccounts final
{
public:
    // (site id, site code) of the sites the demo made.
    static Result<QList<DemoGenerator::Account>> create(Database &db,
                                                        const QList<QPair<qint64, QString>> &sites,
                                                        quint32 seed);
    static QList<DemoGenerator::Account> plan(const QStringList &siteCodes, quint32 seed);
};

} // namespace Rpb
