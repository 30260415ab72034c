#include "wastebatchesdialog.h"

#include "displayformat.h"
#include "domain/quantity.h"
#include "services/language.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Rpb {

WasteBatchesDialog::WasteBatchesDialog(const QString &subject, const QString &unit,
                                       const QList<WasteBatchShare> &batches, int limit,
                                       QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("wasteBatchesDialog"));
    setWindowTitle(tr("Batches behind the figure"));
    auto *layout = new QVBoxLayout(this);
    m_subject = new QLabel(subject, this);
    m_subject->setWordWrap(true);
    m_subject->setTextFormat(Qt::PlainText);
    layout->addWidget(m_subject);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("wasteBatchesList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels(
        {tr("Batch"), tr("Production date"), tr("Member"), tr("Waste (%1)").arg(unit)});
    qint64 total = 0;
    for (const WasteBatchShare &b : batches) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, b.code);
        item->setText(1, DisplayFormat::date(QDate::fromString(b.productionDate, Qt::ISODate)));
        item->setText(2, b.memberName);
        item->setText(3, Quantity::toLocalizedString(b.milli, Language::locale(), 3));
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        total += b.milli;
    }
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    layout->addWidget(m_list, 1);

    QString summary;
    if (batches.isEmpty())
        summary = tr("No batches found.");
    else if (batches.size() >= limit)
        summary = tr("The first %n batches, largest share first; narrow the selection to see "
                     "the rest.",
                     nullptr, int(batches.size()));
    else
        summary = tr("%n batch(es), together %1 %2.", nullptr, int(batches.size()))
                      .arg(Quantity::toLocalizedString(total, Language::locale()), unit);
    auto *note = new QLabel(summary, this);
    note->setObjectName(QStringLiteral("wasteBatchesSummary"));
    note->setWordWrap(true);
    layout->addWidget(note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 420);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_list->setFocus();
}

} // namespace Rpb
