#pragma once

#include "formdialog.h"

namespace Rpb {

class MasterDataService;

// The frame every master-data form shares: a FormDialog that stores through MasterDataService,
// remembers the id of what it saved, and says plainly when someone else saved first.
class RecordDialog : public FormDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordDialog)
public:
    // Local id of the stored record after a successful save.
    qint64 savedId() const { return m_savedId; }

protected:
    RecordDialog(MasterDataService &service, QWidget *parent);

    MasterDataService &service() const { return m_service; }
    // The row of general messages and Save/Cancel; call after the last row.
    void finishForm();
    void setSavedId(qint64 id) { m_savedId = id; }
    void reportConflict(const Error &error) override;

private:
    MasterDataService &m_service;
    qint64 m_savedId = 0;
};

} // namespace Rpb
