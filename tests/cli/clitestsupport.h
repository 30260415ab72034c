#pragma once

#include "services/appcontext.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Rpb::Test {

// What one run of rpb-hijau left behind.
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;

    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
    QJsonObject object() const { return json().object(); }
    QJsonArray array() const { return json().array(); }
    QString describe() const
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(exitCode).arg(out, err);
    }
};

// A private runtime folder: the commands that draw start a GUI application, which warns on
// standard error when XDG_RUNTIME_DIR is missing, and the tests read standard error.
inline QString runtimeDirectory(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("runtime"));
    QDir().mkpath(path);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

// Runs the real binary on a database of its own, in a home of its own, so that neither a saved
// language nor the default database or account of whoever runs the tests changes what it does.
class CliRunner final
{
public:
    CliRunner() { QVERIFY(m_dir.isValid()); }

    QString dbPath() const { return m_dir.filePath(QStringLiteral("rpb.sqlite")); }
    QString file(const QString &name) const { return m_dir.filePath(name); }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeDirectory(m_dir));
        for (const char *name : {"RPB_DB", "RPB_USER", "RPB_PASSWORD", "RPB_NEW_PASSWORD"})
            env.remove(QString::fromLatin1(name));
        return env;
    }

    // The environment of an account: RPB_USER and RPB_PASSWORD.
    QProcessEnvironment as(const QString &user, const QString &password) const
    {
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("RPB_USER"), user);
        env.insert(QStringLiteral("RPB_PASSWORD"), password);
        return env;
    }

    // On the runner's database, in English, with standard input closed (not a terminal).
    Run run(QStringList arguments, const QProcessEnvironment &env = {}) const
    {
        arguments << QStringLiteral("--db") << dbPath() << QStringLiteral("--lang")
                  << QStringLiteral("en");
        QProcess process;
        process.setProcessEnvironment(env.isEmpty() ? environment() : env);
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(QStringLiteral(RPB_EXECUTABLE), arguments);
        Run result;
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
            result.err = QStringLiteral("did not finish: ") + arguments.join(QLatin1Char(' '));
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    // The services on the runner's database, in the test process, as the setup administrator.
    std::unique_ptr<AppContext> open() const
    {
        auto context = AppContext::open(dbPath());
        if (!context) {
            qWarning() << context.error().toLine() << context.error().detail;
            return nullptr;
        }
        // The test looks at the file from outside, with every right.
        (*context)->setActor(Actor::setupAdministrator());
        return std::move(*context);
    }

    qint64 count(const QString &table) const
    {
        auto context = open();
        if (!context)
            return -1;
        auto n = context->database().scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table);
        return n ? n->toLongLong() : -1;
    }

private:
    QTemporaryDir m_dir;
};

} // namespace Rpb::Test
