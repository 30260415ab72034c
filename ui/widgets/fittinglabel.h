#pragma once

#include <QLabel>
#include <QStringList>

namespace Rpb {

// A label that says as much as its room allows: it shows the first of its texts, longest first,
// that fits its width, and the last one cut with "…" when even that does not fit. A heading
// such as "Minggu ke-50: 7–13 Desember 2026" so shortens to "7–13 Des 2026" on a small screen
// instead of being clipped mid-word. The whole first text is its tooltip and accessible name.
class FittingLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FittingLabel)
public:
    explicit FittingLabel(QWidget *parent = nullptr);

    void setTexts(const QStringList &texts);
    QStringList texts() const { return m_texts; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void fit();

    QStringList m_texts;
};

} // namespace Rpb
