#include "accountstab.h"

#include "services/appcontext.h"

#include "dialogs/accountdialog.h"
#include "dialogs/passworddialog.h"
#include "domain/permissions.h"
#include "models/accountmodel.h"
#include "services/accountservice.h"
#include "services/language.h"

#include <QCoreApplication>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace Rpb {

AccountsTab::AccountsTab(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_accounts(context.accounts())
    , m_masterData(context.masterData())
{
    setObjectName(QStringLiteral("accountsTab"));
    m_model = new AccountModel(m_accounts, m_masterData, context.hub(), this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AccountModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);

    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_count = new QLabel(this);
    m_count->setEnabled(false);
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("add"));
    m_edit = new QPushButton(this);
    m_edit->setObjectName(QStringLiteral("edit"));
    m_disable = new QPushButton(this);
    m_disable->setObjectName(QStringLiteral("disable"));
    m_reset = new QPushButton(this);
    m_reset->setObjectName(QStringLiteral("resetPassword"));
    for (QPushButton *button : {m_add, m_edit, m_disable, m_reset})
        button->setAutoDefault(false);
    bar->addWidget(m_count);
    bar->addStretch(1);
    bar->addWidget(m_add);
    bar->addWidget(m_edit);
    bar->addWidget(m_disable);
    bar->addWidget(m_reset);
    layout->addLayout(bar);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("table"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->sortByColumn(AccountModel::Name, Qt::AscendingOrder);
    layout->addWidget(m_table, 1);

    auto *idle = new QGroupBox(this);
    idle->setObjectName(QStringLiteral("idleLockGroup"));
    auto *idleLayout = new QHBoxLayout(idle);
    m_idleLabel = new QLabel(idle);
    m_idleMinutes = new QSpinBox(idle);
    m_idleMinutes->setObjectName(QStringLiteral("idleLockMinutes"));
    m_idleMinutes->setRange(0, 24 * 60);
    m_idleMinutes->setLocale(Language::locale());
    m_idleLabel->setBuddy(m_idleMinutes);
    m_idleHint = new QLabel(idle);
    m_idleHint->setEnabled(false);
    m_idleApply = new QPushButton(idle);
    m_idleApply->setObjectName(QStringLiteral("setIdleLock"));
    m_idleApply->setAutoDefault(false);
    m_idleMessage = new QLabel(idle);
    m_idleMessage->setObjectName(QStringLiteral("idleLockMessage"));
    m_idleMessage->setWordWrap(true);
    idleLayout->addWidget(m_idleLabel);
    idleLayout->addWidget(m_idleMinutes);
    idleLayout->addWidget(m_idleHint);
    idleLayout->addWidget(m_idleApply);
    idleLayout->addWidget(m_idleMessage, 1);
    layout->addWidget(idle);

    connect(m_add, &QPushButton::clicked, this, &AccountsTab::addAccount);
    connect(m_edit, &QPushButton::clicked, this, &AccountsTab::editAccount);
    connect(m_disable, &QPushButton::clicked, this, &AccountsTab::toggleDisabled);
    connect(m_reset, &QPushButton::clicked, this, &AccountsTab::resetPassword);
    connect(m_table, &QTableView::activated, this, &AccountsTab::editAccount);
    connect(m_idleApply, &QPushButton::clicked, this, &AccountsTab::applyIdleLock);
    // Enter in the minutes sets them, as the button does.
    connect(m_idleMinutes, &QSpinBox::editingFinished, this, [this] {
        if (m_idleMinutes->hasFocus() && m_idleMinutes->value() != m_accounts.idleLockMinutes())
            applyIdleLock();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid() && !m_table->selectionModel()->isRowSelected(current.row()))
                    m_table->selectionModel()->select(
                        current, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                updateActions();
            });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_table->setCurrentIndex(m_proxy->index(0, 0));
        updateActions();
    });

    retranslate();
    m_table->resizeColumnsToContents();
}

void AccountsTab::refreshPermissions()
{
    m_model->reload();
    m_idleMinutes->setValue(m_accounts.idleLockMinutes());
    m_idleMessage->clear();
    updateActions();
}

void AccountsTab::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateActions();
}

qint64 AccountsTab::currentId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(AccountModel::IdRole).toLongLong() : 0;
}

void AccountsTab::selectId(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    updateActions();
}

void AccountsTab::updateActions()
{
    const qint64 id = currentId();
    const bool manage = !m_readOnly
        && Permissions::allows(m_accounts.actor(), Permissions::Action::ManageAccounts);
    const bool disabled
        = id != 0 && m_table->currentIndex().data(AccountModel::DisabledRole).toBool();
    m_add->setEnabled(manage);
    m_edit->setEnabled(manage && id != 0);
    // Nobody disables themselves into a database nobody can sign in to.
    m_disable->setEnabled(manage && id != 0 && id != m_accounts.actor().userId);
    m_reset->setEnabled(manage && id != 0);
    m_idleMinutes->setEnabled(manage);
    m_idleApply->setEnabled(manage);
    m_disable->setText(disabled ? tr("Enab&le") : tr("Disab&le"));
    m_disable->setToolTip(disabled ? tr("Let this person sign in again.")
                                   : tr("Stop this person from signing in; their entries and "
                                        "the audit log keep their name."));
    m_count->setText(m_model->lastError().isEmpty()
                         ? tr("%n account(s)", nullptr, m_proxy->rowCount())
                         : m_model->lastError());
}

void AccountsTab::addAccount()
{
    User user;
    user.role = Role::Operator;
    user.siteId = m_accounts.actor().siteId;
    auto *dialog = new AccountDialog(m_accounts, m_masterData, user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        selectId(dialog->savedId());
        m_table->setFocus(Qt::OtherFocusReason);
    });
    dialog->open();
}

void AccountsTab::editAccount()
{
    const qint64 id = currentId();
    if (id == 0 || !m_edit->isEnabled())
        return;
    auto user = m_accounts.user(id);
    if (!user) {
        showError(user.error());
        return;
    }
    auto *dialog = new AccountDialog(m_accounts, m_masterData, *user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        selectId(dialog->savedId());
        m_table->setFocus(Qt::OtherFocusReason);
    });
    dialog->open();
}

void AccountsTab::toggleDisabled()
{
    const qint64 id = currentId();
    if (id == 0)
        return;
    const bool disabled = m_table->currentIndex().data(AccountModel::DisabledRole).toBool();
    const qint64 version = m_model->userAt(m_model->rowOfId(id)).meta.rowVersion;
    auto done = m_accounts.setDisabled(id, !disabled, version);
    if (!done)
        showError(done.error());
    else
        selectId(id);
}

void AccountsTab::resetPassword()
{
    const qint64 id = currentId();
    if (id == 0)
        return;
    auto user = m_accounts.user(id);
    if (!user) {
        showError(user.error());
        return;
    }
    auto *dialog = new PasswordDialog(m_accounts, PasswordDialog::Mode::Reset, *user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString name = user->name;
    connect(dialog, &QDialog::accepted, this, [this, name] {
        auto *box
            = new QMessageBox(QMessageBox::Information, tr("Accounts"),
                              tr("The password of %1 was reset.").arg(name), QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    dialog->open();
}

void AccountsTab::applyIdleLock()
{
    const int minutes = m_idleMinutes->value();
    const Status done = m_accounts.setIdleLockMinutes(minutes);
    if (!done) {
        m_idleMessage->setStyleSheet(QStringLiteral("color: #c42b1c;"));
        m_idleMessage->setText(done.error().message);
        return;
    }
    m_idleMessage->setStyleSheet(QString());
    m_idleMessage->setText(minutes == 0 ? tr("Saved: the window never locks by itself.")
                                        : tr("Saved: the window locks after %n minute(s) "
                                             "without input.",
                                             nullptr, minutes));
    Q_EMIT idleLockChanged(minutes);
}

void AccountsTab::showError(const Error &error)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Accounts"), error.message,
                                QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void AccountsTab::showEvent(QShowEvent *event)
{
    // Another PC may have changed the accounts or the idle time since.
    m_model->reload();
    if (!m_idleMinutes->hasFocus())
        m_idleMinutes->setValue(m_accounts.idleLockMinutes());
    QWidget::showEvent(event);
}

void AccountsTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        QCoreApplication::sendEvent(m_model, event);
    }
    QWidget::changeEvent(event);
}

void AccountsTab::retranslate()
{
    m_add->setText(tr("&Add..."));
    m_add->setToolTip(tr("Add an account for a manager, operator or viewer (Alt+A)"));
    m_edit->setText(tr("E&dit..."));
    m_edit->setToolTip(tr("Change the full name, role or site of the selected account (Enter)"));
    m_reset->setText(tr("&Reset password..."));
    m_reset->setToolTip(tr("Give the selected account a new password, for a person who forgot "
                           "theirs."));
    if (auto *group = findChild<QGroupBox *>(QStringLiteral("idleLockGroup")))
        group->setTitle(tr("Lock when nobody uses the window"));
    m_idleLabel->setText(tr("Loc&k the window after"));
    m_idleMinutes->setSuffix(tr(" min"));
    m_idleMinutes->setSpecialValueText(tr("never"));
    m_idleHint->setText(tr("without keyboard or mouse input (0: never)"));
    m_idleApply->setText(tr("Se&t"));
    updateActions();
}

} // namespace Rpb
