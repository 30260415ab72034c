#pragma once

#include "domain/wastecategory.h"
#include "recorddialog.h"

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace Rpb {

class CodeLineEdit;

// Adds or edits a waste category of one site: measured in kg or L, hazardous or not.
class WasteCategoryDialog final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WasteCategoryDialog)
public:
    WasteCategoryDialog(MasterDataService &service, const WasteCategory &category,
                        QWidget *parent = nullptr);

protected:
    QList<Error> submit() override;

private:
    WasteCategory m_category;
    CodeLineEdit *m_code = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_unit = nullptr;
    QCheckBox *m_hazardous = nullptr;
};

} // namespace Rpb
