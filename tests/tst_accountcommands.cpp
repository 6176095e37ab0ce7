// The account commands run in-process with passwords from a QBuffer: add-customer, add-executive,
// list-accounts, add-customers, bad input and exit codes, and the demo accounts.
#include "admin/accountcommands.h"
#include "admin/bulkaccounts.h"
#include "domain/rut.h"
#include "storage/sqlitestore.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

using namespace Turno;
using namespace Turno::Admin;

class TestAccountCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Storage::SqliteStore> m_store;
    Auth::PasswordHasher m_hasher{Auth::HashCost::low()};
    QString m_out;
    QString m_err;
    int m_databases = 0;

    // Runs one command with `stdinText` as its standard input.
    int run(const QStringList &arguments, const QByteArray &stdinText = "secret123\n")
    {
        QByteArray input = stdinText;
        QBuffer buffer(&input);
        buffer.open(QIODevice::ReadOnly);
        m_out.clear();
        m_err.clear();
        QTextStream out(&m_out);
        QTextStream err(&m_err);
        return runAccountCommand(*m_store, arguments, out, err, devicePasswordReader(&buffer), m_hasher);
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        // One database per test and per data row.
        m_store = Storage::SqliteStore::open(m_dir.filePath(QStringLiteral("%1.db").arg(++m_databases)), &error);
        QVERIFY2(m_store, qPrintable(error));
    }
    void cleanup() { m_store.reset(); }

    void commandNames()
    {
        QVERIFY(isAccountCommand("add-customer"));
        QVERIFY(isAccountCommand("add-customers"));
        QVERIFY(isAccountCommand("list-accounts"));
        QVERIFY(isAccountCommand("add-executive"));
        QVERIFY(isAccountCommand("add-executives"));
        QVERIFY(!isAccountCommand("serve"));
        QCOMPARE(accountCommandsUsage().count(QLatin1Char('\n')), 4);
    }

    void addCustomerAnyRutFormat_data()
    {
        QTest::addColumn<QString>("rut");
        QTest::newRow("dots") << "12.345.678-5";
        QTest::newRow("dash") << "12345678-5";
        QTest::newRow("bare") << "123456785";
        QTest::newRow("lowercase k") << "11.223.344-k";
    }
    void addCustomerAnyRutFormat()
    {
        QFETCH(QString, rut);
        QCOMPARE(run({"add-customer", rut, "Jorge  Sandoval", "--wifi-ssid", "Casa", "--plan", "Fibra 600"}), 0);
        QVERIFY2(m_out.contains(QLatin1String("Jorge Sandoval")), qPrintable(m_out));
        const QString normalized = Rut::parse(rut)->normalized();
        const auto found = m_store->findCustomer(normalized).result();
        QVERIFY(found.value);
        QCOMPARE(found.value->fullName, QStringLiteral("Jorge Sandoval"));
        QCOMPARE(found.value->wifiSsid, QStringLiteral("Casa"));
        QCOMPARE(found.value->plan, QStringLiteral("Fibra 600"));
        QVERIFY(m_hasher.verify(found.value->passwordHash, "secret123").result().ok);
        // The same person again, in another format: a duplicate.
        QCOMPARE(run({"add-customer", Rut::parse(rut)->formatted(), "Otro"}), 1);
        QVERIFY2(m_err.contains(QLatin1String("already exists")), qPrintable(m_err));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("stdinText");
        QTest::addColumn<QString>("message");
        QTest::newRow("invalid rut") << QStringList{"add-customer", "12.345.678-9", "Jorge"}
                                     << QByteArray("secret123\n") << "Invalid RUT";
        QTest::newRow("missing name") << QStringList{"add-customer", "12.345.678-5"} << QByteArray("secret123\n")
                                      << "Usage:";
        QTest::newRow("extra argument") << QStringList{"add-customer", "12.345.678-5", "J", "x"}
                                        << QByteArray("secret123\n") << "Usage:";
        QTest::newRow("unknown option") << QStringList{"add-customer", "12.345.678-5", "J", "--colour", "red"}
                                        << QByteArray("secret123\n") << "Usage:";
        QTest::newRow("short password") << QStringList{"add-customer", "12.345.678-5", "Jorge"} << QByteArray("short\n")
                                        << "at least 8";
        QTest::newRow("no password") << QStringList{"add-customer", "12.345.678-5", "Jorge"} << QByteArray()
                                     << "No password";
        QTest::newRow("blank name") << QStringList{"add-customer", "12.345.678-5", "  "} << QByteArray("secret123\n")
                                    << "full name";
        QTest::newRow("bad username") << QStringList{"add-executive", "j perez", "Juan"} << QByteArray("secret123\n")
                                      << "Invalid username";
        QTest::newRow("bad role") << QStringList{"add-executive", "jperez", "Juan", "--role", "boss"}
                                  << QByteArray("secret123\n") << "Unknown role";
        QTest::newRow("bad service") << QStringList{"add-executive", "jperez", "Juan", "--services", "tv"}
                                     << QByteArray("secret123\n") << "Unknown service";
        QTest::newRow("list with argument") << QStringList{"list-accounts", "x"} << QByteArray() << "Usage:";
        QTest::newRow("bulk without count")
            << QStringList{"add-customers", "--prefix", "Load"} << QByteArray() << "Usage:";
        QTest::newRow("bulk bad count") << QStringList{"add-customers", "--count", "ten", "--prefix", "Load"}
                                        << QByteArray() << "--count";
        QTest::newRow("bulk bad cost") << QStringList{"add-customers", "--count",         "2",    "--prefix",
                                                      "Load",          "--password-cost", "cheap"}
                                       << QByteArray() << "Unknown password cost";
        QTest::newRow("unknown command") << QStringList{"remove-customer"} << QByteArray() << "Usage:";
        // The account rules' limits, the same the apps and the wire keep (domain/textlimits.h).
        QTest::newRow("name over 60 characters")
            << QStringList{"add-customer", "12.345.678-5", QString(61, QLatin1Char('a'))} << QByteArray("secret123\n")
            << "1 to 60 characters";
        QTest::newRow("name over 128 bytes") // 43 characters of 3 bytes each
            << QStringList{"add-customer", "12.345.678-5", QString(43, QChar(0x5F35))} << QByteArray("secret123\n")
            << "128 bytes";
        QTest::newRow("executive name over 60 characters")
            << QStringList{"add-executive", "jperez", QString(61, QLatin1Char('a'))} << QByteArray("secret123\n")
            << "1 to 60 characters";
        QTest::newRow("name with a control character")
            << QStringList{"add-customer", "12.345.678-5", QStringLiteral("Jorge\u200eSandoval")}
            << QByteArray("secret123\n") << "control";
        QTest::newRow("password over 64 characters")
            << QStringList{"add-customer", "12.345.678-5", "Jorge"} << QByteArray(65, 'p') + "\n"
            << "at most 64";
        QTest::newRow("username over 32 characters")
            << QStringList{"add-executive", QString(33, QLatin1Char('j')), "Juan"} << QByteArray("secret123\n")
            << "Invalid username";
        QTest::newRow("bulk prefix too long for its names")
            << QStringList{"add-customers",   "--count", "2", "--prefix", QString(54, QLatin1Char('L')),
                           "--password-cost", "low"}
            << QByteArray() << "--prefix";
    }
    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, stdinText);
        QFETCH(QString, message);
        QCOMPARE(run(arguments, stdinText), 2);
        QVERIFY2(m_err.contains(message), qPrintable(m_err));
        QCOMPARE(m_store->accountCount().result().value, 0);
    }

    void namesRightAtTheLimits()
    {
        // 60 characters of two bytes each (120 bytes), and 42 of three bytes plus two letters (128).
        QCOMPARE(run({"add-customer", "12.345.678-5", QString(60, QChar(0x00F1))}), 0);
        QCOMPARE(run({"add-customer", "10.111.222-5", QString(42, QChar(0x5F35)) + "ab"}), 0);
        QCOMPARE(run({"add-executive", QString(32, QLatin1Char('j')), QString(60, QLatin1Char('a'))},
                     QByteArray(64, 'p') + "\n"),
                 0);
        QCOMPARE(
            run({"add-customers", "--count", "2", "--prefix", QString(53, QLatin1Char('L')), "--password-cost", "low"}),
            0);
        QCOMPARE(m_store->findCustomer("10111222-5").result().value->fullName, QString(42, QChar(0x5F35)) + "ab");
        QCOMPARE(m_store->accountCount().result().value, 5);
    }

    void passwordLineEndsAreTrimmedOnly()
    {
        QCOMPARE(run({"add-customer", "10.111.222-5", "Claudio García"}, " with spaces \r\n"), 0);
        const auto found = m_store->findCustomer("10111222-5").result();
        QVERIFY(m_hasher.verify(found.value->passwordHash, " with spaces ").result().ok);
    }

    void addExecutiveAndList()
    {
        QCOMPARE(
            run({"add-executive", "MSoto", "María Soto", "--role", "supervisor", "--services", "wifi,internet,wifi"}),
            0);
        QCOMPARE(run({"add-executive", "jperez", "Juan Perez"}), 0);
        QCOMPARE(run({"add-executive", "jperez", "Juan Perez"}), 1);
        QVERIFY(m_err.contains(QLatin1String("already exists")));
        QCOMPARE(run({"add-customer", "12345678-5", "Jorge Sandoval", "--wifi-ssid", "Sandoval-Hogar"}), 0);

        const auto maria = m_store->findExecutive("msoto").result().value;
        QVERIFY(maria);
        QCOMPARE(maria->role, QStringLiteral("supervisor"));
        QCOMPARE(maria->services, (QStringList{"internet", "wifi"}));
        QCOMPARE(m_store->findExecutive("jperez").result().value->role, QStringLiteral("executive"));

        QCOMPARE(run({"list-accounts"}), 0);
        QVERIFY(m_out.contains(QLatin1String("12.345.678-5")));
        QVERIFY(m_out.contains(QLatin1String("Sandoval-Hogar")));
        QVERIFY(m_out.contains(QLatin1String("msoto")));
        QVERIFY(m_out.contains(QLatin1String("internet,wifi")));
        QVERIFY(!m_out.contains(QLatin1String("argon2"))); // never a hash
        QVERIFY(m_out.contains(QLatin1String("Customers (1)")));
        QVERIFY(m_out.contains(QLatin1String("Executives (2)")));
    }

    void bulkCustomers()
    {
        QElapsedTimer timer;
        timer.start();
        const int count = 10000;
        QCOMPARE(run({"add-customers", "--count", QString::number(count), "--prefix", "Load", "--seed", "7",
                      "--password-cost", "low"}),
                 0);
        const qint64 ms = timer.elapsed();
        qInfo("add-customers: %d accounts in %lld ms (%.0f per second)", count, ms, count * 1000.0 / double(ms));
        QVERIFY2(ms < 30000, "10,000 low-cost accounts should take well under a minute");
        QVERIFY2(m_out.contains(QLatin1String("docs/storage.md")), qPrintable(m_out));
        QVERIFY(m_out.contains(BulkAccounts::password(7, 1)));
        QCOMPARE(m_store->accountCount().result().value, count);

        // Deterministic and valid: customer i logs in with the derived password.
        for (int i : {1, 4321, count}) {
            const QString rut = BulkAccounts::rut(7, i);
            QVERIFY(Rut::parse(rut));
            const auto found = m_store->findCustomer(rut).result().value;
            QVERIFY2(found, qPrintable(rut));
            QCOMPARE(found->fullName, QStringLiteral("Load %1").arg(i));
            QVERIFY(m_hasher.verify(found->passwordHash, BulkAccounts::password(7, i)).result().ok);
        }
        QCOMPARE(BulkAccounts::rut(7, 1), QStringLiteral("57000001-%1").arg(Rut::checkDigitFor(57000001)));

        // The same seed again collides and adds nothing; another seed does not.
        QCOMPARE(run({"add-customers", "--count", "5", "--prefix", "Load", "--seed", "7", "--password-cost", "low"}),
                 1);
        QCOMPARE(run({"add-customers", "--count", "5", "--prefix", "More", "--seed", "8", "--password-cost", "low"}),
                 0);
        QCOMPARE(m_store->accountCount().result().value, count + 5);
    }

    void demoAccountsList()
    {
        const QList<DemoAccount> accounts = demoAccounts();
        QCOMPARE(accounts.size(), 14);
        int customers = 0;
        for (const DemoAccount &a : accounts) {
            QVERIFY2(a.password.size() >= 8, qPrintable(a.id));
            if (a.kind == QLatin1String("customer")) {
                ++customers;
                QVERIFY2(Rut::parse(a.id), qPrintable(a.id));
            } else {
                QCOMPARE(a.kind, QStringLiteral("executive"));
            }
        }
        QCOMPARE(customers, 12);
        QCOMPARE(accounts.first().id, QStringLiteral("12.345.678-5"));
        QCOMPARE(accounts.first().fullName, QStringLiteral("Jorge Sandoval"));
        QCOMPARE(accounts[1].fullName, QStringLiteral("Claudio García"));
    }

    void loadDemoIntoEmptyOnly()
    {
        QCOMPARE(loadDemoAccounts(*m_store, m_hasher).result(), 14);
        const auto jorge = m_store->findCustomer("12345678-5").result().value;
        QVERIFY(jorge);
        QVERIFY(!jorge->wifiSsid.isEmpty());
        QVERIFY(!jorge->plan.isEmpty());
        QVERIFY(m_hasher.verify(jorge->passwordHash, "jorge1234").result().ok);
        const auto maria = m_store->findExecutive("msoto").result().value;
        QVERIFY(maria);
        QCOMPARE(maria->fullName, QStringLiteral("María Soto"));
        QCOMPARE(maria->role, QStringLiteral("supervisor"));
        QCOMPARE(maria->services, (QStringList{"internet", "wifi"}));
        QCOMPARE(m_store->findExecutive("jperez").result().value->services, (QStringList{"internet", "wifi"}));
        for (const Storage::Customer &c : m_store->customers().result().value)
            QVERIFY2(!c.wifiSsid.isEmpty() && !c.plan.isEmpty(), qPrintable(c.rut));

        QCOMPARE(loadDemoAccounts(*m_store, m_hasher).result(), 0); // already has accounts
        QCOMPARE(m_store->accountCount().result().value, 14);
    }

    void demoIsNoOpWhenAnyAccountExists()
    {
        QCOMPARE(run({"add-executive", "admin", "Admin"}), 0);
        QCOMPARE(loadDemoAccounts(*m_store, m_hasher).result(), 0);
        QCOMPARE(m_store->accountCount().result().value, 1);
    }
};

QTEST_GUILESS_MAIN(TestAccountCommands)
#include "tst_accountcommands.moc"
