#include "batchform.h"

#include "displayformat.h"
#include "domain/permissions.h"
#include "domain/quantity.h"
#include "services/appcontext.h"
#include "services/batchservice.h"
#include "services/language.h"
#include "services/masterdataservice.h"
#include "widgets/quantityedit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace Rpb {

namespace {
constexpr int CheckDelayMs = 300;
const QString errorStyle = QStringLiteral("border: 2px solid #c42b1c;");
const QString warningStyle = QStringLiteral("border: 2px solid #b36b00;");

const QList<Route> allRoutes {Route::Reuse,    Route::Byproduct,      Route::Recycle,
                              Route::Compost,  Route::EnergyRecovery, Route::TreatedDischarge,
                              Route::Landfill, Route::OpenBurning};

void selectData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    combo->setCurrentIndex(index);
}
} // namespace

BatchForm::BatchForm(AppContext &context, qint64 siteId, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_siteId(siteId)
{
    setObjectName(QStringLiteral("batchForm"));
    setWindowTitle(tr("Batch"));
    m_checkTimer = new QTimer(this);
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(CheckDelayMs);
    connect(m_checkTimer, &QTimer::timeout, this, &BatchForm::showCheck);
    buildForm();
    loadChoices();
    newBatch();
}

QLabel *BatchForm::addField(QGridLayout *grid, int row, const QString &label, QWidget *field,
                            const QString &name, QWidget *extra)
{
    auto *caption = new QLabel(label, this);
    caption->setBuddy(field);
    grid->addWidget(caption, row, 0, Qt::AlignRight | Qt::AlignVCenter);
    if (extra) {
        auto *box = new QHBoxLayout;
        box->setContentsMargins(0, 0, 0, 0);
        box->addWidget(field, 1);
        box->addWidget(extra);
        grid->addLayout(box, row, 1);
    } else {
        grid->addWidget(field, row, 1);
    }
    auto *message = new QLabel(this);
    message->setObjectName(QStringLiteral("message_") + name);
    message->setWordWrap(true);
    // A fixed column, so a long message wraps instead of pushing the waste lines aside.
    message->setFixedWidth(fontMetrics().averageCharWidth() * 30);
    // Room for two lines from the start: most messages take two at this width, and a row that
    // grew when one came would move every field below it.
    message->setMinimumHeight(fontMetrics().lineSpacing() * 2);
    // The column keeps its width while empty, so the form does not reflow when a message comes.
    QSizePolicy keep = message->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    message->setSizePolicy(keep);
    message->hide();
    field->installEventFilter(this);
    grid->addWidget(message, row, 2);
    m_messages.insert(name, message);
    m_fields.insert(name, field);
    return message;
}

void BatchForm::buildForm()
{
    auto *layout = new QVBoxLayout(this);
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral(
        "background: #fff4ce; border: 1px solid #b36b00; padding: 6px; color: #5c3c00;"));
    m_banner->hide();
    layout->addWidget(m_banner);

    auto *columns = new QHBoxLayout;
    layout->addLayout(columns, 1);
    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    columns->addLayout(grid, 3);

    m_productLine = new QComboBox(this);
    m_productLine->setObjectName(QStringLiteral("productLine"));
    m_member = new QComboBox(this);
    m_member->setObjectName(QStringLiteral("member"));
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setDisplayFormat(DisplayFormat::dateFormat());
    m_date->setCalendarPopup(true);
    m_date->setMinimumDate(QDate(BatchRules::EarliestYear, 1, 1));
    m_shift = new QSpinBox(this);
    m_shift->setObjectName(QStringLiteral("shift"));
    m_shift->setRange(1, 3);
    m_machines = new QListWidget(this);
    m_machines->setObjectName(QStringLiteral("machines"));
    m_machines->setMaximumHeight(fontMetrics().height() * 5 + 8);
    m_material = new QLineEdit(this);
    m_material->setObjectName(QStringLiteral("material"));
    m_material->setMaxLength(BatchRules::MaxMaterialLength);
    m_input = new QuantityEdit(this);
    m_input->setObjectName(QStringLiteral("input"));
    m_inputUnit = new QComboBox(this);
    m_inputUnit->setObjectName(QStringLiteral("inputUnit"));
    for (Unit unit : {Unit::Kg, Unit::Litre, Unit::Piece})
        m_inputUnit->addItem(unitDisplayName(unit), int(unit));
    m_output = new QuantityEdit(this);
    m_output->setObjectName(QStringLiteral("output"));
    m_outputUnit = new QLabel(this);
    m_outputUnit->setObjectName(QStringLiteral("outputUnit"));
    m_outputUnit->setMinimumWidth(fontMetrics().averageCharWidth() * 8);
    m_energy = new QuantityEdit(this);
    m_energy->setObjectName(QStringLiteral("energy"));
    auto *energyUnit = new QLabel(tr("kWh"), this);
    energyUnit->setMinimumWidth(m_outputUnit->minimumWidth());
    m_water = new QuantityEdit(this);
    m_water->setObjectName(QStringLiteral("water"));
    auto *waterUnit = new QLabel(tr("L"), this);
    waterUnit->setMinimumWidth(m_outputUnit->minimumWidth());
    m_notes = new QLineEdit(this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setMaxLength(BatchRules::MaxNotesLength);

    int row = 0;
    addField(grid, row++, tr("&Product line:"), m_productLine, BatchField::ProductLine);
    addField(grid, row++, tr("&Member:"), m_member, BatchField::Member);
    addField(grid, row++, tr("Production &date:"), m_date, BatchField::Date);
    addField(grid, row++, tr("S&hift:"), m_shift, BatchField::Shift);
    addField(grid, row++, tr("Ma&chines used:"), m_machines, BatchField::Machines);
    addField(grid, row++, tr("&Raw material:"), m_material, BatchField::InputMaterial);
    addField(grid, row++, tr("&Input quantity:"), m_input, BatchField::InputQuantity, m_inputUnit);
    addField(grid, row++, tr("&Output:"), m_output, BatchField::OutputQuantity, m_outputUnit);
    addField(grid, row++, tr("&Energy:"), m_energy, BatchField::Energy, energyUnit);
    addField(grid, row++, tr("&Water:"), m_water, BatchField::Water, waterUnit);
    addField(grid, row++, tr("No&tes:"), m_notes, BatchField::Notes);

    // Waste lines.
    auto *wasteTitle = new QLabel(tr("Wa&ste lines (Insert or Ctrl+Enter adds a line, "
                                     "Ctrl+Delete removes it):"),
                                  this);
    // The waste lines sit beside the batch, so the whole form fits a 1366x768 screen.
    auto *right = new QVBoxLayout;
    columns->addSpacing(fontMetrics().averageCharWidth() * 2);
    columns->addLayout(right, 4);
    wasteTitle->setWordWrap(true);
    right->addWidget(wasteTitle);
    m_wasteBox = new QWidget(this);
    m_wasteBox->setObjectName(QStringLiteral("wasteLines"));
    auto *wasteBoxLayout = new QVBoxLayout(m_wasteBox);
    wasteBoxLayout->setContentsMargins(0, 0, 0, 0);
    m_wasteGrid = new QGridLayout;
    wasteBoxLayout->addLayout(m_wasteGrid);
    wasteBoxLayout->addStretch(1); // lines stay at the top however few there are
    m_wasteGrid->addWidget(new QLabel(tr("Category"), m_wasteBox), 0, 1);
    m_wasteGrid->addWidget(new QLabel(tr("Unit"), m_wasteBox), 0, 2);
    m_wasteGrid->addWidget(new QLabel(tr("Quantity"), m_wasteBox), 0, 3);
    m_wasteGrid->addWidget(new QLabel(tr("Handling route"), m_wasteBox), 0, 4);
    m_wasteGrid->setColumnStretch(1, 2);
    m_wasteGrid->setColumnStretch(4, 2);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_wasteBox);
    scroll->setMinimumHeight(fontMetrics().height() * 8);
    right->addWidget(scroll, 1);
    wasteTitle->setBuddy(m_wasteBox);
    m_addLine = new QPushButton(tr("&Add waste line"), this);
    m_addLine->setAutoDefault(false);
    m_addLine->setFocusPolicy(Qt::NoFocus);
    connect(m_addLine, &QPushButton::clicked, this, [this] { addWasteLine(); });
    m_wasteMessages = new QLabel(this);
    m_wasteMessages->setObjectName(QStringLiteral("wasteMessages"));
    m_wasteMessages->setWordWrap(true);
    m_wasteMessages->setStyleSheet(QStringLiteral("color: #c42b1c;"));
    auto *wasteFoot = new QHBoxLayout;
    wasteFoot->addWidget(m_addLine);
    wasteFoot->addWidget(m_wasteMessages, 1);
    right->addLayout(wasteFoot);
    m_messages.insert(BatchField::Waste, m_wasteMessages);

    m_acknowledgeLabel = new QLabel(tr("Ac&knowledge with a note:"), this);
    m_acknowledge = new QLineEdit(this);
    m_acknowledge->setObjectName(QStringLiteral("acknowledgement"));
    m_acknowledge->setMaxLength(BatchRules::MaxWarningNoteLength);
    m_acknowledge->setPlaceholderText(tr("Why the warning is right, e.g. \"moisture added\""));
    m_acknowledgeLabel->setBuddy(m_acknowledge);
    auto *ackRow = new QHBoxLayout;
    ackRow->addWidget(m_acknowledgeLabel);
    ackRow->addWidget(m_acknowledge, 1);
    right->addLayout(ackRow);
    auto *ackMessage = new QLabel(this);
    ackMessage->setWordWrap(true);
    ackMessage->hide();
    right->addWidget(ackMessage);
    m_messages.insert(BatchField::WarningNote, ackMessage);
    m_acknowledgeLabel->hide();
    m_acknowledge->hide();

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    auto *buttons = new QHBoxLayout;
    m_save = new QPushButton(tr("Sa&ve"), this);
    m_save->setObjectName(QStringLiteral("save"));
    m_saveNew = new QPushButton(tr("Save and &new"), this);
    m_saveNew->setObjectName(QStringLiteral("saveAndNew"));
    m_copyLast = new QPushButton(tr("Cop&y last batch of this member"), this);
    m_copyLast->setObjectName(QStringLiteral("copyLast"));
    m_close = new QPushButton(tr("C&lose"), this);
    for (QPushButton *b : {m_save, m_saveNew, m_copyLast, m_close})
        b->setAutoDefault(false);
    buttons->addWidget(m_copyLast);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_saveNew);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_saveNew, &QPushButton::clicked, this, [this] { saveAndNew(); });
    connect(m_copyLast, &QPushButton::clicked, this, &BatchForm::copyLastOfMember);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);

    auto *addShortcut = new QShortcut(QKeySequence(Qt::Key_Insert), this);
    connect(addShortcut, &QShortcut::activated, this, [this] { addWasteLine(); });
    for (auto key :
         {QKeyCombination(Qt::CTRL, Qt::Key_Return), QKeyCombination(Qt::CTRL, Qt::Key_Enter)}) {
        auto *s = new QShortcut(QKeySequence(key), this);
        connect(s, &QShortcut::activated, this, [this] { addWasteLine(); });
    }
    auto *removeShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete), this);
    connect(removeShortcut, &QShortcut::activated, this, [this] {
        const int index = wasteRowOf(focusWidget());
        if (index >= 0)
            removeWasteLine(index);
    });
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, [this] { save(); });

    connect(m_productLine, &QComboBox::currentIndexChanged, this, [this] {
        updateOutputUnit();
        scheduleCheck();
    });
    connect(m_member, &QComboBox::currentIndexChanged, this, [this] {
        refreshMachines(true);
        scheduleCheck();
    });
    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        refreshMachines(true);
        scheduleCheck();
    });
    connect(m_shift, &QSpinBox::valueChanged, this, &BatchForm::scheduleCheck);
    connect(m_machines, &QListWidget::itemChanged, this, [this] {
        if (!m_filling)
            m_machinesTouched = true;
        scheduleCheck();
    });
    for (QLineEdit *edit : {static_cast<QLineEdit *>(m_material), static_cast<QLineEdit *>(m_input),
                            static_cast<QLineEdit *>(m_output), static_cast<QLineEdit *>(m_energy),
                            static_cast<QLineEdit *>(m_water), m_notes, m_acknowledge})
        connect(edit, &QLineEdit::textEdited, this, &BatchForm::scheduleCheck);
    connect(m_inputUnit, &QComboBox::currentIndexChanged, this, &BatchForm::scheduleCheck);

    setTabOrder(m_productLine, m_member);
    setTabOrder(m_member, m_date);
    setTabOrder(m_date, m_shift);
    setTabOrder(m_shift, m_machines);
    setTabOrder(m_machines, m_material);
    setTabOrder(m_material, m_input);
    setTabOrder(m_input, m_inputUnit);
    setTabOrder(m_inputUnit, m_output);
    setTabOrder(m_output, m_energy);
    setTabOrder(m_energy, m_water);
    setTabOrder(m_water, m_notes);
    grid->setRowStretch(row, 1);
    QSize size(fontMetrics().averageCharWidth() * 220, fontMetrics().height() * 36);
    if (const QScreen *shown = screen())
        size = size.boundedTo(shown->availableGeometry().size() - QSize(40, 60));
    resize(size);
}

void BatchForm::loadChoices()
{
    MasterDataService &master = m_context.masterData();
    m_filling = true;
    m_productLine->clear();
    m_productLines.clear();
    if (auto lines = master.productLines(m_siteId)) {
        m_productLines = *lines;
        for (const ProductLine &line : *lines)
            m_productLine->addItem(DisplayFormat::record(line.name, line.code), line.meta.id);
    }
    m_member->clear();
    if (auto members = master.members(m_siteId)) {
        for (const Member &member : *members)
            m_member->addItem(DisplayFormat::record(member.name, member.code), member.meta.id);
    }
    m_machines->clear();
    if (auto machines = master.equipment(m_siteId)) {
        for (const Equipment &machine : *machines) {
            auto *item = new QListWidgetItem(DisplayFormat::record(machine.name, machine.code),
                                             m_machines);
            item->setData(Qt::UserRole, machine.meta.id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    m_categories.clear();
    if (auto categories = master.wasteCategories(m_siteId))
        m_categories = *categories;
    m_filling = false;
}

std::optional<Unit> BatchForm::categoryUnit(qint64 categoryId) const
{
    for (const WasteCategory &c : m_categories)
        if (c.meta.id == categoryId)
            return c.unit;
    return std::nullopt;
}

void BatchForm::newBatch()
{
    m_batch = Batch {};
    m_batch.meta.siteId = m_siteId;
    auto today = m_context.batches().today(m_siteId);
    m_batch.productionDate = today ? *today : QDate::currentDate();
    if (m_productLine->count() > 0)
        m_batch.productLineId = m_productLine->itemData(0).toLongLong();
    if (m_member->count() > 0)
        m_batch.memberId = m_member->itemData(0).toLongLong();
    setWindowTitle(tr("New batch"));
    m_showMessages = false;
    m_left.clear();
    m_edited.clear();
    fillFields(m_batch, true);
    m_dirty = false;
    const Status may = m_context.batches().mayRecord(m_siteId);
    setReadOnly(!may.has_value(), may ? QString() : may.error().message);
    m_machinesTouched = false;
    refreshMachines(true);
    m_productLine->setFocus();
}

void BatchForm::editBatch(const Batch &batch)
{
    m_batch = batch;
    setWindowTitle(tr("Batch %1").arg(batch.code));
    m_showMessages = false;
    m_left.clear();
    m_edited.clear();
    fillFields(batch, true);
    m_dirty = false;
    m_machinesTouched = true;
    const Status editable = m_context.batches().checkEditable(batch);
    setReadOnly(!editable.has_value(), editable ? QString() : editable.error().message);
    m_status->setText(
        tr("Code %1 \u00b7 %2").arg(batch.code, batchStatusDisplayName(batch.status)));
}

void BatchForm::setReadOnly(bool readOnly, const QString &reason)
{
    m_readOnly = readOnly;
    m_readOnlyReason = readOnly ? reason : QString();
    m_banner->setText(readOnly ? tr("Read-only: %1").arg(reason) : QString());
    m_banner->setVisible(readOnly);
    for (QWidget *w : m_fields)
        w->setEnabled(!readOnly);
    m_acknowledge->setEnabled(!readOnly);
    m_wasteBox->setEnabled(!readOnly);
    m_addLine->setEnabled(!readOnly);
    m_save->setEnabled(!readOnly);
    m_saveNew->setEnabled(!readOnly);
    m_copyLast->setEnabled(!readOnly);
}

QString BatchForm::readOnlyReason() const
{
    return m_readOnlyReason;
}

void BatchForm::fillFields(const Batch &batch, bool withDate)
{
    m_filling = true;
    selectData(m_productLine, batch.productLineId);
    selectData(m_member, batch.memberId);
    if (withDate && batch.productionDate.isValid())
        m_date->setDate(batch.productionDate);
    m_shift->setValue(batch.shift);
    for (int i = 0; i < m_machines->count(); ++i) {
        QListWidgetItem *item = m_machines->item(i);
        item->setCheckState(batch.equipmentIds.contains(item->data(Qt::UserRole).toLongLong())
                                ? Qt::Checked
                                : Qt::Unchecked);
    }
    m_material->setText(batch.inputMaterial);
    selectData(m_inputUnit, int(batch.inputUnit));
    auto setQuantity = [](QuantityEdit *edit, qint64 value, bool blankWhenZero) {
        if (value == 0 && blankWhenZero)
            edit->clearValue();
        else
            edit->setValue(value);
    };
    const bool fresh = batch.meta.isNew() && batch.inputMilli == 0 && batch.outputMilli == 0;
    setQuantity(m_input, batch.inputMilli, fresh);
    setQuantity(m_output, batch.outputMilli, fresh);
    setQuantity(m_energy, batch.energyWh, fresh);
    setQuantity(m_water, batch.waterMl, fresh);
    m_notes->setText(batch.notes);
    m_acknowledge->setText(batch.warningNote);
    while (!m_lines.isEmpty())
        removeWasteLine(int(m_lines.size()) - 1);
    for (const WasteLine &line : batch.waste) {
        addWasteLine();
        WasteRow &row = m_lines.last();
        selectData(row.category, line.categoryId);
        row.quantity->setValue(line.quantityMilli);
        selectData(row.route, int(line.route));
        updateWasteUnit(int(m_lines.size()) - 1);
    }
    if (m_lines.isEmpty())
        addWasteLine();
    m_filling = false;
    updateOutputUnit();
    showCheck();
}

void BatchForm::clearQuantities()
{
    for (QuantityEdit *edit : {m_input, m_output, m_energy, m_water})
        edit->clearValue();
    m_notes->clear();
    m_acknowledge->clear();
    while (!m_lines.isEmpty())
        removeWasteLine(int(m_lines.size()) - 1);
    addWasteLine();
}

void BatchForm::updateOutputUnit()
{
    const qint64 id = m_productLine->currentData().toLongLong();
    for (const ProductLine &line : std::as_const(m_productLines))
        if (line.meta.id == id) {
            m_outputUnit->setText(unitDisplayName(line.unit));
            return;
        }
    m_outputUnit->clear();
}

void BatchForm::updateWasteUnit(int index)
{
    if (index < 0 || index >= m_lines.size())
        return;
    const WasteRow &row = m_lines.at(index);
    const auto unit = categoryUnit(row.category->currentData().toLongLong());
    row.unit->setText(unit ? unitDisplayName(*unit) : QString());
}

void BatchForm::addWasteLine()
{
    if (m_readOnly || m_lines.size() >= BatchRules::MaxWasteLines)
        return;
    WasteRow row;
    row.category = new QComboBox(m_wasteBox);
    row.category->addItem(tr("(choose)"), qint64(0));
    for (const WasteCategory &c : std::as_const(m_categories))
        row.category->addItem(DisplayFormat::record(c.name, c.code), c.meta.id);
    row.unit = new QLabel(m_wasteBox);
    row.unit->setMinimumWidth(fontMetrics().averageCharWidth() * 6);
    row.quantity = new QuantityEdit(m_wasteBox);
    row.quantity->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 9);
    row.route = new QComboBox(m_wasteBox);
    for (Route route : allRoutes)
        row.route->addItem(routeDisplayName(route), int(route));
    selectData(row.route, int(Route::Compost));
    for (QComboBox *combo : {row.category, row.route}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(combo == row.category ? 14 : 10);
    }
    for (QWidget *w : {static_cast<QWidget *>(row.category), static_cast<QWidget *>(row.quantity),
                       static_cast<QWidget *>(row.route)})
        w->installEventFilter(this);
    connect(row.category, &QComboBox::currentIndexChanged, this, [this, category = row.category] {
        updateWasteUnit(wasteRowOf(category));
        scheduleCheck();
    });
    connect(row.quantity, &QLineEdit::textEdited, this, &BatchForm::scheduleCheck);
    connect(row.route, &QComboBox::currentIndexChanged, this, &BatchForm::scheduleCheck);
    m_lines.append(row);
    relayoutWaste();
    if (!m_filling) {
        row.category->setFocus();
        scheduleCheck();
    }
}

void BatchForm::removeWasteLine(int index)
{
    if (index < 0 || index >= m_lines.size())
        return;
    const WasteRow row = m_lines.takeAt(index);
    for (QWidget *w : {static_cast<QWidget *>(row.category), static_cast<QWidget *>(row.unit),
                       static_cast<QWidget *>(row.quantity), static_cast<QWidget *>(row.route)}) {
        m_wasteGrid->removeWidget(w);
        w->deleteLater();
        w->hide();
    }
    relayoutWaste();
    if (!m_filling) {
        if (!m_lines.isEmpty())
            m_lines.at(std::min<qsizetype>(index, m_lines.size() - 1)).category->setFocus();
        scheduleCheck();
    }
}

void BatchForm::relayoutWaste()
{
    QWidget *previous = m_notes;
    for (int i = 0; i < m_lines.size(); ++i) {
        const WasteRow &row = m_lines.at(i);
        auto *number = qobject_cast<QLabel *>(m_wasteGrid->itemAtPosition(i + 1, 0)
                                                  ? m_wasteGrid->itemAtPosition(i + 1, 0)->widget()
                                                  : nullptr);
        if (!number) {
            number = new QLabel(m_wasteBox);
            m_wasteGrid->addWidget(number, i + 1, 0);
        }
        number->setText(QString::number(i + 1));
        number->show();
        m_wasteGrid->addWidget(row.category, i + 1, 1);
        m_wasteGrid->addWidget(row.unit, i + 1, 2);
        m_wasteGrid->addWidget(row.quantity, i + 1, 3);
        m_wasteGrid->addWidget(row.route, i + 1, 4);
        // Shown now, not when the layout gets round to it, so the new line can take the focus.
        for (QWidget *w : {static_cast<QWidget *>(row.category), static_cast<QWidget *>(row.unit),
                           static_cast<QWidget *>(row.quantity), static_cast<QWidget *>(row.route)})
            w->show();
        setTabOrder(previous, row.category);
        setTabOrder(row.category, row.quantity);
        setTabOrder(row.quantity, row.route);
        previous = row.route;
    }
    // Numbers of rows that no longer exist.
    for (int r = int(m_lines.size()) + 1; r < m_wasteGrid->rowCount(); ++r)
        if (QLayoutItem *item = m_wasteGrid->itemAtPosition(r, 0); item && item->widget())
            item->widget()->hide();
    setTabOrder(previous, m_acknowledge);
    setTabOrder(m_acknowledge, m_save);
    setTabOrder(m_save, m_saveNew);
    setTabOrder(m_saveNew, m_copyLast);
    setTabOrder(m_copyLast, m_close);
}

int BatchForm::wasteRowOf(const QObject *widget) const
{
    for (int i = 0; i < m_lines.size(); ++i) {
        const WasteRow &row = m_lines.at(i);
        if (widget == row.category || widget == row.quantity || widget == row.route)
            return i;
    }
    return -1;
}

bool BatchForm::isLineEmpty(int index) const
{
    const WasteRow &row = m_lines.at(index);
    return row.category->currentData().toLongLong() == 0 && row.quantity->isBlank();
}

bool BatchForm::eventFilter(QObject *watched, QEvent *event)
{
    // A field edited and then left shows what is wrong with it.
    if (event->type() == QEvent::FocusOut) {
        const QString field = fieldOf(watched);
        if (!field.isEmpty() && m_edited.remove(field)) {
            m_left.insert(field);
            m_checkTimer->stop();
            showCheck();
        }
    }
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers() == Qt::NoModifier) {
            const int index = wasteRowOf(watched);
            if (index >= 0) {
                if (index < m_lines.size() - 1)
                    m_lines.at(index + 1).category->setFocus();
                else if (isLineEmpty(index))
                    save();
                else
                    addWasteLine();
                return true;
            }
        }
    }
    return QDialog::eventFilter(watched, event);
}

void BatchForm::refreshMachines(bool fromBookings)
{
    if (m_filling || !fromBookings || m_machinesTouched || !m_batch.meta.isNew())
        return;
    const qint64 memberId = m_member->currentData().toLongLong();
    auto booked = m_context.batches().bookedMachines(memberId, m_date->date());
    if (!booked)
        return;
    m_filling = true;
    for (int i = 0; i < m_machines->count(); ++i) {
        QListWidgetItem *item = m_machines->item(i);
        item->setCheckState(
            booked->contains(item->data(Qt::UserRole).toLongLong()) ? Qt::Checked : Qt::Unchecked);
    }
    m_filling = false;
}

Batch BatchForm::batchFromFields(QList<Error> *parseErrors) const
{
    Batch b = m_batch;
    b.productLineId = m_productLine->currentData().toLongLong();
    b.memberId = m_member->currentData().toLongLong();
    b.productionDate = m_date->date();
    b.shift = m_shift->value();
    b.equipmentIds.clear();
    for (int i = 0; i < m_machines->count(); ++i)
        if (m_machines->item(i)->checkState() == Qt::Checked)
            b.equipmentIds.append(m_machines->item(i)->data(Qt::UserRole).toLongLong());
    b.inputMaterial = m_material->text();
    b.inputUnit = Unit(m_inputUnit->currentData().toInt());
    b.notes = m_notes->text();
    b.warningNote = m_acknowledge->isVisible() ? m_acknowledge->text() : m_batch.warningNote;

    QList<Error> errors;
    const QLocale locale = Language::locale();
    auto read = [&](const QuantityEdit *edit, const QString &label, const QString &field,
                    bool required) -> qint64 {
        if (edit->isBlank()) {
            if (required)
                errors << Error::invalid(tr("%1: enter a quantity.").arg(label), label, field);
            return 0;
        }
        auto value
            = BatchRules::parseLocalizedQuantity(edit->text().trimmed(), locale, label, field);
        if (!value) {
            errors << value.error();
            return 0;
        }
        return *value;
    };
    b.inputMilli = read(m_input, tr("Input quantity"), BatchField::InputQuantity, true);
    b.outputMilli = read(m_output, tr("Output"), BatchField::OutputQuantity, true);
    b.energyWh = read(m_energy, tr("Energy"), BatchField::Energy, false);
    b.waterMl = read(m_water, tr("Water"), BatchField::Water, false);
    b.waste.clear();
    for (int i = 0; i < m_lines.size(); ++i) {
        if (isLineEmpty(i))
            continue; // a blank line waiting for input is not part of the batch
        const WasteRow &row = m_lines.at(i);
        WasteLine line;
        line.categoryId = row.category->currentData().toLongLong();
        line.unit = categoryUnit(line.categoryId).value_or(Unit::Kg);
        line.route = Route(row.route->currentData().toInt());
        const int index = int(b.waste.size());
        line.quantityMilli = read(row.quantity, BatchRules::wasteLineLabel(index),
                                  BatchRules::wasteField(index, QStringLiteral("quantity")), true);
        // Keep line numbers as the person sees them for the message.
        b.waste.append(line);
    }
    if (parseErrors)
        *parseErrors = errors;
    return b;
}

void BatchForm::scheduleCheck()
{
    if (m_filling)
        return;
    m_dirty = true;
    if (QWidget *focus = focusWidget()) {
        const QString field = fieldOf(focus);
        if (!field.isEmpty())
            m_edited.insert(field);
    }
    m_checkTimer->start();
}

QString BatchForm::fieldOf(const QObject *widget) const
{
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        if (it.value() == widget || it.value()->isAncestorOf(qobject_cast<const QWidget *>(widget)))
            return it.key();
    const int line = wasteRowOf(widget);
    return line >= 0 ? QStringLiteral("waste") : QString();
}

bool BatchForm::shows(const QString &field) const
{
    if (m_showMessages)
        return true;
    const QString head = field.startsWith(QStringLiteral("waste[")) ? QStringLiteral("waste")
                                                                    : field.section(u'.', 0, 0);
    return m_left.contains(field) || m_left.contains(head);
}

void BatchForm::reject()
{
    if (m_dirty && !m_readOnly) {
        const bool discard = m_confirmDiscard
            ? m_confirmDiscard()
            : QMessageBox::question(this, windowTitle(),
                                    tr("Close the form and throw away what you typed?"),
                                    QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
                == QMessageBox::Discard;
        if (!discard)
            return;
    }
    QDialog::reject();
}

bool BatchForm::checkNow()
{
    m_checkTimer->stop();
    showCheck();
    return m_check.ok() && m_parseErrors.isEmpty();
}

void BatchForm::showCheck()
{
    if (m_readOnly)
        return;
    Batch batch = batchFromFields(&m_parseErrors);
    m_check = m_context.batches().check(batch);
    // An unreadable number is reported once, as typed, instead of the service's view of it.
    QList<Error> errors = m_parseErrors;
    for (const Error &e : std::as_const(m_check.errors)) {
        bool shadowed = false;
        for (const Error &p : std::as_const(m_parseErrors))
            shadowed = shadowed || p.field == e.field;
        if (!shadowed)
            errors << e;
    }
    m_check.errors = errors;

    for (auto it = m_messages.begin(); it != m_messages.end(); ++it) {
        it.value()->clear();
        it.value()->hide();
    }
    for (QWidget *w : std::as_const(m_fields))
        w->setStyleSheet({});
    // Map waste indices of the batch (blank lines skipped) back to the rows on screen.
    QList<int> rowOfLine;
    for (int i = 0; i < m_lines.size(); ++i) {
        m_lines.at(i).category->setStyleSheet({});
        m_lines.at(i).quantity->setStyleSheet({});
        m_lines.at(i).category->setToolTip({});
        m_lines.at(i).quantity->setToolTip({});
        if (!isLineEmpty(i))
            rowOfLine << i;
    }
    // A fresh form is not scolded for what nobody has typed yet.
    if (!m_showMessages && m_left.isEmpty()) {
        m_wasteMessages->hide();
        m_acknowledgeLabel->setVisible(!m_check.warnings.isEmpty());
        m_acknowledge->setVisible(!m_check.warnings.isEmpty());
        return;
    }
    QStringList wasteText;
    QStringList general;
    auto show = [&](const Error &e, bool warning) {
        if (!shows(e.field))
            return;
        const QString style = warning ? warningStyle : errorStyle;
        const QString colour = warning ? QStringLiteral("#8a5300") : QStringLiteral("#c42b1c");
        if (e.field.startsWith(QStringLiteral("waste["))) {
            const int close = int(e.field.indexOf(QLatin1Char(']')));
            const int index = e.field.mid(6, close - 6).toInt();
            const int row = index >= 0 && index < rowOfLine.size() ? rowOfLine.at(index) : -1;
            if (row >= 0) {
                QWidget *cell = e.field.endsWith(QStringLiteral("quantity"))
                    ? static_cast<QWidget *>(m_lines.at(row).quantity)
                    : static_cast<QWidget *>(m_lines.at(row).category);
                cell->setStyleSheet(style);
                cell->setToolTip(e.message);
            }
            wasteText << e.message;
            return;
        }
        QLabel *label = m_messages.value(e.field);
        if (!label) {
            const QString head = e.field.section(QLatin1Char('.'), 0, 0);
            label = m_messages.value(head);
            if (!label && e.field.startsWith(QStringLiteral("machines")))
                label = m_messages.value(BatchField::Machines);
        }
        if (!label) {
            general << e.message;
            return;
        }
        label->setStyleSheet(QStringLiteral("color: %1;").arg(colour));
        // Beside its field a message need not name the field again ("Jumlah bahan masuk: ...").
        QString text = e.message;
        if (!e.where.isEmpty() && text.startsWith(e.where + QStringLiteral(": ")))
            text = text.mid(e.where.size() + 2);
        if (!text.isEmpty())
            text[0] = text.at(0).toUpper();
        label->setText(label->text().isEmpty() ? text : label->text() + u'\n' + text);
        label->show();
        if (QWidget *field = m_fields.value(e.field))
            field->setStyleSheet(style);
    };
    for (const Error &e : std::as_const(m_check.errors))
        show(e, false);
    for (const Error &e : std::as_const(m_check.warnings))
        show(e, true);
    m_wasteMessages->setText(wasteText.join(u'\n'));
    m_wasteMessages->setVisible(!wasteText.isEmpty());

    const bool warnings = !m_check.warnings.isEmpty();
    m_acknowledgeLabel->setVisible(warnings);
    m_acknowledge->setVisible(warnings);
    if (!general.isEmpty())
        m_status->setText(general.join(u'\n'));
}

QString BatchForm::messageFor(const QString &field) const
{
    for (const Error &e : m_check.errors)
        if (e.field == field)
            return e.message;
    for (const Error &e : m_check.warnings)
        if (e.field == field)
            return e.message;
    if (QLabel *label = m_messages.value(field))
        return label->text();
    return {};
}

QString BatchForm::statusText() const
{
    return m_status->text();
}

bool BatchForm::save()
{
    if (m_readOnly)
        return false;
    m_showMessages = true;
    m_status->setStyleSheet(QStringLiteral("color: #c42b1c;"));
    if (!checkNow()) {
        m_status->setText(tr("Not saved: fix the fields marked in red."));
        return false;
    }
    const Batch batch = batchFromFields();
    const QString note = m_acknowledge->text().trimmed();
    if (!m_check.warnings.isEmpty() && note.isEmpty()) {
        QLabel *label = m_messages.value(BatchField::WarningNote);
        label->setStyleSheet(QStringLiteral("color: #c42b1c;"));
        label->setText(tr("Write why the warning is right before saving."));
        label->show();
        m_acknowledge->setFocus();
        m_status->setText(tr("Not saved: the warning needs a note."));
        return false;
    }
    const QString acknowledgement = m_check.warnings.isEmpty() ? QString() : note;
    auto stored = !m_batch.meta.isNew() && m_store
        ? m_store(m_batch, batch, acknowledgement)
        : m_context.batches().save(batch, acknowledgement);
    if (!stored) {
        m_status->setText(tr("Not saved: %1").arg(stored.error().message));
        if (QLabel *label = m_messages.value(stored.error().field)) {
            label->setStyleSheet(QStringLiteral("color: #c42b1c;"));
            label->setText(stored.error().message);
            label->show();
        }
        return false;
    }
    m_batch = *stored;
    m_dirty = false;
    m_lastCode = stored->code;
    setWindowTitle(tr("Batch %1").arg(stored->code));
    m_status->setText(tr("Saved as %1.").arg(stored->code));
    m_status->setStyleSheet(QStringLiteral("color: #1e7b3c; font-weight: bold;"));
    Q_EMIT saved(*stored);
    return true;
}

bool BatchForm::saveAndNew()
{
    if (!save())
        return false;
    const QString code = m_lastCode;
    m_batch = Batch {};
    m_batch.meta.siteId = m_siteId;
    setWindowTitle(tr("New batch"));
    m_filling = true;
    clearQuantities();
    m_filling = false;
    m_machinesTouched = false;
    m_status->setText(tr("Saved as %1. Enter the next batch.").arg(code));
    m_check = {};
    m_showMessages = false;
    m_left.clear();
    m_edited.clear();
    m_dirty = false;
    showCheck();
    m_status->setText(tr("Saved as %1. Enter the next batch.").arg(code));
    m_material->setFocus();
    return true;
}

void BatchForm::copyLastOfMember()
{
    const qint64 memberId = m_member->currentData().toLongLong();
    auto last = m_context.batches().lastOfMember(memberId);
    if (!last) {
        m_status->setText(last.error().message);
        return;
    }
    if (!last->has_value()) {
        m_status->setText(tr("This member has no batch yet."));
        return;
    }
    Batch copy = (*last)->copyForNew(m_date->date());
    copy.meta.siteId = m_siteId;
    const QDate date = m_date->date();
    const int shift = m_shift->value();
    m_batch = Batch {};
    m_batch.meta.siteId = m_siteId;
    fillFields(copy, false);
    m_date->setDate(date);
    m_shift->setValue(shift);
    m_machinesTouched = true;
    m_status->setText(tr("Copied from %1. Check the quantities before saving.").arg((*last)->code));
}

} // namespace Rpb
