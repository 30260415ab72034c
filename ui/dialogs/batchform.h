#pragma once

#include "domain/batch.h"
#include "domain/batchrules.h"
#include "domain/productline.h"
#include "domain/result.h"
#include "domain/wastecategory.h"

#include <QDialog>
#include <QHash>
#include <QPointer>
#include <QSet>

#include <functional>
#include <optional>

class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTimer;

namespace Rpb {

class AppContext;
class QuantityEdit;

// One production run and its waste lines, entered by keyboard: every label has a mnemonic, Tab
// follows the form top to bottom, numbers are typed as the language writes them. The rules are
// checked while typing (BatchService::check) and each message appears beside its field; errors
// block saving, warnings need an acknowledgement note.
//
// Waste lines: Insert or Ctrl+Enter adds a line, Ctrl+Delete removes the line being edited. Enter
// in a filled last line adds the next one; Enter in an empty last line saves.
class BatchForm final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchForm)
public:
    // Stores an edit of a batch: before as the form opened it, after as the fields hold it, and
    // the note acknowledging its warnings. The Batches page puts it on the undo stack.
    using Store = std::function<Result<Batch>(const Batch &before, const Batch &after,
                                              const QString &acknowledgement)>;

    BatchForm(AppContext &context, qint64 siteId, QWidget *parent = nullptr);
    // How edits are stored; without one they are saved straight through the service.
    void setStore(Store store) { m_store = std::move(store); }

    // Shows a stored batch for editing (read-only, saying why, when the service refuses changes).
    void editBatch(const Batch &batch);
    void newBatch();
    bool isReadOnly() const { return m_readOnly; }
    QString readOnlyReason() const;
    // The batch as the fields hold it, and what could not be read from them.
    Batch batchFromFields(QList<Error> *parseErrors = nullptr) const;
    const Batch &storedBatch() const { return m_batch; }

    // Runs the checks now instead of after the pause in typing; returns whether it may be saved.
    bool checkNow();
    bool save();
    bool saveAndNew();
    void copyLastOfMember();

    int wasteLineCount() const { return int(m_lines.size()); }
    void addWasteLine();
    void removeWasteLine(int index);

    // The message beside a field ("output.quantity", "waste[1].quantity"); empty when none.
    QString messageFor(const QString &field) const;
    QString lastSavedCode() const { return m_lastCode; }
    QString statusText() const;
    QList<Error> errors() const { return m_check.errors; }
    QList<Error> warnings() const { return m_check.warnings; }

    QComboBox *productLineCombo() const { return m_productLine; }
    QComboBox *memberCombo() const { return m_member; }
    QDateEdit *dateEdit() const { return m_date; }
    QListWidget *machineList() const { return m_machines; }
    QuantityEdit *outputEdit() const { return m_output; }
    QuantityEdit *inputEdit() const { return m_input; }
    QLineEdit *acknowledgementEdit() const { return m_acknowledge; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *saveAndNewButton() const { return m_saveNew; }
    QPushButton *copyLastButton() const { return m_copyLast; }

    // Escape, Close or the window's close button: typed values are not thrown away unasked.
    void reject() override;
    bool hasUnsavedChanges() const { return m_dirty; }
    // Asked before typed values are thrown away; tests answer it without a message box.
    void setDiscardConfirmer(std::function<bool()> confirm)
    {
        m_confirmDiscard = std::move(confirm);
    }

Q_SIGNALS:
    // A batch was stored (added, or changed through the store).
    void saved(const Rpb::Batch &batch);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct WasteRow
    {
        QComboBox *category = nullptr;
        QLabel *unit = nullptr;
        QuantityEdit *quantity = nullptr;
        QComboBox *route = nullptr;
    };

    void buildForm();
    QLabel *addField(QGridLayout *grid, int row, const QString &label, QWidget *field,
                     const QString &name, QWidget *extra = nullptr);
    void loadChoices();
    void fillFields(const Batch &batch, bool withDate);
    void clearQuantities();
    void updateOutputUnit();
    void updateWasteUnit(int index);
    void refreshMachines(bool fromBookings);
    void scheduleCheck();
    void showCheck();
    void setReadOnly(bool readOnly, const QString &reason);
    void relayoutWaste();
    int wasteRowOf(const QObject *widget) const;
    // The field a widget edits ("output.quantity", "waste" for a waste line), empty for none.
    QString fieldOf(const QObject *widget) const;
    bool shows(const QString &field) const;
    bool isLineEmpty(int index) const;
    std::optional<Unit> categoryUnit(qint64 categoryId) const;

    AppContext &m_context;
    Store m_store;
    std::function<bool()> m_confirmDiscard;
    qint64 m_siteId = 0;
    Batch m_batch; // as stored (id 0 for a new batch)
    BatchRules::Check m_check;
    QList<Error> m_parseErrors;
    QString m_lastCode;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    bool m_filling = false;
    bool m_machinesTouched = false;
    // Messages show for a field once it was left after an edit, and for every field once saving
    // was tried: a form that opens is not scolded for what nobody has typed yet.
    bool m_showMessages = false; // saving was tried
    QSet<QString> m_left; // fields left after an edit
    QSet<QString> m_edited; // fields edited since they were last left
    bool m_dirty = false; // typed since the batch was opened, made or saved

    QList<ProductLine> m_productLines;
    QList<WasteCategory> m_categories;

    QComboBox *m_productLine = nullptr;
    QComboBox *m_member = nullptr;
    QDateEdit *m_date = nullptr;
    QSpinBox *m_shift = nullptr;
    QListWidget *m_machines = nullptr;
    QLineEdit *m_material = nullptr;
    QuantityEdit *m_input = nullptr;
    QComboBox *m_inputUnit = nullptr;
    QuantityEdit *m_output = nullptr;
    QLabel *m_outputUnit = nullptr;
    QuantityEdit *m_energy = nullptr;
    QuantityEdit *m_water = nullptr;
    QLineEdit *m_notes = nullptr;
    QWidget *m_wasteBox = nullptr;
    QGridLayout *m_wasteGrid = nullptr;
    QList<WasteRow> m_lines;
    QLabel *m_wasteMessages = nullptr;
    QLabel *m_acknowledgeLabel = nullptr;
    QLineEdit *m_acknowledge = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_saveNew = nullptr;
    QPushButton *m_copyLast = nullptr;
    QPushButton *m_close = nullptr;
    QPushButton *m_addLine = nullptr;
    QHash<QString, QLabel *> m_messages; // beside each field
    QHash<QString, QWidget *> m_fields;
    QTimer *m_checkTimer = nullptr;
};

} // namespace Rpb
