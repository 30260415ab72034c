#include "signindialog.h"

#include "services/accountservice.h"
#include "services/appinfo.h"
#include "widgets/signinnameedit.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace Rpb {

namespace {
const QString lastNameSetting = QStringLiteral("ui/lastSignInName");
} // namespace

SignInDialog::SignInDialog(AccountService &accounts, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_mode(mode)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in to %1").arg(AppInfo::applicationName()));

    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    auto *icon = new QLabel(this);
    const int extent = fontMetrics().height() * 3;
    icon->setPixmap(QApplication::windowIcon().pixmap(extent, extent));
    header->addWidget(icon, 0, Qt::AlignTop);
    auto *headerText = new QVBoxLayout;
    auto *title = new QLabel(AppInfo::applicationName(), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    headerText->addWidget(title);
    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("intro"));
    m_intro->setWordWrap(true);
    m_intro->setText(mode == Mode::Start
                         ? tr("Sign in with the account a manager gave you.")
                         : tr("The window is locked. Sign in again to continue, or sign in as "
                              "someone else to take over."));
    headerText->addWidget(m_intro);
    header->addLayout(headerText, 1);
    layout->addLayout(header);
    layout->addSpacing(fontMetrics().height() / 2);

    auto *form = new QFormLayout;
    m_name = new SignInNameEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setAccessibleName(tr("Sign-in name"));
    form->addRow(tr("&Name:"), m_name);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setStyleSheet(QStringLiteral("color: #c42b1c;"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // Room for a two-line message from the start, so that the dialog does not jump or squeeze
    // its text when one appears.
    m_message->setMinimumHeight(m_message->fontMetrics().lineSpacing() * 2);
    layout->addWidget(m_message);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(this);
    m_signIn = buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    m_quit = buttons->addButton(tr("&Quit"), QDialogButtonBox::DestructiveRole);
    m_quit->setObjectName(QStringLiteral("quitButton"));
    m_quit->setAutoDefault(false);
    m_quit->setToolTip(tr("Close %1").arg(AppInfo::applicationName()));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_quit, &QPushButton::clicked, this, [this] { done(QuitResult); });

    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    setUserName(QString());
}

QString SignInDialog::lastUserName()
{
    return QSettings().value(lastNameSetting).toString();
}

void SignInDialog::rememberUserName(const QString &name)
{
    QSettings().setValue(lastNameSetting, name);
}

void SignInDialog::setUserName(const QString &name)
{
    m_name->setText(name.isEmpty() && m_mode == Mode::Start ? lastUserName() : name);
    m_password->clear();
    // Straight to what is missing: the password when the name is known.
    if (m_name->text().isEmpty())
        m_name->setFocus(Qt::OtherFocusReason);
    else
        m_password->setFocus(Qt::OtherFocusReason);
}

void SignInDialog::setIntro(const QString &text)
{
    m_intro->setText(text);
}

void SignInDialog::accept()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        showMessage(tr("Type your sign-in name."));
        m_name->setFocus(Qt::OtherFocusReason);
        return;
    }
    // The password check takes a noticeable moment by design: it is what makes guessing slow.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto actor = m_accounts.signIn(name, m_password->text());
    QApplication::restoreOverrideCursor();
    if (!actor) {
        showMessage(actor.error().message);
        m_password->clear();
        m_password->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_actor = *actor;
    m_password->clear();
    rememberUserName(m_actor.name);
    QDialog::accept();
}

void SignInDialog::reject()
{
    // A locked window has nothing behind it to go back to; Quit is one click away.
    if (m_mode == Mode::Unlock)
        return;
    QDialog::reject();
}

void SignInDialog::showMessage(const QString &text)
{
    m_message->setText(text);
    m_password->setAccessibleDescription(text);
}

} // namespace Rpb
