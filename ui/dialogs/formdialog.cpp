#include "formdialog.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Rpb {

namespace {
QLabel *makeErrorLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("error_") + name);
    label->setStyleSheet(QStringLiteral("color: #c42b1c;"));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setMinimumWidth(label->fontMetrics().averageCharWidth() * 28);
    label->setMaximumWidth(label->fontMetrics().averageCharWidth() * 44);
    label->hide();
    return label;
}
} // namespace

FormDialog::FormDialog(QWidget *parent)
    : QDialog(parent)
{
    m_layout = new QVBoxLayout(this);
    m_grid = new QGridLayout;
    m_grid->setColumnStretch(1, 1);
    m_grid->setHorizontalSpacing(m_layout->spacing() * 2);
    m_layout->addLayout(m_grid);
}

QLabel *FormDialog::addIntro(const QString &text)
{
    auto *intro = new QLabel(text, this);
    intro->setObjectName(QStringLiteral("intro"));
    intro->setWordWrap(true);
    intro->setMaximumWidth(intro->fontMetrics().averageCharWidth() * 80);
    m_layout->insertWidget(m_layout->indexOf(m_grid), intro);
    m_layout->insertSpacing(m_layout->indexOf(m_grid), intro->fontMetrics().height() / 2);
    return intro;
}

QLabel *FormDialog::addRow(const QString &label, QWidget *field, const QString &name,
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
    // A message beside a field takes room from the row, never the field's own width.
    field->setMinimumWidth(
        qMax(field->minimumSizeHint().width(), field->fontMetrics().averageCharWidth() * 30));
    m_grid->addWidget(field, row, 1);
    QLabel *error = makeErrorLabel(this, name);
    m_grid->addWidget(error, row, 2, Qt::AlignLeft | Qt::AlignVCenter);
    m_rows.insert(name, Row {focus, error});
    return error;
}

void FormDialog::addAlias(const QString &name, const QString &rowName, QWidget *focusTarget)
{
    Row row = m_rows.value(rowName);
    if (focusTarget)
        row.focus = focusTarget;
    m_rows.insert(name, row);
}

void FormDialog::finishForm(const QString &acceptText, const QString &rejectText)
{
    m_generalError = makeErrorLabel(this, QStringLiteral("general"));
    m_generalError->setMaximumWidth(QWIDGETSIZE_MAX);
    m_layout->addWidget(m_generalError);
    m_layout->addStretch(1);
    m_buttons = new QDialogButtonBox(this);
    m_accept = m_buttons->addButton(acceptText, QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(QStringLiteral("acceptButton"));
    QPushButton *reject = m_buttons->addButton(rejectText, QDialogButtonBox::RejectRole);
    reject->setObjectName(QStringLiteral("rejectButton"));
    m_accept->setDefault(true);
    m_layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FormDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FormDialog::reject);
}

QWidget *FormDialog::field(const QString &name) const
{
    return m_rows.value(name).focus;
}

QLabel *FormDialog::errorLabel(const QString &name) const
{
    return m_rows.value(name).error;
}

void FormDialog::accept()
{
    clearErrors();
    const QList<Error> errors = submit();
    if (errors.isEmpty()) {
        QDialog::accept();
        return;
    }
    showErrors(errors);
}

void FormDialog::clearErrors()
{
    for (const Row &row : std::as_const(m_rows)) {
        row.error->clear();
        row.error->hide();
        row.focus->setAccessibleDescription(QString());
    }
    if (m_generalError) {
        m_generalError->clear();
        m_generalError->hide();
    }
}

void FormDialog::showErrors(const QList<Error> &errors)
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
        if (error.kind == Error::Kind::Conflict) {
            reportConflict(error);
            break;
        }
    }
}

} // namespace Rpb
