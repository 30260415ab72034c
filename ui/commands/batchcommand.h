#pragma once

#include "domain/batch.h"
#include "domain/result.h"

#include <QUndoCommand>

#include <functional>

namespace Rpb {

class BatchService;

// A change to one batch that can be taken back: archive or restore, mark checked or unchecked,
// or an edit (undone by saving the earlier content again). The first redo() is the change itself
// unless it was already made (an edit saved by the form); failures are reported, not thrown.
class BatchCommand final : public QUndoCommand
{
public:
    enum class Kind { Archive, Check, Edit };
    using Report = std::function<void(const Error &)>;

    // Archive and Check: to is the state to go to (archived, checked).
    BatchCommand(BatchService &batches, Kind kind, qint64 batchId, bool to, Report report);
    // Edit, already saved: before and after the form's save.
    BatchCommand(BatchService &batches, const Batch &before, const Batch &after, Report report);
    Q_DISABLE_COPY_MOVE(BatchCommand)

    void redo() override;
    void undo() override;
    bool succeeded() const { return m_ok; }

private:
    bool apply(bool forward);

    BatchService &m_batches;
    Kind m_kind;
    qint64 m_id = 0;
    bool m_to = true;
    Batch m_before;
    Batch m_after;
    bool m_done = false; // the edit is already stored
    bool m_ok = true;
    Report m_report;
};

} // namespace Rpb
