#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>
#include <QUrl>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;
class QToolButton;

namespace Rpb {

// The user guide, in the language of the window, in a window of its own beside the work: a
// table of contents whose links lead to the sections, back and forward, larger and smaller
// text, and a search (Ctrl+F). It follows a change of language while open and stays at the
// section that was being read. The guide itself is a page of HTML per language in the
// resources (:/guide), written for the people at the sites rather than for developers.
class UserGuideDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserGuideDialog)
public:
    // The guide's own keys; the list of keyboard shortcuts reads them from here too.
    enum class Key { Back, Forward, Contents, Find, FindNext, FindPrevious, ZoomIn, ZoomOut };
    static QList<QKeySequence> keys(Key key);

    explicit UserGuideDialog(QWidget *parent = nullptr);
    ~UserGuideDialog() override;

    // Shows the guide of the window, made on first use, at the section of the page in front:
    // F1 is help for what is on the screen. One guide per window.
    static UserGuideDialog *showFor(QWidget *window);
    // The guide of a language in the resources, as a URL for QTextBrowser.
    static QUrl guideUrl(const QString &language);
    // The section about a page of the window, by the page's object name ("batchesPage").
    static QString sectionOfPage(const QString &pageName);

    QTextBrowser *browser() const { return m_browser; }
    QLineEdit *findEdit() const { return m_findEdit; }
    QString language() const { return m_language; }
    // The anchor of the section at the top of the view ("batches"); empty above the first.
    QString currentSection() const;
    // Scrolls to a section, as a link to it would, so that Back returns.
    void showSection(const QString &anchor);
    // Selects the next place (or the one before) that holds the text, going round the end of
    // the guide; false when the guide does not hold it.
    bool find(const QString &text, bool backwards = false);

protected:
    void changeEvent(QEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void load();
    void retranslate();
    void findFromField(bool backwards);
    void placeBesideWindow();

    QString m_language;
    QTextBrowser *m_browser = nullptr;
    QToolButton *m_backButton = nullptr;
    QToolButton *m_forwardButton = nullptr;
    QToolButton *m_contentsButton = nullptr;
    QLabel *m_findLabel = nullptr;
    QLineEdit *m_findEdit = nullptr;
    QToolButton *m_previousButton = nullptr;
    QToolButton *m_nextButton = nullptr;
    QLabel *m_findMessage = nullptr;
    QAction *m_back = nullptr;
    QAction *m_forward = nullptr;
    QAction *m_contents = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_findNext = nullptr;
    QAction *m_findPrevious = nullptr;
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace Rpb
