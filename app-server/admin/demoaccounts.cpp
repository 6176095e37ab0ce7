#include "demoaccounts.h"

#include "domain/rut.h"
#include "storage/dblogging.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QPromise>
#include <memory>

namespace Turno::Admin
{

using Storage::lcDb;

namespace
{

struct DemoData {
    QList<Storage::Customer> customers;
    QList<Storage::Executive> executives;
    QList<DemoAccount> accounts; // customers first, in the same order
};

DemoData readDemoData()
{
    DemoData data;
    QFile file(QStringLiteral(":/demo/demo-accounts.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcDb) << "The demo accounts are missing from the resources";
        return data;
    }
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonArray customers = root.value(QLatin1String("customers")).toArray();
    for (const QJsonValue &value : customers) {
        const QJsonObject o = value.toObject();
        const auto rut = Rut::parse(o.value(QLatin1String("rut")).toString());
        if (!rut) {
            qCWarning(lcDb) << "Skipping a demo customer with an invalid RUT";
            continue;
        }
        Storage::Customer c;
        c.rut = rut->normalized();
        c.fullName = o.value(QLatin1String("fullName")).toString();
        c.wifiSsid = o.value(QLatin1String("wifiSsid")).toString();
        c.plan = o.value(QLatin1String("plan")).toString();
        data.customers.append(c);
        data.accounts.append(
            {QStringLiteral("customer"), rut->formatted(), c.fullName, o.value(QLatin1String("password")).toString()});
    }
    const QJsonArray executives = root.value(QLatin1String("executives")).toArray();
    for (const QJsonValue &value : executives) {
        const QJsonObject o = value.toObject();
        Storage::Executive e;
        e.username = o.value(QLatin1String("username")).toString();
        e.fullName = o.value(QLatin1String("fullName")).toString();
        e.role = o.value(QLatin1String("role")).toString(QStringLiteral("executive"));
        for (const QJsonValue &service : o.value(QLatin1String("services")).toArray())
            e.services.append(service.toString());
        data.executives.append(e);
        data.accounts.append(
            {QStringLiteral("executive"), e.username, e.fullName, o.value(QLatin1String("password")).toString()});
    }
    return data;
}

// Collects the hashes, which finish on the hasher's threads in any order.
struct Hashing {
    QMutex mutex;
    DemoData data;
    qsizetype remaining = 0;
    bool failed = false;
};

} // namespace

QList<DemoAccount> demoAccounts()
{
    return readDemoData().accounts;
}

QFuture<int> loadDemoAccounts(Storage::Store &store, Auth::PasswordHasher &hasher)
{
    auto promise = std::make_shared<QPromise<int>>();
    promise->start();
    QFuture<int> future = promise->future();
    auto done = [promise](int added) {
        promise->addResult(added);
        promise->finish();
    };
    store.accountCount().then([&store, &hasher, done](Storage::Result<qint64> count) {
        if (!count.ok())
            return done(-1);
        if (count.value > 0) {
            qCInfo(lcDb) << "The database already has accounts; the demo accounts were not loaded";
            return done(0);
        }
        auto hashing = std::make_shared<Hashing>();
        hashing->data = readDemoData();
        hashing->remaining = hashing->data.accounts.size();
        if (hashing->remaining == 0)
            return done(-1);
        for (qsizetype i = 0; i < hashing->data.accounts.size(); ++i) {
            hasher.hash(hashing->data.accounts[i].password).then([&store, hashing, i, done](const QString &hash) {
                QMutexLocker lock(&hashing->mutex);
                DemoData &data = hashing->data;
                if (hash.isEmpty())
                    hashing->failed = true;
                else if (i < data.customers.size())
                    data.customers[i].passwordHash = hash;
                else
                    data.executives[i - data.customers.size()].passwordHash = hash;
                if (--hashing->remaining > 0)
                    return;
                if (hashing->failed)
                    return done(-1);
                store.addAccountsIfEmpty(data.customers, data.executives).then([done](Storage::Result<int> added) {
                    if (added.ok() && added.value > 0)
                        qCInfo(lcDb) << "Loaded" << added.value << "demo accounts";
                    done(added.ok() ? added.value : -1);
                });
            });
        }
    });
    return future;
}

} // namespace Turno::Admin
