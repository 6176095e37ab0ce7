// RUT validation as a table: the three accepted formats, K in either case, wrong check digits
// and garbage; and the normalized and display forms.
#include "domain/rut.h"

#include <QtTest>

using Turno::Rut;

class TestRut : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void checkDigit_data();
    void checkDigit();
};

void TestRut::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<QString>("formatted");

    QTest::newRow("dots and dash") << "12.345.678-5" << true << "12345678-5"
                                   << "12.345.678-5";
    QTest::newRow("dash only") << "12345678-5" << true << "12345678-5"
                               << "12.345.678-5";
    QTest::newRow("digits only") << "123456785" << true << "12345678-5"
                                 << "12.345.678-5";
    QTest::newRow("spaces around") << "  10.111.222-5 " << true << "10111222-5"
                                   << "10.111.222-5";
    QTest::newRow("K upper") << "11.223.344-K" << true << "11223344-K"
                             << "11.223.344-K";
    QTest::newRow("k lower") << "11.223.344-k" << true << "11223344-K"
                             << "11.223.344-K";
    QTest::newRow("k lower, digits only") << "11223344k" << true << "11223344-K"
                                          << "11.223.344-K";
    QTest::newRow("check digit 0") << "14.567.890-0" << true << "14567890-0"
                                   << "14.567.890-0";
    QTest::newRow("seven-digit body") << "7.654.321-6" << true << "7654321-6"
                                      << "7.654.321-6";
    QTest::newRow("short body") << "1-9" << true << "1-9"
                                << "1-9";

    QTest::newRow("wrong check digit") << "12.345.678-9" << false << ""
                                       << "";
    QTest::newRow("wrong check digit, digits only") << "123456789" << false << ""
                                                    << "";
    QTest::newRow("K where a digit belongs") << "12.345.678-K" << false << ""
                                             << "";
    QTest::newRow("empty") << "" << false << ""
                           << "";
    QTest::newRow("only spaces") << "   " << false << ""
                                 << "";
    QTest::newRow("letters") << "abc" << false << ""
                             << "";
    QTest::newRow("letters in body") << "12.34a.678-5" << false << ""
                                     << "";
    QTest::newRow("misplaced dots") << "1.2345.678-5" << false << ""
                                    << "";
    QTest::newRow("two dashes") << "12-345-678-5" << false << ""
                                << "";
    QTest::newRow("dash not before last") << "1234567-85" << false << ""
                                          << "";
    QTest::newRow("too long") << "1234567890-1" << false << ""
                              << "";
    QTest::newRow("zero body") << "0-0" << false << ""
                               << "";
    QTest::newRow("check digit alone") << "5" << false << ""
                                       << "";
    QTest::newRow("unicode digits") << QString::fromUtf8("١٢٣٤٥٦٧٨-5") << false << ""
                                    << "";
}

void TestRut::parse()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QFETCH(QString, normalized);
    QFETCH(QString, formatted);
    const auto rut = Rut::parse(input);
    QCOMPARE(rut.has_value(), valid);
    QCOMPARE(Rut::isValid(input), valid);
    if (rut) {
        QCOMPARE(rut->normalized(), normalized);
        QCOMPARE(rut->formatted(), formatted);
        QCOMPARE(Rut::parse(rut->normalized()), rut);
        QCOMPARE(Rut::parse(rut->formatted()), rut);
    }
}

void TestRut::checkDigit_data()
{
    QTest::addColumn<quint32>("body");
    QTest::addColumn<QString>("digit");
    QTest::newRow("12345678") << quint32(12345678) << "5";
    QTest::newRow("10111222") << quint32(10111222) << "5";
    QTest::newRow("11223344") << quint32(11223344) << "K";
    QTest::newRow("14567890") << quint32(14567890) << "0";
}

void TestRut::checkDigit()
{
    QFETCH(quint32, body);
    QFETCH(QString, digit);
    QCOMPARE(QString(Rut::checkDigitFor(body)), digit);
}

QTEST_GUILESS_MAIN(TestRut)
#include "tst_rut.moc"
