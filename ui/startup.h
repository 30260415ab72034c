#pragma once

#include "domain/result.h"

#include <QCoreApplication>

namespace Rpb {

class AppContext;

// What happens between opening the database and showing the window.
class Startup final
{
    Q_DECLARE_TR_FUNCTIONS(Startup)
public:
    // Fills a brand-new database with the demo sites so that a first start shows a live site,
    // with a progress dialog while it works. Returns the generator's error, if any.
    static Status seedDemoData(AppContext &context);
};

} // namespace Rpb
