// The handshake's features against a real turno-server and a scripted one: an optional field
// reaches only a peer that named its feature, so an app older than the field and a server older
// than the app keep talking. And what server-time is for: the server's times on the app's clock.
#include "fakecustomerserver.h"
#include "olderpeers.h"
#include "rawclient.h"
#include "serverprocess.h"
#include "session/customersession.h"

#include <QSignalSpy>
#include <QtTest>

using namespace Turno;
using namespace Turno::Protocol;

namespace
{

const QString kRut = QStringLiteral("12.345.678-5");
const QString kPassword = QStringLiteral("jorge-password");
constexpr qint64 kHourMs = 3'600'000;

} // namespace

class TestFeatures : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void olderAppGetsTheWelcomeItKnows();
    void appThatNamesServerTimeGetsIt();
    void appTalksToAServerThatNamesNoFeatures();
    void appShowsServerTimesOnItsOwnClock();

private:
    Test::ServerProcess m_server;
};

void TestFeatures::initTestCase()
{
    QVERIFY2(m_server.start({QStringLiteral("--rate-limit"), QStringLiteral("login-per-account=off")}),
             qPrintable(m_server.error()));
    QVERIFY(m_server.addCustomer(kRut, QStringLiteral("Jorge Sandoval"), kPassword));
}

void TestFeatures::cleanupTestCase()
{
    m_server.stop();
}

void TestFeatures::olderAppGetsTheWelcomeItKnows()
{
    // An app that names no features reads the server's Welcome with its own three fields and
    // nothing left over, then logs in and is served.
    Test::RawClient older;
    QVERIFY(older.connectTo(m_server.port()));
    older.mayInterleave({Kind::ResumeToken});
    QVERIFY(older.logInCustomer(kRut, kPassword));
    const QByteArray welcomePayload = older.payloads().first();
    Test::WelcomeBeforeServerTime welcome;
    WireReader reader(welcomePayload);
    QVERIFY2(welcome.visit(reader) && reader.finish(), qPrintable(reader.error()));
    QCOMPARE(welcome.version, kVersion);
    QVERIFY(welcome.features.contains(QLatin1String(kServerTimeFeature)));

    older.send(RestartInternet{2});
    ServiceResult restarted;
    QVERIFY(older.next(restarted));
    QCOMPARE(restarted.requestId, 2u);
    QCOMPARE(restarted.outcome, quint8(ServiceOutcome::Done));
}

void TestFeatures::appThatNamesServerTimeGetsIt()
{
    Test::RawClient newer;
    QVERIFY(newer.connectTo(m_server.port()));
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    Hello hello;
    hello.features = {QLatin1String(kServerTimeFeature)};
    newer.send(hello);
    Welcome welcome;
    QVERIFY(newer.next(welcome));
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    QVERIFY2(welcome.serverTimeMs >= before && welcome.serverTimeMs <= after,
             qPrintable(QStringLiteral("%1 not in [%2, %3]").arg(welcome.serverTimeMs).arg(before).arg(after)));
}

void TestFeatures::appTalksToAServerThatNamesNoFeatures()
{
    // A server older than the app: its Welcome ends after three fields. The app logs in, is
    // served, and takes the server's times as they are.
    Test::FakeCustomerServer older;
    older.script = [&older](quint16 kind, const QByteArray &payload) {
        RestartInternet request;
        QString error;
        if (kind == quint16(Kind::RestartInternet) && decodePayload(payload, request, &error))
            older.send(ServiceResult{request.requestId, quint8(Service::Internet), quint8(ServiceOutcome::Done), {}});
    };
    CustomerSession session;
    QSignalSpy loggedIn(&session, &CustomerSession::loggedInAs);
    QVERIFY(session.logIn(older.address(), kRut, kPassword));
    QVERIFY(loggedIn.wait(10'000));
    QCOMPARE(session.serverClockAheadMs(), 0);
    QSignalSpy restarted(&session, &CustomerSession::restartFinished);
    session.restartInternet();
    QVERIFY(restarted.wait(10'000));
    QCOMPARE(restarted.first().first().toBool(), true);
    const qint64 startedAt = QDateTime::currentMSecsSinceEpoch() - 5'000;
    QSignalSpy started(&session, &CustomerSession::sessionStarted);
    older.send(SessionStarted{1, QStringLiteral("Juan Pérez"), QStringLiteral("internet"), startedAt});
    QVERIFY(started.wait(10'000));
    QCOMPARE(session.sessionStartedAt().toMSecsSinceEpoch(), startedAt);
}

void TestFeatures::appShowsServerTimesOnItsOwnClock()
{
    // The server's clock is an hour ahead: a session it started now, and a message it stamped
    // now, are now on the app's clock too (not an hour from now, which would hold a session's
    // duration at zero for an hour).
    Test::FakeCustomerServer ahead;
    ahead.clockAheadMs = kHourMs;
    CustomerSession session;
    QSignalSpy loggedIn(&session, &CustomerSession::loggedInAs);
    QVERIFY(session.logIn(ahead.address(), kRut, kPassword));
    QVERIFY(loggedIn.wait(10'000));
    QVERIFY2(qAbs(session.serverClockAheadMs() - kHourMs) < 5'000,
             qPrintable(QString::number(session.serverClockAheadMs())));

    QSignalSpy started(&session, &CustomerSession::sessionStarted);
    ahead.send(SessionStarted{1, QStringLiteral("Juan Pérez"), QStringLiteral("internet"),
                              QDateTime::currentMSecsSinceEpoch() + kHourMs});
    QVERIFY(started.wait(10'000));
    const qint64 startedAgo = session.sessionStartedAt().msecsTo(QDateTime::currentDateTime());
    QVERIFY2(qAbs(startedAgo) < 5'000, qPrintable(QString::number(startedAgo)));

    QSignalSpy received(&session, &CustomerSession::messageReceived);
    ahead.send(ChatMessage{1, 7, QDateTime::currentMSecsSinceEpoch() + kHourMs, QStringLiteral("Juan Pérez"),
                           QStringLiteral("Hola Jorge")});
    QVERIFY(received.wait(10'000));
    const qint64 sentAgo = received.first().at(2).toDateTime().msecsTo(QDateTime::currentDateTime());
    QVERIFY2(qAbs(sentAgo) < 5'000, qPrintable(QString::number(sentAgo)));
}

QTEST_GUILESS_MAIN(TestFeatures)
#include "tst_features.moc"
