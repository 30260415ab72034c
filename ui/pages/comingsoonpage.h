#pragma once

#include <QWidget>

class QLabel;

namespace Rpb {

// A page whose work is not built yet: it says so plainly, and what it will do, instead of
// showing empty controls.
class ComingSoonPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComingSoonPage)
public:
    QString heading() const;

protected:
    explicit ComingSoonPage(QWidget *parent = nullptr);

    virtual QString title() const = 0;
    virtual QString description() const = 0;
    // Subclasses call this at the end of their constructor, when title() can be called.
    void retranslate();
    void changeEvent(QEvent *event) override;

private:
    QLabel *m_title = nullptr;
    QLabel *m_badge = nullptr;
    QLabel *m_description = nullptr;
    QLabel *m_hint = nullptr;
};

} // namespace Rpb
