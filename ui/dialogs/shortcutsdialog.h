#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Rpb {

// Every keyboard shortcut of the window, grouped by where it works, with its key as the
// platform writes it and what it does, in the language of the window. The list is a table in
// the code; where the window has an object for a key (an action of its menus, a shortcut of a
// page, a label's underlined letter), the key is read from that object, so that the list
// cannot say a key the window no longer has.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)
public:
    struct Row
    {
        QString place; // where it works: "Anywhere in the window", "Batch form"
        QString keys; // "Ctrl+Z", "Ctrl+Shift+Z / Ctrl+Y"
        QString text; // what it does
    };

    explicit ShortcutsDialog(QWidget *window);

    // Opens the list of the window, or brings it to the front if it is open.
    static ShortcutsDialog *showFor(QWidget *window);
    // The rows of the window in the current language, in the order shown.
    static QList<Row> rows(const QWidget *window);

    QTreeWidget *tree() const { return m_tree; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void fitWidth();

    QWidget *m_window = nullptr;
    QLabel *m_intro = nullptr;
    QTreeWidget *m_tree = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace Rpb
