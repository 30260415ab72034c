#include "demogenerator.h"

#include "storage/database.h"

namespace Rpb {

Result<DemoGenerator::Summary> DemoGenerator::run(Database &, const Options &)
{
    return fail(Error::invalid(QStringLiteral("not yet")));
}

bool DemoGenerator::isEmpty(const Database &db)
{
    auto count = db.scalar(QStringLiteral("SELECT COUNT(*) FROM site"));
    return count && count->toLongLong() == 0;
}

} // namespace Rpb
