#include "wastecategorydialog.h"

#include "domain/validator.h"
#include "services/masterdataservice.h"
#include "widgets/codelineedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>

namespace Rpb {

WasteCategoryDialog::WasteCategoryDialog(MasterDataService &service, const WasteCategory &category,
                                         QWidget *parent)
    : RecordDialog(service, parent)
    , m_category(category)
{
    setWindowTitle(category.meta.isNew() ? tr("New waste category")
                                         : tr("Waste category %1").arg(category.code));

    m_code = new CodeLineEdit(this);
    m_code->setText(category.code);
    m_code->setPlaceholderText(tr("e.g. SAWDUST"));
    addRow(tr("Co&de:"), m_code, QStringLiteral("code"));

    m_name = new QLineEdit(category.name, this);
    m_name->setMaxLength(120);
    addRow(tr("&Name:"), m_name, QStringLiteral("name"));

    // Waste is weighed or measured by volume; pieces cannot be added up into a waste total.
    m_unit = new QComboBox(this);
    for (Unit unit : {Unit::Kg, Unit::Litre})
        m_unit->addItem(unitDisplayName(unit), int(unit));
    const int current = m_unit->findData(int(category.unit));
    if (current < 0)
        m_unit->addItem(unitDisplayName(category.unit), int(category.unit));
    m_unit->setCurrentIndex(current >= 0 ? current : m_unit->count() - 1);
    addRow(tr("&Unit:"), m_unit, QStringLiteral("unit"));

    m_hazardous = new QCheckBox(tr("&Hazardous (needs licensed handling)"), this);
    m_hazardous->setChecked(category.hazardous);
    addRow(QString(), m_hazardous, QStringLiteral("hazardous"));

    finishForm();
}

QList<Error> WasteCategoryDialog::submit()
{
    WasteCategory category = m_category;
    category.code = m_code->text().trimmed();
    category.name = m_name->text();
    category.unit = Unit(m_unit->currentData().toInt());
    category.hazardous = m_hazardous->isChecked();
    if (QList<Error> errors = Validator::validate(category); !errors.isEmpty())
        return errors;
    auto saved = service().save(category);
    if (!saved)
        return {saved.error()};
    m_category = *saved;
    setSavedId(saved->meta.id);
    return {};
}

} // namespace Rpb
