#include "recorddialog.h"

#include <QMessageBox>

namespace Rpb {

RecordDialog::RecordDialog(MasterDataService &service, QWidget *parent)
    : FormDialog(parent)
    , m_service(service)
{}

void RecordDialog::finishForm()
{
    // Qt ships no Indonesian for its standard buttons: name them in the application's catalogue.
    FormDialog::finishForm(tr("&Save"), tr("Cancel"));
}

void RecordDialog::reportConflict(const Error &error)
{
    // The record changed under the person's feet: say so plainly, keep their typing.
    auto *box = new QMessageBox(QMessageBox::Warning, windowTitle(), error.message,
                                QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace Rpb
