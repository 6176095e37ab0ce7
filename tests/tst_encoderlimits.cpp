// The encoder and the limits: every message filled to its limits fits the frame cap, and one
// filled past them is shortened, cut or refused so that what goes out always reads back.
#include "framereading.h"
#include "protocol/codec.h"

#include <QtTest>
#include <limits>
#include <type_traits>

using namespace Turno::Protocol;
using Turno::Test::decodeOne;

namespace
{

// A string of exactly `bytes` bytes of UTF-8 made of 1-, 2-, 3- and 4-byte characters, so that a
// cut at any byte would land inside a character most of the time.
QString textOfBytes(int bytes)
{
    static const QStringList characters{QStringLiteral("a"), QStringLiteral("\u00e9"), QStringLiteral("\u20ac"),
                                        QStringLiteral("\U0001F600")};
    QString text;
    int size = 0;
    for (int i = 0;; ++i) {
        const QString &character = characters.at(i % characters.size());
        const int length = int(character.toUtf8().size());
        if (size + length > bytes)
            break;
        text += character;
        size += length;
    }
    for (; size < bytes; ++size)
        text += QLatin1Char('a');
    return text;
}

// Fills every field of a message as far as its limits allow: each string exactly at its limit in
// bytes, each list with as many items as it may hold. With `past`, past them: lists have more
// items than allowed and text is longer than its limit (ids and keys, which the encoder refuses
// when over, stay at theirs). Integers get their largest value, so enum fields may be out of
// range: the payload is read back without valid().
struct LimitFiller {
    bool past = false;
    template <typename T>
    requires std::is_integral_v<T>
    bool operator()(T &v)
    {
        v = std::numeric_limits<T>::max();
        return true;
    }
    bool operator()(bool &v)
    {
        v = true;
        return true;
    }
    bool operator()(QString &v, StringLimit limit)
    {
        v = textOfBytes(limit.maxBytes + (past && limit.overflow == Overflow::Truncate ? 9 : 0));
        return true;
    }
    bool operator()(QStringList &v, ListLimit limit)
    {
        v.clear();
        for (int i = 0; i < limit.maxItems + (past ? 3 : 0); ++i)
            (*this)(v.emplace_back(), limit.item);
        return true;
    }
    // Optional fields are filled too: the frame must fit the cap with every one of them sent.
    template <typename T, typename... Limit> bool optional(const char *, T &v, Limit... limit)
    {
        return (*this)(v, limit...);
    }
    template <typename T> bool operator()(QList<T> &items, RecordListLimit limit)
    {
        const int count = limit.maxItems + (past ? 3 : 0);
        items.clear();
        for (int i = 0; i < count; ++i) {
            T item;
            item.visit(*this);
            items.append(item);
        }
        return true;
    }
};

// Reads payload back into a message of type M as a peer would, without the range checks.
template <typename M> bool readsBack(const QByteArray &payload, QString *error)
{
    M message;
    WireReader reader(payload);
    const bool ok = message.visit(reader) && reader.finish();
    *error = reader.error();
    return ok;
}

} // namespace

class TestEncoderLimits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyKindAtItsLimitsFitsTheCap();
    void everyKindPastItsLimitsStillReadsBack();
    void encoderShortensTextOverItsLimit();
    void encoderCutsListsOverTheirLimit();
    void encoderRefusesOverlongIdentifiers();
};

void TestEncoderLimits::everyKindAtItsLimitsFitsTheCap()
{
    // Whatever the server puts in a message, as long as the encoder keeps to the limits, the frame
    // is one the peer takes: under the frame cap, and read back whole.
#define TURNO_AT_LIMITS(name, number, direction)                                                                       \
    {                                                                                                                  \
        name message;                                                                                                  \
        LimitFiller filler;                                                                                            \
        message.visit(filler);                                                                                         \
        const QByteArray frame = encodeFrame(message);                                                                 \
        QVERIFY2(!frame.isEmpty(), #name);                                                                             \
        QVERIFY2(frame.size() - kLengthBytes <= qsizetype(kDefaultMaxFrame),                                           \
                 qPrintable(QStringLiteral(#name " at its limits is %1 bytes").arg(frame.size())));                    \
        Frame decoded;                                                                                                 \
        QCOMPARE(decodeOne(frame, decoded), FrameDecoder::Status::Frame);                                              \
        QString error;                                                                                                 \
        QVERIFY2(readsBack<name>(decoded.payload, &error), qPrintable(QStringLiteral(#name ": ") + error));            \
    }
    TURNO_MESSAGES(TURNO_AT_LIMITS)
#undef TURNO_AT_LIMITS
}

void TestEncoderLimits::everyKindPastItsLimitsStillReadsBack()
{
    // Past the limits the encoder shortens and cuts, and what it writes is still a frame the peer
    // takes: the writer never produces a payload the reader would refuse.
#define TURNO_PAST_LIMITS(name, number, direction)                                                                     \
    {                                                                                                                  \
        name message;                                                                                                  \
        LimitFiller filler{true};                                                                                      \
        message.visit(filler);                                                                                         \
        QString error;                                                                                                 \
        const QByteArray frame = encodeFrame(message, &error);                                                         \
        QVERIFY2(!frame.isEmpty(), qPrintable(error));                                                                 \
        QVERIFY2(frame.size() - kLengthBytes <= qsizetype(kDefaultMaxFrame),                                           \
                 qPrintable(QStringLiteral(#name " past its limits is %1 bytes").arg(frame.size())));                  \
        Frame decoded;                                                                                                 \
        QCOMPARE(decodeOne(frame, decoded), FrameDecoder::Status::Frame);                                              \
        QVERIFY2(readsBack<name>(decoded.payload, &error), qPrintable(QStringLiteral(#name ": ") + error));            \
    }
    TURNO_MESSAGES(TURNO_PAST_LIMITS)
#undef TURNO_PAST_LIMITS
}

void TestEncoderLimits::encoderShortensTextOverItsLimit()
{
    // A name and a chat text over their limits, as an older database or a bug could hand the
    // server: shortened to the longest start that fits, never half a character.
    ChatMessage message{9, 77, 1'700'000'000'000, textOfBytes(300), textOfBytes(9000)};
    const QByteArray frame = encodeFrame(message);
    Frame decodedFrame;
    QCOMPARE(decodeOne(frame, decodedFrame), FrameDecoder::Status::Frame);
    ChatMessage decoded;
    QString error;
    QVERIFY2(decodePayload(decodedFrame.payload, decoded, &error), qPrintable(error));
    QCOMPARE(decoded.messageId, quint64(77));
    QVERIFY(message.fromName.startsWith(decoded.fromName));
    QVERIFY(decoded.fromName.toUtf8().size() <= 128);
    QVERIFY(decoded.fromName.toUtf8().size() > 124); // no more than one character less than fits
    QVERIFY(message.text.startsWith(decoded.text));
    QVERIFY(decoded.text.toUtf8().size() <= 4096);
    QVERIFY(decoded.text.toUtf8().size() > 4092);
    QVERIFY(!decoded.text.isEmpty() && !decoded.text.back().isHighSurrogate());

    // A cut inside every kind of character: 4-byte ones (a surrogate pair in QString) too.
    for (const QString &unit : {QStringLiteral("\u00f1"), QStringLiteral("\u5f35"), QStringLiteral("\U0001F600")}) {
        QString name;
        while (name.toUtf8().size() <= 128)
            name += unit;
        Offer offer{5, QStringLiteral("x") + name, QStringLiteral("restart-internet:ok"), QStringLiteral("internet"),
                    20};
        Offer out;
        QVERIFY2(decodePayload(encodePayload(offer), out, &error), qPrintable(error));
        QVERIFY(offer.customerName.startsWith(out.customerName));
        const qsizetype bytes = out.customerName.toUtf8().size();
        QVERIFY(bytes <= 128 && bytes > 128 - unit.toUtf8().size());
        QCOMPARE(out.service, offer.service);
        QCOMPARE(out.ringSeconds, offer.ringSeconds);
    }
}

void TestEncoderLimits::encoderCutsListsOverTheirLimit()
{
    // More names than a Participants list holds: the first ones go.
    Participants participants{9, {}};
    for (int i = 0; i < 20; ++i)
        participants.names.append(QStringLiteral("Executive %1").arg(i));
    Participants outParticipants;
    QString error;
    QVERIFY2(decodePayload(encodePayload(participants), outParticipants, &error), qPrintable(error));
    QCOMPARE(outParticipants.names, participants.names.mid(0, 8));

    // A waiting list longer than the list limit, with names at theirs: the oldest customers go, as
    // many as fit, and total still says how many wait.
    WaitingList line;
    for (int i = 0; i < 700; ++i)
        line.customers.append({QString::number(i), textOfBytes(128), QStringLiteral("internet"),
                               QStringLiteral("restart-internet:ok"), quint32(i)});
    line.total = 700;
    const QByteArray frame = encodeFrame(line);
    QVERIFY2(frame.size() - kLengthBytes <= qsizetype(kDefaultMaxFrame), qPrintable(QString::number(frame.size())));
    WaitingList outLine;
    QVERIFY2(decodePayload(frame.mid(kLengthBytes + kKindBytes), outLine, &error), qPrintable(error));
    QVERIFY(!outLine.customers.isEmpty());
    QVERIFY(outLine.customers.size() <= 500);
    QCOMPARE(outLine.customers, line.customers.mid(0, outLine.customers.size()));
    QCOMPARE(outLine.total, quint32(700));
}

void TestEncoderLimits::encoderRefusesOverlongIdentifiers()
{
    // An id or a credential shortened would name something else: such a message is not encoded.
    QString error;
    QVERIFY(encodeFrame(ChatSend{9, QString(65, QLatin1Char('k')), QStringLiteral("hola")}, &error).isEmpty());
    QVERIFY2(error.contains(QLatin1String("ChatSend: string client message id over its limit (65 > 64 bytes)")),
             qPrintable(error));
    QVERIFY(!tryEncodePayload(ClaimCustomer{1, QString(65, QLatin1Char('7'))}));
    QVERIFY(encodeFrame(ResumeToken{QString(129, QLatin1Char('t')), 60}).isEmpty());
    QVERIFY(encodeFrame(ExecutiveLogin{1, QStringLiteral("jperez"), QString(257, QLatin1Char('p'))}).isEmpty());
    QVERIFY(encodeFrame(JoinQueue{1, QString(33, QLatin1Char('s'))}).isEmpty());
    // Right at their limits they go.
    QVERIFY(!encodeFrame(ChatSend{9, QString(64, QLatin1Char('k')), QStringLiteral("hola")}).isEmpty());
    QVERIFY(!encodeFrame(ExecutiveLogin{1, QStringLiteral("jperez"), textOfBytes(256)}).isEmpty());
}

QTEST_GUILESS_MAIN(TestEncoderLimits)
#include "tst_encoderlimits.moc"
