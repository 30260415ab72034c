#include "aboutdialog.h"

#include "services/appinfo.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Rpb {

namespace {
QLabel *selectable(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}
} // namespace

AboutDialog::AboutDialog(const QString &databasePath, int schemaVersion, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About %1").arg(AppInfo::applicationName()));

    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    auto *icon = new QLabel(this);
    const int extent = fontMetrics().height() * 4;
    icon->setPixmap(QApplication::windowIcon().pixmap(extent, extent));
    header->addWidget(icon, 0, Qt::AlignTop);

    auto *title = new QLabel(this);
    title->setObjectName(QStringLiteral("aboutTitle"));
    title->setTextFormat(Qt::RichText);
    title->setText(QStringLiteral("<h2>%1 %2</h2><p>%3</p>")
                       .arg(AppInfo::applicationName().toHtmlEscaped(),
                            AppInfo::version().toHtmlEscaped(),
                            tr("Machine bookings, production batches, waste and green-UMKM "
                               "summaries for shared production houses (rumah produksi "
                               "bersama).")
                                .toHtmlEscaped()));
    title->setWordWrap(true);
    header->addWidget(title, 1);
    layout->addLayout(header);

    auto *facts = new QFormLayout;
    facts->addRow(tr("Version:"), selectable(AppInfo::version(), this));
    facts->addRow(tr("Qt:"), selectable(AppInfo::qtVersion(), this));
    facts->addRow(tr("SQLite:"), selectable(AppInfo::sqliteLibraryVersion(), this));
    facts->addRow(tr("Database:"), selectable(databasePath, this));
    facts->addRow(tr("Schema version:"), selectable(QString::number(schemaVersion), this));
    layout->addLayout(facts);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &AboutDialog::reject);
    layout->addWidget(buttons);
    buttons->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
}

} // namespace Rpb
