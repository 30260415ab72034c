#pragma once

#include <QMainWindow>

namespace Rpb {

class AppContext;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(AppContext &context, QWidget *parent = nullptr);

private:
    AppContext &m_context;
};

} // namespace Rpb
