// The customer paths across real processes: turno-server with a fresh database, a customer added
// with add-customer, and turno-client --cli driven through log-in → restart internet → exit, the
// Wi-Fi password change (rules, mismatch, backend failure) and sign-up ("new" at user:).
#include "serverprocess.h"
#include "testsupport.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace Turno;

namespace
{

struct LogRow {
    QString actorKind, actor, action, result;
};

QList<LogRow> requestLog(const QString &databasePath)
{
    QList<LogRow> rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("e2e-reader"));
        db.setDatabaseName(databasePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(QStringLiteral("SELECT actor_kind, actor, action, result FROM request_log ORDER BY id"));
            while (query.next())
                rows.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                             query.value(3).toString()});
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("e2e-reader"));
    return rows;
}

QString actionsOf(const QList<LogRow> &rows, const QString &actor)
{
    QStringList actions;
    for (const LogRow &row : rows) {
        if (row.actor == actor)
            actions.append(row.action + QLatin1Char('=') + row.result);
    }
    return actions.join(QLatin1Char(','));
}

// Runs turno-client --cli with the given stdin; returns its output and exit code.
QString runClient(const QString &server, const QByteArray &input, const QStringList &extra, int *exitCode)
{
    QProcess client;
    client.setProcessChannelMode(QProcess::MergedChannels);
    client.start(Test::clientBinary(),
                 QStringList{QStringLiteral("--cli"), QStringLiteral("--server"), server} + extra);
    if (!client.waitForStarted(10'000))
        return QStringLiteral("could not start turno-client");
    client.write(input);
    client.closeWriteChannel();
    if (!client.waitForFinished(30'000)) {
        client.kill();
        client.waitForFinished();
        *exitCode = -1;
    } else {
        *exitCode = client.exitStatus() == QProcess::NormalExit ? client.exitCode() : -1;
    }
    return QString::fromUtf8(client.readAll());
}

} // namespace

class TestEndToEnd : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void customerRestartsInternet();
    void failedRestartIsExplained();
    void wrongPasswordThenRetry();
    void spanishServerLog();
    void wifiPasswordDialog();
    void wifiBackendFailure();
    void signUpFromTheTerminal();
};

void TestEndToEnd::customerRestartsInternet()
{
    Test::ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    QVERIFY(server.addCustomer(QStringLiteral("12.345.678-5"), QStringLiteral("Jorge Sandoval"),
                               QStringLiteral("jorge-password")));

    int exitCode = -1;
    const QString out = runClient(server.address(), "12.345.678-5\njorge-password\n1\n4\n",
                                  {QStringLiteral("--lang"), QStringLiteral("en")}, &exitCode);
    QVERIFY2(exitCode == 0, qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("Hi! Welcome, enter your RUT and password")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("Hi Jorge, how can we help you?")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("Restart internet service")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("We are restarting your service")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("Your internet service has been restarted.")), qPrintable(out));
    QVERIFY2(!out.contains(QLatin1String("jorge-password")), "the password must never be echoed");
    QVERIFY(out.indexOf(QLatin1String("We are restarting")) < out.indexOf(QLatin1String("has been restarted")));

    QVERIFY(server.waitForOutput(QStringLiteral("[SERVER] Client Jorge Sandoval disconnected.")));
    const QString log = server.output();
    const qsizetype connected = log.indexOf(QLatin1String("[SERVER] Client Jorge Sandoval connected."));
    const qsizetype restart =
        log.indexOf(QLatin1String("[SERVER] Internet service restart for client Jorge Sandoval."));
    const qsizetype disconnected = log.indexOf(QLatin1String("[SERVER] Client Jorge Sandoval disconnected."));
    QVERIFY2(connected >= 0 && restart > connected && disconnected > restart, qPrintable(log));
    QVERIFY2(!log.contains(QLatin1String("jorge-password")), "the password must never be logged");

    QTRY_COMPARE_WITH_TIMEOUT(actionsOf(requestLog(server.databasePath()), QStringLiteral("12345678-5")),
                              QStringLiteral("login=ok,restart-internet=ok,logout=ok"), 10'000);
}

void TestEndToEnd::failedRestartIsExplained()
{
    Test::ServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--backend-fail"), QStringLiteral("the router does not answer")}),
             qPrintable(server.error()));
    QVERIFY(server.addCustomer(QStringLiteral("10111222-5"), QStringLiteral("Claudio García"),
                               QStringLiteral("claudio-password")));
    int exitCode = -1;
    const QString out = runClient(server.address(), "101112225\nclaudio-password\n1\n4\n",
                                  {QStringLiteral("--lang"), QStringLiteral("en")}, &exitCode);
    QVERIFY2(exitCode == 0, qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("We could not restart your service: the router does not answer")),
             qPrintable(out));
    QTRY_COMPARE_WITH_TIMEOUT(actionsOf(requestLog(server.databasePath()), QStringLiteral("10111222-5")),
                              QStringLiteral("login=ok,restart-internet=failed,logout=ok"), 10'000);
}

void TestEndToEnd::wrongPasswordThenRetry()
{
    Test::ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    QVERIFY(server.addCustomer(QStringLiteral("12.345.678-5"), QStringLiteral("Jorge Sandoval"),
                               QStringLiteral("jorge-password")));
    int exitCode = -1;
    // An invalid RUT, then a wrong password, then the right one.
    const QString out =
        runClient(server.address(), "12.345.678-9\n12.345.678-5\nnot-it\n12.345.678-5\njorge-password\n4\n",
                  {QStringLiteral("--lang"), QStringLiteral("en")}, &exitCode);
    QVERIFY2(exitCode == 0, qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("Invalid RUT")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("Wrong RUT or password.")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("Hi Jorge, how can we help you?")), qPrintable(out));
    QTRY_COMPARE_WITH_TIMEOUT(actionsOf(requestLog(server.databasePath()), QStringLiteral("12345678-5")),
                              QStringLiteral("login=wrong-credentials,login=ok,logout=ok"), 10'000);
}

void TestEndToEnd::spanishServerLog()
{
    Test::ServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--lang"), QStringLiteral("es")}), qPrintable(server.error()));
    QVERIFY(server.addCustomer(QStringLiteral("12.345.678-5"), QStringLiteral("Jorge Sandoval"),
                               QStringLiteral("jorge-password")));
    int exitCode = -1;
    const QString out = runClient(server.address(), "12.345.678-5\njorge-password\n1\n4\n",
                                  {QStringLiteral("--lang"), QStringLiteral("es")}, &exitCode);
    QVERIFY2(exitCode == 0, qPrintable(out));
    QVERIFY(server.waitForOutput(QStringLiteral("[SERVER] Cliente Jorge Sandoval desconectado.")));
    QVERIFY2(server.output().contains(QLatin1String("[SERVER] Cliente Jorge Sandoval conectado.")),
             qPrintable(server.output()));
    QVERIFY2(server.output().contains(QLatin1String("[SERVER] Reinicio Servicio Internet Cliente Jorge Sandoval.")),
             qPrintable(server.output()));
}

void TestEndToEnd::wifiPasswordDialog()
{
    Test::ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    QVERIFY(server.addCustomer(QStringLiteral("12.345.678-5"), QStringLiteral("Jorge Sandoval"),
                               QStringLiteral("jorge-password")));
    int exitCode = -1;
    // Too short, too long, non-ASCII, a mismatch, then a good one typed twice.
    const QByteArray input = "12.345.678-5\njorge-password\n2\nshort\n" + QByteArray(64, 'x') +
                             "\nclave-ñandú\nMyNewWifi-2024\nMyNewWifi-2025\nMyNewWifi-2024\nMyNewWifi-2024\n4\n";
    const QString out = runClient(server.address(), input, {QStringLiteral("--lang"), QStringLiteral("en")}, &exitCode);
    QVERIFY2(exitCode == 0, qPrintable(out));
    const QStringList expected{QStringLiteral("Assistant: Enter your new Wi-Fi password:"),
                               QStringLiteral("Assistant: The Wi-Fi password is too short"),
                               QStringLiteral("Assistant: The Wi-Fi password is too long"),
                               QStringLiteral("Assistant: The Wi-Fi password can only contain letters without accents"),
                               QStringLiteral("Assistant: The two passwords do not match."),
                               QStringLiteral("Repeat password: ****"),
                               QStringLiteral("Assistant: We are updating your password"),
                               QStringLiteral("Assistant: Your password has been updated.")};
    qsizetype at = 0;
    for (const QString &line : expected) {
        const qsizetype found = out.indexOf(line, at);
        QVERIFY2(found >= 0, qPrintable(QStringLiteral("missing, or out of order: %1\n%2").arg(line, out)));
        at = found;
    }
    QVERIFY2(!out.contains(QLatin1String("MyNewWifi")), "the Wi-Fi password is never echoed");

    QVERIFY(server.waitForOutput(QStringLiteral("[SERVER] Client Jorge Sandoval disconnected.")));
    QVERIFY2(server.output().contains(QLatin1String("[SERVER] Wi-Fi password change for client Jorge Sandoval.")),
             qPrintable(server.output()));
    QVERIFY2(!server.output().contains(QLatin1String("MyNewWifi")), "the Wi-Fi password is never logged");
    // Only what the server received is logged: the rejected entries never left the client.
    QTRY_COMPARE_WITH_TIMEOUT(actionsOf(requestLog(server.databasePath()), QStringLiteral("12345678-5")),
                              QStringLiteral("login=ok,change-wifi-password=ok,logout=ok"), 10'000);
}

void TestEndToEnd::wifiBackendFailure()
{
    Test::ServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--backend-fail"), QStringLiteral("the access point is offline"),
                           QStringLiteral("--lang"), QStringLiteral("es")}),
             qPrintable(server.error()));
    QVERIFY(server.addCustomer(QStringLiteral("12.345.678-5"), QStringLiteral("Jorge Sandoval"),
                               QStringLiteral("jorge-password")));
    int exitCode = -1;
    const QString out = runClient(server.address(), "12.345.678-5\njorge-password\n2\nMyNewWifi-1\nMyNewWifi-1\n4\n",
                                  {QStringLiteral("--lang"), QStringLiteral("es")}, &exitCode);
    QVERIFY2(exitCode == 0, qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("Asistente: Ingresa tu nueva clave Wi-Fi:")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("Repetir Clave: ****")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("Asistente: Estamos actualizando tu clave")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("the access point is offline")), qPrintable(out));
    QVERIFY(server.waitForOutput(QStringLiteral("[SERVER] Cliente Jorge Sandoval desconectado.")));
    QVERIFY2(server.output().contains(QLatin1String("[SERVER] Cambio de clave Wi-Fi Cliente Jorge Sandoval.")),
             qPrintable(server.output()));
    QTRY_COMPARE_WITH_TIMEOUT(actionsOf(requestLog(server.databasePath()), QStringLiteral("12345678-5")),
                              QStringLiteral("login=ok,change-wifi-password=failed,logout=ok"), 10'000);
}

void TestEndToEnd::signUpFromTheTerminal()
{
    Test::ServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--allow-signup")}), qPrintable(server.error()));
    int exitCode = -1;
    // An invalid RUT and a short password are asked again; then the account is created and used.
    const QString out = runClient(server.address(),
                                  "new\n11.111.111-2\n11.111.111-1\nAna Pérez\nshort\nana-password\nana-password\n"
                                  "4\n",
                                  {QStringLiteral("--lang"), QStringLiteral("en")}, &exitCode);
    QVERIFY2(exitCode == 0, qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("Invalid RUT")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("The password must have at least 8 characters.")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("Your account has been created.")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("Hi Ana, how can we help you?")), qPrintable(out));
    QVERIFY2(!out.contains(QLatin1String("ana-password")), qPrintable(out));

    // The new account logs in like any other.
    const QString again = runClient(server.address(), "11.111.111-1\nana-password\n4\n",
                                    {QStringLiteral("--lang"), QStringLiteral("en")}, &exitCode);
    QVERIFY2(exitCode == 0 && again.contains(QLatin1String("Hi Ana, how can we help you?")), qPrintable(again));
    QVERIFY(!server.output().contains(QLatin1String("ana-password")));
}

QTEST_GUILESS_MAIN(TestEndToEnd)
#include "tst_endtoend.moc"
