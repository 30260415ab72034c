#pragma once

#include "domain/result.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

class QJsonDocument;
class QTextStream;

namespace Rpb {

class TextTable;

// Where the command line writes, and how: results on standard output (a table or text for people,
// one JSON document with --json), errors and progress on standard error, all in UTF-8.
class Console final
{
    Q_DISABLE_COPY_MOVE(Console)
public:
    Console(QTextStream &out, QTextStream &err, bool json);

    bool json() const { return m_json; }

    void print(const QString &text); // as is, to standard output
    void printLine(const QString &line); // with a line end
    void printJson(const QJsonDocument &document);
    void printTable(const TextTable &table, const QString &whenEmpty);

    // The error line, then the detail lines (indented) and the hint line on standard error; with
    // --json also {"error": kind, "message", "where", ...extra} on standard output. Returns the
    // exit code.
    int fail(const Error &error, const QString &hint = {}, const QJsonObject &extra = {},
             const QStringList &details = {});
    // The hint that follows a usage error.
    static QString helpHint();

    // A password typed at the terminal without echo (the prompt goes to standard error); nothing
    // when standard input is not a terminal or has ended.
    static bool canAsk();
    std::optional<QString> askPassword(const QString &prompt);

    // Long work: an updating line on a terminal, a line per step otherwise (logs, cron mail).
    void progress(int percent, const QString &what);
    void endProgress();

private:
    static bool isTerminal(QTextStream &stream);

    QTextStream &m_out;
    QTextStream &m_err;
    bool m_json = false;
    bool m_errIsTerminal = false;
    bool m_progressShown = false;
    int m_lastPercent = -1;
    QString m_lastWhat;
    QElapsedTimer m_sinceLastLine;
};

} // namespace Rpb
