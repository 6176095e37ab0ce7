#include "customerhistory.h"

#include "participant.h"
#include "protocol/codec.h"
#include "util/futures.h"

#include <QDateTime>
#include <limits>

namespace Turno::Server
{

using namespace Protocol;

CustomerHistory::CustomerHistory(Storage::Store &store, QObject *parent) : QObject(parent), m_store(store) {}

void CustomerHistory::sendPage(Participant *executive, quint32 requestId, const QString &rut,
                               const QString &customerName, quint64 before)
{
    Participant::Ref target(executive);
    // One more than a page holds, to know whether anything older is left.
    const qint64 cursor = before > quint64(std::numeric_limits<qint64>::max()) ? 0 : qint64(before);
    Util::whenFinished(m_store.requestLogFor(QStringLiteral("customer"), rut, kMaxHistoryEntries + 1, cursor), this,
                       [target, customerName, requestId](const Storage::Result<QList<Storage::RequestLogEntry>> &r) {
                           if (!target)
                               return;
                           if (!r.ok()) {
                               target->send(ErrorReply{requestId, quint16(ErrorCode::Internal),
                                                       QStringLiteral("history unavailable")});
                               return;
                           }
                           target->send(page(requestId, customerName, r.value));
                       });
}

History CustomerHistory::page(quint32 requestId, const QString &customerName,
                              const QList<Storage::RequestLogEntry> &rows)
{
    // rows are newest last. Take them newest first until the page holds kMaxHistoryEntries or
    // kHistoryPageBytes, measured as the encoder will write them, so that the encoder never has to
    // cut the page and the cursor names exactly what was left out.
    QList<HistoryEntry> entries;
    qsizetype first = rows.size();
    qsizetype bytes = 0;
    while (first > 0 && entries.size() < kMaxHistoryEntries) {
        const Storage::RequestLogEntry &row = rows.at(first - 1);
        HistoryEntry entry{row.atMs, row.action, row.detail, row.result};
        const qsizetype size = encodePayload(entry).size();
        if (bytes + size > kHistoryPageBytes)
            break;
        bytes += size;
        entries.prepend(std::move(entry));
        --first;
    }
    History history;
    history.requestId = requestId;
    history.customerName = customerName;
    // In the log's order (its ids), oldest first; never sorted by time: a wall clock set back
    // would put later entries before earlier ones.
    history.entries = std::move(entries);
    history.older = first > 0 ? quint64(rows.at(first).id) : 0;
    return history;
}

void CustomerHistory::addNote(Participant *executive, quint32 requestId, const QString &rut, const QString &authorName,
                              const QString &text)
{
    // A note belongs to the customer's history: stored under the customer, with its author.
    Storage::RequestLogEntry entry;
    entry.atMs = QDateTime::currentMSecsSinceEpoch();
    entry.actorKind = QStringLiteral("customer");
    entry.actor = rut;
    entry.action = QStringLiteral("note");
    entry.detail = text;
    entry.result = authorName;
    Participant::Ref target(executive);
    Util::whenFinished(
        m_store.appendRequest(entry), this, [target, requestId, at = entry.atMs](const Storage::Result<qint64> &r) {
            if (!target)
                return;
            if (r.ok())
                target->send(NoteAdded{requestId, at});
            else
                target->send(ErrorReply{requestId, quint16(ErrorCode::Internal), QStringLiteral("note not stored")});
        });
}

} // namespace Turno::Server
