// The layers of docs/architecture.md, checked on the sources themselves: the window (ui/) reaches
// data only through the services (no storage header, no Database, no SQL), the core (app/) knows
// no widget, and backend-specific code stays in app/storage/.

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace {

// The code of a C++ file without its comments and string literals, so that a word in a message
// ("Database: %1") or a remark does not count as a use.
QString codeOnly(const QString &text)
{
    QString out;
    out.reserve(text.size());
    enum { Code, Line, Block, String, Char } state = Code;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        switch (state) {
        case Code:
            if (c == QLatin1Char('/') && next == QLatin1Char('/'))
                state = Line;
            else if (c == QLatin1Char('/') && next == QLatin1Char('*'))
                state = Block;
            else if (c == QLatin1Char('"'))
                state = String;
            else if (c == QLatin1Char('\'') && !(i > 0 && text.at(i - 1).isLetterOrNumber()))
                state = Char; // not a digit separator (1'000)
            else
                out += c;
            break;
        case Line:
            if (c == QLatin1Char('\n')) {
                out += c;
                state = Code;
            }
            break;
        case Block:
            if (c == QLatin1Char('*') && next == QLatin1Char('/')) {
                ++i;
                state = Code;
            }
            break;
        case String:
        case Char:
            if (c == QLatin1Char('\\'))
                ++i;
            else if ((state == String && c == QLatin1Char('"'))
                     || (state == Char && c == QLatin1Char('\'')))
                state = Code;
            break;
        }
    }
    return out;
}

struct Finding
{
    QString file;
    QString what;
};

QList<Finding> scan(const QString &folder,
                    const QList<std::pair<QRegularExpression, QString>> &rules,
                    const QStringList &except = {})
{
    QList<Finding> found;
    const QString root = QStringLiteral(RPB_SOURCE_DIR "/");
    QDirIterator it(root + folder, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = path.mid(root.size());
        if (except.contains(relative))
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(file.readAll());
        const QString code = codeOnly(text);
        for (const auto &[pattern, what] : rules) {
            // Includes are read from the text itself: their file names are strings.
            const QString &subject = what.startsWith(QLatin1String("include")) ? text : code;
            if (pattern.match(subject).hasMatch())
                found << Finding {relative, what};
        }
    }
    return found;
}

QByteArray describe(const QList<Finding> &found)
{
    QStringList lines;
    for (const Finding &f : found)
        lines << f.file + QStringLiteral(": ") + f.what;
    return lines.join(QLatin1Char('\n')).toUtf8();
}

} // namespace

class TestLayering final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void windowAsksOnlyServices()
    {
        const auto found = scan(
            QStringLiteral("ui"),
            {{QRegularExpression(QStringLiteral("#include\\s*\"storage/")),
              QStringLiteral("includes a storage header")},
             {QRegularExpression(QStringLiteral("\\bDatabase\\b")),
              QStringLiteral("names Database")},
             {QRegularExpression(QStringLiteral("\\.database\\s*\\(")),
              QStringLiteral("asks for the database")},
             {QRegularExpression(QStringLiteral("\\bQSql\\w+")), QStringLiteral("uses Qt SQL")}});
        QVERIFY2(found.isEmpty(), describe(found).constData());
    }

    void coreKnowsNoWidget()
    {
        const auto found = scan(
            QStringLiteral("app"),
            {{QRegularExpression(QStringLiteral(
                  "#include\\s*<(QtWidgets|QtCharts|QtPrintSupport|QWidget|QDialog|QMainWindow|"
                  "QApplication|QChart\\w*|QPrint\\w*)>")),
              QStringLiteral("include of a widget, chart or print-dialog header")}},
            {QStringLiteral("app/main.cpp")});
        QVERIFY2(found.isEmpty(), describe(found).constData());
    }

    void backendCodeStaysInStorage()
    {
        QList<Finding> found;
        for (const QString &folder :
             {QStringLiteral("app/domain"), QStringLiteral("app/services"),
              QStringLiteral("app/sync"), QStringLiteral("app/cli"),
              QStringLiteral("app/reporting"), QStringLiteral("app/demo"), QStringLiteral("ui")})
            found << scan(folder,
                          {{QRegularExpression(QStringLiteral("QPSQL|isPostgres|postgres\\(")),
                            QStringLiteral("backend-specific code")}});
        QVERIFY2(found.isEmpty(), describe(found).constData());
    }

    // The scanner itself: a message or a comment that names the database is not a use of it.
    void literalsAndCommentsDoNotCount()
    {
        const QString code = codeOnly(QStringLiteral(
            "tr(\"Database: %1\"); // the Database\n/* Database */ int n = 1'000; Database *d;"));
        QVERIFY(!code.contains(QStringLiteral("Database:")));
        QCOMPARE(code.count(QStringLiteral("Database")), 1);
    }
};

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
