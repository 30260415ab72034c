// Qt's own dialogs and buttons in the Indonesian window. Debian ships no Indonesian catalogue for
// them, so RPB Hijau carries translations/qtbase_id.ts. These tests fail when an entry of it is
// unfinished or empty, and when a string that people see in a Qt dialog is still English: each
// dialog is built once in English and once in Indonesian, and every text shown is compared with
// its English twin.

#include "services/language.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPageSetupDialog>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>
#include <QTreeView>
#include <QUndoStack>
#include <QXmlStreamReader>

#include <algorithm>
#include <functional>
#include <memory>

using namespace Rpb;

namespace {

struct Message
{
    QString context;
    QString source;
    QString type;
    QStringList translations; // one, or the numerus forms
    bool numerus = false;
};

QList<Message> readCatalogue(const QString &path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"message")
            messages.append(message);
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            message = Message {
                context, {}, {}, {}, xml.attributes().value(QLatin1String("numerus")) == u"yes"};
        } else if (xml.name() == u"source") {
            message.source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus)
                message.translations = {xml.readElementText()};
        } else if (xml.name() == u"numerusform") {
            message.translations.append(xml.readElementText());
        }
    }
    return xml.hasError() ? QList<Message>() : messages;
}

// What a text says without its mnemonic, its shortcut or the dots of a button that opens more.
QString plain(const QString &text)
{
    QString out;
    const QString visible = text.section(u'\t', 0, 0);
    for (qsizetype i = 0; i < visible.size(); ++i) {
        if (visible.at(i) == u'&') {
            if (i + 1 < visible.size() && visible.at(i + 1) == u'&')
                out += visible.at(++i);
            continue;
        }
        out += visible.at(i);
    }
    out = out.trimmed();
    if (out.endsWith(QLatin1String("...")))
        out.chop(3);
    return out.trimmed();
}

bool hasMnemonic(const QString &text)
{
    static const QRegularExpression mnemonic(QStringLiteral("(^|[^&])&[^&\\s]"));
    return mnemonic.match(QString(text).replace(QLatin1String("&&"), QString())).hasMatch();
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%L?\\d+|%n"));
    QSet<QString> found;
    for (const auto &match : placeholder.globalMatch(text))
        found.insert(match.captured());
    return found;
}

// The few texts Indonesian writes as English does. Key names (QShortcut) stay as they are printed
// on the keyboards, and paper sizes keep their standard names ("A4", "Letter / ANSI A") but not
// the words around them ("Custom", "Envelope"). Anything else left as its source is English.
bool mayStayEnglish(const QString &context, const QString &source)
{
    static const QStringList kept
        = QStringLiteral("OK|&OK|Printer|...|%1%|Drive|Folder|Alias|&HTML:|*|mm|pt|in|DD|CC|"
                         "P\u0338|Pica (P\u0338)|Didot (DD)|Cicero (CC)|"
                         "1 (1x1)|2 (2x1)|4 (2x2)|6 (2x3)|9 (3x3)|16 (4x4)")
              .split(u'|');
    if (context == QLatin1String("QShortcut") || kept.contains(source))
        return true;
    static const QRegularExpression described(QStringLiteral("Custom|Envelope|Postcard|Fan-fold"));
    return context == QLatin1String("QPageSize") && !source.contains(described);
}

struct Shown
{
    QString where;
    QString text;
};

// The texts of a dialog that people read: its title, labels, buttons and their tool tips, group
// titles, tabs, actions, the choices of its drop-down lists and the headers of its lists.
QList<Shown> shownTexts(QWidget *root)
{
    QList<Shown> shown;
    const auto add = [&shown](const QObject *object, const char *what, const QString &text) {
        if (text.trimmed().isEmpty())
            return;
        shown.append({QString::fromLatin1(object->metaObject()->className()) + u'#'
                          + object->objectName() + u'.' + QLatin1String(what),
                      text});
    };
    add(root, "windowTitle", root->windowTitle());
    QList<QObject *> objects {root};
    objects += root->findChildren<QObject *>();
    for (QObject *object : std::as_const(objects)) {
        if (auto *label = qobject_cast<QLabel *>(object)) {
            add(label, "text", label->text());
        } else if (auto *button = qobject_cast<QAbstractButton *>(object)) {
            add(button, "text", button->text());
            add(button, "toolTip", button->toolTip());
        } else if (auto *group = qobject_cast<QGroupBox *>(object)) {
            add(group, "title", group->title());
        } else if (auto *action = qobject_cast<QAction *>(object)) {
            if (!action->isSeparator()) {
                add(action, "text", action->text());
                add(action, "toolTip", action->toolTip());
            }
        } else if (auto *tabs = qobject_cast<QTabWidget *>(object)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs, "tabText", tabs->tabText(i));
        } else if (auto *combo = qobject_cast<QComboBox *>(object)) {
            // Printer names and folders are the computer's, not Qt's.
            if (combo->objectName() == QLatin1String("printers")
                || combo->objectName() == QLatin1String("lookInCombo"))
                continue;
            for (int i = 0; i < combo->count(); ++i)
                add(combo, "item", combo->itemText(i));
        } else if (auto *tree = qobject_cast<QTreeView *>(object)) {
            if (QAbstractItemModel *model = tree->model()) {
                for (int column = 0; column < model->columnCount(); ++column)
                    add(tree, "header", model->headerData(column, Qt::Horizontal).toString());
            }
        }
    }
    return shown;
}

using Build = std::function<std::unique_ptr<QWidget>()>;

// A source of the catalogue as it shows: plain(), or a pattern when it has placeholders.
struct Entry
{
    QString text;
    QRegularExpression pattern;
    bool sameOnPurpose = false;
};

} // namespace

class TestQtTranslations final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void catalogueIsComplete();
    void catalogueIsBuiltIn();
    void keepsLeftToRight();
    void dialogsSpeakIndonesian_data();
    void dialogsSpeakIndonesian();
    void buttonBoxWords_data();
    void buttonBoxWords();
    void fileDialogShortcutsParse();

private:
    // Every text of the dialog that build() makes, in English and in Indonesian.
    QList<std::pair<Shown, Shown>> bothLanguages(const Build &build);
    // Whether one of the contexts has the text as a source, and whether its translation is the
    // same as the source on purpose ("OK", "A4"). Contexts matter: QShortcut keeps "Print" and
    // "Delete" as the keys are labelled, the print preview and the line edit must not.
    const Entry *find(const QStringList &contexts, const QString &english) const;

    QList<Message> m_messages;
    QHash<QString, QList<Entry>> m_entries; // by context
};

void TestQtTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_messages = readCatalogue(QStringLiteral(RPB_SOURCE_DIR "/translations/qtbase_id.ts"));
    QVERIFY2(!m_messages.isEmpty(), "translations/qtbase_id.ts is missing or empty");
    static const QRegularExpression placeholder(QStringLiteral("%L?\\d+|%n"));
    for (const Message &message : std::as_const(m_messages)) {
        Entry entry;
        entry.text = plain(message.source);
        entry.sameOnPurpose = !message.translations.isEmpty()
            && message.translations.constFirst() == message.source
            && mayStayEnglish(message.context, message.source);
        if (!placeholders(message.source).isEmpty()) {
            // "%1%" shows as "25%": the placeholders match anything, the rest literally.
            QStringList literal;
            for (const QString &piece : entry.text.split(placeholder))
                literal << QRegularExpression::escape(piece);
            entry.pattern.setPattern(u'^' + literal.join(QLatin1String(".*")) + u'$');
        }
        m_entries[message.context].append(entry);
    }
}

void TestQtTranslations::cleanupTestCase()
{
    Language::install(QStringLiteral("id"));
}

void TestQtTranslations::catalogueIsComplete()
{
    // The contexts of the dialogs, buttons and menus that RPB Hijau's windows can show.
    static const char needed[] = "QPlatformTheme QGnomeTheme QDialogButtonBox QMessageBox "
                                 "QFileDialog QFileSystemModel QAbstractFileIconProvider "
                                 "QPrintPreviewDialog QPrintDialog QPrintPropertiesDialog "
                                 "QPrintPropertiesWidget QPrintSettingsOutput QPageSetupWidget "
                                 "QPageSize QCupsJobWidget QCupsPrinterSupport QPrintWidget "
                                 "QProgressDialog QLineEdit QWidgetTextControl QAbstractSpinBox "
                                 "QScrollBar QColorDialog QInputDialog QShortcut QWizard "
                                 "QAccessibleActionInterface QUndoStack QTabBar "
                                 "QUnicodeControlCharacterMenu QSQLiteDriver QSQLiteResult "
                                 "QJsonParseError QGuiApplication";
    QSet<QString> contexts;
    QStringList problems;
    for (const Message &message : std::as_const(m_messages)) {
        contexts.insert(message.context);
        const QString where = message.context + QLatin1String(" \"") + message.source + u'"';
        if (!message.type.isEmpty()) {
            problems << where + QLatin1String(" is ") + message.type;
            continue;
        }
        // Indonesian has a single plural form: "%n berkas".
        if (message.numerus && message.translations.size() != 1)
            problems << where + QLatin1String(" needs exactly one plural form");
        for (const QString &translation : message.translations) {
            if (translation.trimmed().isEmpty()) {
                problems << where + QLatin1String(" has no translation");
                continue;
            }
            if (translation == message.source && !mayStayEnglish(message.context, message.source))
                problems << where + QLatin1String(" is left English");
            if (placeholders(translation) != placeholders(message.source))
                problems << where + QLatin1String(" changes the placeholders: ") + translation;
            if (hasMnemonic(translation) != hasMnemonic(message.source))
                problems << where + QLatin1String(" loses or adds a mnemonic: ") + translation;
        }
    }
    for (const QString &context : QString::fromLatin1(needed).split(u' ')) {
        if (!contexts.contains(context))
            problems << context + QLatin1String(" is missing");
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestQtTranslations::catalogueIsBuiltIn()
{
    QTranslator translator;
    QVERIFY2(translator.load(QStringLiteral(":/i18n/qtbase_id.qm")),
             "qtbase_id.qm is not in the program's resources");
    QCOMPARE(translator.translate("QPlatformTheme", "Cancel"), QStringLiteral("Batal"));
}

void TestQtTranslations::keepsLeftToRight()
{
    // Qt reads the writing direction from its catalogue; a wrong entry would mirror every window.
    Language::install(QStringLiteral("id"));
    QCoreApplication::processEvents();
    QCOMPARE(QCoreApplication::translate("QGuiApplication", "QT_LAYOUT_DIRECTION"),
             QStringLiteral("LTR"));
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
}

QList<std::pair<Shown, Shown>> TestQtTranslations::bothLanguages(const Build &build)
{
    Language::install(QStringLiteral("en"));
    const QList<Shown> english = shownTexts(build().get());
    Language::install(QStringLiteral("id"));
    const QList<Shown> indonesian = shownTexts(build().get());
    QList<std::pair<Shown, Shown>> pairs;
    if (english.size() != indonesian.size()) {
        qWarning("The dialog shows %d texts in English and %d in Indonesian", int(english.size()),
                 int(indonesian.size()));
        return pairs;
    }
    for (qsizetype i = 0; i < english.size(); ++i)
        pairs.append({english.at(i), indonesian.at(i)});
    return pairs;
}

const Entry *TestQtTranslations::find(const QStringList &contexts, const QString &english) const
{
    const QString text = plain(english);
    for (const QString &context : contexts) {
        const auto entries = m_entries.constFind(context);
        if (entries == m_entries.cend())
            continue;
        for (const Entry &entry : *entries) {
            if (entry.text == text
                || (!entry.pattern.pattern().isEmpty() && entry.pattern.match(text).hasMatch()))
                return &entry;
        }
    }
    // The file dialog puts "Show " before a column's name: "Show Size".
    const QString show = QStringLiteral("Show ");
    if (text.startsWith(show) && text.size() > show.size() && find(contexts, show))
        return find(contexts, text.mid(show.size()));
    return nullptr;
}

void TestQtTranslations::dialogsSpeakIndonesian_data()
{
    QTest::addColumn<Build>("build");
    // Where the dialog's texts come from.
    QTest::addColumn<QStringList>("contexts");
    const QStringList buttons {QStringLiteral("QPlatformTheme"), QStringLiteral("QGnomeTheme"),
                               QStringLiteral("QDialogButtonBox")};
    const QStringList files
        = QStringList {QStringLiteral("QFileDialog"), QStringLiteral("QFileSystemModel")} + buttons;
    const QStringList printing = QStringList {QStringLiteral("QPrintDialog"),
                                              QStringLiteral("QPrintWidget"),
                                              QStringLiteral("QPrintSettingsOutput"),
                                              QStringLiteral("QPrintPropertiesWidget"),
                                              QStringLiteral("QCupsJobWidget"),
                                              QStringLiteral("Print Device Input Slot"),
                                              QStringLiteral("Print Device Output Bin")}
        + buttons;
    const QStringList pageSetup
        = QStringList {QStringLiteral("QPageSetupWidget"), QStringLiteral("QPageSize"),
                       QStringLiteral("QPrintPreviewDialog"), QStringLiteral("QPrintDialog")}
        + buttons;

    QTest::newRow("QDialogButtonBox") << Build([] {
        auto box = std::make_unique<QDialogButtonBox>(
            QDialogButtonBox::Ok | QDialogButtonBox::Open | QDialogButtonBox::Save
            | QDialogButtonBox::Cancel | QDialogButtonBox::Close | QDialogButtonBox::Discard
            | QDialogButtonBox::Apply | QDialogButtonBox::Reset | QDialogButtonBox::RestoreDefaults
            | QDialogButtonBox::Help | QDialogButtonBox::SaveAll | QDialogButtonBox::Yes
            | QDialogButtonBox::YesToAll | QDialogButtonBox::No | QDialogButtonBox::NoToAll
            | QDialogButtonBox::Abort | QDialogButtonBox::Retry | QDialogButtonBox::Ignore);
        return std::unique_ptr<QWidget>(std::move(box));
    }) << buttons;
    QTest::newRow("QMessageBox") << Build([] {
        auto box
            = std::make_unique<QMessageBox>(QMessageBox::Question, QString(), QString(),
                                            QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel
                                                | QMessageBox::Save | QMessageBox::Discard);
        box->setDetailedText(QStringLiteral("-"));
        return std::unique_ptr<QWidget>(std::move(box));
    }) << QStringList {QStringLiteral("QMessageBox")} + buttons;
    QTest::newRow("QFileDialog open") << Build([] {
        auto dialog = std::make_unique<QFileDialog>();
        dialog->setOption(QFileDialog::DontUseNativeDialog);
        dialog->setAcceptMode(QFileDialog::AcceptOpen);
        return std::unique_ptr<QWidget>(std::move(dialog));
    }) << files;
    QTest::newRow("QFileDialog save") << Build([] {
        auto dialog = std::make_unique<QFileDialog>();
        dialog->setOption(QFileDialog::DontUseNativeDialog);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        return std::unique_ptr<QWidget>(std::move(dialog));
    }) << files;
    QTest::newRow("QPrintPreviewDialog")
        << Build([] { return std::unique_ptr<QWidget>(std::make_unique<QPrintPreviewDialog>()); })
        << QStringList {QStringLiteral("QPrintPreviewDialog")};
    QTest::newRow("QPrintDialog") << Build([] {
        return std::unique_ptr<QWidget>(std::make_unique<QPrintDialog>());
    }) << printing;
    QTest::newRow("QPageSetupDialog")
        << Build([] { return std::unique_ptr<QWidget>(std::make_unique<QPageSetupDialog>()); })
        << pageSetup;
    // The menus belong to their editor, which the holder keeps alive.
    QTest::newRow("QLineEdit menu") << Build([] {
        auto holder = std::make_unique<QWidget>();
        auto *edit = new QLineEdit(QStringLiteral("RPB Hijau"), holder.get());
        edit->selectAll();
        edit->createStandardContextMenu();
        return holder;
    }) << QStringList {QStringLiteral("QLineEdit")};
    QTest::newRow("QPlainTextEdit menu") << Build([] {
        auto holder = std::make_unique<QWidget>();
        auto *edit = new QPlainTextEdit(QStringLiteral("RPB Hijau"), holder.get());
        edit->selectAll();
        edit->createStandardContextMenu();
        return holder;
    }) << QStringList {QStringLiteral("QWidgetTextControl")};
    QTest::newRow("QProgressDialog")
        << Build([] { return std::unique_ptr<QWidget>(std::make_unique<QProgressDialog>()); })
        << QStringList {QStringLiteral("QProgressDialog")};
    QTest::newRow("QUndoStack actions") << Build([] {
        auto menu = std::make_unique<QMenu>();
        auto *stack = new QUndoStack(menu.get());
        menu->addAction(stack->createUndoAction(menu.get()));
        menu->addAction(stack->createRedoAction(menu.get()));
        return std::unique_ptr<QWidget>(std::move(menu));
    }) << QStringList {QStringLiteral("QUndoStack")};
}

void TestQtTranslations::dialogsSpeakIndonesian()
{
    QFETCH(Build, build);
    QFETCH(QStringList, contexts);
    const QList<std::pair<Shown, Shown>> pairs = bothLanguages(build);
    QVERIFY2(!pairs.isEmpty(), "the dialog showed no texts, or not the same ones in both");
    QStringList english;
    QStringList missing;
    for (const auto &[en, id] : pairs) {
        // RPB_SHOW_TEXTS=1 lists what the dialog shows, to see which entries it needs.
        if (qEnvironmentVariableIsSet("RPB_SHOW_TEXTS"))
            qInfo().noquote() << en.where << en.text << "=>" << id.text;
        const Entry *entry = find(contexts, en.text);
        if (!entry)
            missing << en.where + QLatin1String(": ") + en.text;
        else if (en.text == id.text && !entry->sameOnPurpose)
            english << en.where + QLatin1String(": ") + en.text;
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QLatin1String("not in qtbase_id.ts:\n") + missing.join(u'\n')));
    QVERIFY2(english.isEmpty(),
             qPrintable(QLatin1String("still English:\n") + english.join(u'\n')));
}

void TestQtTranslations::buttonBoxWords_data()
{
    // The words people know from other Indonesian programs, checked literally.
    QTest::addColumn<int>("button");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("indonesian");
    QTest::newRow("Ok") << int(QDialogButtonBox::Ok) << QStringLiteral("OK")
                        << QStringLiteral("OK");
    QTest::newRow("Cancel") << int(QDialogButtonBox::Cancel) << QStringLiteral("Cancel")
                            << QStringLiteral("Batal");
    QTest::newRow("Close") << int(QDialogButtonBox::Close) << QStringLiteral("Close")
                           << QStringLiteral("Tutup");
    QTest::newRow("Save") << int(QDialogButtonBox::Save) << QStringLiteral("Save")
                          << QStringLiteral("Simpan");
    QTest::newRow("Open") << int(QDialogButtonBox::Open) << QStringLiteral("Open")
                          << QStringLiteral("Buka");
    QTest::newRow("Yes") << int(QDialogButtonBox::Yes) << QStringLiteral("&Yes")
                         << QStringLiteral("&Ya");
    QTest::newRow("No") << int(QDialogButtonBox::No) << QStringLiteral("&No")
                        << QStringLiteral("&Tidak");
    QTest::newRow("Apply") << int(QDialogButtonBox::Apply) << QStringLiteral("Apply")
                           << QStringLiteral("Terapkan");
    QTest::newRow("Help") << int(QDialogButtonBox::Help) << QStringLiteral("Help")
                          << QStringLiteral("Bantuan");
}

void TestQtTranslations::buttonBoxWords()
{
    QFETCH(int, button);
    QFETCH(QString, english);
    QFETCH(QString, indonesian);
    Language::install(QStringLiteral("id"));
    QDialogButtonBox box {QDialogButtonBox::StandardButtons(button)};
    const QString shown = box.button(QDialogButtonBox::StandardButton(button))->text();
    // The GNOME theme has its own words for a few buttons ("&Cancel"); both are Indonesian.
    QVERIFY2(plain(shown) == plain(indonesian), qPrintable(shown));
    QVERIFY(english == indonesian || plain(shown) != plain(english));
}

void TestQtTranslations::fileDialogShortcutsParse()
{
    // The file dialog reads its shortcuts from its catalogue, as key names of QShortcut.
    Language::install(QStringLiteral("id"));
    QCOMPARE(QKeySequence(QCoreApplication::translate("QFileDialog", "Alt+Left")),
             QKeySequence(Qt::ALT | Qt::Key_Left));
    QCOMPARE(QKeySequence(QCoreApplication::translate("QFileDialog", "Alt+Right")),
             QKeySequence(Qt::ALT | Qt::Key_Right));
    QCOMPARE(QKeySequence(QCoreApplication::translate("QFileDialog", "Alt+Up")),
             QKeySequence(Qt::ALT | Qt::Key_Up));
    QCOMPARE(QKeySequence(Qt::CTRL | Qt::Key_Delete).toString(QKeySequence::NativeText),
             QStringLiteral("Ctrl+Del"));
}

QTEST_MAIN(TestQtTranslations)
#include "tst_qttranslations.moc"
