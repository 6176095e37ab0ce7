// The frame codec: every message kind survives a round trip, and malformed frames and payloads
// are refused with a reason before anything unreasonable is buffered or allocated.
#include "framereading.h"
#include "protocol/codec.h"
#include "protocol/framedecoder.h"

#include <QBuffer>
#include <QtEndian>
#include <QtTest>
#include <limits>
#include <type_traits>

using namespace Turno::Protocol;
using Turno::Test::decodeOne;

namespace
{

template <typename M> struct Tag {
};

// One sample per message, with every field away from its default. A kind without a sample
// does not compile (see roundTripEveryKind).
Hello sample(Tag<Hello>)
{
    return {kMagic, kVersion, {QStringLiteral("resume"), QStringLiteral("chat")}, QStringLiteral("turno 0.1")};
}
Welcome sample(Tag<Welcome>)
{
    return {kVersion, {QStringLiteral("resume")}, QStringLiteral("turno-server 0.1")};
}
HandshakeRefused sample(Tag<HandshakeRefused>)
{
    return {7, QStringLiteral("version 9 not supported")};
}
CustomerLogin sample(Tag<CustomerLogin>)
{
    return {42, QStringLiteral("12345678-5"), QStringLiteral("contraseña ñ ✓")};
}
ExecutiveLogin sample(Tag<ExecutiveLogin>)
{
    return {43, QStringLiteral("jperez"), QStringLiteral("secret-password")};
}
LoginResult sample(Tag<LoginResult>)
{
    return {44,
            quint8(LoginStatus::Throttled),
            quint8(Role::Supervisor),
            QStringLiteral("María Soto"),
            {QStringLiteral("internet"), QStringLiteral("wifi")},
            300};
}
Logout sample(Tag<Logout>)
{
    return {};
}
RestartInternet sample(Tag<RestartInternet>)
{
    return {45};
}
ServiceResult sample(Tag<ServiceResult>)
{
    return {46, quint8(Service::Wifi), quint8(ServiceOutcome::Failed), QStringLiteral("router offline")};
}
ConnectedCustomers sample(Tag<ConnectedCustomers>)
{
    return {12};
}
ChangeWifiPassword sample(Tag<ChangeWifiPassword>)
{
    return {48, QStringLiteral("new wifi key 123")};
}
SignUp sample(Tag<SignUp>)
{
    return {49, QStringLiteral("12.345.678-5"), QStringLiteral("José Núñez"), QStringLiteral("clave segura ñ")};
}
SignUpResult sample(Tag<SignUpResult>)
{
    return {50, quint8(SignUpStatus::AlreadyExists), QStringLiteral("José Núñez")};
}
ChangePassword sample(Tag<ChangePassword>)
{
    return {51, QStringLiteral("old password"), QStringLiteral("new password")};
}
ChangeDisplayName sample(Tag<ChangeDisplayName>)
{
    return {52, QStringLiteral("Jorge A. Sandoval")};
}
AccountResult sample(Tag<AccountResult>)
{
    return {53, quint8(AccountChange::DisplayName), quint8(AccountStatus::Throttled),
            QStringLiteral("Jorge A. Sandoval")};
}
Ping sample(Tag<Ping>)
{
    return {0xdeadbeef};
}
Pong sample(Tag<Pong>)
{
    return {0xdeadbeef};
}
ForcedLogout sample(Tag<ForcedLogout>)
{
    return {quint8(ForcedLogoutReason::PasswordChanged)};
}
ResumeToken sample(Tag<ResumeToken>)
{
    return {QStringLiteral("0123456789abcdef"), 120};
}
Resume sample(Tag<Resume>)
{
    return {62, QStringLiteral("0123456789abcdef"), 99};
}
WaitingList sample(Tag<WaitingList>)
{
    return {{{QStringLiteral("17"), QStringLiteral("Jorge Sandoval"), QStringLiteral("internet"),
              QStringLiteral("restart-internet:ok"), 95},
             {QStringLiteral("18"), QStringLiteral("Claudio García"), QStringLiteral("wifi"), QString(), 12}},
            2};
}
SetPresence sample(Tag<SetPresence>)
{
    return {63, quint8(Presence::Away), QStringLiteral("lunch")};
}
PresenceChanged sample(Tag<PresenceChanged>)
{
    return {quint8(Presence::AfterCallWork), QString(), 30};
}
RestartForCustomer sample(Tag<RestartForCustomer>)
{
    return {67, 9, 2};
}
ServiceNotice sample(Tag<ServiceNotice>)
{
    return {9, 1, quint8(NoticeOutcome::Failed), QStringLiteral("router offline")};
}
WifiPasswordWanted sample(Tag<WifiPasswordWanted>)
{
    return {9};
}
ClaimCustomer sample(Tag<ClaimCustomer>)
{
    return {66, QStringLiteral("17")};
}
RequestHistory sample(Tag<RequestHistory>)
{
    return {64, 9, QStringLiteral("17"), 4'321};
}
History sample(Tag<History>)
{
    return {64,
            QStringLiteral("Jorge Sandoval"),
            {{1'700'000'000'000, QStringLiteral("restart-internet"), QString(), QStringLiteral("ok")},
             {1'700'000'100'000, QStringLiteral("note"), QStringLiteral("Router viejo; ofrecer cambio."),
              QStringLiteral("Juan Perez")}},
            4'300};
}
AddNote sample(Tag<AddNote>)
{
    return {65, 9, QStringLiteral("Cliente paciente.")};
}
NoteAdded sample(Tag<NoteAdded>)
{
    return {65, 1'700'000'200'000};
}
HoldSession sample(Tag<HoldSession>)
{
    return {70, 9, true};
}
SessionHeld sample(Tag<SessionHeld>)
{
    return {9, true};
}
TransferSession sample(Tag<TransferSession>)
{
    return {71, 9, QStringLiteral("msoto")};
}
Transferred sample(Tag<Transferred>)
{
    return {9, QStringLiteral("María Soto")};
}
InviteExecutive sample(Tag<InviteExecutive>)
{
    return {72, 9, QStringLiteral("msoto")};
}
Invitation sample(Tag<Invitation>)
{
    return {5,
            quint8(InvitationKind::Contact),
            QStringLiteral("Juan Perez"),
            QStringLiteral("Jorge Sandoval"),
            QStringLiteral("wifi"),
            20};
}
AnswerInvitation sample(Tag<AnswerInvitation>)
{
    return {5, true};
}
InvitationEnded sample(Tag<InvitationEnded>)
{
    return {72, 5, quint8(InvitationOutcome::TimedOut), QStringLiteral("María Soto")};
}
Participants sample(Tag<Participants>)
{
    return {9, {QStringLiteral("Jorge Sandoval"), QStringLiteral("Juan Perez"), QStringLiteral("María Soto")}};
}
Colleagues sample(Tag<Colleagues>)
{
    return {{{QStringLiteral("msoto"), QStringLiteral("María Soto"), quint8(Presence::Busy), 2}}};
}
Contacts sample(Tag<Contacts>)
{
    return {{{QStringLiteral("c17"), QStringLiteral("Jorge Sandoval"), true, false},
             {QStringLiteral("c18"), QStringLiteral("Claudio García"), false, false}}};
}
AddContact sample(Tag<AddContact>)
{
    return {73, 9};
}
RemoveContact sample(Tag<RemoveContact>)
{
    return {74, QStringLiteral("c17")};
}
InviteContact sample(Tag<InviteContact>)
{
    return {75, QStringLiteral("c17"), QStringLiteral("internet")};
}
RequestDetails sample(Tag<RequestDetails>)
{
    return {76};
}
Details sample(Tag<Details>)
{
    return {
        76,
        {{QStringLiteral("Jorge Sandoval"), QStringLiteral("restart-internet:ok"), quint8(CustomerActivity::Waiting)}},
        3};
}
StatsRequest sample(Tag<StatsRequest>)
{
    return {77};
}
ServerStats sample(Tag<ServerStats>)
{
    return {77, 10050, 10000, 50, 120, 40, 31, 4, 512'000, 93'000, 1'234'567};
}
JoinQueue sample(Tag<JoinQueue>)
{
    return {60, QStringLiteral("wifi")};
}
LeaveQueue sample(Tag<LeaveQueue>)
{
    return {61};
}
QueueStatus sample(Tag<QueueStatus>)
{
    return {3, 2, true, 120, 240};
}
QueueLeft sample(Tag<QueueLeft>)
{
    return {quint8(QueueLeftReason::Unavailable)};
}
Offer sample(Tag<Offer>)
{
    return {7, QStringLiteral("Jorge Sandoval"), QStringLiteral("restart internet: failed"), QStringLiteral("internet"),
            20};
}
AnswerOffer sample(Tag<AnswerOffer>)
{
    return {7, true};
}
OfferEnded sample(Tag<OfferEnded>)
{
    return {7, quint8(OfferEndReason::TimedOut)};
}
SessionStarted sample(Tag<SessionStarted>)
{
    return {9, QStringLiteral("Juan Perez"), QStringLiteral("internet"), 1'700'000'000'000};
}
EndSession sample(Tag<EndSession>)
{
    return {9};
}
SessionEnded sample(Tag<SessionEnded>)
{
    return {9, quint8(SessionEndReason::PeerGone)};
}
ChatSend sample(Tag<ChatSend>)
{
    return {9, QStringLiteral("c-42"), QStringLiteral("Hola, ¿me ayudas? 👋")};
}
ChatAck sample(Tag<ChatAck>)
{
    return {QStringLiteral("c-42"), 1234, 1'700'000'000'123};
}
ChatMessage sample(Tag<ChatMessage>)
{
    return {9, 1234, 1'700'000'000'123, QStringLiteral("María Soto"), QStringLiteral("Claro, dime.")};
}
ErrorReply sample(Tag<ErrorReply>)
{
    return {47, quint16(ErrorCode::NotAllowed), QStringLiteral("customers may not do that")};
}

// Records what dispatch() delivered, as an encoded frame, to compare with what went in.
struct Recorder {
    QByteArray lastFrame;
    int calls = 0;
    template <typename M> void handle(const M &m)
    {
        lastFrame = encodeFrame(m);
        ++calls;
    }
};

QByteArray frameOf(quint16 kind, const QByteArray &payload)
{
    QByteArray frame(6, Qt::Uninitialized);
    qToBigEndian<quint32>(quint32(payload.size() + 2), frame.data());
    qToBigEndian<quint16>(kind, frame.data() + 4);
    return frame + payload;
}

} // namespace

class TestProtocol : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripEveryKind();
    void decoderWaitsForWholeFrame();
    void decoderRejectsBadLengths_data();
    void decoderRejectsBadLengths();
    void capIsCheckedBeforePayloadArrives();
    void payloadErrors_data();
    void payloadErrors();
    void unknownKindIsRefused();
    void frameBytesOnTheWire();
};

void TestProtocol::roundTripEveryKind()
{
    int kinds = 0;
#define TURNO_ROUND_TRIP(name, number, direction)                                                                      \
    {                                                                                                                  \
        const name original = sample(Tag<name>{});                                                                     \
        const QByteArray bytes = encodeFrame(original);                                                                \
        Frame frame;                                                                                                   \
        QCOMPARE(decodeOne(bytes, frame), FrameDecoder::Status::Frame);                                                \
        QCOMPARE(frame.kind, quint16(number));                                                                         \
        name decoded;                                                                                                  \
        QString error;                                                                                                 \
        QVERIFY2(decodePayload(frame.payload, decoded, &error), qPrintable(error));                                    \
        QVERIFY2(decoded == original, #name);                                                                          \
        Recorder recorder;                                                                                             \
        QVERIFY(dispatch(frame.kind, frame.payload, recorder).ok);                                                     \
        QCOMPARE(recorder.calls, 1);                                                                                   \
        QCOMPARE(recorder.lastFrame, bytes);                                                                           \
        ++kinds;                                                                                                       \
    }
    TURNO_MESSAGES(TURNO_ROUND_TRIP)
#undef TURNO_ROUND_TRIP
    // Every entry of the list went round, and the kinds the codec accepts are exactly those.
    int listed = 0;
#define TURNO_COUNT(name, number, direction) ++listed;
    TURNO_MESSAGES(TURNO_COUNT)
#undef TURNO_COUNT
    QCOMPARE(kinds, listed);
    int known = 0;
    for (int kind = 0; kind <= 0xFFFF; ++kind) {
        if (isKnownKind(quint16(kind))) {
            ++known;
            QVERIFY2(qstrcmp(kindName(quint16(kind)), "unknown") != 0, qPrintable(QString::number(kind)));
        }
    }
    QCOMPARE(known, listed);
}

void TestProtocol::decoderWaitsForWholeFrame()
{
    const QByteArray bytes = encodeFrame(sample(Tag<CustomerLogin>{}));
    for (int cut = 0; cut < bytes.size(); ++cut) {
        Frame frame;
        QCOMPARE(decodeOne(bytes.left(cut), frame), FrameDecoder::Status::NeedMore);
    }
    // Two frames back to back come out one at a time.
    QByteArray two = bytes + encodeFrame(sample(Tag<Logout>{}));
    QBuffer buffer(&two);
    buffer.open(QIODevice::ReadOnly);
    FrameDecoder decoder;
    Frame frame;
    QCOMPARE(decoder.next(buffer, frame), FrameDecoder::Status::Frame);
    QCOMPARE(frame.kind, quint16(Kind::CustomerLogin));
    QCOMPARE(decoder.next(buffer, frame), FrameDecoder::Status::Frame);
    QCOMPARE(frame.kind, quint16(Kind::Logout));
    QCOMPARE(decoder.next(buffer, frame), FrameDecoder::Status::NeedMore);
}

void TestProtocol::decoderRejectsBadLengths_data()
{
    QTest::addColumn<quint32>("length");
    QTest::addColumn<QString>("reason");
    QTest::newRow("zero") << quint32(0) << QStringLiteral("length zero");
    QTest::newRow("no room for kind") << quint32(1) << QStringLiteral("no room for its kind");
    QTest::newRow("over cap") << quint32(kDefaultMaxFrame + 1) << QStringLiteral("cap");
    QTest::newRow("huge") << quint32(0xFFFFFFFF) << QStringLiteral("cap");
}

void TestProtocol::decoderRejectsBadLengths()
{
    QFETCH(quint32, length);
    QFETCH(QString, reason);
    QByteArray header(6, '\0');
    qToBigEndian<quint32>(length, header.data());
    Frame frame;
    QString error;
    QCOMPARE(decodeOne(header, frame, &error), FrameDecoder::Status::Error);
    QVERIFY2(error.contains(reason), qPrintable(error));
}

void TestProtocol::capIsCheckedBeforePayloadArrives()
{
    // Only the 4 length bytes: the decoder must refuse without waiting for a payload.
    QByteArray header(4, '\0');
    qToBigEndian<quint32>(1000, header.data());
    Frame frame;
    QString error;
    QCOMPARE(decodeOne(header, frame, &error, 512), FrameDecoder::Status::Error);
    QVERIFY(error.contains(QLatin1String("cap")));
}

void TestProtocol::payloadErrors_data()
{
    QTest::addColumn<quint16>("kind");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("reason");

    const QByteArray login = encodePayload(sample(Tag<CustomerLogin>{}));
    QTest::newRow("truncated") << quint16(Kind::CustomerLogin) << login.left(login.size() - 3)
                               << QStringLiteral("past the payload");
    QTest::newRow("trailing bytes") << quint16(Kind::CustomerLogin) << login + "xx" << QStringLiteral("unread bytes");
    QTest::newRow("empty payload") << quint16(Kind::RestartInternet) << QByteArray() << QStringLiteral("ends early");

    QByteArray longRut;
    {
        QDataStream out(&longRut, QIODevice::WriteOnly);
        out << quint32(1) << quint32(5000); // rut claims 5000 bytes, over its 16-byte limit
    }
    QTest::newRow("string over limit") << quint16(Kind::CustomerLogin) << longRut
                                       << QStringLiteral("rut over its limit");

    QByteArray badUtf8;
    {
        QDataStream out(&badUtf8, QIODevice::WriteOnly);
        out << quint32(1) << quint32(2);
        out.writeRawData("\xC3\x28", 2);
        out << quint32(1);
        out.writeRawData("x", 1);
    }
    QTest::newRow("invalid utf-8") << quint16(Kind::CustomerLogin) << badUtf8 << QStringLiteral("not valid UTF-8");

    QByteArray manyFeatures;
    {
        QDataStream out(&manyFeatures, QIODevice::WriteOnly);
        out << kMagic << kVersion << quint16(60000);
    }
    QTest::newRow("list over limit") << quint16(Kind::Hello) << manyFeatures << QStringLiteral("over its limit");

    // LoginResult: requestId (4 bytes), then status, then role.
    QByteArray badStatus = encodePayload(sample(Tag<LoginResult>{}));
    badStatus[4] = char(9);
    QTest::newRow("log-in status out of range")
        << quint16(Kind::LoginResult) << badStatus << QStringLiteral("out of range");
    QByteArray badRole = encodePayload(sample(Tag<LoginResult>{}));
    badRole[5] = char(9);
    QTest::newRow("log-in role out of range")
        << quint16(Kind::LoginResult) << badRole << QStringLiteral("out of range");

    QByteArray badSignUp = encodePayload(sample(Tag<SignUpResult>{}));
    badSignUp[4] = char(7); // status after requestId: 6 (busy) is the last
    QTest::newRow("sign-up status out of range")
        << quint16(Kind::SignUpResult) << badSignUp << QStringLiteral("out of range");
    QByteArray badChange = encodePayload(sample(Tag<AccountResult>{}));
    badChange[4] = char(0); // change after requestId: 0 is neither password nor name
    QTest::newRow("account change out of range")
        << quint16(Kind::AccountResult) << badChange << QStringLiteral("out of range");
}

void TestProtocol::payloadErrors()
{
    QFETCH(quint16, kind);
    QFETCH(QByteArray, payload);
    QFETCH(QString, reason);
    Recorder recorder;
    const DispatchResult result = dispatch(kind, payload, recorder);
    QVERIFY(!result.ok);
    QCOMPARE(recorder.calls, 0);
    QVERIFY2(result.error.contains(reason), qPrintable(result.error));
}

void TestProtocol::unknownKindIsRefused()
{
    Recorder recorder;
    const DispatchResult result = dispatch(999, QByteArray(), recorder);
    QVERIFY(!result.ok);
    QVERIFY(result.error.contains(QLatin1String("unknown message kind 999")));
    QVERIFY(!isKnownKind(999));
    QVERIFY(isKnownKind(quint16(Kind::Hello)));
    // Framing does not judge kinds: such a frame comes out of the decoder whole, for dispatch to refuse.
    Frame frame;
    QCOMPARE(decodeOne(frameOf(999, "x"), frame), FrameDecoder::Status::Frame);
    QCOMPARE(frame.kind, quint16(999));
    QCOMPARE(frame.payload, QByteArray("x"));
}

void TestProtocol::frameBytesOnTheWire()
{
    // docs/protocol.md byte for byte: the length of kind + payload (u32 BE), the kind (u16 BE),
    // then the payload, here RestartInternet's requestId (u32 BE).
    QCOMPARE(encodeFrame(RestartInternet{45}), QByteArray::fromHex("00000006"
                                                                   "0014"
                                                                   "0000002d"));
    QCOMPARE(encodeFrame(Logout{}), QByteArray::fromHex("00000002"
                                                        "000d"));
}

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
