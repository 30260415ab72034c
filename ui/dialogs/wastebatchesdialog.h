#pragma once

#include "domain/batch.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace Rpb {

// The batches behind one bar segment of the waste chart: code, date, member and their share.
class WasteBatchesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WasteBatchesDialog)
public:
    WasteBatchesDialog(const QString &subject, const QString &unit,
                       const QList<WasteBatchShare> &batches, int limit, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }

private:
    QLabel *m_subject = nullptr;
    QTreeWidget *m_list = nullptr;
};

} // namespace Rpb
