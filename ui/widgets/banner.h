#pragma once

#include <QFrame>

#include <functional>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QToolButton;

namespace Rpb {

// A coloured strip across the top of the window for what a person must not miss (a read-only
// database, a file on a network drive) without stopping them with a modal box.
class Banner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Banner)
public:
    enum class Level { Information, Warning, Error };

    // The text comes from a function so that it can follow a change of language.
    Banner(Level level, std::function<QString()> text, bool dismissible, QWidget *parent = nullptr);

    Level level() const { return m_level; }
    QString text() const;
    // A button in the strip (its text follows a change of language too), e.g. "Open folder".
    QPushButton *addButton(std::function<QString()> text, std::function<void()> onClick);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Level m_level;
    std::function<QString()> m_text;
    QHBoxLayout *m_layout = nullptr;
    QLabel *m_label = nullptr;
    QList<std::pair<QPushButton *, std::function<QString()>>> m_buttons;
    QToolButton *m_dismiss = nullptr;
};

} // namespace Rpb
