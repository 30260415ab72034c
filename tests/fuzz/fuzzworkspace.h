#pragma once

#include "services/appcontext.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>

class QCoreApplication;

namespace Rpb::Fuzz {

// What a fuzz target keeps for the whole process: Qt's application object and a database file in
// a temporary folder. libFuzzer runs the target thousands of times a second, so opening them per
// input would measure nothing but SQLite's open.
class FuzzWorkspace final
{
    Q_DISABLE_COPY_MOVE(FuzzWorkspace)
public:
    // Made on the first call, torn down at exit; a failure stops the process with the reason.
    static FuzzWorkspace &instance();
    ~FuzzWorkspace();

    AppContext &context() { return *m_context; }
    QString folder() const { return m_dir.path(); }

    // A broken promise of the code under test (not an input it refuses): stop so that libFuzzer
    // keeps the input as a reproducer.
    [[noreturn]] static void finding(const QString &what);
    // For a set-up step that must work.
    template<typename T> static T need(Result<T> result, const char *what)
    {
        if (!result)
            finding(QString::fromLatin1(what) + QStringLiteral(": ") + result.error().toLine()
                    + QLatin1Char(' ') + result.error().detail);
        return std::move(*result);
    }
    static void need(const Status &status, const char *what);

    // A file of the source tree's seed corpus, e.g. "sync/ach-1.rpbsync".
    static QByteArray corpusFile(const QString &relativePath);

private:
    FuzzWorkspace();

    std::unique_ptr<QCoreApplication> m_app;
    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_context;
};

} // namespace Rpb::Fuzz
