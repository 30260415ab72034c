#pragma once

#include "reporttext.h"

#include <QList>
#include <QString>

namespace Rpb {

// What every figure of the monthly summary means, in the document's language: the last page of
// the summary prints it, and docs/figures.md says the same for readers of the JSON. The
// definitions state what ReportBuilder and the repositories compute, so a change there changes
// this text too.
class ReportGlossary final
{
public:
    struct Entry
    {
        QString term;
        QString definition;
    };

    static QList<Entry> entries(const ReportText &text);
};

} // namespace Rpb
