// Each online executive's contacts, the customers they may invite straight into a session: read
// from storage when they log in, added and removed there, and pushed to the executive whenever one
// of them comes, goes, or becomes busy or free.
#pragma once

#include "storage/store.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <functional>
#include <optional>

namespace Turno::Server
{

class ContactCenter;
class Participant;

class ContactBook : public QObject
{
    Q_OBJECT
public:
    // Whether an online customer may be invited now: not waiting, in a session or invited.
    using IsFree = std::function<bool(const QString &rut)>;
    // Told each contact read at a log-in (the desk keeps their names and account ids).
    using Learned = std::function<void(const Storage::Customer &contact)>;

    ContactBook(ContactCenter &center, Storage::Store &store, IsFree isFree, QObject *parent = nullptr);

    // An executive logged in: their contacts are read, learned is told each one, and the list is
    // pushed. An executive who went offline meanwhile is not pushed to.
    void executiveOnline(const QString &username, qint64 executiveId, Learned learned);
    void executiveOffline(const QString &username);

    // Adds the customer to the executive's contacts (stored first, then pushed); one already
    // there is pushed again. A full list or a failed write is refused with requestId.
    void add(Participant *executive, quint32 requestId, const Storage::Customer &contact);
    // Removes the contact with this key; the list is pushed at once, the write follows.
    void remove(Participant *executive, quint32 requestId, const QString &contactKey);
    // The executive's contact with this key.
    std::optional<Storage::Customer> find(const QString &username, const QString &contactKey) const;

    // The customer came, went, or became busy or free: every executive with them as a contact is
    // pushed the list again.
    void changed(const QString &rut);
    void push(const QString &username);

private:
    void refuse(Participant *executive, quint32 requestId, const QString &why, bool internal) const;

    ContactCenter &m_center;
    Storage::Store &m_store;
    IsFree m_isFree;
    QSet<QString> m_online;                              // executives logged in
    QHash<QString, QList<Storage::Customer>> m_contacts; // username → their contacts (id, rut, name)
    QHash<QString, QSet<QString>> m_watchers;            // rut → executives with them as a contact
};

} // namespace Turno::Server
