// The Store on a SQLite file in WAL mode: opens (creating folders), migrates, and refuses, untouched,
// a database whose schema is newer than this program.
#pragma once

#include "sqlstore.h"

#include <memory>

namespace Turno::Storage
{

class SqliteStore : public SqlStore
{
public:
    // nullptr with a message in *error when the file can't be opened, migrated, or is too new.
    static std::unique_ptr<SqliteStore> open(const QString &path, QString *error);

private:
    using SqlStore::SqlStore;
};

} // namespace Turno::Storage
