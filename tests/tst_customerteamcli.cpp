// turno-client --cli against a scripted server: an executive's invitation asked at the menu
// ("Accept? [y/n]"), accepted, declined or left to expire, and the conversation that follows
// through hold, a colleague joining and leaving, and a transfer.
#include "fakecustomerserver.h"
#include "testsupport.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QtTest>

using namespace Turno;
using namespace Turno::Protocol;
using Turno::Test::FakeCustomerServer;

namespace
{

const QString Juan = QStringLiteral("Juan Perez");
const QString Maria = QStringLiteral("María Soto");
const QString Jorge = QStringLiteral("Jorge Sandoval");

Invitation contactInvitation(quint32 id, quint32 ringSeconds = 20)
{
    return Invitation{id, quint8(InvitationKind::Contact), Juan, Jorge, QStringLiteral("internet"), ringSeconds};
}

// turno-client --cli with its output gathered as it comes.
class Client
{
public:
    explicit Client(const QString &server)
    {
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(Test::clientBinary(), {QStringLiteral("--cli"), QStringLiteral("--server"), server,
                                               QStringLiteral("--lang"), QStringLiteral("en")});
    }
    ~Client()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    bool started() { return m_process.waitForStarted(10'000); }
    void write(const QString &text) { m_process.write(text.toUtf8()); }
    // Waits on the output (not on a timer) until it contains text after `from`; the event loop
    // runs meanwhile, so the scripted server keeps answering.
    bool waitFor(const QString &text, qsizetype from = 0, int timeoutMs = 15'000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (output().indexOf(text, from) < 0) {
            if (deadline.hasExpired() || m_process.state() == QProcess::NotRunning)
                return output().indexOf(text, from) >= 0;
            QSignalSpy more(&m_process, &QProcess::readyRead);
            if (m_process.bytesAvailable() == 0)
                more.wait(int(qMax<qint64>(1, deadline.remainingTime())));
        }
        return true;
    }
    QString output()
    {
        m_output += QString::fromUtf8(m_process.readAll());
        return m_output;
    }

private:
    QProcess m_process;
    QString m_output;
};

} // namespace

class TestCustomerTeamCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void answersInvitationAndFollowsTheConversation();
    void declinesAndSeesExpiry();
};

void TestCustomerTeamCli::answersInvitationAndFollowsTheConversation()
{
    FakeCustomerServer server;
    server.script = [&server](quint16 kind, const QByteArray &payload) {
        QString error;
        if (kind == quint16(Kind::AnswerInvitation)) {
            AnswerInvitation answer;
            decodePayload(payload, answer, &error);
            if (answer.accept) {
                server.send(SessionStarted{5, Juan, QStringLiteral("internet"), QDateTime::currentMSecsSinceEpoch()});
                server.send(InvitationEnded{0, answer.invitationId, quint8(InvitationOutcome::Accepted), Juan});
            }
        } else if (kind == quint16(Kind::ChatSend)) {
            ChatSend chat;
            decodePayload(payload, chat, &error);
            server.send(ChatAck{chat.clientMessageId, 30, QDateTime::currentMSecsSinceEpoch()});
        }
    };
    Client client(server.address());
    QVERIFY(client.started());
    client.write(QStringLiteral("12.345.678-5\nsecret-password\n"));
    QVERIFY(client.waitFor(QStringLiteral("(6) Change my name")));
    QTRY_VERIFY(server.hasClient());

    server.send(contactInvitation(11));
    QVERIFY2(client.waitFor(QStringLiteral("Assistant: Juan Perez invites you to a conversation about your internet "
                                           "service.\nAssistant: The invitation expires in ")),
             qPrintable(client.output()));
    client.write(QStringLiteral("maybe\ny\n"));
    QVERIFY2(
        client.waitFor(QStringLiteral("Accept? [y/n] maybe\nAssistant: Please answer y to accept or n to decline.")),
        qPrintable(client.output()));
    QVERIFY2(client.waitFor(QStringLiteral("Accept? [y/n] y\nAssistant: Connecting you with Juan Perez…")),
             qPrintable(client.output()));
    QVERIFY2(client.waitFor(QStringLiteral("Assistant: You are now talking with Juan Perez.")),
             qPrintable(client.output()));
    QCOMPARE(server.sent<AnswerInvitation>(), (QList<AnswerInvitation>{{11, true}}));

    // On hold, then a colleague joins and writes.
    server.send(SessionHeld{5, true});
    QVERIFY(client.waitFor(QStringLiteral(
        "Assistant: Juan Perez put you on hold. Please wait; you keep your place in this conversation.")));
    client.write(QStringLiteral("Are you there?\n"));
    QTRY_COMPARE(server.count<ChatSend>(), 1);
    server.send(SessionHeld{5, false});
    QVERIFY(client.waitFor(QStringLiteral("Assistant: Juan Perez is back.")));
    server.send(Participants{5, {Jorge, Juan, Maria}});
    QVERIFY(client.waitFor(QStringLiteral("Assistant: María Soto joined the conversation.")));
    server.send(ChatMessage{5, 31, QDateTime::currentMSecsSinceEpoch(), Maria, QStringLiteral("Hola Jorge.")});
    QVERIFY(client.waitFor(QStringLiteral("María Soto [")));
    QVERIFY(client.waitFor(QStringLiteral("]: Hola Jorge.")));

    // Transferred: the line, then the new executive, and what is typed meanwhile goes to her.
    server.send(Participants{5, {Jorge, Juan}});
    QVERIFY(client.waitFor(QStringLiteral("Assistant: María Soto left the conversation.")));
    server.send(Transferred{5, Maria});
    QVERIFY(client.waitFor(QStringLiteral(
        "Assistant: Juan Perez is transferring you to María Soto. Please wait here; María Soto will see this "
        "conversation.")));
    server.send(QueueStatus{0, 1, true, 0, 50});
    QVERIFY2(client.waitFor(QStringLiteral("Assistant: You are next in line. Estimated wait: less than a minute.")),
             qPrintable(client.output()));
    client.write(QStringLiteral("Thanks for waiting with me.\n"));
    server.send(SessionStarted{6, Maria, QStringLiteral("internet"), QDateTime::currentMSecsSinceEpoch() + 1000});
    QVERIFY(client.waitFor(QStringLiteral("Assistant: You are now talking with María Soto.")));
    QTRY_COMPARE(server.count<ChatSend>(), 2);
    QCOMPARE(server.sent<ChatSend>().last().sessionId, 6u);
    QCOMPARE(server.sent<ChatSend>().last().text, QStringLiteral("Thanks for waiting with me."));
    QVERIFY(!client.output().contains(QLatin1String("ended the conversation")));
}

void TestCustomerTeamCli::declinesAndSeesExpiry()
{
    FakeCustomerServer server;
    server.script = [&server](quint16 kind, const QByteArray &payload) {
        if (kind != quint16(Kind::AnswerInvitation))
            return;
        AnswerInvitation answer;
        QString error;
        decodePayload(payload, answer, &error);
        server.send(InvitationEnded{0, answer.invitationId, quint8(InvitationOutcome::Declined), Juan});
    };
    Client client(server.address());
    QVERIFY(client.started());
    client.write(QStringLiteral("12.345.678-5\nsecret-password\n"));
    QVERIFY(client.waitFor(QStringLiteral("(6) Change my name")));
    QTRY_VERIFY(server.hasClient());

    server.send(contactInvitation(12));
    QVERIFY(client.waitFor(QStringLiteral("Assistant: Juan Perez invites you")));
    client.write(QStringLiteral("n\n"));
    QVERIFY2(client.waitFor(QStringLiteral("Assistant: You declined the invitation from Juan Perez.\n"
                                           "Assistant: Is there anything else we can help you with?")),
             qPrintable(client.output()));
    QCOMPARE(server.sent<AnswerInvitation>(), (QList<AnswerInvitation>{{12, false}}));

    // Unanswered: it expires, and the menu goes on.
    const qsizetype mark = client.output().size();
    server.send(contactInvitation(13));
    QVERIFY(client.waitFor(QStringLiteral("invites you"), mark));
    server.send(InvitationEnded{0, 13, quint8(InvitationOutcome::TimedOut), Juan});
    QVERIFY2(client.waitFor(QStringLiteral("Assistant: The invitation from Juan Perez expired.\n"
                                           "Assistant: Is there anything else we can help you with?"),
                            mark),
             qPrintable(client.output()));
    client.write(QStringLiteral("4\n"));
    QVERIFY(client.waitFor(QStringLiteral("Goodbye!"), mark));
}

QTEST_GUILESS_MAIN(TestCustomerTeamCli)
#include "tst_customerteamcli.moc"
