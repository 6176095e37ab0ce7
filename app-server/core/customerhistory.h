// A customer's history as their executives read and add to it: pages of the request log, newest
// first, each within the limits of one message, and notes stored under the customer with their
// author. Who may read or write it is the desk's to decide.
#pragma once

#include "protocol/messages.h"
#include "storage/store.h"

#include <QObject>

namespace Turno::Server
{

class Participant;

class CustomerHistory : public QObject
{
    Q_OBJECT
public:
    explicit CustomerHistory(Storage::Store &store, QObject *parent = nullptr);

    // Sends executive the page of rut's history before the log id `before` (0: the newest page),
    // or an error when storage cannot be read.
    void sendPage(Participant *executive, quint32 requestId, const QString &rut, const QString &customerName,
                  quint64 before);
    // The page the rows make (newest last, one more than a page holds): the newest that fit
    // kMaxHistoryEntries and kHistoryPageBytes, and the cursor to the rest.
    static Protocol::History page(quint32 requestId, const QString &customerName,
                                  const QList<Storage::RequestLogEntry> &rows);
    // Stores a note under rut, written by authorName; NoteAdded, or an error, to executive.
    void addNote(Participant *executive, quint32 requestId, const QString &rut, const QString &authorName,
                 const QString &text);

private:
    Storage::Store &m_store;
};

} // namespace Turno::Server
