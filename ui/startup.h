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
    // Before the window opens: asks for the first manager account when the database has none,
    // for a sign-in otherwise, and makes that person the actor of every service. False when the
    // person chose to quit instead.
    static Result<bool> signIn(AppContext &context);
};

} // namespace Rpb
