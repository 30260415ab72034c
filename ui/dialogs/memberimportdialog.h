#pragma once

#include "services/memberimport.h"

#include <QByteArray>
#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Rpb {

class AppContext;

// Members from a spreadsheet's CSV: choose the file, see the members it would add and every bad
// row and column, then import all of them or none. Import stays disabled while there are problems.
class MemberImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemberImportDialog)
public:
    explicit MemberImportDialog(AppContext &context, QWidget *parent = nullptr);

    // Reads and previews a file (the Browse button does the same after asking).
    void loadFile(const QString &path);
    // Imports what the preview showed; returns the number of members added, or -1.
    int import();

    QTableWidget *previewTable() const { return m_rows; }
    QTableWidget *problemTable() const { return m_problems; }
    QPushButton *importButton() const { return m_import; }
    QString summary() const;

Q_SIGNALS:
    void imported(int count);

private:
    void browse();
    void showPreview(const MemberImport::Preview &preview);

    AppContext &m_context;
    MemberImport &m_importer;
    QByteArray m_bytes;
    QLineEdit *m_path = nullptr;
    QTableWidget *m_rows = nullptr;
    QTableWidget *m_problems = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_import = nullptr;
};

} // namespace Rpb
