#include "productlinedialog.h"

#include "domain/validator.h"
#include "services/masterdataservice.h"
#include "widgets/codelineedit.h"

#include <QComboBox>
#include <QLineEdit>

namespace Rpb {

ProductLineDialog::ProductLineDialog(MasterDataService &service, const ProductLine &line,
                                     QWidget *parent)
    : RecordDialog(service, parent)
    , m_line(line)
{
    setWindowTitle(line.meta.isNew() ? tr("New product line")
                                     : tr("Product line %1").arg(line.code));

    m_code = new CodeLineEdit(this);
    m_code->setText(line.code);
    m_code->setPlaceholderText(tr("e.g. PATCHOULI"));
    addRow(tr("Co&de:"), m_code, QStringLiteral("code"));

    m_name = new QLineEdit(line.name, this);
    m_name->setMaxLength(120);
    addRow(tr("&Name:"), m_name, QStringLiteral("name"));

    m_unit = new QComboBox(this);
    for (Unit unit : {Unit::Kg, Unit::Litre, Unit::Piece})
        m_unit->addItem(unitDisplayName(unit), int(unit));
    m_unit->setCurrentIndex(m_unit->findData(int(line.unit)));
    m_unit->setToolTip(tr("Output of this line is counted in this unit."));
    addRow(tr("&Unit of output:"), m_unit, QStringLiteral("unit"));

    finishForm();
}

QList<Error> ProductLineDialog::submit()
{
    ProductLine line = m_line;
    line.code = m_code->text().trimmed();
    line.name = m_name->text();
    line.unit = Unit(m_unit->currentData().toInt());
    if (QList<Error> errors = Validator::validate(line); !errors.isEmpty())
        return errors;
    auto saved = service().save(line);
    if (!saved)
        return {saved.error()};
    m_line = *saved;
    setSavedId(saved->meta.id);
    return {};
}

} // namespace Rpb
