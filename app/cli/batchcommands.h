#pragma once

#include "domain/batch.h"
#include "domain/result.h"
#include "recordlookup.h"

#include <QJsonObject>
#include <QStringList>

namespace Rpb {

class AppContext;
class Console;
struct Invocation;

// Production batches by command line: add from the JSON of docs/cli.md, list with totals, show,
// delete and archive, and a manager's month close, through the batch service as the window does.
// A batch with problems lists every one of them by its JSON path and saves nothing.
class BatchCommands final
{
    Q_DISABLE_COPY_MOVE(BatchCommands)
public:
    BatchCommands(AppContext &context, Console &console);

    int run(const Invocation &invocation);

    // A file's bytes, or standard input for "-"; an unreadable file is invalid input that names
    // its option.
    static Result<QByteArray> readInput(const QString &path, const QString &option);

private:
    int add(const Invocation &invocation);
    int list(const Invocation &invocation);
    int show(const Invocation &invocation);
    int remove(const Invocation &invocation);
    int archive(const Invocation &invocation);
    int month(const Invocation &invocation);
    int closedMonths(const Invocation &invocation);

    Result<Batch> findBatch(const Invocation &invocation) const;
    // The readable form of batch show and batch add.
    void printBatch(const Batch &batch);
    QString categoryCode(qint64 id) const;

    AppContext &m_context;
    Console &m_console;
    RecordLookup m_lookup;
};

} // namespace Rpb
