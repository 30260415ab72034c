#include "batchcommand.h"

#include "services/batchservice.h"

#include <QCoreApplication>

namespace Rpb {

namespace {
QString textOf(BatchCommand::Kind kind, bool to, const QString &code)
{
    if (kind == BatchCommand::Kind::Archive)
        return to ? QCoreApplication::translate("Rpb::BatchCommand", "archive batch %1").arg(code)
                  : QCoreApplication::translate("Rpb::BatchCommand", "restore batch %1").arg(code);
    return to
        ? QCoreApplication::translate("Rpb::BatchCommand", "mark batch %1 checked").arg(code)
        : QCoreApplication::translate("Rpb::BatchCommand", "take back the check of %1").arg(code);
}
} // namespace

BatchCommand::BatchCommand(BatchService &batches, Kind kind, const Batch &batch, bool to,
                           Report report)
    : BatchCommand(batches, kind, batch.meta.id, batch.meta.rowVersion, batch.code, to,
                   std::move(report))
{ }

BatchCommand::BatchCommand(BatchService &batches, Kind kind, qint64 batchId, qint64 rowVersion,
                           const QString &code, bool to, Report report)
    : m_batches(batches)
    , m_kind(kind)
    , m_id(batchId)
    , m_version(rowVersion)
    , m_to(to)
    , m_report(std::move(report))
{
    setText(textOf(kind, to, code));
}

BatchCommand::BatchCommand(BatchService &batches, const Batch &before, const Batch &after,
                           const QString &acknowledgement, Report report)
    : m_batches(batches)
    , m_kind(Kind::Edit)
    , m_id(before.meta.id)
    , m_version(before.meta.rowVersion)
    , m_before(before)
    , m_after(after)
    , m_acknowledgement(acknowledgement)
    , m_report(std::move(report))
{
    setText(QCoreApplication::translate("Rpb::BatchCommand", "edit batch %1").arg(before.code));
}

void BatchCommand::redo()
{
    apply(true);
}

void BatchCommand::undo()
{
    apply(false);
}

void BatchCommand::apply(bool forward)
{
    Result<Batch> result = fail(Error::invalid(QString()));
    switch (m_kind) {
    case Kind::Archive:
        result = m_batches.setArchived(m_id, forward ? m_to : !m_to, m_version);
        break;
    case Kind::Check:
        result = m_batches.markChecked(m_id, forward ? m_to : !m_to, m_version);
        break;
    case Kind::Edit: {
        // The content goes back or forth; identity and code stay, and the version is the one
        // this command left, so that a change by someone else since is refused.
        Batch content = forward ? m_after : m_before;
        content.meta = m_before.meta;
        content.meta.rowVersion = m_version;
        content.code = m_before.code;
        result = m_batches.save(content, forward ? m_acknowledgement : m_before.warningNote);
        break;
    }
    }
    if (result) {
        m_version = result->meta.rowVersion;
        m_stored = *result;
        return;
    }
    // The stack drops an obsolete command: a step refused now would be refused again.
    setObsolete(true);
    if (m_report)
        m_report(result.error());
}

} // namespace Rpb
