#pragma once

#include "domain/result.h"

#include <QDialog>
#include <QHash>

class QDialogButtonBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace Rpb {

// The frame of every form that stores through a service (accounts, master data): an optional
// sentence on top, rows of "label, field, message" where the message appears in red beside the
// field an Error names (Error::field), and an accept button that only closes the dialog once
// submit() has succeeded.
class FormDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormDialog)
public:
    QWidget *field(const QString &name) const;
    QLabel *errorLabel(const QString &name) const;
    QLabel *generalErrorLabel() const { return m_generalError; }
    QPushButton *acceptButton() const { return m_accept; }

    void accept() override;

protected:
    explicit FormDialog(QWidget *parent);

    // A paragraph above the rows; call before the first row.
    QLabel *addIntro(const QString &text);
    // Adds a row; the label's mnemonic moves the focus to focusTarget (the field itself when
    // null); an empty label makes a row without caption. Returns the message label of the row.
    QLabel *addRow(const QString &label, QWidget *field, const QString &name,
                   QWidget *focusTarget = nullptr);
    // Another field name that shows its message on an existing row, e.g. the closing time on
    // the row of the opening hours.
    void addAlias(const QString &name, const QString &rowName, QWidget *focusTarget);
    // The row of general messages and the buttons; call after the last row.
    void finishForm(const QString &acceptText, const QString &rejectText);

    // Checks and stores; returns what went wrong, empty on success.
    virtual QList<Error> submit() = 0;
    void showErrors(const QList<Error> &errors);
    // Called for a conflict (someone else saved first) after the messages are shown.
    virtual void reportConflict(const Error &) {}

private:
    struct Row
    {
        QWidget *focus = nullptr;
        QLabel *error = nullptr;
    };
    void clearErrors();

    QVBoxLayout *m_layout = nullptr;
    QGridLayout *m_grid = nullptr;
    QLabel *m_generalError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_accept = nullptr;
    QHash<QString, Row> m_rows;
};

} // namespace Rpb
