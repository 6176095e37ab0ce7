#include "contactbook.h"

#include "contactcenter.h"
#include "participant.h"
#include "util/futures.h"

#include <QDateTime>
#include <algorithm>

namespace Turno::Server
{

using namespace Protocol;

namespace
{
constexpr int kMaxContacts = kMaxListed;
} // namespace

ContactBook::ContactBook(ContactCenter &center, Storage::Store &store, IsFree isFree, QObject *parent)
    : QObject(parent), m_center(center), m_store(store), m_isFree(std::move(isFree))
{
}

void ContactBook::executiveOnline(const QString &username, qint64 executiveId, Learned learned)
{
    m_online.insert(username);
    Util::whenFinished(m_store.contactsOf(executiveId), this,
                       [this, username, learned](const Storage::Result<QList<Storage::Customer>> &r) {
                           if (!r.ok() || !m_online.contains(username))
                               return;
                           m_contacts.insert(username, r.value);
                           for (const Storage::Customer &contact : r.value) {
                               m_watchers[contact.rut].insert(username);
                               learned(contact);
                           }
                           push(username);
                       });
}

void ContactBook::executiveOffline(const QString &username)
{
    m_online.remove(username);
    for (const Storage::Customer &contact : m_contacts.take(username)) {
        m_watchers[contact.rut].remove(username);
        if (m_watchers[contact.rut].isEmpty())
            m_watchers.remove(contact.rut);
    }
}

void ContactBook::changed(const QString &rut)
{
    const auto it = m_watchers.constFind(rut);
    if (it == m_watchers.cend())
        return;
    const QSet<QString> watchers = *it; // a snapshot, as it sends
    for (const QString &username : watchers)
        push(username);
}

void ContactBook::push(const QString &username)
{
    Participant *executive = m_center.executivePeer(username);
    if (!executive)
        return;
    Contacts list;
    for (const Storage::Customer &contact : m_contacts.value(username)) {
        const bool online = m_center.customerPeer(contact.rut) != nullptr;
        list.contacts.append({QString::number(contact.id), contact.fullName, online, online && m_isFree(contact.rut)});
    }
    executive->send(list);
}

std::optional<Storage::Customer> ContactBook::find(const QString &username, const QString &contactKey) const
{
    for (const Storage::Customer &contact : m_contacts.value(username)) {
        if (QString::number(contact.id) == contactKey)
            return contact;
    }
    return std::nullopt;
}

void ContactBook::add(Participant *executive, quint32 requestId, const Storage::Customer &contact)
{
    const QString username = executive->executive()->username;
    QList<Storage::Customer> &contacts = m_contacts[username];
    if (std::any_of(contacts.cbegin(), contacts.cend(),
                    [&](const Storage::Customer &c) { return c.id == contact.id; })) {
        push(username); // already there
        return;
    }
    if (contacts.size() >= kMaxContacts) {
        refuse(executive, requestId, QStringLiteral("the contact list is full (%1)").arg(kMaxContacts), false);
        return;
    }
    Participant::Ref target(executive);
    Util::whenFinished(
        m_store.addContact(executive->executive()->id, contact.id, QDateTime::currentMSecsSinceEpoch()), this,
        [this, target, username, contact, requestId](const Storage::Result<bool> &r) {
            if (!r.ok()) {
                if (target)
                    refuse(target.get(), requestId, QStringLiteral("the contact could not be stored"), true);
                return;
            }
            if (!m_online.contains(username))
                return;
            QList<Storage::Customer> &list = m_contacts[username];
            if (std::none_of(list.cbegin(), list.cend(),
                             [&](const Storage::Customer &c) { return c.id == contact.id; }))
                list.append(contact);
            std::sort(list.begin(), list.end(), [](const Storage::Customer &a, const Storage::Customer &b) {
                return a.fullName.localeAwareCompare(b.fullName) < 0;
            });
            m_watchers[contact.rut].insert(username);
            push(username);
            m_center.logRequest(QStringLiteral("executive"), username, QStringLiteral("contact-add"), contact.rut,
                                QStringLiteral("ok"));
        });
}

void ContactBook::remove(Participant *executive, quint32 requestId, const QString &contactKey)
{
    const QString username = executive->executive()->username;
    QList<Storage::Customer> &contacts = m_contacts[username];
    const auto it = std::find_if(contacts.begin(), contacts.end(),
                                 [&](const Storage::Customer &c) { return QString::number(c.id) == contactKey; });
    if (it == contacts.end()) {
        refuse(executive, requestId, QStringLiteral("not in your contacts"), false);
        return;
    }
    const Storage::Customer contact = *it;
    contacts.erase(it);
    m_watchers[contact.rut].remove(username);
    if (m_watchers[contact.rut].isEmpty())
        m_watchers.remove(contact.rut);
    push(username);
    Participant::Ref target(executive);
    Util::whenFinished(m_store.removeContact(executive->executive()->id, contact.id), this,
                       [this, target, requestId](const Storage::Result<bool> &r) {
                           if (!r.ok() && target)
                               refuse(target.get(), requestId, QStringLiteral("the contact could not be removed"),
                                      true);
                       });
}

void ContactBook::refuse(Participant *executive, quint32 requestId, const QString &why, bool internal) const
{
    executive->send(ErrorReply{requestId, quint16(internal ? ErrorCode::Internal : ErrorCode::BadState), why});
}

} // namespace Turno::Server
