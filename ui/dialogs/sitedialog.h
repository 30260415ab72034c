#pragma once

#include "domain/site.h"
#include "recorddialog.h"

#include <array>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;
class QTimeEdit;

namespace Rpb {

class CodeLineEdit;

// Adds or edits a site: where it is, its time zone, opening hours and booking rules.
class SiteDialog final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SiteDialog)
public:
    SiteDialog(MasterDataService &service, const Site &site, QWidget *parent = nullptr);

protected:
    QList<Error> submit() override;

private:
    Site m_site;
    CodeLineEdit *m_code = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_province = nullptr;
    QLineEdit *m_manager = nullptr;
    QComboBox *m_timeZone = nullptr;
    QTimeEdit *m_open = nullptr;
    QTimeEdit *m_close = nullptr;
    std::array<QCheckBox *, 7> m_days {};
    QSpinBox *m_buffer = nullptr;
    QSpinBox *m_shortest = nullptr;
    QSpinBox *m_longest = nullptr;
    QSpinBox *m_bookAhead = nullptr;
    QDoubleSpinBox *m_weeklyQuota = nullptr;
    QSpinBox *m_tolerance = nullptr;
    QCheckBox *m_autoConfirm = nullptr;
};

} // namespace Rpb
