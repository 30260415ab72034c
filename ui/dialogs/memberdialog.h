#pragma once

#include "domain/member.h"
#include "recorddialog.h"

class QCheckBox;
class QDateEdit;
class QLineEdit;

namespace Rpb {

class CodeLineEdit;

// Adds or edits a member business (UMKM) of one site.
class MemberDialog final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemberDialog)
public:
    // A record without an id is added; its meta.siteId says where.
    MemberDialog(MasterDataService &service, const Member &member, QWidget *parent = nullptr);

protected:
    QList<Error> submit() override;

private:
    Member m_member;
    CodeLineEdit *m_code = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_owner = nullptr;
    QLineEdit *m_nib = nullptr;
    QCheckBox *m_womenLed = nullptr;
    QCheckBox *m_youthLed = nullptr;
    QLineEdit *m_phone = nullptr;
    QDateEdit *m_joined = nullptr;
};

} // namespace Rpb
