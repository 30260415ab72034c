#include "mainwindow.h"

#include "services/appcontext.h"

namespace Rpb {

MainWindow::MainWindow(AppContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
{
    setWindowTitle(tr("RPB Hijau"));
}

} // namespace Rpb
