#pragma once

#include "domain/equipment.h"
#include "recorddialog.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace Rpb {

class CodeLineEdit;

// Adds or edits a shared machine: its type, status, capacity, own buffer time and the product
// lines of its site that it serves.
class EquipmentDialog final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EquipmentDialog)
public:
    EquipmentDialog(MasterDataService &service, const Equipment &equipment,
                    QWidget *parent = nullptr);

protected:
    QList<Error> submit() override;

private:
    Equipment m_equipment;
    CodeLineEdit *m_code = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_type = nullptr;
    QComboBox *m_status = nullptr;
    QSpinBox *m_capacity = nullptr;
    QCheckBox *m_ownBuffer = nullptr;
    QSpinBox *m_buffer = nullptr;
    QListWidget *m_productLines = nullptr;
    QPlainTextEdit *m_notes = nullptr;
};

} // namespace Rpb
