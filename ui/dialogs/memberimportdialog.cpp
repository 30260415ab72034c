#include "memberimportdialog.h"

#include "displayformat.h"
#include "services/appcontext.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Rpb {

MemberImportDialog::MemberImportDialog(AppContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_importer(context.memberImport())
{
    setObjectName(QStringLiteral("memberImportDialog"));
    setWindowTitle(tr("Import members from CSV"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The file needs the columns name, owner and site (a site code); "
                                "nib, women_led, youth_led, phone, joined and code are optional. "
                                "Either every row is imported or none."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *fileRow = new QHBoxLayout;
    auto *fileLabel = new QLabel(tr("&File:"), this);
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("path"));
    m_path->setReadOnly(true);
    fileLabel->setBuddy(m_path);
    auto *browse = new QPushButton(tr("&Browse..."), this);
    connect(browse, &QPushButton::clicked, this, &MemberImportDialog::browse);
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    layout->addLayout(fileRow);

    auto *rowsLabel = new QLabel(tr("&Members to add:"), this);
    m_rows = new QTableWidget(0, 6, this);
    m_rows->setObjectName(QStringLiteral("previewRows"));
    m_rows->setHorizontalHeaderLabels(
        {tr("Row"), tr("Code"), tr("Name"), tr("Owner"), tr("NIB"), tr("Phone")});
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rows->verticalHeader()->hide();
    m_rows->horizontalHeader()->setStretchLastSection(true);
    rowsLabel->setBuddy(m_rows);
    layout->addWidget(rowsLabel);
    layout->addWidget(m_rows, 2);

    auto *problemsLabel
        = new QLabel(tr("&Problems (fix them in the file and choose it again):"), this);
    m_problems = new QTableWidget(0, 3, this);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setHorizontalHeaderLabels({tr("Row"), tr("Column"), tr("Problem")});
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->verticalHeader()->hide();
    m_problems->horizontalHeader()->setStretchLastSection(true);
    problemsLabel->setBuddy(m_problems);
    layout->addWidget(problemsLabel);
    layout->addWidget(m_problems, 1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setEnabled(false);
    buttons->addButton(QDialogButtonBox::Close);
    connect(m_import, &QPushButton::clicked, this, [this] {
        if (import() >= 0)
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 32);
}

void MemberImportDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Members CSV"), QString(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

void MemberImportDialog::loadFile(const QString &path)
{
    m_path->setText(path);
    m_bytes.clear();
    m_rows->setRowCount(0);
    m_problems->setRowCount(0);
    m_import->setEnabled(false);
    auto bytes = MemberImport::readFile(path);
    if (!bytes) {
        m_summary->setText(bytes.error().message);
        return;
    }
    auto preview = m_importer.preview(*bytes);
    if (!preview) {
        m_summary->setText(preview.error().message);
        m_problems->setRowCount(1);
        m_problems->setItem(0, 0, new QTableWidgetItem(preview.error().where));
        m_problems->setItem(0, 1, new QTableWidgetItem(preview.error().field));
        m_problems->setItem(0, 2, new QTableWidgetItem(preview.error().message));
        return;
    }
    m_bytes = *bytes;
    showPreview(*preview);
}

void MemberImportDialog::showPreview(const MemberImport::Preview &preview)
{
    m_rows->setRowCount(int(preview.rows.size()));
    for (int i = 0; i < preview.rows.size(); ++i) {
        const MemberImport::Row &r = preview.rows.at(i);
        const QStringList cells {QString::number(r.row), r.member.code, r.member.name,
                                 r.member.owner,         r.member.nib,  r.member.phone};
        for (int c = 0; c < cells.size(); ++c)
            m_rows->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    m_problems->setRowCount(int(preview.problems.size()));
    for (int i = 0; i < preview.problems.size(); ++i) {
        const MemberImport::Problem &p = preview.problems.at(i);
        m_problems->setItem(i, 0, new QTableWidgetItem(QString::number(p.row)));
        m_problems->setItem(i, 1, new QTableWidgetItem(p.column));
        m_problems->setItem(i, 2, new QTableWidgetItem(p.message));
    }
    m_rows->resizeColumnsToContents();
    m_problems->resizeColumnsToContents();
    if (preview.ok())
        m_summary->setText(tr("%n member(s) ready to import.", nullptr, int(preview.rows.size())));
    else
        m_summary->setText(tr("%n problem(s): nothing can be imported until the file is fixed.",
                              nullptr, int(preview.problems.size())));
    m_import->setEnabled(preview.ok() && !preview.rows.isEmpty());
}

int MemberImportDialog::import()
{
    if (m_bytes.isEmpty() || !m_import->isEnabled())
        return -1;
    auto added = m_importer.commit(m_bytes);
    if (!added) {
        m_summary->setText(added.error().message);
        return -1;
    }
    m_summary->setText(tr("%n member(s) imported.", nullptr, *added));
    Q_EMIT imported(*added);
    return *added;
}

QString MemberImportDialog::summary() const
{
    return m_summary->text();
}

} // namespace Rpb
