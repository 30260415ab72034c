#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace Rpb {

// Every page and dialog that writes a file (a summary as PDF or HTML, a chart, a CSV file, a sync
// package, a calendar, a backup) says where it went in one way: the window shows a notice with
// the file's place and an Open folder button. The window installs the handler; without one
// (a page on its own in a test) the announcement is kept for the asking.
class SavedFile final
{
    Q_DECLARE_TR_FUNCTIONS(SavedFile)
public:
    // what: the sentence without the place, e.g. "The summary was saved as PDF."
    using Handler = std::function<void(const QString &path, const QString &what)>;

    static void announce(const QString &path, const QString &what);
    static void setHandler(Handler handler);
    // The last file announced, for tests.
    static QString lastPath();
    // Opens the folder that holds the file in the platform's file manager.
    static bool openFolder(const QString &path);
};

} // namespace Rpb
