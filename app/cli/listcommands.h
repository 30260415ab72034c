#pragma once

#include "domain/result.h"

#include <QHash>
#include <QJsonObject>

#include <optional>

namespace Rpb {

class AppContext;
class Console;
struct Invocation;
struct Site;

// The reference-data lists: sites, equipment, members, product lines and waste categories, as an
// aligned table in the reader's language or as one JSON array (docs/cli.md); and the one change of
// a site the command line makes, its responsible manager (sites set-manager).
class ListCommands final
{
    Q_DISABLE_COPY_MOVE(ListCommands)
public:
    ListCommands(AppContext &context, Console &console);

    int run(const Invocation &invocation);

    // A site as every JSON document of the command line shows it.
    static QJsonObject siteToJson(const Site &site);

private:
    int sites(bool includeArchived);
    int setManager(const Invocation &invocation);
    int equipment(std::optional<qint64> siteId, bool includeArchived);
    int members(std::optional<qint64> siteId, bool includeArchived);
    int productLines(std::optional<qint64> siteId, bool includeArchived);
    int wasteCategories(std::optional<qint64> siteId, bool includeArchived);

    // --site by code or UUID; an unknown site is invalid input that names it.
    Result<std::optional<qint64>> siteFilter(const Invocation &invocation) const;
    Result<QHash<qint64, QString>> siteCodes() const;

    AppContext &m_context;
    Console &m_console;
};

} // namespace Rpb
