// SessionDesk, continued: chat. A message is stored, acknowledged once committed, then relayed;
// a party that needs the conversation again (a resumed customer, an executive who takes over, is
// handed or joins the session) is sent it up to what storage holds and then goes live, so nothing
// is missed, repeated or reordered on the way.
#include "sessiondesk.h"

#include "contactcenter.h"
#include "participant.h"
#include "serverlog.h"
#include "statsmonitor.h"
#include "util/futures.h"

#include <QDateTime>

namespace Turno::Server
{

using namespace Protocol;

void SessionDesk::chat(Participant *peer, const ChatSend &m)
{
    Session *session = sessionOf(peer, m.sessionId, true);
    if (!session) {
        refuse(peer, ErrorCode::NotAllowed, QStringLiteral("not a session of yours"));
        return;
    }
    if (m.text.trimmed().isEmpty() || m.clientMessageId.isEmpty()) {
        refuse(peer, ErrorCode::Invalid, QStringLiteral("empty message or message id"));
        return;
    }
    const bool fromCustomer = peer->isCustomer();
    // Who wrote it: the customer's RUT or an executive's username (the session's or a guest).
    const QString senderId = fromCustomer ? session->rut : peer->executive()->username;
    Storage::ChatRecord record;
    record.atMs = QDateTime::currentMSecsSinceEpoch();
    record.sender = fromCustomer ? customerAddress(senderId) : executiveAddress(senderId);
    record.recipient = fromCustomer ? executiveAddress(session->username) : customerAddress(session->rut);
    record.body = m.text;
    record.clientMessageId = m.clientMessageId;
    const quint32 sessionId = session->id;
    const QString senderName = fromCustomer ? session->customerName : executiveName(senderId);
    afterConversation(session->conversation, [this, record, sessionId,
                                              senderName](const Storage::Result<qint64> &conversation) mutable {
        if (!conversation.ok()) {
            if (Participant *sender = peerAt(record.sender))
                refuse(sender, ErrorCode::Internal, QStringLiteral("the message could not be stored"));
            return;
        }
        record.conversationId = conversation.value;
        Util::whenFinished(
            m_store.appendMessage(record), this,
            [this, record, sessionId, senderName](const Storage::Result<Storage::StoredMessage> &stored) {
                Participant *sender = peerAt(record.sender);
                if (!stored.ok()) {
                    if (sender)
                        refuse(sender, ErrorCode::Internal, QStringLiteral("the message could not be stored"));
                    return;
                }
                // Committed: only now is it acknowledged, then delivered.
                if (sender)
                    sender->send(ChatAck{record.clientMessageId, quint64(stored.value.id), stored.value.atMs});
                const bool duplicate = stored.value.duplicate;
                const ChatMessage message{sessionId, quint64(stored.value.id), stored.value.atMs, senderName,
                                          duplicate ? stored.value.body : record.body};
                // A resend means the sender never saw the acknowledgement, and the server cannot know
                // whether the others ever got the message (the relay may have gone into a dead
                // connection, or the server may have died before it): it goes to them again, and
                // their apps drop the copy they already show.
                if (!duplicate)
                    m_center.stats().countRelayed();
                if (const auto it = m_sessions.constFind(sessionId); it != m_sessions.cend()) {
                    relayChat(*it, message, record.sender, duplicate);
                    return;
                }
                if (duplicate)
                    return;
                // The session ended meanwhile: the message still reaches the one it was written to.
                if (Participant *recipient = peerAt(record.recipient))
                    recipient->send(message);
            });
    });
}

void SessionDesk::relayChat(const Session &session, const ChatMessage &message, const QString &except, bool redelivery)
{
    // A snapshot of the parties: the session must not be read after a send.
    QStringList parties{customerAddress(session.rut), executiveAddress(session.username)};
    for (const QString &guest : session.guests)
        parties.append(executiveAddress(guest));
    for (const QString &party : std::as_const(parties)) {
        if (party != except)
            deliverChat(party, message, redelivery);
    }
}

void SessionDesk::deliverChat(const QString &party, const ChatMessage &message, bool redelivery)
{
    Participant *peer = peerAt(party);
    if (redelivery && (!peer || !peer->takesRedelivery()))
        return;
    if (const auto session = m_sessions.find(message.sessionId); session != m_sessions.end()) {
        // The read of a replay can be answered before the relay of a message it already held
        // (both finish on storage's threads): what the replay sent does not go out twice.
        if (!redelivery && message.messageId <= session->replayedUpTo.value(party))
            return;
        // While the party is being sent the conversation so far, the message waits behind it.
        if (const auto replay = session->replays.find(party); replay != session->replays.end()) {
            replay->held.append(message);
            return;
        }
    }
    if (peer)
        peer->send(message);
}

void SessionDesk::replayChat(Session &session, const QString &party, quint64 after)
{
    ChatReplay &replay = session.replays[party];
    replay.generation = ++m_nextReplay;
    // Whatever an earlier replay for this party held is committed, so this one's read has it.
    replay.held.clear();
    const quint64 generation = replay.generation;
    const quint32 sessionId = session.id;
    afterConversation(session.conversation,
                      [this, sessionId, party, after, generation](const Storage::Result<qint64> &c) {
                          if (!c.ok()) {
                              finishReplay(sessionId, party, after, generation,
                                           Storage::Result<QList<Storage::ChatRecord>>::failure(c.error));
                              return;
                          }
                          // The read is queued behind every message already on its way to storage, and live ones
                          // relayed before its answer wait in the replay: the read holds each message that waits,
                          // and each one that does not comes after it.
                          Util::whenFinished(m_store.conversationMessages(c.value), this,
                                             [this, sessionId, party, after,
                                              generation](const Storage::Result<QList<Storage::ChatRecord>> &r) {
                                                 finishReplay(sessionId, party, after, generation, r);
                                             });
                      });
}

void SessionDesk::finishReplay(quint32 sessionId, const QString &party, quint64 after, quint64 generation,
                               const Storage::Result<QList<Storage::ChatRecord>> &read)
{
    const bool toCustomer = party.startsWith(customerAddress(QString()));
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
        messages.append(ChatMessage{sessionId, quint64(record.id), record.atMs, nameAt(record.sender), record.body});
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

Participant *SessionDesk::peerAt(const QString &address) const
{
    const QString who = addressee(address);
    return address.startsWith(customerAddress(QString())) ? m_center.customerPeer(who) : m_center.executivePeer(who);
}

QString SessionDesk::nameAt(const QString &address) const
{
    const QString who = addressee(address);
    return address.startsWith(customerAddress(QString())) ? customerName(who) : executiveName(who);
}

} // namespace Turno::Server
