#include "fuzzworkspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdio>
#include <cstdlib>

namespace Rpb::Fuzz {

namespace {
// QCoreApplication keeps references to these for its whole life.
int appArgc = 1;
char appName[] = "rpb-fuzz";
char *appArgv[] = {appName, nullptr};

FuzzWorkspace *current = nullptr;
} // namespace

FuzzWorkspace &FuzzWorkspace::instance()
{
    if (!current) {
        current = new FuzzWorkspace;
        // libFuzzer ends with exit(): the database closes and its folder goes before the
        // sanitizers' leak check, which runs last.
        std::atexit([] {
            delete current;
            current = nullptr;
        });
    }
    return *current;
}

FuzzWorkspace::FuzzWorkspace()
    : m_app(std::make_unique<QCoreApplication>(appArgc, appArgv))
    , m_dir(QDir::tempPath() + QStringLiteral("/rpb-fuzz-XXXXXX"))
{
    if (!m_dir.isValid())
        finding(QStringLiteral("cannot make a temporary folder: ") + m_dir.errorString());
    m_context = need(AppContext::open(m_dir.filePath(QStringLiteral("fuzz.sqlite"))),
                     "opening the database");
    // The central office's manager imports the packages.
    m_context->setActor(Actor::setupAdministrator());
}

FuzzWorkspace::~FuzzWorkspace()
{
    m_context.reset();
}

void FuzzWorkspace::finding(const QString &what)
{
    std::fprintf(stderr, "fuzz finding: %s\n", qUtf8Printable(what));
    std::fflush(stderr);
    std::abort();
}

void FuzzWorkspace::need(const Status &status, const char *what)
{
    if (!status)
        finding(QString::fromLatin1(what) + QStringLiteral(": ") + status.error().toLine()
                + QLatin1Char(' ') + status.error().detail);
}

QByteArray FuzzWorkspace::corpusFile(const QString &relativePath)
{
    QFile file(QStringLiteral(RPB_FUZZ_CORPUS_DIR "/") + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        finding(QStringLiteral("cannot read the seed ") + file.fileName() + QStringLiteral(": ")
                + file.errorString());
    return file.readAll();
}

} // namespace Rpb::Fuzz
