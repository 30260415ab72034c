#pragma once

#include "recordmeta.h"

#include <QDate>
#include <QString>

namespace Rpb {

// A small business (UMKM) that uses the site.
struct Member
{
    static constexpr const char *table = "member";

    RecordMeta meta;
    QString code;  // unique within the site: "ACH-M01"
    QString name;  // business name
    QString owner; // owner's name
    QString nib;   // Nomor Induk Berusaha: 13 digits, or empty when not yet registered
    bool womenLed = false;
    bool youthLed = false; // led by someone aged 16 to 30
    QString phone;
    QDate joined;
};

} // namespace Rpb
