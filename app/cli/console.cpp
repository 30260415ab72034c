#include "console.h"

#include "passwordprompt.h"
#include "services/appinfo.h"
#include "texttable.h"

#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace Rpb {

Console::Console(QTextStream &out, QTextStream &err, bool json)
    : m_out(out)
    , m_err(err)
    , m_json(json)
{
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
    m_errIsTerminal = isTerminal(err);
}

bool Console::isTerminal(QTextStream &stream)
{
    const auto *file = qobject_cast<QFile *>(stream.device());
    if (!file || file->handle() < 0)
        return false;
#ifdef Q_OS_WIN
    return _isatty(file->handle());
#else
    return isatty(file->handle());
#endif
}

void Console::print(const QString &text)
{
    endProgress();
    m_out << text;
    m_out.flush();
}

void Console::printLine(const QString &line)
{
    print(line + QLatin1Char('\n'));
}

void Console::printJson(const QJsonDocument &document)
{
    print(QString::fromUtf8(document.toJson(QJsonDocument::Indented)));
}

void Console::printTable(const TextTable &table, const QString &whenEmpty)
{
    if (table.isEmpty())
        printLine(whenEmpty);
    else
        print(table.render());
}

int Console::fail(const Error &error, const QString &hint, const QJsonObject &extra,
                  const QStringList &details)
{
    endProgress();
    if (m_json) {
        QJsonObject object = extra;
        object.insert(QStringLiteral("error"), error.kindName());
        object.insert(QStringLiteral("message"), error.message);
        object.insert(QStringLiteral("where"),
                      error.where.isEmpty() ? QJsonValue() : QJsonValue(error.where));
        if (!error.detail.isEmpty())
            object.insert(QStringLiteral("detail"), error.detail);
        printJson(QJsonDocument(object));
    }
    m_err << error.toLine() << '\n';
    for (const QString &line : details)
        m_err << QStringLiteral("  ") << line << '\n';
    if (!hint.isEmpty())
        m_err << QStringLiteral("hint: ") << hint << '\n';
    m_err.flush();
    return error.exitCode();
}

QString Console::helpHint()
{
    return AppInfo::executableName() + QStringLiteral(" --help");
}

bool Console::canAsk()
{
    return PasswordPrompt::isAvailable();
}

std::optional<QString> Console::askPassword(const QString &prompt)
{
    if (!canAsk())
        return std::nullopt;
    endProgress();
    m_out.flush();
    return PasswordPrompt::ask(m_err, prompt);
}

void Console::progress(int percent, const QString &what)
{
    percent = qBound(0, percent, 100);
    if (percent == m_lastPercent && what == m_lastWhat)
        return;
    const QString text = QStringLiteral("[%1%] ").arg(percent, 3) + what;
    if (m_errIsTerminal) {
        // \r and a clearing escape keep one line that updates in place.
        m_err << '\r' << text << QStringLiteral("\x1b[K");
        m_progressShown = true;
    } else {
        // A log gets a line for each step and at most one line a second in between.
        const bool newStep = what != m_lastWhat;
        if (!newStep && m_sinceLastLine.isValid() && m_sinceLastLine.elapsed() < 1000
            && percent < 100)
            return;
        m_err << text << '\n';
        m_sinceLastLine.start();
    }
    m_err.flush();
    m_lastPercent = percent;
    m_lastWhat = what;
}

void Console::endProgress()
{
    if (!m_progressShown)
        return;
    m_err << '\n';
    m_err.flush();
    m_progressShown = false;
}

} // namespace Rpb
