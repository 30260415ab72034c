#include "recorddialog.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Rpb {

namespace {
const auto errorStyle = QStringLiteral("color: #c42b1c;");

QLabel *makeErrorLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("error_") + name);
    label->setStyleSheet(errorStyle);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Wide enough for a sentence in two or three lines without pushing the dialog off a laptop.
    label->setMinimumWidth(label->fontMetrics().averageCharWidth() * 28);
    label->setMaximumWidth(label->fontMetrics().averageCharWidth() * 44);
    label->hide();
    return label;
}
} // namespace

RecordDialog::RecordDialog(MasterDataService &service, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
{
    auto *layout = new QVBoxLayout(this);
    m_grid = new QGridLayout;
    m_grid->setColumnStretch(1, 1);
    m_grid->setHorizontalSpacing(layout->spacing() * 2);
    layout->addLayout(m_grid);
}

QLabel *RecordDialog::addRow(const QString &label, QWidget *field, const QString &name,
                             QWidget *focusTarget)
{
    const int row = m_grid->rowCount();
    QWidget *focus = focusTarget ? focusTarget : field;
    if (!label.isEmpty()) {
        auto *caption = new QLabel(label, this);
        caption->setBuddy(focus);
        m_grid->addWidget(caption, row, 0, Qt::AlignLeft | Qt::AlignVCenter);
    }
    field->setObjectName(QStringLiteral("field_") + name);
    m_grid->addWidget(field, row, 1);
    QLabel *error = makeErrorLabel(this, name);
    m_grid->addWidget(error, row, 2, Qt::AlignLeft | Qt::AlignVCenter);
    m_rows.insert(name, Row {focus, error});
    return error;
}

void RecordDialog::addAlias(const QString &name, const QString &rowName, QWidget *focusTarget)
{
    Row row = m_rows.value(rowName);
    if (focusTarget)
        row.focus = focusTarget;
    m_rows.insert(name, row);
}

void RecordDialog::finishForm()
{
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    m_generalError = makeErrorLabel(this, QStringLiteral("general"));
    m_generalError->setMaximumWidth(QWIDGETSIZE_MAX);
    layout->addWidget(m_generalError);
    layout->addStretch(1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecordDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RecordDialog::reject);
    // Qt ships no Indonesian for its standard buttons: name them in the application's catalogue.
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);
}

QWidget *RecordDialog::field(const QString &name) const
{
    return m_rows.value(name).focus;
}

QLabel *RecordDialog::errorLabel(const QString &name) const
{
    return m_rows.value(name).error;
}

void RecordDialog::accept()
{
    clearErrors();
    const QList<Error> errors = submit();
    if (errors.isEmpty()) {
        QDialog::accept();
        return;
    }
    showErrors(errors);
}

void RecordDialog::clearErrors()
{
    for (const Row &row : std::as_const(m_rows)) {
        row.error->clear();
        row.error->hide();
    }
    if (m_generalError) {
        m_generalError->clear();
        m_generalError->hide();
    }
}

void RecordDialog::showErrors(const QList<Error> &errors)
{
    QWidget *firstField = nullptr;
    QStringList general;
    for (const Error &error : errors) {
        const auto row = m_rows.constFind(error.field);
        if (error.field.isEmpty() || row == m_rows.constEnd()) {
            general << error.message;
            continue;
        }
        // Two rules may fail on one field; show both rather than only the last.
        QLabel *label = row->error;
        label->setText(label->text().isEmpty() ? error.message
                                               : label->text() + QLatin1Char('\n') + error.message);
        label->show();
        row->focus->setAccessibleDescription(label->text());
        if (!firstField)
            firstField = row->focus;
    }
    if (!general.isEmpty() && m_generalError) {
        m_generalError->setText(general.join(QLatin1Char('\n')));
        m_generalError->show();
    }
    // Messages wrap over several lines: grow the dialog so that none is cut off.
    const QSize before = size();
    layout()->activate();
    adjustSize();
    resize(size().expandedTo(before));
    if (firstField) {
        firstField->setFocus(Qt::OtherFocusReason);
        if (auto *edit = qobject_cast<QLineEdit *>(firstField))
            edit->selectAll();
    }
    for (const Error &error : errors) {
        if (error.kind != Error::Kind::Conflict)
            continue;
        // The record changed under the person's feet: say so plainly, keep their typing.
        auto *box = new QMessageBox(QMessageBox::Warning, windowTitle(), error.message,
                                    QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        break;
    }
}

} // namespace Rpb
