#include "equipmentdialog.h"

#include "domain/validator.h"
#include "services/masterdataservice.h"
#include "widgets/codelineedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>

#include <set>

namespace Rpb {

EquipmentDialog::EquipmentDialog(MasterDataService &service, const Equipment &equipment,
                                 QWidget *parent)
    : RecordDialog(service, parent)
    , m_equipment(equipment)
{
    setWindowTitle(equipment.meta.isNew() ? tr("New machine")
                                          : tr("Machine %1").arg(equipment.code));
    const qint64 siteId = equipment.meta.siteId;

    m_code = new CodeLineEdit(this);
    m_code->setText(equipment.code);
    m_code->setPlaceholderText(tr("e.g. ACH-KET1"));
    addRow(tr("Co&de:"), m_code, QStringLiteral("code"));

    m_name = new QLineEdit(equipment.name, this);
    m_name->setMaxLength(120);
    addRow(tr("&Name:"), m_name, QStringLiteral("name"));

    m_type = new QLineEdit(equipment.type, this);
    m_type->setMaxLength(80);
    m_type->setPlaceholderText(tr("e.g. distillation kettle"));
    // Offering the types already used at the site keeps one kind of machine under one name.
    QStringList knownTypes;
    if (auto machines = service.equipment(siteId, true)) {
        std::set<QString> types;
        for (const Equipment &e : *machines)
            if (!e.type.isEmpty())
                types.insert(e.type);
        knownTypes = QStringList(types.begin(), types.end());
    }
    auto *completer = new QCompleter(knownTypes, m_type);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_type->setCompleter(completer);
    addRow(tr("&Type:"), m_type, QStringLiteral("type"));

    m_status = new QComboBox(this);
    for (EquipmentStatus s :
         {EquipmentStatus::Active, EquipmentStatus::Maintenance, EquipmentStatus::Retired})
        m_status->addItem(equipmentStatusDisplayName(s), int(s));
    m_status->setCurrentIndex(m_status->findData(int(equipment.status)));
    addRow(tr("Stat&us:"), m_status, QStringLiteral("status"));

    m_capacity = new QSpinBox(this);
    m_capacity->setRange(1, 50);
    m_capacity->setValue(equipment.capacity);
    m_capacity->setToolTip(tr("How many members can use the machine at the same time."));
    addRow(tr("Ca&pacity (members at once):"), m_capacity, QStringLiteral("capacity"));

    auto *bufferRow = new QWidget(this);
    auto *bufferLayout = new QHBoxLayout(bufferRow);
    bufferLayout->setContentsMargins(0, 0, 0, 0);
    m_ownBuffer = new QCheckBox(tr("Own &buffer time:"), bufferRow);
    m_ownBuffer->setToolTip(tr("Cleaning time after each booking; unticked, the site's buffer "
                               "applies."));
    m_buffer = new QSpinBox(bufferRow);
    m_buffer->setRange(0, 240);
    m_buffer->setSuffix(tr(" min"));
    m_ownBuffer->setChecked(equipment.bufferMinutes.has_value());
    m_buffer->setValue(equipment.bufferMinutes.value_or(15));
    m_buffer->setEnabled(m_ownBuffer->isChecked());
    connect(m_ownBuffer, &QCheckBox::toggled, m_buffer, &QSpinBox::setEnabled);
    bufferLayout->addWidget(m_ownBuffer);
    bufferLayout->addWidget(m_buffer, 1);
    addRow(QString(), bufferRow, QStringLiteral("buffer_minutes"), m_ownBuffer);

    m_productLines = new QListWidget(this);
    m_productLines->setToolTip(tr("Tick with Space the product lines this machine is used for."));
    if (auto lines = service.productLines(siteId, true)) {
        for (const ProductLine &line : *lines) {
            const bool linked = equipment.productLineIds.contains(line.meta.id);
            // An archived line stays visible only where it is still linked, so it can be unticked.
            if (line.meta.archived && !linked)
                continue;
            auto *item = new QListWidgetItem(
                QStringLiteral("%1 (%2)").arg(line.name, unitDisplayName(line.unit)),
                m_productLines);
            item->setData(Qt::UserRole, line.meta.id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(linked ? Qt::Checked : Qt::Unchecked);
        }
    }
    if (m_productLines->count() > 0)
        m_productLines->setCurrentRow(0);
    const int lineHeight = m_productLines->fontMetrics().height() + 6;
    m_productLines->setMaximumHeight(lineHeight * qBound(3, m_productLines->count() + 1, 8));
    m_productLines->setMinimumHeight(lineHeight * 3);
    addRow(tr("Product &lines served:"), m_productLines, QStringLiteral("product_lines"));

    m_notes = new QPlainTextEdit(equipment.notes, this);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(m_notes->fontMetrics().height() * 5);
    addRow(tr("N&otes:"), m_notes, QStringLiteral("notes"));

    finishForm();
}

QList<Error> EquipmentDialog::submit()
{
    Equipment equipment = m_equipment;
    equipment.code = m_code->text().trimmed();
    equipment.name = m_name->text();
    equipment.type = m_type->text();
    equipment.status = EquipmentStatus(m_status->currentData().toInt());
    equipment.capacity = m_capacity->value();
    equipment.bufferMinutes
        = m_ownBuffer->isChecked() ? std::optional<int>(m_buffer->value()) : std::nullopt;
    equipment.notes = m_notes->toPlainText();
    equipment.productLineIds.clear();
    for (int i = 0; i < m_productLines->count(); ++i) {
        const QListWidgetItem *item = m_productLines->item(i);
        if (item->checkState() == Qt::Checked)
            equipment.productLineIds << item->data(Qt::UserRole).toLongLong();
    }
    if (QList<Error> errors = Validator::validate(equipment); !errors.isEmpty())
        return errors;
    auto saved = service().save(equipment);
    if (!saved)
        return {saved.error()};
    m_equipment = *saved;
    setSavedId(saved->meta.id);
    return {};
}

} // namespace Rpb
