#include "batchcommand.h"

#include "services/batchservice.h"

#include <QCoreApplication>

namespace Rpb {

BatchCommand::BatchCommand(BatchService &batches, Kind kind, qint64 batchId, bool to, Report report)
    : m_batches(batches)
    , m_kind(kind)
    , m_id(batchId)
    , m_to(to)
    , m_report(std::move(report))
{
    if (kind == Kind::Archive)
        setText(to ? QCoreApplication::translate("Rpb::BatchCommand", "archive batch")
                   : QCoreApplication::translate("Rpb::BatchCommand", "restore batch"));
    else
        setText(to ? QCoreApplication::translate("Rpb::BatchCommand", "mark batch checked")
                   : QCoreApplication::translate("Rpb::BatchCommand", "take back the check"));
}

BatchCommand::BatchCommand(BatchService &batches, const Batch &before, const Batch &after,
                           Report report)
    : m_batches(batches)
    , m_kind(Kind::Edit)
    , m_id(after.meta.id)
    , m_before(before)
    , m_after(after)
    , m_done(true)
    , m_report(std::move(report))
{
    setText(QCoreApplication::translate("Rpb::BatchCommand", "edit batch %1").arg(after.code));
}

void BatchCommand::redo()
{
    if (m_done) {
        m_done = false;
        return;
    }
    m_ok = apply(true);
    // A change the service refused never enters the stack.
    if (!m_ok)
        setObsolete(true);
}

void BatchCommand::undo()
{
    m_ok = apply(false);
}

bool BatchCommand::apply(bool forward)
{
    Status result;
    switch (m_kind) {
    case Kind::Archive: {
        auto r = m_batches.setArchived(m_id, forward ? m_to : !m_to);
        if (!r)
            result = fail(r.error());
        break;
    }
    case Kind::Check: {
        auto r = m_batches.markChecked(m_id, forward ? m_to : !m_to);
        if (!r)
            result = fail(r.error());
        break;
    }
    case Kind::Edit: {
        auto current = m_batches.get(m_id);
        if (!current) {
            result = fail(current.error());
            break;
        }
        // The content goes back; identity, code, status and version stay those stored now.
        Batch content = forward ? m_after : m_before;
        content.meta = current->meta;
        content.code = current->code;
        content.status = current->status;
        auto r = m_batches.save(content, content.warningNote);
        if (!r)
            result = fail(r.error());
        break;
    }
    }
    if (!result && m_report)
        m_report(result.error());
    return result.has_value();
}

} // namespace Rpb
