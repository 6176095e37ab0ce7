// The demo accounts (resources/demo/demo-accounts.json): two executives and twelve customers with
// simple, public passwords, loaded only into a database that has no accounts yet.
#pragma once

#include "auth/passwordhasher.h"
#include "storage/store.h"

#include <QFuture>
#include <QList>
#include <QString>

namespace Turno::Admin
{

struct DemoAccount {
    QString kind; // "customer" or "executive"
    QString id;   // formatted RUT ("12.345.678-5") or username
    QString fullName;
    QString password;
};

// From :/demo/demo-accounts.json, for printing.
QList<DemoAccount> demoAccounts();

// How many accounts were added: 0 when the database already had accounts, -1 on an error (logged).
// The store and the hasher must outlive the future.
QFuture<int> loadDemoAccounts(Storage::Store &store, Auth::PasswordHasher &hasher);

} // namespace Turno::Admin
