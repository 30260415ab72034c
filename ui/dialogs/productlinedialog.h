#pragma once

#include "domain/productline.h"
#include "recorddialog.h"

class QComboBox;
class QLineEdit;

namespace Rpb {

class CodeLineEdit;

// Adds or edits a product line of one site and the unit its output is counted in.
class ProductLineDialog final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductLineDialog)
public:
    ProductLineDialog(MasterDataService &service, const ProductLine &line,
                      QWidget *parent = nullptr);

protected:
    QList<Error> submit() override;

private:
    ProductLine m_line;
    CodeLineEdit *m_code = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_unit = nullptr;
};

} // namespace Rpb
