#include "shortcutsdialog.h"

#include "dialogs/userguidedialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Rpb {

namespace {
using Keys = QList<QKeySequence>;

// An action of the window's menus, or of the window itself, by its object name.
const QAction *windowAction(const QWidget *window, const QString &name)
{
    QList<QAction *> pending = window->actions();
    if (const auto *bar = window->findChild<QMenuBar *>(QString(), Qt::FindDirectChildrenOnly))
        pending += bar->actions();
    while (!pending.isEmpty()) {
        const QAction *action = pending.takeFirst();
        if (action->objectName() == name)
            return action;
        if (const QMenu *menu = action->menu())
            pending += menu->actions();
    }
    return nullptr;
}

// The keys of an action that the person can use now: a page they may not open has none.
Keys actionKeys(const QWidget *window, const QString &name)
{
    const QAction *action = windowAction(window, name);
    return action && action->isVisible() ? action->shortcuts() : Keys();
}

// Those of the keys that a shortcut or an action inside the named part of the window has.
Keys keysIn(const QWidget *window, const char *owner, const Keys &keys)
{
    const auto *part = window->findChild<QWidget *>(QLatin1String(owner));
    if (!part)
        return {};
    const QList<QShortcut *> shortcuts = part->findChildren<QShortcut *>();
    const QList<QAction *> actions = part->findChildren<QAction *>();
    Keys present;
    for (const QKeySequence &key : keys) {
        const bool has = std::any_of(shortcuts.begin(), shortcuts.end(),
                                     [&key](const QShortcut *s) { return s->keys().contains(key); })
            || std::any_of(actions.begin(), actions.end(),
                           [&key](const QAction *a) { return a->shortcuts().contains(key); });
        if (has)
            present << key;
    }
    return present;
}

Keys mnemonic(const QString &text)
{
    const QKeySequence key = QKeySequence::mnemonic(text);
    return key.isEmpty() ? Keys() : Keys {key};
}

// The underlined letter of the label that leads to the named widget.
Keys labelMnemonic(const QWidget *window, const char *buddy)
{
    const auto *target = window->findChild<QWidget *>(QLatin1String(buddy));
    const QList<QLabel *> labels = window->findChildren<QLabel *>();
    for (const QLabel *label : labels)
        if (target && label->buddy() == target)
            return mnemonic(label->text());
    return {};
}

Keys buttonMnemonic(const QWidget *window, const char *owner, const char *button)
{
    const auto *part = window->findChild<QWidget *>(QLatin1String(owner));
    const auto *b = part ? part->findChild<QAbstractButton *>(QLatin1String(button)) : nullptr;
    return b ? mnemonic(b->text()) : Keys();
}

bool isEnterKey(const QKeySequence &key, Qt::Key which)
{
    return key.count() == 1 && key[0].key() == which;
}

QString keyText(const Keys &keys)
{
    QStringList parts;
    for (const QKeySequence &key : keys) {
        // Return and Enter do the same wherever both are taken; a person knows one key.
        if (isEnterKey(key, Qt::Key_Return)
            && std::any_of(keys.begin(), keys.end(), [&key](const QKeySequence &other) {
                   return isEnterKey(other, Qt::Key_Enter)
                       && other[0].keyboardModifiers() == key[0].keyboardModifiers();
               }))
            continue;
        parts << key.toString(QKeySequence::NativeText);
    }
    parts.removeDuplicates();
    return parts.join(QStringLiteral(" / "));
}

// "&Master data" as it reads: "Master data".
QString withoutMnemonic(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}

QKeySequence keyOf(QKeyCombination combination)
{
    return QKeySequence(combination);
}
} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *window)
    : QDialog(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("shortcutsTree"));
    m_tree->setColumnCount(2);
    m_tree->setRootIsDecorated(false);
    m_tree->setItemsExpandable(false);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionsMovable(false);
    layout->addWidget(m_tree, 1);
    setFocusProxy(m_tree);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_close = buttons->button(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    fill();
    const QRect available = window->screen()->availableGeometry();
    resize(width(), qMin(fontMetrics().lineSpacing() * 48, available.height() * 17 / 20));
    fitWidth();
}

void ShortcutsDialog::fitWidth()
{
    // Wide enough for every line of the list in the language of the moment, within a 1366x768
    // screen.
    const QRect available = m_window->screen()->availableGeometry();
    const QMargins margins = layout()->contentsMargins();
    const int wanted = m_tree->columnWidth(0) + m_tree->columnWidth(1)
        + m_tree->verticalScrollBar()->sizeHint().width() + 2 * m_tree->frameWidth()
        + margins.left() + margins.right() + fontMetrics().averageCharWidth() * 2;
    const int fitted = qMin(wanted, available.width() * 9 / 10);
    if (fitted > width() || !isVisible())
        resize(fitted, height());
}

ShortcutsDialog *ShortcutsDialog::showFor(QWidget *window)
{
    auto *dialog = window->findChild<ShortcutsDialog *>(QString(), Qt::FindDirectChildrenOnly);
    if (!dialog) {
        dialog = new ShortcutsDialog(window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    } else {
        dialog->fill(); // what the person may use may have changed since
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

QList<ShortcutsDialog::Row> ShortcutsDialog::rows(const QWidget *window)
{
    QList<Row> rows;
    QString place;
    auto add = [&rows, &place](const Keys &keys, const QString &text) {
        const QString shown = keyText(keys);
        if (!shown.isEmpty())
            rows << Row {place, shown, text};
    };
    auto action = [window](const char *name) {
        return actionKeys(window, QLatin1String(name));
    };
    const QKeySequence enter(Qt::Key_Enter);
    const QKeySequence escape(Qt::Key_Escape);

    place = tr("Anywhere in the window");
    add(action("userGuideAction"),
        tr("Open the user guide at the section about the page in front"));
    for (int i = 1; i <= 7; ++i) {
        const QString name = QStringLiteral("pageAction%1").arg(i);
        if (const QAction *page = windowAction(window, name))
            add(actionKeys(window, name),
                tr("Go to the page %1").arg(withoutMnemonic(page->text())));
    }
    add(labelMnemonic(window, "siteSelector"), tr("Choose the site whose records the pages show"));
    add(action("undoAction"),
        tr("Undo the last step of the page in front: a move of a booking, a change of a batch"));
    add(action("redoAction"), tr("Redo the step just undone"));
    add(action("switchUserAction"), tr("Lock the window so that someone else can sign in"));
    add(action("quitAction"), tr("Quit RPB Hijau"));
    rows << Row {place,
                 tr("%1letter")
                     .arg(keyOf(Qt::ALT | Qt::Key_A).toString(QKeySequence::NativeText).chopped(1)),
                 tr("Open the menu, press the button or go to the field whose name has that "
                    "letter underlined")};
    add({keyOf(Qt::Key_Tab), keyOf(Qt::SHIFT | Qt::Key_Tab)},
        tr("Go to the next or the previous field, button or table"));
    add({keyOf(Qt::CTRL | Qt::Key_Tab), keyOf(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab)},
        tr("Go to the next or the previous tab of a page"));
    add({keyOf(Qt::Key_Space)}, tr("Tick the box or press the button that has the focus"));
    add({escape}, tr("Close a dialog without saving"));

    place = tr("Schedule page");
    add(keysIn(window, "schedulePage", QKeySequence::keyBindings(QKeySequence::New)),
        tr("Book machine time at the cursor of the timeline"));

    place = tr("Schedule, Timeline tab");
    add({keyOf(Qt::Key_Left), keyOf(Qt::Key_Right)},
        tr("Move the cursor one step of the grid earlier or later"));
    add({keyOf(Qt::Key_Up), keyOf(Qt::Key_Down)},
        tr("Move the cursor to the machine above or below"));
    add({keyOf(Qt::Key_Home), keyOf(Qt::Key_End)},
        tr("Go to the first or the last time of the day shown"));
    add({keyOf(Qt::Key_PageUp), keyOf(Qt::Key_PageDown)},
        tr("Show the day or week before or after"));
    add({enter},
        tr("Book the free cell, or open the steps of the booking: confirm, check in or "
           "out, no-show, cancel"));
    add({keyOf(Qt::ALT | Qt::Key_Left), keyOf(Qt::ALT | Qt::Key_Right)},
        tr("Move the booking at the cursor one step earlier or later"));
    add({keyOf(Qt::ALT | Qt::Key_Up), keyOf(Qt::ALT | Qt::Key_Down)},
        tr("Move the booking at the cursor to the machine above or below"));
    add({keyOf(Qt::ALT | Qt::SHIFT | Qt::Key_Left), keyOf(Qt::ALT | Qt::SHIFT | Qt::Key_Right)},
        tr("Let the booking at the cursor end one step earlier or later"));
    add({keyOf(Qt::Key_Delete)}, tr("Cancel the booking at the cursor (asks first)"));
    add({escape}, tr("While dragging a booking: stop, and it stays where it was"));

    place = tr("Schedule, List tab");
    add({enter}, tr("Show the selected booking in the timeline"));
    add(keysIn(window, "bookingList", QKeySequence::keyBindings(QKeySequence::Delete)),
        tr("Cancel the selected booking (asks first)"));

    place = tr("Batches page");
    add(keysIn(window, "batchesPage", QKeySequence::keyBindings(QKeySequence::New)),
        tr("Enter a new batch"));
    add(keysIn(window, "batchesPage", {keyOf(Qt::Key_Return), enter}),
        tr("Open the selected batch"));

    place = tr("Batch form");
    add({keyOf(Qt::Key_Insert), keyOf(Qt::CTRL | Qt::Key_Enter)}, tr("Add a waste line"));
    add({enter},
        tr("In a waste line: go to the next line; at the last one add a line, at an "
           "empty last line save"));
    add({keyOf(Qt::CTRL | Qt::Key_Delete)}, tr("Remove the waste line that has the focus"));
    add(QKeySequence::keyBindings(QKeySequence::Save), tr("Save the batch"));
    add({escape}, tr("Close the form; it asks before throwing typed values away"));

    place = tr("Waste page");
    add({enter}, tr("In the table: list the batches behind the figure"));

    place = tr("Master data page");
    add(keysIn(window, "masterDataPage", QKeySequence::keyBindings(QKeySequence::Find)),
        tr("Filter the table of the tab in front"));
    add(buttonMnemonic(window, "masterDataPage", "add"), tr("Add a record to the tab in front"));
    add({enter}, tr("Open the selected record"));

    place = tr("Audit page");
    add(keysIn(window, "auditPage", QKeySequence::keyBindings(QKeySequence::Find)),
        tr("Search the log by record: code, name or kind"));
    add(keysIn(window, "auditPage", QKeySequence::keyBindings(QKeySequence::Refresh)),
        tr("Read the log again"));

    place = tr("Sync page");
    add(keysIn(window, "syncPage", QKeySequence::keyBindings(QKeySequence::Refresh)),
        tr("Read the sync status again"));

    // The sign-in dialog is not open while this list is: its letters come from its own words.
    const Keys signInName = mnemonic(QCoreApplication::translate("Rpb::SignInDialog", "&Name:"));
    const Keys signInPassword
        = mnemonic(QCoreApplication::translate("Rpb::SignInDialog", "&Password:"));
    const Keys signInQuit = mnemonic(QCoreApplication::translate("Rpb::SignInDialog", "&Quit"));
    place = tr("Sign-in and lock");
    add(signInName, tr("Go to the sign-in name"));
    add(signInPassword, tr("Go to the password"));
    add({enter}, tr("Sign in"));
    add(signInQuit, tr("Quit RPB Hijau instead of signing in"));

    using Key = UserGuideDialog::Key;
    place = tr("User guide");
    add(UserGuideDialog::keys(Key::Find), tr("Find a word in the guide"));
    add(UserGuideDialog::keys(Key::FindNext),
        tr("Find the next place of the word (Enter in the search field too)"));
    add(UserGuideDialog::keys(Key::FindPrevious),
        tr("Find the place before (Shift+Enter in the search field too)"));
    add({keyOf(Qt::Key_Tab)}, tr("Go to the next link; Enter follows it"));
    add(UserGuideDialog::keys(Key::Back), tr("Back to where you were"));
    add(UserGuideDialog::keys(Key::Forward), tr("Forward again"));
    add(UserGuideDialog::keys(Key::Contents), tr("Go to the table of contents"));
    add({keyOf(Qt::Key_Up), keyOf(Qt::Key_Down), keyOf(Qt::Key_PageUp), keyOf(Qt::Key_PageDown)},
        tr("Scroll the guide"));
    add(UserGuideDialog::keys(Key::ZoomIn), tr("Larger text"));
    add(UserGuideDialog::keys(Key::ZoomOut), tr("Smaller text"));
    add({escape}, tr("Close the guide"));
    return rows;
}

void ShortcutsDialog::fill()
{
    setWindowTitle(tr("Keyboard shortcuts"));
    m_intro->setText(tr("Every key of this window, by where it works. Keys written with "
                        "\"Alt+\" and a letter are the underlined letters of menus, buttons "
                        "and fields; they follow the language of the window."));
    m_tree->setHeaderLabels({tr("Key"), tr("What it does")});
    m_close->setText(tr("&Close"));

    m_tree->clear();
    QTreeWidgetItem *group = nullptr;
    QFont bold = m_tree->font();
    bold.setBold(true);
    const QList<Row> all = rows(m_window);
    for (const Row &row : all) {
        if (!group || group->text(0) != row.place) {
            group = new QTreeWidgetItem(m_tree, {row.place});
            group->setFont(0, bold);
            group->setFirstColumnSpanned(true);
            // A heading, not a shortcut: the keyboard moves over it to the keys.
            group->setFlags(Qt::ItemIsEnabled);
        }
        auto *item = new QTreeWidgetItem(group, {row.keys, row.text});
        item->setToolTip(1, row.text);
    }
    m_tree->expandAll();
    m_tree->resizeColumnToContents(0);
    m_tree->resizeColumnToContents(1);
    // Room between the keys and what they do.
    m_tree->setColumnWidth(0, m_tree->columnWidth(0) + fontMetrics().averageCharWidth() * 3);
    if (group)
        m_tree->setCurrentItem(m_tree->topLevelItem(0)->child(0));
}

void ShortcutsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        fill();
        fitWidth();
    }
    QDialog::changeEvent(event);
}

} // namespace Rpb
