// The rules customers' choices must follow, as tables: WPA2's for a new Wi-Fi password (8 to 63
// printable ASCII characters, typed twice alike), and the account's for passwords and names.
#include "domain/accountrules.h"
#include "domain/wifipassword.h"

#include <QtTest>

using namespace Turno;

class TestWifiPassword : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wifiRules_data();
    void wifiRules();
    void accountPasswordRules_data();
    void accountPasswordRules();
    void nameRules_data();
    void nameRules();
};

void TestWifiPassword::wifiRules_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("repeated");
    QTest::addColumn<WifiPassword::Problem>("problem");
    using P = WifiPassword::Problem;
    const QString eight = QStringLiteral("abcdefgh");
    const QString sixtyThree = QString(63, QLatin1Char('x'));
    const QString sixtyFour = QString(64, QLatin1Char('x'));
    QTest::newRow("empty") << QString() << QString() << P::TooShort;
    QTest::newRow("too short: 7") << QStringLiteral("abcdefg") << QStringLiteral("abcdefg") << P::TooShort;
    QTest::newRow("shortest: 8") << eight << eight << P::None;
    QTest::newRow("longest: 63") << sixtyThree << sixtyThree << P::None;
    QTest::newRow("too long: 64") << sixtyFour << sixtyFour << P::TooLong;
    QTest::newRow("far too long") << QString(300, QLatin1Char('y')) << QString(300, QLatin1Char('y')) << P::TooLong;
    QTest::newRow("spaces and symbols") << QStringLiteral(" !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ ")
                                        << QStringLiteral(" !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ ") << P::None;
    QTest::newRow("non-ASCII: ñ") << QStringLiteral("contraseña") << QStringLiteral("contraseña")
                                  << P::NotPrintableAscii;
    QTest::newRow("non-ASCII: accent") << QStringLiteral("canción123") << QStringLiteral("canción123")
                                       << P::NotPrintableAscii;
    QTest::newRow("non-ASCII: emoji") << QStringLiteral("password🙂") << QStringLiteral("password🙂")
                                      << P::NotPrintableAscii;
    QTest::newRow("non-ASCII and short") << QStringLiteral("ñu") << QStringLiteral("ñu") << P::NotPrintableAscii;
    QTest::newRow("control: tab") << QStringLiteral("pass\tword") << QStringLiteral("pass\tword")
                                  << P::NotPrintableAscii;
    QTest::newRow("control: DEL") << QStringLiteral("password\x7f") << QStringLiteral("password\x7f")
                                  << P::NotPrintableAscii;
    QTest::newRow("mismatch") << QStringLiteral("password-one") << QStringLiteral("password-two") << P::Mismatch;
    QTest::newRow("mismatch by case") << QStringLiteral("Password") << QStringLiteral("password") << P::Mismatch;
    QTest::newRow("mismatch by a space") << eight << eight + QLatin1Char(' ') << P::Mismatch;
    // A broken rule is explained before the mismatch: the first entry has to change anyway.
    QTest::newRow("too short and mismatch") << QStringLiteral("short") << QStringLiteral("other") << P::TooShort;
}

void TestWifiPassword::wifiRules()
{
    QFETCH(QString, password);
    QFETCH(QString, repeated);
    QFETCH(WifiPassword::Problem, problem);
    QCOMPARE(WifiPassword::check(password, repeated), problem);
    if (problem != WifiPassword::Problem::Mismatch)
        QCOMPARE(WifiPassword::check(password), problem);
}

void TestWifiPassword::accountPasswordRules_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("repeated");
    QTest::addColumn<AccountRules::PasswordProblem>("problem");
    using P = AccountRules::PasswordProblem;
    QTest::newRow("too short") << QStringLiteral("1234567") << QStringLiteral("1234567") << P::TooShort;
    QTest::newRow("eight") << QStringLiteral("12345678") << QStringLiteral("12345678") << P::None;
    QTest::newRow("any script") << QStringLiteral("contraseña ñandú") << QStringLiteral("contraseña ñandú") << P::None;
    // Characters, not UTF-16 units: eight emoji are eight characters.
    const QString emoji = QString(QStringLiteral("🙂")).repeated(8);
    QTest::newRow("eight emoji") << emoji << emoji << P::None;
    QTest::newRow("64") << QString(64, QLatin1Char('a')) << QString(64, QLatin1Char('a')) << P::None;
    QTest::newRow("65") << QString(65, QLatin1Char('a')) << QString(65, QLatin1Char('a')) << P::TooLong;
    QTest::newRow("mismatch") << QStringLiteral("12345678") << QStringLiteral("12345679") << P::Mismatch;
}

void TestWifiPassword::accountPasswordRules()
{
    QFETCH(QString, password);
    QFETCH(QString, repeated);
    QFETCH(AccountRules::PasswordProblem, problem);
    QCOMPARE(AccountRules::checkPassword(password, repeated), problem);
}

void TestWifiPassword::nameRules_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<AccountRules::NameProblem>("problem");
    QTest::addColumn<QString>("normalized");
    using P = AccountRules::NameProblem;
    QTest::newRow("plain") << QStringLiteral("Jorge Sandoval") << P::None << QStringLiteral("Jorge Sandoval");
    QTest::newRow("spaces simplified") << QStringLiteral("  María   José  Soto ") << P::None
                                       << QStringLiteral("María José Soto");
    QTest::newRow("empty") << QString() << P::Empty << QString();
    QTest::newRow("only spaces") << QStringLiteral("   ") << P::Empty << QString();
    QTest::newRow("60 characters") << QString(60, QChar(u'é')) << P::None << QString(60, QChar(u'é'));
    QTest::newRow("61 characters") << QString(61, QLatin1Char('a')) << P::TooLong << QString(61, QLatin1Char('a'));
    QTest::newRow("over 128 bytes") << QString(50, QChar(u'字')) << P::TooManyBytes << QString(50, QChar(u'字'));
    QTest::newRow("128 bytes") << QString(42, QChar(u'字')) + QStringLiteral("ab") << P::None
                               << QString(42, QChar(u'字')) + QStringLiteral("ab");
    QTest::newRow("129 bytes, 43 characters")
        << QString(43, QChar(u'字')) << P::TooManyBytes << QString(43, QChar(u'字'));
    QTest::newRow("control character") << QStringLiteral("Jorge\x01Sandoval") << P::ControlCharacter
                                       << QStringLiteral("Jorge\x01Sandoval");
    QTest::newRow("bidi override") << QStringLiteral("Jorge \u202eSandoval") << P::ControlCharacter
                                   << QStringLiteral("Jorge \u202eSandoval");
}

void TestWifiPassword::nameRules()
{
    QFETCH(QString, name);
    QFETCH(AccountRules::NameProblem, problem);
    QFETCH(QString, normalized);
    QCOMPARE(AccountRules::checkName(name), problem);
    QCOMPARE(AccountRules::normalizedName(name), normalized);
}

QTEST_GUILESS_MAIN(TestWifiPassword)
#include "tst_wifipassword.moc"
