#include "commandrunner.h"

#include "customercounttext.h"

#include <QLocale>

namespace Turno
{

namespace
{

// "garcia" finds "García": compared without case or accents.
QString folded(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c.toCaseFolded());
    }
    return out.simplified();
}

QString waitedText(const QDateTime &since)
{
    const qint64 seconds = qMax<qint64>(0, since.secsTo(QDateTime::currentDateTime()));
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

CommandOutcome saying(const QString &sentence)
{
    CommandOutcome outcome;
    outcome.said = sentence;
    return outcome;
}

CommandOutcome awaiting(const QString &sentence = QString())
{
    CommandOutcome outcome;
    outcome.said = sentence;
    outcome.awaitsServer = true;
    return outcome;
}

} // namespace

int CommandRunner::find(const QStringList &names, const QString &text)
{
    const QString wanted = folded(text);
    if (wanted.isEmpty())
        return -1;
    bool isNumber = false;
    const int number = wanted.toInt(&isNumber);
    if (isNumber)
        return number >= 1 && number <= names.size() ? number - 1 : -1;
    QList<int> matches;
    for (int i = 0; i < names.size(); ++i) {
        const QString name = folded(names.at(i));
        if (name == wanted)
            return i;
        if (name.startsWith(wanted) || name.contains(QLatin1Char(' ') + wanted))
            matches.append(i);
    }
    if (matches.isEmpty())
        return -1;
    return matches.size() == 1 ? matches.constFirst() : -2;
}

CommandOutcome CommandRunner::run(ExecutiveSession &session, const ParsedCommand &parsed)
{
    using Id = ExecutiveCommandId;
    if (parsed.command->needsSession && session.currentSession() == 0)
        return saying(ExecutiveCommands::needsSession(parsed));
    const QString &argument = parsed.argument;
    switch (parsed.command->id) {
    case Id::Status: {
        CommandOutcome outcome;
        outcome.listing.append(CustomerCountText::connected(session.connectedCustomers()));
        return outcome;
    }
    case Id::Details:
        session.requestDetails();
        return awaiting();
    case Id::Queue: {
        CommandOutcome outcome;
        outcome.listing = queueLines(session);
        return outcome;
    }
    case Id::Connect: {
        if (argument.isEmpty()) {
            if (session.currentOffer()) {
                session.acceptOffer();
                CommandOutcome outcome = awaiting();
                outcome.answeredOffer = true;
                return outcome;
            }
            return session.claimNext() ? awaiting() : saying(ExecutiveCommands::nothingToConnect());
        }
        QString problem;
        const WaitingEntry entry = waitingNamed(session, argument, &problem);
        if (entry.key.isEmpty())
            return saying(problem);
        session.claimCustomer(entry.key);
        return awaiting();
    }
    case Id::Reject:
        if (!session.rejectOffer())
            return saying(ExecutiveCommands::nothingToReject());
        {
            CommandOutcome outcome = awaiting();
            outcome.answeredOffer = true;
            return outcome;
        }
    case Id::History: {
        if (argument.isEmpty())
            return session.requestHistory() ? awaiting() : saying(ExecutiveCommands::noSessionNow());
        QString problem;
        const WaitingEntry entry = waitingNamed(session, argument, &problem);
        if (entry.key.isEmpty())
            return saying(problem);
        session.requestHistoryOf(entry.key);
        return awaiting();
    }
    case Id::Older:
        return session.requestOlderHistory() ? awaiting() : saying(ExecutiveCommands::nothingOlder());
    case Id::Info:
        if (const QString problem = ExecutiveTexts::noteProblem(argument); !problem.isEmpty())
            return saying(problem);
        return session.addNote(argument) ? awaiting() : saying(ExecutiveCommands::noSessionNow());
    case Id::RestartInternet:
        session.restartInternet();
        return {};
    case Id::RestartWifi:
        session.restartWifi();
        return {};
    case Id::Sessions: {
        CommandOutcome outcome;
        outcome.listing = sessionLines(session);
        return outcome;
    }
    case Id::Switch:
        return switchSession(session, argument);
    case Id::Hold:
        return holdSession(session);
    case Id::Transfer:
    case Id::Invite:
        return withColleague(session, parsed);
    case Id::Colleagues: {
        CommandOutcome outcome;
        outcome.listing = colleagueLines(session);
        return outcome;
    }
    case Id::Accept:
    case Id::Decline:
        if (!session.currentInvitation())
            return saying(tr("Nobody has invited you into a session right now."));
        session.answerInvitation(parsed.command->id == Id::Accept);
        return awaiting();
    case Id::Contacts: {
        CommandOutcome outcome;
        outcome.listing = contactLines(session);
        return outcome;
    }
    case Id::ContactAdd:
        session.addContact();
        return awaiting();
    case Id::ContactInvite:
        return inviteContact(session, argument);
    case Id::ContactRemove:
        return removeContact(session, argument);
    case Id::End:
        return session.endSession() ? awaiting() : saying(ExecutiveCommands::noSessionToEnd());
    case Id::Ready:
        session.setAvailable();
        return {};
    case Id::Away:
        session.setAway(argument);
        return {};
    case Id::Help:
    case Id::Quit:
        break; // the front ends' own
    }
    return {};
}

WaitingEntry CommandRunner::waitingNamed(const ExecutiveSession &session, const QString &text, QString *problem)
{
    const QList<WaitingEntry> waiting = session.waitingCustomers();
    if (waiting.isEmpty()) {
        *problem = tr("Nobody is waiting in your lines.");
        return {};
    }
    QStringList names;
    for (const WaitingEntry &entry : waiting)
        names.append(entry.customerName);
    const int index = find(names, text);
    if (index == -2) {
        *problem = tr("More than one waiting customer matches “%1”; use their number from :queue.").arg(text);
        return {};
    }
    if (index < 0) {
        *problem = tr("Nobody waiting matches “%1”. Type :queue to see who is waiting.").arg(text);
        return {};
    }
    return waiting.at(index);
}

CommandOutcome CommandRunner::switchSession(ExecutiveSession &session, const QString &argument)
{
    const QList<SessionInfo> &sessions = session.sessions();
    const SessionInfo *current = session.session(session.currentSession());
    quint32 target = 0;
    if (argument.isEmpty()) {
        if (current && current->held) {
            target = current->id; // back from hold
        } else if (sessions.size() < 2) {
            return saying(tr("You have only one session, with %1.").arg(session.customerName()));
        } else {
            // The next one after the session in front, round the list.
            qsizetype at = 0;
            while (at < sessions.size() && sessions.at(at).id != session.currentSession())
                ++at;
            target = sessions.at((at + 1) % sessions.size()).id;
        }
    } else {
        QStringList names;
        for (const SessionInfo &info : sessions)
            names.append(info.customerName);
        const int index = find(names, argument);
        if (index == -2)
            return saying(tr("More than one session matches “%1”; use its number from :sessions.").arg(argument));
        if (index < 0)
            return saying(tr("You have no session with “%1”. Type :sessions to see them.").arg(argument));
        target = sessions.at(index).id;
        if (target == session.currentSession() && !sessions.at(index).held)
            return saying(tr("You are already with %1.").arg(sessions.at(index).customerName));
    }
    session.switchTo(target);
    return awaiting();
}

CommandOutcome CommandRunner::holdSession(ExecutiveSession &session)
{
    const SessionInfo *current = session.session(session.currentSession());
    if (current->guest)
        return saying(tr("Only the executive whose session it is can put it on hold; you are a guest in it."));
    if (current->held)
        return saying(tr("%1 is already on hold. Type :switch to go back to them.").arg(current->customerName));
    session.holdSession();
    return awaiting();
}

CommandOutcome CommandRunner::withColleague(ExecutiveSession &session, const ParsedCommand &parsed)
{
    const bool transfer = parsed.command->id == ExecutiveCommandId::Transfer;
    const SessionInfo *current = session.session(session.currentSession());
    if (current->guest) {
        return saying(transfer ? tr("Only the executive whose session it is can transfer it; you are a guest in it.")
                               : tr("Only the executive whose session it is can invite colleagues; you are a guest "
                                    "in it."));
    }
    const QList<ColleagueInfo> colleagues = session.colleagues();
    if (colleagues.isEmpty())
        return saying(tr("No other executive is online right now."));
    QStringList names;
    for (const ColleagueInfo &colleague : colleagues)
        names.append(colleague.fullName);
    int index = find(names, parsed.argument);
    if (index == -1) {
        for (int i = 0; i < colleagues.size(); ++i) {
            if (colleagues.at(i).username.compare(parsed.argument, Qt::CaseInsensitive) == 0)
                index = i;
        }
    }
    if (index == -2)
        return saying(
            tr("More than one colleague matches “%1”; use their number from :colleagues.").arg(parsed.argument));
    if (index < 0)
        return saying(
            tr("No colleague online matches “%1”. Type :colleagues to see who is online.").arg(parsed.argument));
    const ColleagueInfo &colleague = colleagues.at(index);
    if (transfer) {
        session.transferTo(colleague.username);
        return awaiting();
    }
    session.inviteToConference(colleague.username);
    return saying(invitedColleague(colleague.fullName, current->customerName));
}

CommandOutcome CommandRunner::inviteContact(ExecutiveSession &session, const QString &argument)
{
    // ":contact invite Claudio García wifi": the service, when given, is the last word.
    QString name = argument;
    QString service = QStringLiteral("internet");
    const QString last = argument.section(QLatin1Char(' '), -1).toLower();
    if (last == QLatin1String("internet") || last == QLatin1String("wifi") || last == QLatin1String("wi-fi")) {
        service = last == QLatin1String("internet") ? QStringLiteral("internet") : QStringLiteral("wifi");
        name = argument.section(QLatin1Char(' '), 0, -2).trimmed();
    }
    if (name.isEmpty())
        return saying(tr("Say whom to invite: :contact invite <name> [internet|wifi]"));
    const QList<ContactInfo> contacts = session.contacts();
    QStringList names;
    for (const ContactInfo &contact : contacts)
        names.append(contact.name);
    const int index = find(names, name);
    if (index == -2)
        return saying(tr("More than one contact matches “%1”; use their number from :contacts.").arg(name));
    if (index < 0)
        return saying(tr("None of your contacts matches “%1”. Type :contacts to see them.").arg(name));
    const ContactInfo &contact = contacts.at(index);
    if (!contact.online)
        return saying(tr("%1 is not connected right now.").arg(contact.name));
    if (!contact.free)
        return saying(tr("%1 is busy right now (waiting or in a session); try again later.").arg(contact.name));
    session.inviteContact(contact.key, service);
    return saying(invitedContact(contact.name, service));
}

CommandOutcome CommandRunner::removeContact(ExecutiveSession &session, const QString &argument)
{
    const QList<ContactInfo> contacts = session.contacts();
    QStringList names;
    for (const ContactInfo &contact : contacts)
        names.append(contact.name);
    const int index = find(names, argument);
    if (index == -2)
        return saying(tr("More than one contact matches “%1”; use their number from :contacts.").arg(argument));
    if (index < 0)
        return saying(tr("None of your contacts matches “%1”. Type :contacts to see them.").arg(argument));
    session.removeContact(contacts.at(index).key);
    return awaiting(removedContact(contacts.at(index).name));
}

QString CommandRunner::invitedColleague(const QString &colleague, const QString &customer)
{
    return tr("You invited %1 into the session with %2; waiting for their answer.").arg(colleague, customer);
}

QString CommandRunner::invitedContact(const QString &contact, const QString &service)
{
    return tr("You invited %1 to a session about %2; waiting for their answer.")
        .arg(contact, ExecutiveTexts::describeService(service));
}

QString CommandRunner::removedContact(const QString &contact)
{
    return tr("%1 is no longer in your contacts.").arg(contact);
}

QString CommandRunner::addedContact(const QString &contact)
{
    return tr("%1 is in your contacts now.").arg(contact);
}

// --- Lists --------------------------------------------------------------------------------------

QStringList CommandRunner::queueLines(const ExecutiveSession &session)
{
    const QList<WaitingEntry> waiting = session.waitingCustomers();
    if (waiting.isEmpty())
        return {tr("Nobody is waiting in your lines.")};
    QStringList lines{tr("Waiting in your lines, oldest first:")};
    int number = 0;
    for (const WaitingEntry &entry : waiting) {
        lines.append(tr("  %1. %2 (%3), waiting %4 — %5",
                        "number, customer, service, time waited (m:ss), last self-service action")
                         .arg(QString::number(++number), entry.customerName, entry.service,
                              waitedText(entry.waitingSince), entry.lastAction));
    }
    if (session.waitingTotal() > waiting.size())
        lines.append(tr("  … and %1 more.").arg(session.waitingTotal() - waiting.size()));
    return lines;
}

QStringList CommandRunner::sessionStates(const ExecutiveSession &session, const SessionInfo &info)
{
    QStringList states;
    if (info.guest)
        states.append(tr("conference"));
    if (info.held)
        states.append(tr("on hold"));
    else if (info.id != session.currentSession())
        states.append(tr("in the background"));
    if (info.unread == 1)
        states.append(tr("1 unread message"));
    else if (info.unread > 1)
        states.append(tr("%1 unread messages").arg(info.unread));
    return states;
}

QStringList CommandRunner::sessionLines(const ExecutiveSession &session)
{
    if (session.sessions().isEmpty())
        return {tr("You have no sessions.")};
    QStringList lines{tr("Your sessions:")};
    int number = 0;
    for (const SessionInfo &info : session.sessions()) {
        QStringList states = sessionStates(session, info);
        if (info.id == session.currentSession())
            states.prepend(tr("in front"));
        lines.append(
            tr("  %1. %2 (%3) — %4", "number, customer, service, how the session is")
                .arg(QString::number(++number), info.customerName, info.service, states.join(QStringLiteral(", "))));
    }
    return lines;
}

QString CommandRunner::colleagueState(const ColleagueInfo &colleague)
{
    const QString presence = ExecutiveTexts::describePresence(colleague.presence);
    if (colleague.sessions == 1)
        return tr("%1, in 1 session", "a colleague's presence and their sessions").arg(presence);
    if (colleague.sessions > 1)
        return tr("%1, in %2 sessions", "a colleague's presence and their sessions")
            .arg(presence)
            .arg(colleague.sessions);
    return presence;
}

QStringList CommandRunner::colleagueLines(const ExecutiveSession &session)
{
    const QList<ColleagueInfo> colleagues = session.colleagues();
    if (colleagues.isEmpty())
        return {tr("No other executive is online right now.")};
    QStringList lines{tr("Colleagues online:")};
    int number = 0;
    for (const ColleagueInfo &colleague : colleagues) {
        lines.append(
            tr("  %1. %2 (%3) — %4", "number, full name, username, presence")
                .arg(QString::number(++number), colleague.fullName, colleague.username, colleagueState(colleague)));
    }
    return lines;
}

QString CommandRunner::contactState(const ContactInfo &contact)
{
    if (contact.free)
        return tr("free");
    return contact.online ? tr("online, busy") : tr("offline");
}

QStringList CommandRunner::contactLines(const ExecutiveSession &session)
{
    const QList<ContactInfo> contacts = session.contacts();
    if (contacts.isEmpty())
        return {tr("You have no contacts yet. In a session, :contact add adds the customer.")};
    QStringList lines{tr("Your contacts:")};
    int number = 0;
    for (const ContactInfo &contact : contacts)
        lines.append(tr("  %1. %2 — %3", "number, contact, free or not")
                         .arg(QString::number(++number), contact.name, contactState(contact)));
    return lines;
}

QStringList CommandRunner::detailLines(const QList<CustomerDetail> &customers, int total)
{
    if (customers.isEmpty())
        return {tr("No customers are connected.")};
    QStringList lines{tr("Customers connected, and what each one did last:")};
    for (const CustomerDetail &customer : customers)
        lines.append(tr("  %1 (%2) — %3", "customer, what they are doing, their last action")
                         .arg(customer.name, customer.activity, customer.lastAction));
    if (total > customers.size())
        lines.append(tr("  … and %1 more.").arg(total - customers.size()));
    return lines;
}

QStringList CommandRunner::historyLines(const QString &customerName, const QList<HistoryItem> &items, bool hasOlder,
                                        bool older)
{
    QStringList lines{older ? tr("Older history of %1:").arg(customerName) : tr("History of %1:").arg(customerName)};
    for (const HistoryItem &item : items)
        lines.append(tr("  %1  %2", "a history line: date and time, then what happened")
                         .arg(item.at.toString(QStringLiteral("yyyy-MM-dd HH:mm")), item.description));
    if (items.isEmpty())
        lines.append(tr("  Nothing yet."));
    if (hasOlder)
        lines.append(tr("There are older entries: type :older to see them."));
    return lines;
}

} // namespace Turno
