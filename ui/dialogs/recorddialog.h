#pragma once

#include "domain/result.h"

#include <QDialog>
#include <QHash>

class QDialogButtonBox;
class QGridLayout;
class QLabel;

namespace Rpb {

class MasterDataService;

// The frame every master-data form shares: rows of "label, field, message", where the message
// appears in red beside the field that an Error names (Error::field), and Save that only closes
// the dialog once the service has stored the record.
class RecordDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordDialog)
public:
    // The field registered under a Validator field name ("nib"), and the label for its message.
    QWidget *field(const QString &name) const;
    QLabel *errorLabel(const QString &name) const;
    // Local id of the stored record after a successful save.
    qint64 savedId() const { return m_savedId; }

    void accept() override;

protected:
    RecordDialog(MasterDataService &service, QWidget *parent);

    MasterDataService &service() const { return m_service; }

    // Adds a row; the label's mnemonic moves the focus to focusTarget (the field itself when
    // null). Returns the message label of the row.
    QLabel *addRow(const QString &label, QWidget *field, const QString &name,
                   QWidget *focusTarget = nullptr);
    // Another field name that shows its message on an existing row, e.g. the closing time on
    // the row of the opening hours.
    void addAlias(const QString &name, const QString &rowName, QWidget *focusTarget);
    // Puts the row of general messages and the buttons below the rows; call after the last row.
    void finishForm();

    // Checks and stores the record; returns what went wrong, empty on success.
    virtual QList<Error> submit() = 0;
    void setSavedId(qint64 id) { m_savedId = id; }

private:
    struct Row
    {
        QWidget *focus = nullptr;
        QLabel *error = nullptr;
    };
    void clearErrors();
    void showErrors(const QList<Error> &errors);

    MasterDataService &m_service;
    QGridLayout *m_grid = nullptr;
    QLabel *m_generalError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QHash<QString, Row> m_rows;
    qint64 m_savedId = 0;
};

} // namespace Rpb
