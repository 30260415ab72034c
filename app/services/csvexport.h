#pragma once

#include "domain/actor.h"
#include "domain/result.h"

#include <QByteArray>
#include <QDate>
#include <QStringList>
#include <QStringView>

#include <functional>
#include <optional>

class QIODevice;

namespace Rpb {

class Database;
class Session;

// Bookings, batches, waste lines or members as a CSV file for spreadsheets (docs/cli.md,
// `export csv`).
//
// The file is RFC 4180: UTF-8 with a byte-order mark (so that Excel reads it as UTF-8), CRLF line
// ends, a header row of English snake_case column names that never change, and a field quoted
// when it holds a comma, a quote, CR or LF, or starts or ends with a space; quotes inside are
// doubled. Values are for machines, not people: C-locale numbers, quantities as exact decimals
// with their unit in a column beside them, ISO 8601 dates, times with the site's offset, UUIDs
// as text, booleans as true/false.
//
// Any text cell that a spreadsheet could run as a formula, one starting with = + - @, a tab or a
// carriage return (also after leading spaces, and their full-width forms), gets a single quote
// in front, as OWASP advises for CSV injection. Numbers, dates and times are never text cells, so
// they are never changed.
//
// Rows go out one at a time as the database hands them over, so a national file of a million
// bookings needs no more memory than a small one. No account data leaves: authors are the names
// the records carry.
class CsvExport final
{
public:
    enum class What { Bookings, Batches, Waste, Members };
    // Text cells may be neutralised; values (numbers, dates, times, UUIDs, fixed codes) never.
    enum class Cell { Text, Value };

    struct Options
    {
        What what = What::Bookings;
        std::optional<qint64> siteId; // empty: every site the account may read
        // Site-local dates, both included; an invalid date leaves that end open. Bookings count
        // by their start, batches and waste lines by the batch's production date; members have
        // no date, and a range for them is refused.
        QDate from;
        QDate to;
    };

    struct Summary
    {
        qint64 rows = 0; // data rows written, the header not counted
        qint64 bytes = 0;
        QStringList siteCodes; // the sites covered
        bool cancelled = false; // the progress callback asked to stop; the file is incomplete
    };

    // Called every few thousand rows and at the end with rows done and rows in all; returning
    // false stops the export.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    CsvExport(const Database &db, const Session &session);

    // Whether the options may be exported by the actor, without reading any record.
    Status check(const Options &options) const;
    // How many rows an export would write, for a preview.
    Result<qint64> count(const Options &options) const;
    // Writes the whole file to an open device.
    Result<Summary> write(const Options &options, QIODevice &device,
                          const Progress &progress = {}) const;
    // Writes to a file that replaces an older one only once it is complete: a failed or
    // cancelled export leaves nothing half-written behind.
    Result<Summary> writeFile(const Options &options, const QString &path,
                              const Progress &progress = {}) const;

    static QString whatCode(What what); // "bookings", "batches", "waste", "members"
    static std::optional<What> whatFromCode(const QString &code);
    static QString whatDisplayName(What what); // translated
    static QList<What> allWhats();
    static QStringList columns(What what);

    // One field, quoted where RFC 4180 needs it and, for text, neutralised; UTF-8.
    static QByteArray cell(QStringView text, Cell kind = Cell::Text);
    static bool needsNeutralising(QStringView text);

private:
    struct Scope;
    Result<Scope> scope(const Options &options) const;

    const Database &m_db;
    const Session &m_session;
};

} // namespace Rpb
