// The chat relay: a message is stored, acknowledged to its sender once committed, then delivered
// to the other parties of its session; a party that needs the conversation again is sent it from
// storage and then goes live, with nothing missed, repeated or reordered on the way.
#pragma once

#include "protocol/messages.h"
#include "storage/store.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <functional>

namespace Turno::Server
{

class ContactCenter;
class Participant;

class ChatRelay : public QObject
{
    Q_OBJECT
public:
    // The storage id of a session's conversation, known once its row is written. Every wait on it
    // chains after the one before, so what waits keeps its order.
    using Conversation = QFuture<Storage::Result<qint64>>;
    // The name to show for a party's address, for messages read back from storage (their sender
    // may have left the session since, or been in it before a transfer).
    using NameOf = std::function<QString(const QString &address)>;

    ChatRelay(ContactCenter &center, Storage::Store &store, NameOf nameOf, QObject *parent = nullptr);

    // A session's conversation starts (or goes on, after a transfer) between parties (addresses).
    void open(quint32 sessionId, Conversation conversation, const QStringList &parties);
    // A colleague joins the session, or leaves it.
    void addParty(quint32 sessionId, const QString &party);
    void removeParty(quint32 sessionId, const QString &party);
    // The session is over: a message still on its way reaches the one it was written to, and no
    // one else. Returns the conversation, after every write already queued, to end or carry on.
    Conversation close(quint32 sessionId);

    // Stores text from sender to recipient (addresses; the sender is a party, the recipient the
    // other side of the session), then acknowledges it to the sender and relays it to the other
    // parties as written by senderName. A resend of a stored message (the same clientMessageId)
    // is acknowledged again and goes again only to the apps that show each id once.
    void send(quint32 sessionId, const QString &sender, const QString &recipient, const QString &senderName,
              const Protocol::ChatSend &m);
    // Sends party the conversation after the message id `after`: a customer the messages written
    // to them, an executive all of them. Until it is out, live messages for that party wait; then
    // those the replay did not contain follow, in order, and the party is live again.
    void replay(quint32 sessionId, const QString &party, quint64 after);

private:
    // A party being sent the conversation so far: live messages for them wait here until the
    // replay is out, and then go only if the replay did not hold them.
    struct Replay {
        quint64 generation = 0; // a later replay for the same party supersedes this one
        QList<Protocol::ChatMessage> held;
    };
    struct Session {
        Conversation conversation;
        QStringList parties;
        QHash<QString, Replay> replays; // by party, while a replay is under way
        // By party: the newest id a replay read from storage and sent. A message at or below it
        // went out in that replay, even when its own relay comes only after the read.
        QHash<QString, quint64> replayedUpTo;
    };

    // Runs work once the conversation's id is known, after every wait already on it; the
    // conversation becomes the new end of the chain.
    void chain(Conversation &conversation, std::function<void(const Storage::Result<qint64> &)> work);
    void stored(quint32 sessionId, const Storage::ChatRecord &record, const QString &senderName,
                const Storage::Result<Storage::StoredMessage> &result);
    // To every party of the session but `except`; a redelivery only to apps that take one.
    void relay(quint32 sessionId, const Protocol::ChatMessage &message, const QString &except, bool redelivery);
    void finishReplay(quint32 sessionId, const QString &party, quint64 after, quint64 generation,
                      const Storage::Result<QList<Storage::ChatRecord>> &read);
    Participant *peerAt(const QString &address) const;
    void refuse(const QString &sender) const;

    ContactCenter &m_center;
    Storage::Store &m_store;
    NameOf m_nameOf;
    QHash<quint32, Session> m_sessions;
    quint64 m_nextReplay = 0;
};

} // namespace Turno::Server
