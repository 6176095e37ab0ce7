// What a :command does with the ExecutiveSession, for the window's input and the terminal alike, and
// the lists the commands print (:queue, :sessions, :colleagues, :contacts, :details). The front ends
// only show the outcome; :help and :quit stay theirs.
#pragma once

#include "executivecommands.h"
#include "session/executivesession.h"

#include <QCoreApplication>
#include <QStringList>

namespace Turno
{

struct CommandOutcome {
    QString said;               // sentences for the executive (lines split by '\n'); empty: nothing to say now
    QStringList listing;        // the lines of a list, shown as they are
    bool awaitsServer = false;  // the answer comes later, as a session signal
    bool answeredOffer = false; // the ringing offer was answered (the window stops its buttons)
};

class CommandRunner
{
    Q_DECLARE_TR_FUNCTIONS(Turno::CommandRunner)
public:
    // Runs a command that parsed as Ok.
    static CommandOutcome run(ExecutiveSession &session, const ParsedCommand &parsed);

    static QStringList queueLines(const ExecutiveSession &session);
    static QStringList sessionLines(const ExecutiveSession &session);
    static QStringList colleagueLines(const ExecutiveSession &session);
    static QStringList contactLines(const ExecutiveSession &session);
    static QStringList detailLines(const QList<CustomerDetail> &customers, int total);
    // A page of history, oldest first; older: a page before those shown; hasOlder: more before it.
    static QStringList historyLines(const QString &customerName, const QList<HistoryItem> &items, bool hasOlder = false,
                                    bool older = false);

    // "Available", "Busy, in 1 session": how a colleague is, for :colleagues and the chooser.
    static QString colleagueState(const ColleagueInfo &colleague);
    // "free", "online, busy", "offline".
    static QString contactState(const ContactInfo &contact);
    // "on hold", "conference", "2 unread messages", joined: empty for a plain session in front.
    static QStringList sessionStates(const ExecutiveSession &session, const SessionInfo &info);

    // Sentences the window's buttons and the commands share.
    static QString invitedColleague(const QString &colleague, const QString &customer);
    static QString invitedContact(const QString &contact, const QString &service);
    static QString removedContact(const QString &contact);
    static QString addedContact(const QString &contact);

    // The waiting customer a :connect or :history argument names; empty key with *problem set when none.
    static WaitingEntry waitingNamed(const ExecutiveSession &session, const QString &text, QString *problem);

    // Finds an entry of a list by its number (from 1) or by (the start of a word of) its name,
    // ignoring case and accents. -1 when none matches; -2 when several do.
    static int find(const QStringList &names, const QString &text);

private:
    static CommandOutcome switchSession(ExecutiveSession &session, const QString &argument);
    static CommandOutcome holdSession(ExecutiveSession &session);
    static CommandOutcome withColleague(ExecutiveSession &session, const ParsedCommand &parsed);
    static CommandOutcome inviteContact(ExecutiveSession &session, const QString &argument);
    static CommandOutcome removeContact(ExecutiveSession &session, const QString &argument);
};

} // namespace Turno
