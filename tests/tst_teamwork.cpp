// The executive console's work, end to end: a real turno-server with the demo accounts, the two
// demo executives and the twelve demo customers as session controllers (the apps' own code).
// Offers are rejected, left to time out (the executive goes Away for missed offers) and
// accepted; an executive holds one customer, takes another and switches, and meets the session
// limit; a customer is transferred with the conversation and history; a colleague joins a
// conference; a contact is invited (declined, timed out, accepted); then everyone is served.
#include "admin/demoaccounts.h"
#include "serverprocess.h"
#include "session/customersession.h"
#include "session/executivesession.h"

#include <QSignalSpy>
#include <QtTest>
#include <memory>

using namespace Turno;
using Protocol::Presence;

namespace
{
QList<Admin::DemoAccount> accounts(const QString &kind)
{
    QList<Admin::DemoAccount> list;
    for (const Admin::DemoAccount &account : Admin::demoAccounts()) {
        if (account.kind == kind)
            list.append(account);
    }
    return list;
}

bool transcriptHas(const ExecutiveSession &executive, const QString &text)
{
    const SessionInfo *info = executive.session(executive.currentSession());
    if (!info)
        return false;
    return std::any_of(info->transcript.cbegin(), info->transcript.cend(),
                       [&text](const ChatLine &line) { return line.text == text; });
}
} // namespace

class TestTeamwork : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void twoExecutivesTwelveCustomers();
};

void TestTeamwork::twoExecutivesTwelveCustomers()
{
    Test::ServerProcess server;
    QVERIFY2(
        server.start({QStringLiteral("--demo"), QStringLiteral("--ring-timeout"), QStringLiteral("1"),
                      QStringLiteral("--missed-offers"), QStringLiteral("2"), QStringLiteral("--invitation-timeout"),
                      QStringLiteral("2"), QStringLiteral("--session-limit"), QStringLiteral("2")}),
        qPrintable(server.error()));
    const auto executives = accounts(QStringLiteral("executive"));
    const auto customerAccounts = accounts(QStringLiteral("customer"));
    QCOMPARE(executives.size(), 2);
    QCOMPARE(customerAccounts.size(), 12);

    ExecutiveSession juan, maria;
    for (auto [session, account] : {std::pair{&juan, executives[0]}, std::pair{&maria, executives[1]}}) {
        QSignalSpy in(session, &ExecutiveSession::loggedInAs);
        QVERIFY(session->logIn(server.address(), account.id, account.password));
        QVERIFY(in.wait(10'000));
    }
    maria.setAway(QStringLiteral("back office"));
    QTRY_COMPARE_WITH_TIMEOUT(maria.presence(), Presence::Away, 10'000);
    std::vector<std::unique_ptr<CustomerSession>> customers;
    for (const Admin::DemoAccount &account : customerAccounts) {
        auto customer = std::make_unique<CustomerSession>();
        QSignalSpy in(customer.get(), &CustomerSession::loggedInAs);
        QVERIFY(customer->logIn(server.address(), account.id, account.password));
        QVERIFY(in.wait(10'000));
        customers.push_back(std::move(customer));
    }
    QTRY_COMPARE_WITH_TIMEOUT(juan.connectedCustomers(), 12, 10'000);
    CustomerSession &jorge = *customers[0];

    // --- Offers: rejected, twice unanswered (Away for missed offers), then accepted by María.
    QSignalSpy juanOffers(&juan, &ExecutiveSession::offerReceived);
    QSignalSpy juanOfferEnded(&juan, &ExecutiveSession::offerEnded);
    QSignalSpy juanAway(&juan, &ExecutiveSession::awayForMissedOffers);
    QVERIFY(jorge.contactExecutive(QStringLiteral("internet")));
    QVERIFY(juanOffers.wait(10'000));
    QVERIFY(juan.rejectOffer());
    QTRY_COMPARE_WITH_TIMEOUT(juanOfferEnded.size(), 1, 10'000);
    QVERIFY(juanOfferEnded.at(0).at(1).toString().contains(QLatin1String("You rejected")));
    QTRY_COMPARE_WITH_TIMEOUT(juanAway.size(), 1, 15'000);
    QCOMPARE(juanOfferEnded.size(), 3);
    QVERIFY(juanOfferEnded.at(2).at(1).toString().contains(QLatin1String("not answered in time")));
    QCOMPARE(juan.presence(), Presence::Away);
    QCOMPARE(jorge.state(), CustomerSession::State::Waiting);
    QSignalSpy mariaOffers(&maria, &ExecutiveSession::offerReceived);
    maria.setAvailable();
    QVERIFY(mariaOffers.wait(10'000));
    QVERIFY(maria.acceptOffer());
    QTRY_COMPARE_WITH_TIMEOUT(jorge.state(), CustomerSession::State::InSession, 10'000);
    QCOMPARE(jorge.executiveName(), executives[1].fullName);
    QSignalSpy mariaHears(&maria, &ExecutiveSession::messageReceived);
    jorge.sendMessage(QStringLiteral("Mi internet no funciona."));
    QVERIFY(mariaHears.wait(10'000));

    // --- Hold and switch, and the session limit: Juan (still away) takes the line himself.
    CustomerSession &claudio = *customers[1];
    CustomerSession &camila = *customers[2];
    CustomerSession &luis = *customers[3];
    QVERIFY(claudio.contactExecutive(QStringLiteral("internet")));
    QVERIFY(camila.contactExecutive(QStringLiteral("wifi")));
    QVERIFY(luis.contactExecutive(QStringLiteral("internet")));
    QTRY_COMPARE_WITH_TIMEOUT(juan.waitingTotal(), 3, 10'000);
    QCOMPARE(juan.waitingCustomers().constFirst().customerName, customerAccounts[1].fullName);
    QVERIFY(juan.claimNext()); // Connect next: the oldest, Claudio
    QTRY_COMPARE_WITH_TIMEOUT(claudio.state(), CustomerSession::State::InSession, 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(juan.sessions().size(), 1, 10'000);
    const quint32 claudioSession = juan.currentSession();
    QTRY_COMPARE_WITH_TIMEOUT(juan.waitingTotal(), 2, 10'000);
    QVERIFY(juan.claimNext()); // Camila: Claudio goes on hold
    QTRY_COMPARE_WITH_TIMEOUT(camila.state(), CustomerSession::State::InSession, 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(claudio.isHeld(), 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(juan.sessions().size(), 2, 10'000);
    const quint32 camilaSession = juan.currentSession();
    QVERIFY(camilaSession != claudioSession);
    QTRY_VERIFY_WITH_TIMEOUT(juan.session(claudioSession)->held, 10'000);
    QCOMPARE(juan.presence(), Presence::Busy);
    QSignalSpy juanRefused(&juan, &ClientSession::requestRefused);
    QTRY_COMPARE_WITH_TIMEOUT(juan.waitingTotal(), 1, 10'000);
    QVERIFY(juan.claimNext()); // Luis: over the limit of 2
    QVERIFY(juanRefused.wait(10'000));
    QVERIFY2(juanRefused.first().first().toString().contains(QLatin1String("as many sessions")),
             qPrintable(juanRefused.first().first().toString()));
    QCOMPARE(luis.state(), CustomerSession::State::Waiting);
    // Switch back to Claudio: Camila is held now.
    QSignalSpy claudioHears(&claudio, &CustomerSession::messageReceived);
    QVERIFY(juan.switchTo(claudioSession));
    QTRY_VERIFY_WITH_TIMEOUT(!claudio.isHeld() && camila.isHeld(), 10'000);
    QVERIFY(!juan.sendMessage(QStringLiteral("Gracias por esperar, Claudio.")).isEmpty());
    QVERIFY(claudioHears.wait(10'000));
    QVERIFY(juan.endSession());
    QTRY_COMPARE_WITH_TIMEOUT(claudio.state(), CustomerSession::State::Menu, 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(juan.sessions().size(), 1, 10'000);
    QVERIFY(juan.switchTo(camilaSession));
    QTRY_VERIFY_WITH_TIMEOUT(!camila.isHeld(), 10'000);
    QVERIFY(juan.endSession());
    QTRY_COMPARE_WITH_TIMEOUT(camila.state(), CustomerSession::State::Menu, 10'000);
    QVERIFY(luis.leaveQueue());
    QTRY_COMPARE_WITH_TIMEOUT(luis.state(), CustomerSession::State::Menu, 10'000);

    // --- Transfer: María hands Jorge to Juan, who is offered him first and sees what was said.
    juan.setAvailable();
    QTRY_COMPARE_WITH_TIMEOUT(juan.presence(), Presence::Available, 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(!maria.findColleague(QStringLiteral("Juan")).isEmpty(), 10'000);
    QSignalSpy jorgeTransferred(&jorge, &CustomerSession::transferred);
    QSignalSpy mariaEnded(&maria, &ExecutiveSession::sessionEnded);
    const qsizetype offersBefore = juanOffers.size();
    QVERIFY(maria.transferTo(maria.findColleague(QStringLiteral("Juan"))));
    QVERIFY(jorgeTransferred.wait(10'000));
    QCOMPARE(jorgeTransferred.first().first().toString(), executives[0].fullName);
    QTRY_COMPARE_WITH_TIMEOUT(mariaEnded.size(), 1, 10'000);
    QVERIFY(mariaEnded.first().at(1).toString().contains(QLatin1String("transferred")));
    QTRY_COMPARE_WITH_TIMEOUT(juanOffers.size(), offersBefore + 1, 10'000);
    QCOMPARE(juanOffers.last().first().value<OfferInfo>().customerName, customerAccounts[0].fullName);
    QVERIFY(juan.acceptOffer());
    QTRY_COMPARE_WITH_TIMEOUT(jorge.state(), CustomerSession::State::InSession, 10'000);
    QCOMPARE(jorge.executiveName(), executives[0].fullName);
    QTRY_VERIFY_WITH_TIMEOUT(transcriptHas(juan, QStringLiteral("Mi internet no funciona.")), 10'000);
    QSignalSpy history(&juan, &ExecutiveSession::historyReceived);
    QVERIFY(juan.requestHistory());
    QVERIFY(history.wait(10'000));
    const auto items = history.first().at(1).value<QList<HistoryItem>>();
    QVERIFY(std::any_of(items.cbegin(), items.cend(), [](const HistoryItem &item) {
        return item.description.contains(QLatin1String("transferred between executives"));
    }));

    // --- Conference: Juan invites María; all three see every message; María leaves.
    QSignalSpy mariaInvited(&maria, &ExecutiveSession::invitationReceived);
    QSignalSpy jorgeParticipants(&jorge, &CustomerSession::participantsChanged);
    QTRY_COMPARE_WITH_TIMEOUT(maria.presence(), Presence::Available, 10'000);
    QVERIFY(juan.inviteToConference(juan.findColleague(QStringLiteral("María"))));
    QVERIFY(mariaInvited.wait(10'000));
    QCOMPARE(maria.currentInvitation()->customerName, customerAccounts[0].fullName);
    QVERIFY(maria.answerInvitation(true));
    QTRY_COMPARE_WITH_TIMEOUT(maria.sessions().size(), 1, 10'000);
    QVERIFY(maria.sessions().constFirst().guest);
    QTRY_COMPARE_WITH_TIMEOUT(
        jorge.participants(),
        (QStringList{customerAccounts[0].fullName, executives[0].fullName, executives[1].fullName}), 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(transcriptHas(maria, QStringLiteral("Mi internet no funciona.")),
                             10'000); // she sees the conversation
    QSignalSpy juanHears(&juan, &ExecutiveSession::messageReceived);
    QSignalSpy mariaHearsToo(&maria, &ExecutiveSession::messageReceived);
    QSignalSpy jorgeHears(&jorge, &CustomerSession::messageReceived);
    jorge.sendMessage(QStringLiteral("¿Me escuchan los dos?"));
    QTRY_VERIFY_WITH_TIMEOUT(juanHears.size() == 1 && mariaHearsToo.size() == 1, 10'000);
    maria.sendMessage(QStringLiteral("Sí, soy María, de soporte Wi-Fi."));
    QTRY_VERIFY_WITH_TIMEOUT(juanHears.size() == 2 && jorgeHears.size() == 1, 10'000);
    QCOMPARE(juanHears.at(1).at(0).toString(), executives[1].fullName);
    QVERIFY(maria.endSession()); // a guest leaves; the session goes on
    QTRY_COMPARE_WITH_TIMEOUT(jorge.participants().size(), 2, 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(maria.sessions().size(), 0, 10'000);
    QCOMPARE(jorge.state(), CustomerSession::State::InSession);

    // --- Contacts: Jorge goes on Juan's list; declined, unanswered and accepted invitations.
    QVERIFY(juan.addContact());
    QTRY_COMPARE_WITH_TIMEOUT(juan.contacts().size(), 1, 10'000);
    QVERIFY(juan.contacts().constFirst().online);
    QVERIFY(!juan.contacts().constFirst().free); // in a session with him
    QVERIFY(juan.endSession());
    QTRY_COMPARE_WITH_TIMEOUT(jorge.state(), CustomerSession::State::Menu, 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(juan.contacts().constFirst().free, 10'000);
    const QString jorgeKey = juan.findContact(QStringLiteral("Jorge"));
    QCOMPARE(jorgeKey, juan.contacts().constFirst().key);
    QSignalSpy jorgeInvited(&jorge, &CustomerSession::invitationReceived);
    QSignalSpy juanInvitationEnded(&juan, &ExecutiveSession::invitationEnded);
    QVERIFY(juan.inviteContact(jorgeKey, QStringLiteral("wifi")));
    QVERIFY(jorgeInvited.wait(10'000));
    QVERIFY(jorge.answerInvitation(false));
    QVERIFY(juanInvitationEnded.wait(10'000));
    QVERIFY(juanInvitationEnded.last().at(1).toString().contains(QLatin1String("declined")));
    QVERIFY(juan.inviteContact(jorgeKey, QStringLiteral("wifi")));
    QTRY_COMPARE_WITH_TIMEOUT(jorgeInvited.size(), 2, 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(juanInvitationEnded.size(), 2, 10'000); // nobody answers: it rings out
    QVERIFY(juanInvitationEnded.last().at(1).toString().contains(QLatin1String("did not answer")));
    QVERIFY(juan.inviteContact(jorgeKey, QStringLiteral("wifi")));
    QTRY_COMPARE_WITH_TIMEOUT(jorgeInvited.size(), 3, 10'000);
    QVERIFY(jorge.answerInvitation(true));
    QTRY_COMPARE_WITH_TIMEOUT(jorge.state(), CustomerSession::State::InSession, 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(juan.sessions().size(), 1, 10'000);
    QVERIFY(juan.endSession());
    QTRY_COMPARE_WITH_TIMEOUT(jorge.state(), CustomerSession::State::Menu, 10'000);

    // --- Everyone else: the nine customers still unserved get an executive, one after another.
    for (ExecutiveSession *executive : {&juan, &maria}) {
        connect(executive, &ExecutiveSession::offerReceived, executive, [executive] { executive->acceptOffer(); });
        connect(executive, &ExecutiveSession::sessionStarted, executive,
                [executive] { executive->sendMessage(QStringLiteral("Hola, ¿en qué te ayudo?")); });
    }
    int served = 0;
    for (size_t i = 3; i < customers.size(); ++i) {
        CustomerSession *customer = customers[i].get();
        connect(customer, &CustomerSession::messageReceived, customer, [customer, &served] {
            ++served;
            customer->endSession();
        });
        QVERIFY(customer->contactExecutive(i % 2 ? QStringLiteral("internet") : QStringLiteral("wifi")));
    }
    QTRY_COMPARE_WITH_TIMEOUT(served, 9, 30'000);
    for (const auto &customer : customers)
        QTRY_COMPARE_WITH_TIMEOUT(customer->state(), CustomerSession::State::Menu, 10'000);

    // The server's log tells the story in the spec's shape.
    const QString log = server.output();
    for (const char *line : {"rejected client", "did not answer the offer of client", "is now away (missed-offers)",
                             "put client", "transferred client", "invited executive", "joined the session of client",
                             "left the session of client", "invited client"})
        QVERIFY2(log.contains(QLatin1String(line)), line);
}

QTEST_GUILESS_MAIN(TestTeamwork)
#include "tst_teamwork.moc"
