// docs/protocol.md against the one list of kinds: every kind of TURNO_MESSAGES has a row in the
// message table with its number, name and direction, no row names a kind that is not in the list,
// every client-to-server kind appears in the table of connection states, and the values the table
// gives an enum field ("status u8 (0 ok, 1 …)") are exactly those the message's valid() accepts.
#include "protocol/messages.h"

#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QtTest>

using namespace Turno::Protocol;

namespace
{

struct KindRow {
    int line = 0;
    QString name;
    QString direction; // "server" or "client", from "→ server …" / "→ client …"
    QString text;
};

QStringList readDoc()
{
    QFile file(QStringLiteral(TURNO_SOURCE_DIR "/docs/protocol.md"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
}

// The lines of the section that starts with a heading beginning with `heading`, up to the next one.
QStringList section(const QStringList &doc, const QString &heading)
{
    QStringList lines;
    bool inside = false;
    for (const QString &line : doc) {
        if (line.startsWith(QLatin1String("## "))) {
            if (inside)
                break;
            inside = line.startsWith(heading);
            continue;
        }
        if (inside)
            lines.append(line);
    }
    return lines;
}

QString directionName(Direction direction)
{
    return direction == Direction::ToServer ? QStringLiteral("server") : QStringLiteral("client");
}

struct ListedKind {
    quint16 number;
    const char *name;
    Direction direction;
};

constexpr ListedKind kListed[] = {
#define TURNO_LISTED(name, number, direction) {number, #name, Direction::direction},
    TURNO_MESSAGES(TURNO_LISTED)
#undef TURNO_LISTED
};

// The numbers that start the items of "field u8 (0 ok, 1 wrong credentials, …)" in a row, or
// nothing when the row does not list the field's values.
QList<int> documentedValues(const QString &row, const QString &field)
{
    const QString opening = field + QStringLiteral(" u8 (");
    const qsizetype start = row.indexOf(opening);
    if (start < 0)
        return {};
    qsizetype end = start + opening.size();
    for (int depth = 1; end < row.size() && depth > 0; ++end) {
        if (row.at(end) == QLatin1Char('('))
            ++depth;
        else if (row.at(end) == QLatin1Char(')'))
            --depth;
    }
    const QString inside = row.mid(start + opening.size(), end - 1 - (start + opening.size()));
    static const QRegularExpression item(QStringLiteral(R"((?:^|, )(\d+) )"));
    QList<int> values;
    for (const QRegularExpressionMatch &match : item.globalMatch(inside))
        values.append(match.captured(1).toInt());
    return values;
}

// Which of the 256 values of one u8 field valid() accepts, the other fields left at their defaults.
template <typename M> QList<int> validValues(quint8 M::*field)
{
    QList<int> values;
    for (int value = 0; value < 256; ++value) {
        M message;
        message.*field = quint8(value);
        if (message.valid())
            values.append(value);
    }
    return values;
}

} // namespace

Q_DECLARE_METATYPE(QList<int>)

class TestProtocolDocs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyKindIsInTheMessageTable();
    void theMessageTableNamesOnlyListedKinds();
    void everyClientKindHasAState();
    void documentedEnumValuesAreTheValidOnes_data();
    void documentedEnumValuesAreTheValidOnes();

private:
    QStringList m_doc;
    QMap<int, KindRow> m_rows; // by kind number
    QStringList m_rowErrors;
};

void TestProtocolDocs::initTestCase()
{
    m_doc = readDoc();
    QVERIFY2(!m_doc.isEmpty(), "docs/protocol.md cannot be read");
    const QStringList table = section(m_doc, QStringLiteral("## Messages"));
    QVERIFY2(!table.isEmpty(), "docs/protocol.md has no \"## Messages\" section");
    // | 12 | LoginResult | → client | … |
    static const QRegularExpression row(QStringLiteral(R"(^\|\s*(\d+)\s*\|\s*(\w+)\s*\|\s*→\s*(server|client)\b)"));
    int line = 0;
    for (const QString &text : table) {
        ++line;
        const QRegularExpressionMatch match = row.match(text);
        if (!match.hasMatch()) {
            if (text.startsWith(QLatin1String("| ")) && !text.startsWith(QLatin1String("| kind")))
                m_rowErrors.append(QStringLiteral("unreadable row: %1").arg(text.left(60)));
            continue;
        }
        const int number = match.captured(1).toInt();
        if (m_rows.contains(number))
            m_rowErrors.append(QStringLiteral("kind %1 has two rows").arg(number));
        m_rows.insert(number, {line, match.captured(2), match.captured(3), text});
    }
}

void TestProtocolDocs::everyKindIsInTheMessageTable()
{
    QStringList missing;
    for (const ListedKind &kind : kListed) {
        const auto row = m_rows.constFind(kind.number);
        if (row == m_rows.cend()) {
            missing.append(QStringLiteral("%1 %2 has no row").arg(kind.number).arg(QLatin1String(kind.name)));
            continue;
        }
        if (row->name != QLatin1String(kind.name))
            missing.append(QStringLiteral("kind %1 is %2, the table says %3")
                               .arg(kind.number)
                               .arg(QLatin1String(kind.name), row->name));
        if (row->direction != directionName(kind.direction))
            missing.append(QStringLiteral("%1 goes to the %2, the table says to the %3")
                               .arg(QLatin1String(kind.name), directionName(kind.direction), row->direction));
    }
    QVERIFY2(m_rowErrors.isEmpty(), qPrintable(m_rowErrors.join(QLatin1String("; "))));
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1String("; "))));
}

void TestProtocolDocs::theMessageTableNamesOnlyListedKinds()
{
    QStringList unknown;
    for (auto row = m_rows.cbegin(); row != m_rows.cend(); ++row) {
        if (!isKnownKind(quint16(row.key())))
            unknown.append(QStringLiteral("%1 %2").arg(row.key()).arg(row->name));
    }
    QVERIFY2(unknown.isEmpty(), qPrintable(QStringLiteral("not in TURNO_MESSAGES: %1").arg(unknown.join(u", "))));
}

void TestProtocolDocs::everyClientKindHasAState()
{
    // The names in backquotes of the "may send" column, all rows together.
    QSet<QString> named;
    static const QRegularExpression quoted(QStringLiteral("`(\\w+)`"));
    for (const QString &line : section(m_doc, QStringLiteral("## Connection states"))) {
        if (!line.startsWith(QLatin1String("| ")))
            continue;
        for (const QRegularExpressionMatch &match : quoted.globalMatch(line))
            named.insert(match.captured(1));
    }
    QStringList missing;
    for (const ListedKind &kind : kListed) {
        const QString name = QLatin1String(kind.name);
        if (kind.direction == Direction::ToServer && !named.contains(name))
            missing.append(name);
        if (kind.direction == Direction::ToClient && named.contains(name))
            missing.append(name + QStringLiteral(" (a server-to-client kind)"));
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("the state table does not match: %1").arg(missing.join(u", "))));
}

void TestProtocolDocs::documentedEnumValuesAreTheValidOnes_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QList<int>>("valid");
    const auto row = [](auto kind, const char *field, QList<int> valid) {
        QTest::addRow("%s.%s", kindName(quint16(kind)), field) << int(kind) << QString::fromLatin1(field) << valid;
    };
    row(Kind::LoginResult, "status", validValues(&LoginResult::status));
    row(Kind::LoginResult, "role", validValues(&LoginResult::role));
    row(Kind::ForcedLogout, "reason", validValues(&ForcedLogout::reason));
    row(Kind::ServiceResult, "service", validValues(&ServiceResult::service));
    row(Kind::ServiceResult, "outcome", validValues(&ServiceResult::outcome));
    row(Kind::SignUpResult, "status", validValues(&SignUpResult::status));
    row(Kind::AccountResult, "change", validValues(&AccountResult::change));
    row(Kind::AccountResult, "status", validValues(&AccountResult::status));
    row(Kind::QueueLeft, "reason", validValues(&QueueLeft::reason));
    row(Kind::OfferEnded, "reason", validValues(&OfferEnded::reason));
    row(Kind::SessionEnded, "reason", validValues(&SessionEnded::reason));
    row(Kind::PresenceChanged, "presence", validValues(&PresenceChanged::presence));
    row(Kind::ServiceNotice, "outcome", validValues(&ServiceNotice::outcome));
    row(Kind::Invitation, "kind", validValues(&Invitation::kind));
    row(Kind::InvitationEnded, "outcome", validValues(&InvitationEnded::outcome));
}

void TestProtocolDocs::documentedEnumValuesAreTheValidOnes()
{
    QFETCH(int, kind);
    QFETCH(QString, field);
    QFETCH(QList<int>, valid);
    QVERIFY2(m_rows.contains(kind), "no row for the kind");
    QCOMPARE(documentedValues(m_rows.value(kind).text, field), valid);
}

QTEST_GUILESS_MAIN(TestProtocolDocs)
#include "tst_protocoldocs.moc"
