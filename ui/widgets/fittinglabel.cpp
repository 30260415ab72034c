#include "fittinglabel.h"

#include <QEvent>
#include <QResizeEvent>

namespace Rpb {

FittingLabel::FittingLabel(QWidget *parent)
    : QLabel(parent)
{
    // The layout gives the room; the label never asks for more than its shortest text.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    setTextFormat(Qt::PlainText);
}

void FittingLabel::setTexts(const QStringList &texts)
{
    m_texts = texts;
    setToolTip(texts.value(0));
    setAccessibleName(texts.value(0));
    updateGeometry();
    fit();
}

QSize FittingLabel::sizeHint() const
{
    const QMargins m = contentsMargins();
    const int width
        = fontMetrics().horizontalAdvance(m_texts.value(0)) + m.left() + m.right() + 2 * margin();
    return {width, QLabel::sizeHint().height()};
}

QSize FittingLabel::minimumSizeHint() const
{
    const QMargins m = contentsMargins();
    const int width
        = fontMetrics().horizontalAdvance(m_texts.isEmpty() ? QString() : m_texts.last()) + m.left()
        + m.right() + 2 * margin();
    return {width, QLabel::minimumSizeHint().height()};
}

void FittingLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    fit();
}

void FittingLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        updateGeometry();
        fit();
    }
}

void FittingLabel::fit()
{
    const int room = contentsRect().width() - 2 * margin();
    const QFontMetrics metrics = fontMetrics();
    for (const QString &text : std::as_const(m_texts)) {
        if (metrics.horizontalAdvance(text) <= room) {
            QLabel::setText(text);
            return;
        }
    }
    QLabel::setText(m_texts.isEmpty()
                        ? QString()
                        : metrics.elidedText(m_texts.last(), Qt::ElideRight, qMax(0, room)));
}

} // namespace Rpb
