#pragma once

#include <QWidget>

class QLabel;

namespace Rpb {

// Covers the whole window while it is locked, so that the records of the person who left stay
// out of sight of the next one until someone signs in.
class LockScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LockScreen)
public:
    explicit LockScreen(QWidget *window);

    void setMessage(const QString &text);
    QString message() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QLabel *m_title = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace Rpb
