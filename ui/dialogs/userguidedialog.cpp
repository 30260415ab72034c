#include "userguidedialog.h"

#include "services/language.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <array>
#include <utility>

namespace Rpb {

namespace {
const QString geometrySetting = QStringLiteral("ui/userGuide/geometry");
// The anchor of the table of contents at the top of each guide.
const QString contentsAnchor = QStringLiteral("contents");

QString nativeText(const QAction *action)
{
    return action->shortcut().toString(QKeySequence::NativeText);
}
} // namespace

QList<QKeySequence> UserGuideDialog::keys(Key key)
{
    switch (key) {
    case Key::Back:
        return QKeySequence::keyBindings(QKeySequence::Back);
    case Key::Forward:
        return QKeySequence::keyBindings(QKeySequence::Forward);
    case Key::Contents:
        // As the home page of a web browser.
        return {QKeySequence(Qt::ALT | Qt::Key_Home)};
    case Key::Find:
        return QKeySequence::keyBindings(QKeySequence::Find);
    case Key::FindNext:
        return {QKeySequence(Qt::Key_F3)};
    case Key::FindPrevious:
        return {QKeySequence(Qt::SHIFT | Qt::Key_F3)};
    case Key::ZoomIn:
        return QKeySequence::keyBindings(QKeySequence::ZoomIn);
    case Key::ZoomOut:
        return QKeySequence::keyBindings(QKeySequence::ZoomOut);
    }
    return {};
}

UserGuideDialog::UserGuideDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("userGuide"));
    // A window to read beside the work, not a question to answer first.
    setModal(false);
    setWindowFlag(Qt::WindowMinMaxButtonsHint, true);

    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    bar->setSpacing(4);

    m_back = new QAction(this);
    m_back->setObjectName(QStringLiteral("guideBackAction"));
    m_back->setShortcuts(keys(Key::Back));
    m_back->setEnabled(false);
    m_forward = new QAction(this);
    m_forward->setObjectName(QStringLiteral("guideForwardAction"));
    m_forward->setShortcuts(keys(Key::Forward));
    m_forward->setEnabled(false);
    m_contents = new QAction(this);
    m_contents->setObjectName(QStringLiteral("guideContentsAction"));
    m_contents->setShortcuts(keys(Key::Contents));
    m_findAction = new QAction(this);
    m_findAction->setObjectName(QStringLiteral("guideFindAction"));
    m_findAction->setShortcuts(keys(Key::Find));
    m_findNext = new QAction(this);
    m_findNext->setObjectName(QStringLiteral("guideFindNextAction"));
    m_findNext->setShortcuts(keys(Key::FindNext));
    m_findPrevious = new QAction(this);
    m_findPrevious->setObjectName(QStringLiteral("guideFindPreviousAction"));
    m_findPrevious->setShortcuts(keys(Key::FindPrevious));
    m_zoomIn = new QAction(this);
    m_zoomIn->setObjectName(QStringLiteral("guideZoomInAction"));
    m_zoomIn->setShortcuts(keys(Key::ZoomIn));
    m_zoomOut = new QAction(this);
    m_zoomOut->setObjectName(QStringLiteral("guideZoomOutAction"));
    m_zoomOut->setShortcuts(keys(Key::ZoomOut));
    for (QAction *action : {m_back, m_forward, m_contents, m_findAction, m_findNext, m_findPrevious,
                            m_zoomIn, m_zoomOut})
        addAction(action);

    // The buttons show their action's text without an underlined letter; each has a key of its
    // own instead (Alt+Left, Alt+Right, Alt+Home, Shift+F3, F3), given in its tooltip.
    auto toolButton = [this, bar](QAction *action, const QString &name) {
        auto *button = new QToolButton(this);
        button->setObjectName(name);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        bar->addWidget(button);
        return button;
    };
    m_backButton = toolButton(m_back, QStringLiteral("guideBack"));
    m_forwardButton = toolButton(m_forward, QStringLiteral("guideForward"));
    m_contentsButton = toolButton(m_contents, QStringLiteral("guideContents"));
    bar->addStretch(1);

    m_findLabel = new QLabel(this);
    m_findEdit = new QLineEdit(this);
    m_findEdit->setObjectName(QStringLiteral("guideFind"));
    m_findEdit->setClearButtonEnabled(true);
    m_findEdit->setMinimumWidth(fontMetrics().averageCharWidth() * 28);
    m_findEdit->installEventFilter(this);
    m_findLabel->setBuddy(m_findEdit);
    bar->addWidget(m_findLabel);
    bar->addWidget(m_findEdit);
    m_previousButton = toolButton(m_findPrevious, QStringLiteral("guideFindPrevious"));
    m_nextButton = toolButton(m_findNext, QStringLiteral("guideFindNext"));
    layout->addLayout(bar);

    m_findMessage = new QLabel(this);
    m_findMessage->setObjectName(QStringLiteral("guideFindMessage"));
    m_findMessage->setStyleSheet(QStringLiteral("color: #c42b1c;"));
    m_findMessage->hide();
    layout->addWidget(m_findMessage);

    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("guideBrowser"));
    m_browser->setOpenExternalLinks(false);
    layout->addWidget(m_browser, 1);
    setFocusProxy(m_browser);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_close = buttons->button(QDialogButtonBox::Close);
    // Enter in the search field finds the next place; it must not close the guide.
    m_close->setAutoDefault(false);
    m_close->setDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_back, &QAction::triggered, m_browser, &QTextBrowser::backward);
    connect(m_forward, &QAction::triggered, m_browser, &QTextBrowser::forward);
    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forward, &QAction::setEnabled);
    connect(m_contents, &QAction::triggered, this, [this] { showSection(contentsAnchor); });
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_findEdit->setFocus(Qt::ShortcutFocusReason);
        m_findEdit->selectAll();
    });
    connect(m_findNext, &QAction::triggered, this, [this] { findFromField(false); });
    connect(m_findPrevious, &QAction::triggered, this, [this] { findFromField(true); });
    connect(m_findEdit, &QLineEdit::returnPressed, this, [this] { findFromField(false); });
    // Typing finds as it goes, from where the last match began, so that a longer word stays
    // on the same place.
    connect(m_findEdit, &QLineEdit::textEdited, this, [this] {
        QTextCursor cursor = m_browser->textCursor();
        cursor.setPosition(cursor.selectionStart());
        m_browser->setTextCursor(cursor);
        findFromField(false);
    });
    connect(m_zoomIn, &QAction::triggered, m_browser, [this] { m_browser->zoomIn(1); });
    connect(m_zoomOut, &QAction::triggered, m_browser, [this] { m_browser->zoomOut(1); });

    load();
    retranslate();
    placeBesideWindow();
}

UserGuideDialog::~UserGuideDialog() = default;

UserGuideDialog *UserGuideDialog::showFor(QWidget *window)
{
    auto *guide = window->findChild<UserGuideDialog *>(QString(), Qt::FindDirectChildrenOnly);
    if (!guide)
        guide = new UserGuideDialog(window);
    // The page in front is the one shown; the others are hidden in the window's stack.
    static const std::array pages {"schedulePage",   "batchesPage", "wastePage", "reportsPage",
                                   "masterDataPage", "auditPage",   "syncPage"};
    for (const char *name : pages) {
        const auto *page = window->findChild<QWidget *>(QLatin1String(name));
        if (page && page->isVisible()) {
            guide->showSection(sectionOfPage(QLatin1String(name)));
            break;
        }
    }
    guide->show();
    guide->raise();
    guide->activateWindow();
    guide->m_browser->setFocus(Qt::OtherFocusReason);
    return guide;
}

QUrl UserGuideDialog::guideUrl(const QString &language)
{
    // Each guide has the same sections under the same anchors, so that a change of language
    // can stay at the section being read.
    if (language == QLatin1String("en"))
        return QUrl(QStringLiteral("qrc:/guide/guide-en.html"));
    return QUrl(QStringLiteral("qrc:/guide/panduan-id.html"));
}

QString UserGuideDialog::sectionOfPage(const QString &pageName)
{
    static const std::array<std::pair<const char *, const char *>, 7> sections {{
        {"schedulePage", "schedule"},
        {"batchesPage", "batches"},
        {"wastePage", "waste"},
        {"reportsPage", "reports"},
        {"masterDataPage", "master-data"},
        {"auditPage", "audit"},
        {"syncPage", "sync"},
    }};
    for (const auto &[page, section] : sections)
        if (pageName == QLatin1String(page))
            return QLatin1String(section);
    return contentsAnchor;
}

void UserGuideDialog::load()
{
    m_language = Language::current();
    m_browser->setSource(guideUrl(m_language));
    // Back must not lead into the guide of the other language.
    m_browser->clearHistory();
    setWindowTitle(m_browser->documentTitle());
}

void UserGuideDialog::retranslate()
{
    m_back->setText(tr("Back"));
    m_back->setToolTip(tr("Back to where you were (%1)").arg(nativeText(m_back)));
    m_forward->setText(tr("Forward"));
    m_forward->setToolTip(tr("Forward again (%1)").arg(nativeText(m_forward)));
    m_contents->setText(tr("Contents"));
    m_contents->setToolTip(
        tr("The table of contents at the top of the guide (%1)").arg(nativeText(m_contents)));
    m_findLabel->setText(tr("&Find:"));
    m_findEdit->setPlaceholderText(tr("a word (%1)").arg(nativeText(m_findAction)));
    m_findPrevious->setText(tr("Previous"));
    m_findPrevious->setToolTip(tr("The place before (%1)").arg(nativeText(m_findPrevious)));
    m_findNext->setText(tr("Next"));
    m_findNext->setToolTip(tr("The next place (Enter or %1)").arg(nativeText(m_findNext)));
    m_zoomIn->setText(tr("Larger text"));
    m_zoomOut->setText(tr("Smaller text"));
    m_close->setText(tr("C&lose"));
    m_browser->setAccessibleName(tr("User guide"));
    if (m_findMessage->isVisible())
        m_findMessage->setText(tr("\"%1\" is not in the guide.").arg(m_findEdit->text()));
}

void UserGuideDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_language != Language::current()) {
            const QString section = currentSection();
            load();
            if (!section.isEmpty()) {
                m_browser->scrollToAnchor(section);
                // The new words change the width of the bar above the text, and with it where
                // the text wraps: once the layout has followed, the section is found again.
                QTimer::singleShot(0, m_browser,
                                   [this, section] { m_browser->scrollToAnchor(section); });
            }
        }
    }
    QDialog::changeEvent(event);
}

QString UserGuideDialog::currentSection() const
{
    // The nearest heading with an anchor at or above the first line in view.
    const QTextCursor top = m_browser->cursorForPosition(QPoint(0, 0));
    for (QTextBlock block = top.block(); block.isValid(); block = block.previous()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QStringList names = it.fragment().charFormat().anchorNames();
            if (!names.isEmpty())
                return names.constFirst();
        }
    }
    return {};
}

void UserGuideDialog::showSection(const QString &anchor)
{
    QUrl url = m_browser->source();
    if (url.isEmpty())
        url = guideUrl(m_language);
    url.setFragment(anchor);
    // Within the same document: scrolls, and Back returns to where the reader was.
    m_browser->setSource(url);
    // The contents are the top of the guide, its title included.
    if (anchor == contentsAnchor)
        m_browser->verticalScrollBar()->setValue(0);
}

bool UserGuideDialog::find(const QString &text, bool backwards)
{
    if (text.isEmpty())
        return true;
    const QTextDocument::FindFlags flags
        = backwards ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    bool found = m_browser->find(text, flags);
    if (!found) {
        // Round the end of the guide, from the other end.
        const QTextCursor before = m_browser->textCursor();
        QTextCursor cursor = before;
        cursor.movePosition(backwards ? QTextCursor::End : QTextCursor::Start);
        m_browser->setTextCursor(cursor);
        found = m_browser->find(text, flags);
        if (!found)
            m_browser->setTextCursor(before);
    }
    if (found) {
        // The place a third down the view, with what leads to it above, rather than on the
        // last line.
        QScrollBar *bar = m_browser->verticalScrollBar();
        bar->setValue(bar->value() + m_browser->cursorRect().top()
                      - m_browser->viewport()->height() / 3);
    }
    return found;
}

void UserGuideDialog::findFromField(bool backwards)
{
    const QString text = m_findEdit->text();
    const bool found = find(text, backwards);
    m_findMessage->setText(found ? QString() : tr("\"%1\" is not in the guide.").arg(text));
    m_findMessage->setVisible(!found);
}

bool UserGuideDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Shift+Enter in the search field goes back, as Shift+F3 does.
    if (watched == m_findEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers() == Qt::ShiftModifier) {
            findFromField(true);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void UserGuideDialog::hideEvent(QHideEvent *event)
{
    QSettings().setValue(geometrySetting, saveGeometry());
    QDialog::hideEvent(event);
}

void UserGuideDialog::placeBesideWindow()
{
    if (restoreGeometry(QSettings().value(geometrySetting).toByteArray()))
        return;
    // At the right of the screen, tall enough to read, narrow enough to leave the work in view
    // on a 1366x768 laptop.
    const QWidget *window = parentWidget() ? parentWidget()->window() : nullptr;
    const QScreen *screen = window ? window->screen() : this->screen();
    const QRect available = screen->availableGeometry();
    const int width = qMin(fontMetrics().averageCharWidth() * 112, available.width() * 11 / 20);
    const int height = available.height() * 9 / 10;
    resize(width, height);
    move(available.right() - width - available.width() / 50,
         available.top() + (available.height() - height) / 2);
}

} // namespace Rpb
