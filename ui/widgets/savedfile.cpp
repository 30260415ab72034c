#include "savedfile.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QUrl>

namespace Rpb {

namespace {
struct State
{
    SavedFile::Handler handler;
    QString lastPath;
};

State &state()
{
    static State s;
    return s;
}
} // namespace

void SavedFile::announce(const QString &path, const QString &what)
{
    state().lastPath = QFileInfo(path).absoluteFilePath();
    if (state().handler)
        state().handler(state().lastPath, what);
}

void SavedFile::setHandler(Handler handler)
{
    state().handler = std::move(handler);
}

QString SavedFile::lastPath()
{
    return state().lastPath;
}

bool SavedFile::openFolder(const QString &path)
{
    return QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
}

} // namespace Rpb
