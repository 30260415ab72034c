#pragma once

#include "domain/batch.h"
#include "domain/result.h"

#include <QUndoCommand>

#include <functional>
#include <optional>

namespace Rpb {

class BatchService;

// A change to one batch that can be taken back: archive or restore, mark checked or unchecked,
// or an edit (undone by saving the earlier content again). The first redo() is the change
// itself, so a change the service refuses never enters the stack. Every step names the row
// version it was based on: when someone else changed the batch since, the service refuses with
// who and when, and the command leaves the stack instead of overwriting their work.
class BatchCommand final : public QUndoCommand
{
public:
    enum class Kind { Archive, Check, Edit };
    using Report = std::function<void(const Error &)>;

    // Archive and Check: to is the state to go to; batch as the person saw it.
    BatchCommand(BatchService &batches, Kind kind, const Batch &batch, bool to, Report report);
    BatchCommand(BatchService &batches, Kind kind, qint64 batchId, qint64 rowVersion,
                 const QString &code, bool to, Report report);
    // Edit: before as the form opened it, after as the person made it (with the note that
    // acknowledges its warnings); redo() saves after, undo() saves before's content again.
    BatchCommand(BatchService &batches, const Batch &before, const Batch &after,
                 const QString &acknowledgement, Report report);
    Q_DISABLE_COPY_MOVE(BatchCommand)

    void redo() override;
    void undo() override;

    // Where refusals go from now on (the first redo's went to the report given).
    void setReport(Report report) { m_report = std::move(report); }
    // The batch as the last step stored it.
    const std::optional<Batch> &stored() const { return m_stored; }

private:
    void apply(bool forward);

    BatchService &m_batches;
    Kind m_kind;
    qint64 m_id = 0;
    qint64 m_version = 0; // the batch's version after the last step of this command
    bool m_to = true;
    Batch m_before;
    Batch m_after;
    QString m_acknowledgement;
    std::optional<Batch> m_stored;
    Report m_report;
};

} // namespace Rpb
