#pragma once

#include "domain/member.h"
#include "domain/result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace Rpb {

class Database;
class MasterDataService;

// Bulk import of members from a spreadsheet's CSV (docs/cli.md, `members import --csv`).
//
// The file is UTF-8, with or without a byte-order mark; comma or semicolon separated (whichever
// the header row uses); quoted as RFC 4180 describes, so a cell may hold the separator, quotes
// and line breaks. The header row names at least name, owner and site (a site code), and any of
// nib, women_led, youth_led, phone, joined (YYYY-MM-DD) and code; other columns are ignored.
// Booleans are ya/tidak, yes/no, true/false or 1/0. A row without a code gets SITE-Mnnn.
//
// preview() reads and checks everything and writes nothing; commit() checks again and writes
// every row in one transaction, or nothing at all. Each member gets its own audit entry
// (action "import"), so the audit page shows every member with the person who imported it.
// Rows are numbered as a spreadsheet shows them: the header is row 1.
class MemberImport final
{
    Q_DISABLE_COPY_MOVE(MemberImport)
public:
    static constexpr qint64 MaxFileBytes = 20 * 1024 * 1024;
    static constexpr int MaxCellCharacters = 10'000;

    // A bad cell or row: what is wrong and where.
    struct Problem
    {
        int row = 0; // as in the file, the header being row 1
        QString column; // the header's name of the column ("nib"); empty for the whole row
        QString message;
        Error toError() const; // Invalid, where "row 5, column nib", field the column
    };

    struct Row
    {
        int row = 0;
        Member member; // site, code (given or generated) and fields, ready to store
        bool generatedCode = false;
    };

    struct Preview
    {
        QList<Row> rows; // the members a commit would add, in file order
        QList<Problem> problems; // every bad row and column; a commit refuses while there are any
        QChar separator;
        bool byteOrderMark = false;
        int dataRows = 0; // rows below the header, blank rows not counted
        QStringList ignoredColumns; // header names that are not known columns
        bool ok() const { return problems.isEmpty(); }
    };

    // Acts as masterData's actor and announces the new members through its changed() signal.
    MemberImport(Database &db, MasterDataService &masterData);

    // Problems of the file as a whole (not UTF-8, too large, no header, a missing column, a
    // quote never closed, a site the actor may not change) are the error; problems of rows are
    // listed in the preview.
    Result<Preview> preview(const QByteArray &bytes) const;
    // All rows or none. Refuses (Invalid) when the preview has any problem, naming the first and
    // how many there are. Returns the number of members added.
    Result<int> commit(const QByteArray &bytes);

    // Reads a file, refusing one over MaxFileBytes before reading it.
    static Result<QByteArray> readFile(const QString &path);

private:
    Result<Preview> analyse(const QByteArray &bytes) const;

    Database &m_db;
    MasterDataService &m_masterData;
};

} // namespace Rpb
