// The core without the wire: lines, offers, sessions, chat and presence of a contact center in the
// test's process, spoken to by in-process participants (tests/support/inprocessparticipant.h).
// What each participant is told is checked message by message, with no socket and no other process.
#include "core/serverlog.h"
#include "inprocessparticipant.h"
#include "queueactors.h"

#include <QSignalSpy>
#include <QtTest>

using namespace Turno;
using Test::accounts;
using Test::InProcessCore;
using Test::InProcessParticipant;
using namespace Protocol;

namespace
{

// The "[SERVER] …" lines written while it lives.
class LogLines : public QObject
{
public:
    LogLines()
    {
        Server::ServerLog::install(false);
        connect(&Server::ServerLog::instance(), &Server::ServerLog::messageLogged, this,
                [this](int, const QString &line) { lines.append(line); });
    }
    bool contains(const QString &text) const
    {
        return std::any_of(lines.cbegin(), lines.cend(), [&](const QString &line) { return line.contains(text); });
    }
    QStringList lines;
};

Server::ServerConfig config()
{
    return InProcessCore::defaultConfig();
}

} // namespace

class TestCoreQueue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void customersAreServedInOrderAndChat();
    void rejectedAndUnansweredOffersGoOn();
    void leavingMovesEveryoneUp();
    void placeIsReleasedAfterGrace();
    void resumeKeepsPlaceAndConversation();
    void executivesSeeTheLineLive();
    void presenceWrapUpAndMissedOffers();
    void sameAccountElsewhereTakesOver();
};

void TestCoreQueue::customersAreServedInOrderAndChat()
{
    InProcessCore core;
    QVERIFY2(core.isValid(), qPrintable(core.error()));
    const auto execs = accounts(QStringLiteral("executive"));
    const auto demo = accounts(QStringLiteral("customer"));
    auto juan = core.executive(execs[0].id);
    QVERIFY(juan);
    QCOMPARE(juan->last<ConnectedCustomers>().count, 0u);

    std::vector<std::unique_ptr<InProcessParticipant>> customers;
    for (int i = 0; i < 3; ++i) {
        customers.push_back(core.customer(demo[i].id));
        QVERIFY(customers.back());
        QCOMPARE(customers.back()->count<ResumeToken>(), 1);
        core.desk().join(customers.back().get(), JoinQueue{quint32(i + 1), QStringLiteral("internet")});
    }
    QCOMPARE(juan->last<ConnectedCustomers>().count, 3u);
    // Places: the first rings for Juan (0 ahead), the others wait behind.
    for (int i = 0; i < 3; ++i) {
        QTRY_VERIFY(customers[i]->count<QueueStatus>() > 0);
        QCOMPARE(customers[i]->last<QueueStatus>().ahead, quint32(i));
    }
    for (int i = 0; i < 3; ++i) {
        QTRY_COMPARE(juan->count<Offer>(), i + 1);
        const Offer offer = juan->last<Offer>();
        QCOMPARE(offer.customerName, demo[i].fullName);
        core.desk().answer(juan.get(), AnswerOffer{offer.offerId, true});
        QTRY_COMPARE(customers[i]->count<SessionStarted>(), 1);
        QTRY_COMPARE(juan->count<SessionStarted>(), i + 1);
        const SessionStarted started = customers[i]->last<SessionStarted>();
        QCOMPARE(started.peerName, QStringLiteral("Juan Perez"));
        QCOMPARE(juan->last<SessionStarted>().sessionId, started.sessionId);

        // Committed, then acknowledged to the sender and relayed to the other side.
        core.desk().chat(juan.get(), ChatSend{started.sessionId, QStringLiteral("j%1").arg(i), QStringLiteral("Hola")});
        QTRY_COMPARE(customers[i]->count<ChatMessage>(), 1);
        QCOMPARE(customers[i]->last<ChatMessage>().text, QStringLiteral("Hola"));
        QCOMPARE(customers[i]->last<ChatMessage>().fromName, QStringLiteral("Juan Perez"));
        QTRY_VERIFY(juan->count<ChatAck>() > 0);
        QCOMPARE(juan->last<ChatAck>().clientMessageId, QStringLiteral("j%1").arg(i));
        QCOMPARE(juan->last<ChatAck>().messageId, customers[i]->last<ChatMessage>().messageId);
        core.desk().chat(customers[i].get(),
                         ChatSend{started.sessionId, QStringLiteral("c%1").arg(i), QStringLiteral("Mi internet")});
        QTRY_COMPARE(customers[i]->count<ChatAck>(), 1);
        QTRY_COMPARE(juan->count<ChatMessage>(), i + 1);
        QCOMPARE(juan->last<ChatMessage>().text, QStringLiteral("Mi internet"));

        core.desk().end(customers[i].get(), EndSession{started.sessionId});
        QTRY_COMPARE(juan->count<SessionEnded>(), i + 1);
        QCOMPARE(juan->last<SessionEnded>().reason, quint8(SessionEndReason::ByCustomer));
        QCOMPARE(customers[i]->count<SessionEnded>(), 1);
    }
    // Places never went back.
    for (const auto &customer : customers) {
        const QList<QueueStatus> places = customer->all<QueueStatus>();
        for (qsizetype i = 1; i < places.size(); ++i)
            QVERIFY2(places[i].ahead <= places[i - 1].ahead, "a place went backwards");
    }
    QCOMPARE(core.desk().sessionCount(), 0);
    QCOMPARE(core.desk().waitingCount(), 0);
}

void TestCoreQueue::rejectedAndUnansweredOffersGoOn()
{
    Server::ServerConfig settings = config();
    settings.ringTimeoutMs = 300;
    InProcessCore core(settings);
    QVERIFY2(core.isValid(), qPrintable(core.error()));
    LogLines log;
    const auto demo = accounts(QStringLiteral("customer"));
    auto juan = core.executive(QStringLiteral("jperez"));
    auto jorge = core.customer(demo[0].id);
    QVERIFY(juan && jorge);
    core.desk().setLastAction(jorge->customer()->rut, QStringLiteral("restart-internet:ok"));
    core.desk().join(jorge.get(), JoinQueue{1, QStringLiteral("internet")});
    QTRY_COMPARE(juan->count<Offer>(), 1);
    const Offer first = juan->last<Offer>();
    QCOMPARE(first.customerName, demo[0].fullName);
    QCOMPARE(first.lastAction, QStringLiteral("restart-internet:ok"));
    QCOMPARE(first.ringSeconds, 1u); // 300 ms, rounded up to what a countdown can show

    // Rejected: the only executive is offered the same customer again.
    core.desk().answer(juan.get(), AnswerOffer{first.offerId, false});
    QCOMPARE(juan->count<OfferEnded>(), 1);
    QCOMPARE(juan->last<OfferEnded>().reason, quint8(OfferEndReason::Rejected));
    QTRY_COMPARE(juan->count<Offer>(), 2);
    QVERIFY(log.contains(QStringLiteral("rejected client")));
    // Not answered: it times out and is offered again.
    QTRY_COMPARE(juan->count<OfferEnded>(), 2);
    QCOMPARE(juan->last<OfferEnded>().reason, quint8(OfferEndReason::TimedOut));
    QTRY_VERIFY(log.contains(QStringLiteral("did not answer the offer of client")));
    QTRY_COMPARE(juan->count<Offer>(), 3);
    core.desk().answer(juan.get(), AnswerOffer{juan->last<Offer>().offerId, true});
    QTRY_COMPARE(jorge->count<SessionStarted>(), 1);
    QCOMPARE(jorge->last<SessionStarted>().peerName, QStringLiteral("Juan Perez"));
    // The executive ends it; the customer is told who did.
    core.desk().end(juan.get(), EndSession{jorge->last<SessionStarted>().sessionId});
    QTRY_COMPARE(jorge->count<SessionEnded>(), 1);
    QCOMPARE(jorge->last<SessionEnded>().reason, quint8(SessionEndReason::ByExecutive));
}

void TestCoreQueue::leavingMovesEveryoneUp()
{
    InProcessCore core;
    QVERIFY2(core.isValid(), qPrintable(core.error()));
    LogLines log;
    const auto demo = accounts(QStringLiteral("customer"));
    std::vector<std::unique_ptr<InProcessParticipant>> customers;
    for (int i = 0; i < 4; ++i) {
        customers.push_back(core.customer(demo[i].id));
        QVERIFY(customers.back());
        core.desk().join(customers.back().get(), JoinQueue{1, QStringLiteral("wifi")});
        QTRY_VERIFY(customers.back()->count<QueueStatus>() > 0);
        QCOMPARE(customers.back()->last<QueueStatus>().ahead, quint32(i));
        QVERIFY2(!customers.back()->last<QueueStatus>().estimateKnown, "no executive and no data yet: unknown");
    }
    core.desk().leave(customers[1].get(), LeaveQueue{2});
    QCOMPARE(customers[1]->count<QueueLeft>(), 1);
    QCOMPARE(customers[1]->last<QueueLeft>().reason, quint8(QueueLeftReason::Left));
    QTRY_COMPARE(customers[2]->last<QueueStatus>().ahead, 1u);
    QTRY_COMPARE(customers[3]->last<QueueStatus>().ahead, 2u);
    QCOMPARE(customers[0]->last<QueueStatus>().ahead, 0u);
    // A customer who logs out (an explicit goodbye, not a drop) gives the place up at once.
    core.logOut(*customers[0]);
    QTRY_COMPARE(customers[2]->last<QueueStatus>().ahead, 0u);
    QVERIFY(log.contains(QStringLiteral("left the queue.")));
}

void TestCoreQueue::placeIsReleasedAfterGrace()
{
    Server::ServerConfig settings = config();
    settings.resumeGraceMs = 300;
    InProcessCore core(settings);
    QVERIFY2(core.isValid(), qPrintable(core.error()));
    LogLines log;
    const auto demo = accounts(QStringLiteral("customer"));
    auto first = core.customer(demo[0].id);
    auto second = core.customer(demo[1].id);
    QVERIFY(first && second);
    core.desk().join(first.get(), JoinQueue{1, QStringLiteral("wifi")});
    core.desk().join(second.get(), JoinQueue{1, QStringLiteral("wifi")});
    QTRY_VERIFY(second->count<QueueStatus>() > 0);
    QCOMPARE(second->last<QueueStatus>().ahead, 1u);
    // The first customer drops and does not come back: the place is kept for the grace period,
    // then released, and the line moves up.
    core.drop(*first);
    QCOMPARE(core.desk().waitingCount(), 2);
    QTRY_VERIFY(log.contains(QStringLiteral("did not come back in time; their place was released.")));
    QTRY_COMPARE(second->last<QueueStatus>().ahead, 0u);
    QCOMPARE(core.desk().waitingCount(), 1);
    // Its token no longer works.
    QVERIFY(!core.resume(*first, 0));
}

void TestCoreQueue::resumeKeepsPlaceAndConversation()
{
    InProcessCore core;
    QVERIFY2(core.isValid(), qPrintable(core.error()));
    const auto demo = accounts(QStringLiteral("customer"));
    auto juan = core.executive(QStringLiteral("jperez"));
    auto first = core.customer(demo[0].id);
    auto second = core.customer(demo[1].id);
    QVERIFY(juan && first && second);
    core.desk().join(first.get(), JoinQueue{1, QStringLiteral("internet")});
    core.desk().join(second.get(), JoinQueue{1, QStringLiteral("internet")});
    QTRY_COMPARE(juan->count<Offer>(), 1); // the first customer rings for Juan; the second waits
    QTRY_VERIFY(second->count<QueueStatus>() > 0);
    QCOMPARE(second->last<QueueStatus>().ahead, 1u);

    // Mid-queue: the second customer drops and comes back in place with its token.
    core.drop(*second);
    auto secondBack = core.resume(*second, 0);
    QVERIFY(secondBack);
    QCOMPARE(secondBack->count<ResumeToken>(), 1);
    QVERIFY(secondBack->last<ResumeToken>().token != second->last<ResumeToken>().token);
    QVERIFY2(!core.resume(*second, 0), "a token works once");
    QTRY_VERIFY(secondBack->count<QueueStatus>() > 0);
    QCOMPARE(secondBack->last<QueueStatus>().ahead, 1u);

    // Mid-chat: Juan writes while the first customer is away; the customer gets it on resuming.
    core.desk().answer(juan.get(), AnswerOffer{juan->last<Offer>().offerId, true});
    QTRY_COMPARE(first->count<SessionStarted>(), 1);
    const quint32 sessionId = first->last<SessionStarted>().sessionId;
    core.drop(*first);
    core.desk().chat(juan.get(),
                     ChatSend{sessionId, QStringLiteral("j1"), QStringLiteral("Escribo mientras no estás.")});
    QTRY_COMPARE(juan->count<ChatAck>(), 1);
    auto firstBack = core.resume(*first, 0);
    QVERIFY(firstBack);
    QTRY_COMPARE(firstBack->count<ChatMessage>(), 1);
    QCOMPARE(firstBack->last<ChatMessage>().text, QStringLiteral("Escribo mientras no estás."));
    QCOMPARE(firstBack->count<SessionStarted>(), 1);
    core.desk().chat(firstBack.get(),
                     ChatSend{sessionId, QStringLiteral("c1"), QStringLiteral("Se me cortó, ¿sigues ahí?")});
    QTRY_COMPARE(juan->count<ChatMessage>(), 1);
    QCOMPARE(juan->last<ChatMessage>().text, QStringLiteral("Se me cortó, ¿sigues ahí?"));
    QCOMPARE(firstBack->count<ChatMessage>(), 1); // nothing told twice
}

void TestCoreQueue::executivesSeeTheLineLive()
{
    InProcessCore core;
    QVERIFY2(core.isValid(), qPrintable(core.error()));
    const auto demo = accounts(QStringLiteral("customer"));
    std::vector<std::unique_ptr<InProcessParticipant>> customers;
    for (int i = 0; i < 3; ++i) {
        customers.push_back(core.customer(demo[i].id));
        QVERIFY(customers.back());
        core.desk().join(customers.back().get(), JoinQueue{1, QStringLiteral("wifi")});
    }
    auto juan = core.executive(QStringLiteral("jperez"));
    QVERIFY(juan);
    // Oldest first, including the one ringing for Juan right now.
    QTRY_VERIFY(juan->count<WaitingList>() > 0 && juan->last<WaitingList>().total == 3);
    const WaitingList list = juan->last<WaitingList>();
    QCOMPARE(list.customers.at(0).customerName, demo[0].fullName);
    QCOMPARE(list.customers.at(2).customerName, demo[2].fullName);
    QCOMPARE(list.customers.at(1).service, QStringLiteral("wifi"));
    core.desk().leave(customers[1].get(), LeaveQueue{2});
    QTRY_COMPARE(juan->last<WaitingList>().total, 2u);
    QCOMPARE(juan->last<WaitingList>().customers.at(1).customerName, demo[2].fullName);
}

void TestCoreQueue::presenceWrapUpAndMissedOffers()
{
    Server::ServerConfig settings = config();
    settings.wrapUpMs = 300;
    settings.ringTimeoutMs = 200;
    settings.missedOffersLimit = 2;
    InProcessCore core(settings);
    QVERIFY2(core.isValid(), qPrintable(core.error()));
    LogLines log;
    const auto demo = accounts(QStringLiteral("customer"));
    auto juan = core.executive(QStringLiteral("jperez"));
    QVERIFY(juan);
    auto presence = [&] { return Presence(juan->last<PresenceChanged>().presence); };
    QTRY_COMPARE(presence(), Presence::Available);

    auto first = core.customer(demo[0].id);
    core.desk().join(first.get(), JoinQueue{1, QStringLiteral("internet")});
    QTRY_COMPARE(juan->count<Offer>(), 1);
    core.desk().answer(juan.get(), AnswerOffer{juan->last<Offer>().offerId, true});
    QTRY_COMPARE(presence(), Presence::Busy);
    auto second = core.customer(demo[1].id);
    core.desk().join(second.get(), JoinQueue{1, QStringLiteral("internet")});

    // After the session: after-call work, visible as its own state, and no offer meanwhile.
    core.desk().end(juan.get(), EndSession{first->last<SessionStarted>().sessionId});
    QTRY_COMPARE(presence(), Presence::AfterCallWork);
    QCOMPARE(juan->count<Offer>(), 1);
    QCOMPARE(second->count<SessionStarted>(), 0);
    // The wrap-up time runs out: available again, and the waiting customer is offered.
    QTRY_COMPARE(juan->count<Offer>(), 2);
    core.desk().answer(juan.get(), AnswerOffer{juan->last<Offer>().offerId, true});
    QTRY_COMPARE(presence(), Presence::Busy);
    core.desk().end(juan.get(), EndSession{second->last<SessionStarted>().sessionId});
    QTRY_COMPARE(presence(), Presence::AfterCallWork);
    // "Ready now" ends after-call work early.
    core.desk().setPresence(juan.get(), SetPresence{7, quint8(Presence::Available), QString()});
    QTRY_COMPARE(presence(), Presence::Available);

    // Two offers in a row left ringing: Away, with the reason.
    auto third = core.customer(demo[2].id);
    core.desk().join(third.get(), JoinQueue{1, QStringLiteral("internet")});
    QTRY_COMPARE(presence(), Presence::Away);
    QCOMPARE(juan->last<PresenceChanged>().reason, QStringLiteral("missed-offers"));
    QCOMPARE(juan->count<Offer>(), 4);
    QCOMPARE(third->count<SessionStarted>(), 0);
    QTRY_COMPARE(third->last<QueueStatus>().agents, 0u); // nobody serves the line now
    QTRY_VERIFY(log.contains(QStringLiteral("Executive Juan Perez is now away (missed-offers).")));
    // Back to available: the customer is offered again.
    core.desk().setPresence(juan.get(), SetPresence{8, quint8(Presence::Available), QString()});
    QTRY_COMPARE(juan->count<Offer>(), 5);
}

void TestCoreQueue::sameAccountElsewhereTakesOver()
{
    InProcessCore core;
    QVERIFY2(core.isValid(), qPrintable(core.error()));
    const auto demo = accounts(QStringLiteral("customer"));
    auto here = core.customer(demo[0].id);
    QVERIFY(here);
    core.desk().join(here.get(), JoinQueue{1, QStringLiteral("internet")});
    QTRY_VERIFY(here->count<QueueStatus>() > 0);
    // The same customer logs in from another place: the first is told and closed, the new one
    // keeps the place.
    auto there = core.customer(demo[0].id);
    QVERIFY(there);
    QCOMPARE(here->count<ForcedLogout>(), 1);
    QCOMPARE(here->last<ForcedLogout>().reason, quint8(ForcedLogoutReason::LoggedInElsewhere));
    QVERIFY(here->isClosed());
    QTRY_VERIFY(there->count<QueueStatus>() > 0);
    QCOMPARE(there->last<QueueStatus>().ahead, 0u);
    QCOMPARE(core.center().connectedCustomerCount(), 1);
    // The old one's end, heard later from the event loop, does not touch the new one.
    here.reset();
    QCOMPARE(core.center().connectedCustomerCount(), 1);
    QCOMPARE(core.desk().waitingCount(), 1);
}

QTEST_GUILESS_MAIN(TestCoreQueue)
#include "tst_corequeue.moc"
