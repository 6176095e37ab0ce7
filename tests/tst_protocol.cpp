// The frame codec: every message kind survives a round trip, and malformed frames and payloads
// are refused with a reason before anything unreasonable is buffered or allocated.
#include "framereading.h"
#include "olderpeers.h"
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

// Hand-made samples for the tests that need a message's particular values; the round trip fills
// every kind by itself (SampleFiller).
Welcome sample(Tag<Welcome>)
{
    return {kVersion, {QStringLiteral("resume")}, QStringLiteral("turno-server 0.1"), 1'765'000'000'123};
}
CustomerLogin sample(Tag<CustomerLogin>)
{
    return {42, QStringLiteral("12345678-5"), QStringLiteral("contraseña ñ ✓")};
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
SignUpResult sample(Tag<SignUpResult>)
{
    return {50, quint8(SignUpStatus::AlreadyExists), QStringLiteral("José Núñez")};
}
AccountResult sample(Tag<AccountResult>)
{
    return {53, quint8(AccountChange::DisplayName), quint8(AccountStatus::Throttled),
            QStringLiteral("Jorge A. Sandoval")};
}

// Gives every field of a message a value of its own, so a round trip that drops, swaps or cuts a
// field shows. Integers count up (u8 fields, mostly enums, are 1, which each of them accepts),
// text mixes scripts within the field's limit, lists hold two items, optional fields are filled.
struct SampleFiller {
    quint64 counter = 0;
    template <typename T>
    requires std::is_integral_v<T>
    bool operator()(T &v)
    {
        ++counter;
        v = sizeof(T) == 1 ? T(1) : T(counter * 1'000'003 % std::numeric_limits<T>::max());
        return true;
    }
    bool operator()(bool &v)
    {
        v = true;
        return true;
    }
    bool operator()(QString &v, StringLimit limit)
    {
        v = QStringLiteral("campo %1 · ñandú · 番茄").arg(++counter);
        if (v.toUtf8().size() > limit.maxBytes)
            v = QStringLiteral("f%1").arg(counter);
        return true;
    }
    bool operator()(QStringList &v, ListLimit limit)
    {
        v = QStringList(2);
        return (*this)(v[0], limit.item) && (*this)(v[1], limit.item);
    }
    template <typename T> bool operator()(QList<T> &items, RecordListLimit)
    {
        items = QList<T>(2);
        return items[0].visit(*this) && items[1].visit(*this);
    }
    template <typename T, typename... Limit> bool optional(const char *, T &v, Limit... limit)
    {
        return (*this)(v, limit...);
    }
};

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
    void featuresBothSidesNamed();
    void optionalFieldGoesOnlyToPeersThatNamedIt();
    void optionalFieldMissingKeepsItsDefault();
};

void TestProtocol::roundTripEveryKind()
{
    int kinds = 0;
#define TURNO_ROUND_TRIP(name, number, direction)                                                                      \
    {                                                                                                                  \
        name original;                                                                                                 \
        SampleFiller filler;                                                                                           \
        original.visit(filler);                                                                                        \
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

void TestProtocol::featuresBothSidesNamed()
{
    const QStringList ours{QStringLiteral("heartbeat"), QStringLiteral("server-time")};
    const FeatureSet both =
        FeatureSet::negotiated(ours, {QStringLiteral("server-time"), QStringLiteral("from-the-future")});
    QCOMPARE(both.names(), QStringList{QStringLiteral("server-time")});
    QVERIFY(both.has(kServerTimeFeature));
    QVERIFY(!both.has(kHeartbeatFeature));
    QVERIFY(!FeatureSet::negotiated(ours, {}).has(kServerTimeFeature));
    QVERIFY(!FeatureSet().has(kServerTimeFeature));
    QVERIFY(FeatureSet::everything().has(kServerTimeFeature));
    // A name both sides repeat is kept once.
    QCOMPARE(FeatureSet::negotiated(ours + ours, ours).names(), ours);
}

void TestProtocol::optionalFieldGoesOnlyToPeersThatNamedIt()
{
    const Welcome welcome = sample(Tag<Welcome>{});
    QString error;

    // To a peer that did not name server-time, Welcome is what an older build expects, exactly.
    const QByteArray toOlder = *tryEncodePayload(welcome, &error, FeatureSet::negotiated(spokenFeatures(), {}));
    Turno::Test::WelcomeBeforeServerTime older;
    WireReader olderReader(toOlder);
    QVERIFY2(older.visit(olderReader) && olderReader.finish(), qPrintable(olderReader.error()));
    QCOMPARE(older.software, welcome.software);

    // To one that did, the field follows the others, and only a reader that knows it takes it.
    const QByteArray toNewer = *tryEncodePayload(
        welcome, &error, FeatureSet::negotiated(spokenFeatures(), {QLatin1String(kServerTimeFeature)}));
    QCOMPARE(toNewer.size(), toOlder.size() + 8);
    QVERIFY(toNewer.startsWith(toOlder));
    Welcome decoded;
    QVERIFY2(decodePayload(toNewer, decoded, &error), qPrintable(error));
    QCOMPARE(decoded.serverTimeMs, welcome.serverTimeMs);
    WireReader surprised(toNewer);
    QVERIFY(older.visit(surprised));
    QVERIFY(!surprised.finish());
    QCOMPARE(surprised.error(), QStringLiteral("payload has 8 unread bytes"));
}

void TestProtocol::optionalFieldMissingKeepsItsDefault()
{
    // From a peer that did not send it, the field keeps its default...
    const QByteArray fromOlder = *tryEncodePayload(sample(Tag<Welcome>{}), nullptr, FeatureSet());
    Welcome decoded;
    QString error;
    QVERIFY2(decodePayload(fromOlder, decoded, &error), qPrintable(error));
    QCOMPARE(decoded.serverTimeMs, 0);
    QCOMPARE(decoded.software, sample(Tag<Welcome>{}).software);
    // ...a field cut short is still an error, and so is anything after the last known field.
    const QByteArray whole = encodePayload(sample(Tag<Welcome>{}));
    QVERIFY(!decodePayload(whole.chopped(3), decoded, &error));
    QVERIFY2(error.contains(QLatin1String("ends early")), qPrintable(error));
    QVERIFY(!decodePayload(whole + QByteArray("\x01", 1), decoded, &error));
    QVERIFY2(error.contains(QLatin1String("1 unread bytes")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
