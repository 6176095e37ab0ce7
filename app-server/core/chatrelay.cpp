#include "chatrelay.h"

#include "contactcenter.h"
#include "participant.h"
#include "partyaddress.h"
#include "serverlog.h"
#include "statsmonitor.h"
#include "util/futures.h"

#include <QDateTime>

namespace Turno::Server
{

using namespace Protocol;

ChatRelay::ChatRelay(ContactCenter &center, Storage::Store &store, NameOf nameOf, QObject *parent)
    : QObject(parent), m_center(center), m_store(store), m_nameOf(std::move(nameOf))
{
}

void ChatRelay::open(quint32 sessionId, Conversation conversation, const QStringList &parties)
{
    Session &session = m_sessions[sessionId];
    session.conversation = std::move(conversation);
    session.parties = parties;
}

void ChatRelay::addParty(quint32 sessionId, const QString &party)
{
    if (const auto it = m_sessions.find(sessionId); it != m_sessions.end() && !it->parties.contains(party))
        it->parties.append(party);
}

void ChatRelay::removeParty(quint32 sessionId, const QString &party)
{
    if (const auto it = m_sessions.find(sessionId); it != m_sessions.end())
        it->parties.removeOne(party);
}

ChatRelay::Conversation ChatRelay::close(quint32 sessionId)
{
    return m_sessions.take(sessionId).conversation;
}

void ChatRelay::chain(Conversation &conversation, std::function<void(const Storage::Result<qint64> &)> work)
{
    conversation = Util::whenFinished(conversation, this, [work = std::move(work)](const Storage::Result<qint64> &c) {
        work(c);
        return c;
    });
}

void ChatRelay::send(quint32 sessionId, const QString &sender, const QString &recipient, const QString &senderName,
                     const ChatSend &m)
{
    const auto session = m_sessions.find(sessionId);
    if (session == m_sessions.end())
        return;
    Storage::ChatRecord record;
    record.atMs = QDateTime::currentMSecsSinceEpoch();
    record.sender = sender;
    record.recipient = recipient;
    record.body = m.text;
    record.clientMessageId = m.clientMessageId;
    chain(session->conversation, [this, record, sessionId,
                                  senderName](const Storage::Result<qint64> &conversation) mutable {
        if (!conversation.ok()) {
            refuse(record.sender);
            return;
        }
        record.conversationId = conversation.value;
        Util::whenFinished(m_store.appendMessage(record), this,
                           [this, record, sessionId, senderName](const Storage::Result<Storage::StoredMessage> &r) {
                               stored(sessionId, record, senderName, r);
                           });
    });
}

void ChatRelay::stored(quint32 sessionId, const Storage::ChatRecord &record, const QString &senderName,
                       const Storage::Result<Storage::StoredMessage> &result)
{
    if (!result.ok()) {
        refuse(record.sender);
        return;
    }
    // Committed: only now is it acknowledged, then delivered.
    if (Participant *sender = peerAt(record.sender))
        sender->send(ChatAck{record.clientMessageId, quint64(result.value.id), result.value.atMs});
    const bool duplicate = result.value.duplicate;
    const ChatMessage message{sessionId, quint64(result.value.id), result.value.atMs, senderName,
                              duplicate ? result.value.body : record.body};
    // A resend means the sender never saw the acknowledgement, and the server cannot know whether
    // the others ever got the message (the relay may have gone into a dead connection, or the
    // server may have died before it): it goes to them again, and their apps drop the copy they
    // already show.
    if (!duplicate)
        m_center.stats().countRelayed();
    if (m_sessions.contains(sessionId)) {
        relay(sessionId, message, record.sender, duplicate);
        return;
    }
    if (duplicate)
        return;
    // The session ended meanwhile: the message still reaches the one it was written to.
    if (Participant *recipient = peerAt(record.recipient))
        recipient->send(message);
}

void ChatRelay::relay(quint32 sessionId, const ChatMessage &message, const QString &except, bool redelivery)
{
    // A snapshot of the parties: the table must not be read across a send.
    const QStringList parties = m_sessions.value(sessionId).parties;
    for (const QString &party : parties) {
        if (party == except)
            continue;
        Participant *peer = peerAt(party);
        if (redelivery && (!peer || !peer->takesRedelivery()))
            continue;
        if (const auto session = m_sessions.find(sessionId); session != m_sessions.end()) {
            // The read of a replay can be answered before the relay of a message it already held
            // (both finish on storage's threads): what the replay sent does not go out twice.
            if (!redelivery && message.messageId <= session->replayedUpTo.value(party))
                continue;
            // While the party is being sent the conversation so far, the message waits behind it.
            if (const auto replay = session->replays.find(party); replay != session->replays.end()) {
                replay->held.append(message);
                continue;
            }
        }
        if (peer)
            peer->send(message);
    }
}

void ChatRelay::replay(quint32 sessionId, const QString &party, quint64 after)
{
    const auto session = m_sessions.find(sessionId);
    if (session == m_sessions.end())
        return;
    Replay &replay = session->replays[party];
    replay.generation = ++m_nextReplay;
    // Whatever an earlier replay for this party held is committed, so this one's read has it.
    replay.held.clear();
    const quint64 generation = replay.generation;
    chain(session->conversation, [this, sessionId, party, after, generation](const Storage::Result<qint64> &c) {
        if (!c.ok()) {
            finishReplay(sessionId, party, after, generation,
                         Storage::Result<QList<Storage::ChatRecord>>::failure(c.error));
            return;
        }
        // The read is queued behind every message already on its way to storage, and live ones
        // relayed before its answer wait in the replay: the read holds each message that waits,
        // and each one that does not comes after it.
        Util::whenFinished(
            m_store.conversationMessages(c.value), this,
            [this, sessionId, party, after, generation](const Storage::Result<QList<Storage::ChatRecord>> &r) {
                finishReplay(sessionId, party, after, generation, r);
            });
    });
}

void ChatRelay::finishReplay(quint32 sessionId, const QString &party, quint64 after, quint64 generation,
                             const Storage::Result<QList<Storage::ChatRecord>> &read)
{
    const bool toCustomer = PartyAddress::isCustomer(party);
    QList<ChatMessage> held;
    if (const auto session = m_sessions.find(sessionId); session != m_sessions.end()) {
        const auto replay = session->replays.find(party);
        if (replay == session->replays.end() || replay->generation != generation)
            return; // a later replay for this party took over
        held = replay->held;
        session->replays.erase(replay);
    } else if (!toCustomer) {
        return; // the session ended meanwhile, and an executive's app has let go of it
    }
    // (A session that ended meanwhile still has its messages reach the customer they were
    // written to, as a live message does.)
    Participant *peer = peerAt(party);
    if (!read.ok()) {
        qCWarning(lcNet).noquote() << "cannot replay a conversation:" << read.error;
        if (peer && toCustomer) {
            // Showing the held messages would move the customer's newest id past the ones not
            // replayed; closed instead, the app resumes and the replay is tried again.
            peer->close(QStringLiteral("the conversation could not be read for a resume"));
            return;
        }
        for (const ChatMessage &message : std::as_const(held)) {
            if (peer)
                peer->send(message);
        }
        return;
    }
    if (!peer)
        return;
    QSet<quint64> replayed;
    QList<ChatMessage> messages;
    quint64 newestRead = 0;
    for (const Storage::ChatRecord &record : read.value) {
        replayed.insert(quint64(record.id));
        newestRead = std::max(newestRead, quint64(record.id));
        if (quint64(record.id) <= after || (toCustomer && record.recipient != party))
            continue;
        messages.append(ChatMessage{sessionId, quint64(record.id), record.atMs, m_nameOf(record.sender), record.body});
    }
    // What waited and was already in storage when it was read went out above (or, at or before
    // `after`, was shown before); the rest is newer and follows in the order it came.
    for (const ChatMessage &message : std::as_const(held)) {
        if (!replayed.contains(message.messageId))
            messages.append(message);
    }
    if (const auto session = m_sessions.find(sessionId); session != m_sessions.end()) {
        quint64 &upTo = session->replayedUpTo[party];
        upTo = std::max(upTo, newestRead);
    }
    for (const ChatMessage &message : std::as_const(messages))
        peer->send(message);
}

Participant *ChatRelay::peerAt(const QString &address) const
{
    const QString who = PartyAddress::addressee(address);
    return PartyAddress::isCustomer(address) ? m_center.customerPeer(who) : m_center.executivePeer(who);
}

void ChatRelay::refuse(const QString &sender) const
{
    if (Participant *peer = peerAt(sender))
        peer->send(ErrorReply{0, quint16(ErrorCode::Internal), QStringLiteral("the message could not be stored")});
}

} // namespace Turno::Server
