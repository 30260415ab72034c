// Books one slot and exits with the command line's exit code: the other side of the race test,
// run as several processes at once against one database file.
#include "services/appcontext.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 6)
        return 1;
    auto context = Rpb::AppContext::open(args.at(1));
    if (!context)
        return context.error().exitCode();
    (*context)->setActor(Rpb::Actor::setupAdministrator());
    Rpb::SchedulingService::Request request;
    request.equipmentId = args.at(2).toLongLong();
    request.memberId = args.at(3).toLongLong();
    request.start = QDateTime::fromSecsSinceEpoch(args.at(4).toLongLong(), Qt::UTC);
    request.end = QDateTime::fromSecsSinceEpoch(args.at(5).toLongLong(), Qt::UTC);
    auto outcome = (*context)->scheduling().book(request);
    return outcome ? 0 : outcome.error().exitCode();
}
