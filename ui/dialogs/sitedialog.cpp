#include "sitedialog.h"

#include "displayformat.h"
#include "domain/validator.h"
#include "services/language.h"
#include "services/masterdataservice.h"
#include "widgets/codelineedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTimeEdit>

namespace Rpb {

namespace {
constexpr int midnight = 24 * 60;

QTime timeOf(int minuteOfDay)
{
    // A time edit stops at 23:59; a site open until midnight shows that.
    return minuteOfDay >= midnight ? QTime(23, 59) : QTime(minuteOfDay / 60, minuteOfDay % 60);
}

int minuteOf(const QTime &time)
{
    return time.hour() * 60 + time.minute();
}

QTimeEdit *makeTimeEdit(int minuteOfDay, QWidget *parent)
{
    auto *edit = new QTimeEdit(timeOf(minuteOfDay), parent);
    edit->setDisplayFormat(QStringLiteral("HH:mm"));
    edit->setLocale(Language::locale());
    return edit;
}

QSpinBox *makeSpin(int minimum, int maximum, int value, const QString &suffix, QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(minimum, maximum);
    spin->setValue(value);
    spin->setSuffix(suffix);
    spin->setLocale(Language::locale());
    spin->setGroupSeparatorShown(true);
    return spin;
}
} // namespace

SiteDialog::SiteDialog(MasterDataService &service, const Site &site, QWidget *parent)
    : RecordDialog(service, parent)
    , m_site(site)
{
    setWindowTitle(site.meta.isNew() ? tr("New site") : tr("Site %1").arg(site.code));

    m_code = new CodeLineEdit(this);
    m_code->setText(site.code);
    m_code->setPlaceholderText(tr("e.g. ACH"));
    addRow(tr("Co&de:"), m_code, QStringLiteral("code"));

    m_name = new QLineEdit(site.name, this);
    m_name->setMaxLength(120);
    m_name->setPlaceholderText(tr("e.g. RPB Minyak Atsiri"));
    addRow(tr("&Name:"), m_name, QStringLiteral("name"));

    m_province = new QLineEdit(site.province, this);
    m_province->setMaxLength(80);
    addRow(tr("&Province:"), m_province, QStringLiteral("province"));

    m_manager = new QLineEdit(site.managerName, this);
    m_manager->setMaxLength(120);
    m_manager->setPlaceholderText(tr("empty: the site's manager account"));
    m_manager->setToolTip(tr("The person responsible for the site, who signs its monthly "
                             "summary. It travels to the central office with the site."));
    addRow(tr("R&esponsible manager:"), m_manager, QStringLiteral("manager_name"));

    m_timeZone = new QComboBox(this);
    for (const QString &zone : DisplayFormat::indonesianTimeZones())
        m_timeZone->addItem(DisplayFormat::timeZoneLabel(zone), zone);
    if (m_timeZone->findData(site.timeZone) < 0)
        m_timeZone->addItem(DisplayFormat::timeZoneLabel(site.timeZone), site.timeZone);
    m_timeZone->setCurrentIndex(m_timeZone->findData(site.timeZone));
    addRow(tr("&Time zone:"), m_timeZone, QStringLiteral("time_zone"));

    auto *hours = new QWidget(this);
    auto *hoursLayout = new QHBoxLayout(hours);
    hoursLayout->setContentsMargins(0, 0, 0, 0);
    m_open = makeTimeEdit(site.openMinute, hours);
    m_open->setAccessibleName(tr("Opening time"));
    m_close = makeTimeEdit(site.closeMinute, hours);
    m_close->setAccessibleName(tr("Closing time"));
    hoursLayout->addWidget(m_open);
    hoursLayout->addWidget(new QLabel(tr("to"), hours));
    hoursLayout->addWidget(m_close);
    hoursLayout->addStretch(1);
    addRow(tr("Opening &hours:"), hours, QStringLiteral("open_minute"), m_open);
    addAlias(QStringLiteral("close_minute"), QStringLiteral("open_minute"), m_close);

    auto *days = new QWidget(this);
    auto *daysLayout = new QHBoxLayout(days);
    daysLayout->setContentsMargins(0, 0, 0, 0);
    for (int day = 1; day <= 7; ++day) {
        auto *box = new QCheckBox(DisplayFormat::dayName(day), days);
        box->setAccessibleName(Language::locale().dayName(day, QLocale::LongFormat));
        box->setChecked(site.isOpenOn(day));
        daysLayout->addWidget(box);
        m_days[std::size_t(day - 1)] = box;
    }
    daysLayout->addStretch(1);
    addRow(tr("Open da&ys:"), days, QStringLiteral("open_days"), m_days.front());

    const QString minutes = tr(" min");
    m_buffer = makeSpin(0, 240, site.bufferMinutes, minutes, this);
    m_buffer->setToolTip(tr("Cleaning time kept free after each booking."));
    addRow(tr("&Buffer time:"), m_buffer, QStringLiteral("buffer_minutes"));

    m_shortest = makeSpin(5, midnight, site.minBookingMinutes, minutes, this);
    m_shortest->setSingleStep(15);
    addRow(tr("Sh&ortest booking:"), m_shortest, QStringLiteral("min_booking_minutes"));

    m_longest = makeSpin(5, 7 * midnight, site.maxBookingMinutes, minutes, this);
    m_longest->setSingleStep(30);
    addRow(tr("&Longest booking:"), m_longest, QStringLiteral("max_booking_minutes"));

    m_bookAhead = makeSpin(1, 730, site.bookAheadDays, tr(" days"), this);
    m_bookAhead->setToolTip(tr("How far ahead members may book."));
    addRow(tr("Book &ahead:"), m_bookAhead, QStringLiteral("book_ahead_days"));

    m_weeklyQuota = new QDoubleSpinBox(this);
    m_weeklyQuota->setLocale(Language::locale());
    m_weeklyQuota->setDecimals(2);
    m_weeklyQuota->setRange(0, 168);
    m_weeklyQuota->setSingleStep(0.5);
    m_weeklyQuota->setSuffix(tr(" h per member"));
    m_weeklyQuota->setValue(site.weeklyQuotaMinutes / 60.0);
    m_weeklyQuota->setToolTip(tr("Fair use: machine hours one member may book in a week."));
    addRow(tr("&Weekly quota:"), m_weeklyQuota, QStringLiteral("weekly_quota_minutes"));

    m_tolerance = makeSpin(0, 100, site.massBalanceTolerancePercent, tr(" %"), this);
    m_tolerance->setToolTip(tr("How far a batch's output plus waste may differ from its inputs "
                               "before it is flagged."));
    addRow(tr("&Mass-balance tolerance:"), m_tolerance,
           QStringLiteral("mass_balance_tolerance_percent"));

    m_autoConfirm = new QCheckBox(tr("Con&firm bookings automatically"), this);
    m_autoConfirm->setChecked(site.autoConfirm);
    addRow(QString(), m_autoConfirm, QStringLiteral("auto_confirm"));

    finishForm();
}

QList<Error> SiteDialog::submit()
{
    Site site = m_site;
    site.code = m_code->text().trimmed();
    site.name = m_name->text();
    site.province = m_province->text();
    site.managerName = m_manager->text();
    site.timeZone = m_timeZone->currentData().toString();
    site.openMinute = minuteOf(m_open->time());
    // Keep "open until midnight" when the shown 23:59 was not touched.
    if (!(m_site.closeMinute >= midnight && m_close->time() == timeOf(midnight)))
        site.closeMinute = minuteOf(m_close->time());
    site.openDays = 0;
    for (std::size_t i = 0; i < m_days.size(); ++i)
        if (m_days[i]->isChecked())
            site.openDays |= 1 << i;
    site.bufferMinutes = m_buffer->value();
    site.minBookingMinutes = m_shortest->value();
    site.maxBookingMinutes = m_longest->value();
    site.bookAheadDays = m_bookAhead->value();
    site.weeklyQuotaMinutes = qRound(m_weeklyQuota->value() * 60);
    // Unchanged hours keep their exact minutes even when they are not a multiple of 0.6 min.
    if (qAbs(m_weeklyQuota->value() - m_site.weeklyQuotaMinutes / 60.0) < 0.005)
        site.weeklyQuotaMinutes = m_site.weeklyQuotaMinutes;
    site.massBalanceTolerancePercent = m_tolerance->value();
    site.autoConfirm = m_autoConfirm->isChecked();

    if (QList<Error> errors = Validator::validate(site); !errors.isEmpty())
        return errors;
    auto saved = service().save(site);
    if (!saved)
        return {saved.error()};
    m_site = *saved;
    setSavedId(saved->meta.id);
    return {};
}

} // namespace Rpb
