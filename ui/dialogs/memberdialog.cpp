#include "memberdialog.h"

#include "displayformat.h"
#include "domain/validator.h"
#include "services/language.h"
#include "services/masterdataservice.h"
#include "widgets/codelineedit.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QLineEdit>

namespace Rpb {

namespace {
// The day before the earliest joining date the rules accept stands for "not recorded".
const QDate notRecorded(1989, 12, 31);
} // namespace

MemberDialog::MemberDialog(MasterDataService &service, const Member &member, QWidget *parent)
    : RecordDialog(service, parent)
    , m_member(member)
{
    setWindowTitle(member.meta.isNew() ? tr("New member") : tr("Member %1").arg(member.code));

    m_code = new CodeLineEdit(this);
    m_code->setText(member.code);
    m_code->setPlaceholderText(tr("e.g. ACH-M01"));
    addRow(tr("Co&de:"), m_code, QStringLiteral("code"));

    m_name = new QLineEdit(member.name, this);
    m_name->setMaxLength(160);
    addRow(tr("&Business name:"), m_name, QStringLiteral("name"));

    m_owner = new QLineEdit(member.owner, this);
    m_owner->setMaxLength(120);
    addRow(tr("O&wner:"), m_owner, QStringLiteral("owner"));

    m_nib = new QLineEdit(member.nib, this);
    m_nib->setPlaceholderText(tr("13 digits, empty if not yet registered"));
    m_nib->setInputMethodHints(Qt::ImhDigitsOnly);
    addRow(tr("&NIB:"), m_nib, QStringLiteral("nib"));

    m_womenLed = new QCheckBox(tr("Wo&men-led business"), this);
    m_womenLed->setChecked(member.womenLed);
    addRow(QString(), m_womenLed, QStringLiteral("women_led"));

    m_youthLed = new QCheckBox(tr("&Youth-led business (owner aged 16 to 30)"), this);
    m_youthLed->setChecked(member.youthLed);
    addRow(QString(), m_youthLed, QStringLiteral("youth_led"));

    m_phone = new QLineEdit(member.phone, this);
    m_phone->setPlaceholderText(tr("e.g. 0812-3456-7890"));
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    addRow(tr("&Phone:"), m_phone, QStringLiteral("phone"));

    m_joined = new QDateEdit(this);
    m_joined->setLocale(Language::locale());
    m_joined->setDisplayFormat(DisplayFormat::dateFormat());
    m_joined->setCalendarPopup(true);
    m_joined->setMinimumDate(notRecorded);
    m_joined->setMaximumDate(QDate::currentDate());
    m_joined->setSpecialValueText(tr("not recorded"));
    m_joined->setDate(member.joined.isValid()   ? member.joined
                          : member.meta.isNew() ? QDate::currentDate()
                                                : notRecorded);
    addRow(tr("&Joined:"), m_joined, QStringLiteral("joined"));

    finishForm();
}

QList<Error> MemberDialog::submit()
{
    Member member = m_member;
    member.code = m_code->text().trimmed();
    member.name = m_name->text();
    member.owner = m_owner->text();
    member.nib = m_nib->text().trimmed();
    member.womenLed = m_womenLed->isChecked();
    member.youthLed = m_youthLed->isChecked();
    member.phone = m_phone->text().trimmed();
    member.joined = m_joined->date() == notRecorded ? QDate() : m_joined->date();

    if (QList<Error> errors = Validator::validate(member); !errors.isEmpty())
        return errors;
    auto saved = service().save(member);
    if (!saved)
        return {saved.error()};
    m_member = *saved;
    setSavedId(saved->meta.id);
    return {};
}

} // namespace Rpb
