#pragma once

#include "recordmeta.h"

#include <QString>

namespace Rpb {

// One shared production house with its own time zone, opening hours and booking rules.
struct Site
{
    static constexpr const char *table = "site";

    RecordMeta meta;
    QString code; // "ACH"
    QString name;
    QString province;
    QString timeZone = QStringLiteral("Asia/Jakarta"); // IANA id
    int openMinute = 7 * 60;   // local minutes after midnight
    int closeMinute = 17 * 60; // local minutes after midnight, after openMinute
    int openDays = 0x3f;       // bit 0 Monday ... bit 6 Sunday; Monday to Saturday
    int bufferMinutes = 15;    // cleaning time after each booking
    int minBookingMinutes = 30;
    int maxBookingMinutes = 8 * 60;
    int bookAheadDays = 180;
    int weeklyQuotaMinutes = 20 * 60; // fair use per member per week
    int massBalanceTolerancePercent = 10;
    bool autoConfirm = true;
    // The person responsible for the site, who signs its monthly summary. Empty: the name of the
    // site's manager account (ReportRepository::siteManagerName).
    QString managerName;

    bool isOpenOn(int isoDayOfWeek) const { return openDays & (1 << (isoDayOfWeek - 1)); }
};

} // namespace Rpb
