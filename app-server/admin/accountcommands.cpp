#include "accountcommands.h"

#include "admin/bulkaccounts.h"
#include "domain/accountrules.h"
#include "domain/rut.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>

namespace Turno::Admin
{

static const QStringList commandNames = {QStringLiteral("add-customer"), QStringLiteral("add-executive"),
                                         QStringLiteral("list-accounts"), QStringLiteral("add-customers"),
                                         QStringLiteral("add-executives")};
// A bulk customer's name is "<prefix> <i>", i up to BulkAccounts::maxCount: the prefix leaves room
// for a space and those digits within the account rules' name.
const QString longestBulkSuffix = QStringLiteral(" %1").arg(BulkAccounts::maxCount);

bool isAccountCommand(const QString &name)
{
    return commandNames.contains(name);
}

QStringList knownServices()
{
    return {QStringLiteral("internet"), QStringLiteral("wifi")};
}

// One run of one command; holds the streams and prints the messages.
class AccountCommands
{
    Q_DECLARE_TR_FUNCTIONS(Turno::Admin::AccountCommands)
public:
    AccountCommands(Storage::Store &store, QTextStream &out, QTextStream &err, const PasswordReader &readPassword,
                    Auth::PasswordHasher &hasher, bool confirmPassword)
        : m_store(store), m_out(out), m_err(err), m_readPassword(readPassword), m_hasher(hasher),
          m_confirmPassword(confirmPassword)
    {
    }

    static QString usageOf(const QString &command)
    {
        if (command == QLatin1String("add-customer"))
            return tr("Usage: turno-server --database FILE add-customer RUT \"FULL NAME\" [--wifi-ssid NAME] "
                      "[--plan PLAN]");
        if (command == QLatin1String("add-executive"))
            return tr("Usage: turno-server --database FILE add-executive USERNAME \"FULL NAME\" "
                      "[--role executive|supervisor] [--services internet,wifi]");
        if (command == QLatin1String("list-accounts"))
            return tr("Usage: turno-server --database FILE list-accounts");
        if (command == QLatin1String("add-executives"))
            return tr("Usage: turno-server --database FILE add-executives --count M --prefix NAME [--seed S] "
                      "[--password-cost low|default] [--supervisors K]");
        return tr("Usage: turno-server --database FILE add-customers --count N --prefix NAME [--seed S] "
                  "[--password-cost low|default]");
    }

    int run(const QStringList &arguments)
    {
        const QString command = arguments.value(0);
        if (!isAccountCommand(command)) {
            m_err << accountCommandsUsage() << Qt::endl;
            return 2;
        }
        QCommandLineParser parser;
        parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
        const QCommandLineOption wifiSsid(QStringLiteral("wifi-ssid"), QString(), QStringLiteral("name"));
        const QCommandLineOption plan(QStringLiteral("plan"), QString(), QStringLiteral("plan"));
        const QCommandLineOption role(QStringLiteral("role"), QString(), QStringLiteral("role"),
                                      QStringLiteral("executive"));
        const QCommandLineOption services(QStringLiteral("services"), QString(), QStringLiteral("list"));
        const QCommandLineOption count(QStringLiteral("count"), QString(), QStringLiteral("n"));
        const QCommandLineOption prefix(QStringLiteral("prefix"), QString(), QStringLiteral("name"));
        const QCommandLineOption seed(QStringLiteral("seed"), QString(), QStringLiteral("s"), QStringLiteral("1"));
        const QCommandLineOption cost(QStringLiteral("password-cost"), QString(), QStringLiteral("cost"),
                                      QStringLiteral("default"));
        const QCommandLineOption supervisors(QStringLiteral("supervisors"), QString(), QStringLiteral("k"),
                                             QStringLiteral("1"));
        if (command == QLatin1String("add-customer"))
            parser.addOptions({wifiSsid, plan});
        else if (command == QLatin1String("add-executive"))
            parser.addOptions({role, services});
        else if (command == QLatin1String("add-customers"))
            parser.addOptions({count, prefix, seed, cost});
        else if (command == QLatin1String("add-executives"))
            parser.addOptions({count, prefix, seed, cost, supervisors});
        if (!parser.parse(QStringList{QStringLiteral("turno-server")} + arguments.mid(1)))
            return usage(command, parser.errorText());
        const QStringList positional = parser.positionalArguments();

        if (command == QLatin1String("add-customer")) {
            if (positional.size() != 2)
                return usage(command);
            return addCustomer(positional[0], positional[1], parser.value(wifiSsid), parser.value(plan));
        }
        if (command == QLatin1String("add-executive")) {
            if (positional.size() != 2)
                return usage(command);
            return addExecutive(positional[0], positional[1], parser.value(role), parser.value(services));
        }
        if (command == QLatin1String("list-accounts")) {
            if (!positional.isEmpty())
                return usage(command);
            return listAccounts();
        }
        if (!positional.isEmpty() || !parser.isSet(count) || !parser.isSet(prefix))
            return usage(command);
        if (command == QLatin1String("add-executives"))
            return addExecutives(parser.value(count), parser.value(prefix), parser.value(seed), parser.value(cost),
                                 parser.value(supervisors));
        return addCustomers(parser.value(count), parser.value(prefix), parser.value(seed), parser.value(cost));
    }

private:
    int usage(const QString &command, const QString &problem = QString())
    {
        if (!problem.isEmpty())
            m_err << problem << Qt::endl;
        m_err << usageOf(command) << Qt::endl;
        return 2;
    }

    int fail(const QString &message, int code)
    {
        m_err << message << Qt::endl;
        return code;
    }

    // The account rules the apps and the server apply (domain/accountrules.h), so that every
    // name stored here goes whole to every app that shows it.
    std::optional<QString> checkedName(const QString &text)
    {
        switch (AccountRules::checkName(text)) {
        case AccountRules::NameProblem::None:
            return AccountRules::normalizedName(text);
        case AccountRules::NameProblem::Empty:
        case AccountRules::NameProblem::TooLong:
            m_err << tr("The full name must have 1 to %1 characters.").arg(TextLimits::kNameChars) << Qt::endl;
            break;
        case AccountRules::NameProblem::TooManyBytes:
            m_err << tr("The full name is too long: at most %1 bytes in UTF-8, and characters of some scripts take "
                        "3 or 4 bytes each.")
                         .arg(TextLimits::kNameBytes)
                  << Qt::endl;
            break;
        case AccountRules::NameProblem::ControlCharacter:
            m_err << tr("The full name must not contain control or formatting characters.") << Qt::endl;
            break;
        }
        return std::nullopt;
    }

    // Reads and checks the new password; on a terminal it is asked twice.
    std::optional<QString> newPassword(const QString &account)
    {
        const std::optional<QString> password = m_readPassword(tr("Password for %1: ").arg(account));
        if (!password) {
            m_err << tr("No password was given on standard input.") << Qt::endl;
            return std::nullopt;
        }
        switch (AccountRules::checkPassword(*password)) {
        case AccountRules::PasswordProblem::TooShort:
            m_err << tr("The password must have at least %1 characters.").arg(TextLimits::kPasswordMinChars)
                  << Qt::endl;
            return std::nullopt;
        case AccountRules::PasswordProblem::TooLong:
            m_err << tr("The password must have at most %1 characters.").arg(TextLimits::kPasswordMaxChars) << Qt::endl;
            return std::nullopt;
        case AccountRules::PasswordProblem::None:
        case AccountRules::PasswordProblem::Mismatch:
            break;
        }
        if (!m_confirmPassword)
            return password;
        const std::optional<QString> again = m_readPassword(tr("Repeat the password: "));
        if (!again || *again != *password) {
            m_err << tr("The passwords do not match.") << Qt::endl;
            return std::nullopt;
        }
        return password;
    }

    std::optional<QString> hashOf(const QString &password)
    {
        const QString hash = m_hasher.hash(password).result();
        if (hash.isEmpty())
            m_err << tr("The password could not be hashed (not enough memory?).") << Qt::endl;
        return hash.isEmpty() ? std::nullopt : std::optional<QString>(hash);
    }

    int addCustomer(const QString &rutText, const QString &fullName, const QString &wifiSsid, const QString &plan)
    {
        const std::optional<Rut> rut = Rut::parse(rutText);
        if (!rut)
            return fail(tr("Invalid RUT: %1. Write it as 12.345.678-5, 12345678-5 or 123456785.").arg(rutText), 2);
        const std::optional<QString> name = checkedName(fullName);
        if (!name)
            return 2;
        const std::optional<QString> password = newPassword(rut->formatted());
        if (!password)
            return 2;
        const std::optional<QString> hash = hashOf(*password);
        if (!hash)
            return 1;
        const Storage::Customer customer{0, rut->normalized(), *name, *hash, wifiSsid.trimmed(), plan.trimmed()};
        const Storage::Result<qint64> added = m_store.addCustomer(customer).result();
        if (added.conflict)
            return fail(tr("A customer with RUT %1 already exists.").arg(rut->formatted()), 1);
        if (!added.ok())
            return fail(tr("The account could not be saved: %1").arg(added.error), 1);
        m_out << tr("Added customer %1 (%2).").arg(*name, rut->formatted()) << Qt::endl;
        return 0;
    }

    int addExecutive(const QString &usernameText, const QString &fullName, const QString &roleText,
                     const QString &servicesText)
    {
        const QString username = AccountRules::normalizedUsername(usernameText);
        if (!AccountRules::isValidUsername(username))
            return fail(tr("Invalid username: %1. Use %2 to %3 letters, digits, dots, dashes or underscores.")
                            .arg(usernameText)
                            .arg(TextLimits::kUsernameMinChars)
                            .arg(TextLimits::kUsernameMaxChars),
                        2);
        const QString role = roleText.trimmed().toLower();
        if (role != QLatin1String("executive") && role != QLatin1String("supervisor"))
            return fail(tr("Unknown role: %1. Use executive or supervisor.").arg(roleText), 2);
        QStringList services;
        const QStringList requested = servicesText.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &item : requested) {
            const QString service = item.trimmed().toLower();
            if (!knownServices().contains(service))
                return fail(
                    tr("Unknown service: %1. Known services: %2.").arg(item, knownServices().join(QLatin1String(", "))),
                    2);
            if (!services.contains(service))
                services.append(service);
        }
        const std::optional<QString> name = checkedName(fullName);
        if (!name)
            return 2;
        const std::optional<QString> password = newPassword(username);
        if (!password)
            return 2;
        const std::optional<QString> hash = hashOf(*password);
        if (!hash)
            return 1;
        const Storage::Executive executive{0, username, *name, *hash, role, services};
        const Storage::Result<qint64> added = m_store.addExecutive(executive).result();
        if (added.conflict)
            return fail(tr("An executive with username %1 already exists.").arg(username), 1);
        if (!added.ok())
            return fail(tr("The account could not be saved: %1").arg(added.error), 1);
        m_out << tr("Added executive %1 (%2), role %3, services: %4.")
                     .arg(*name, username, role, services.isEmpty() ? tr("none") : services.join(QLatin1String(", ")))
              << Qt::endl;
        return 0;
    }

    // Prints rows as left-aligned columns, two spaces apart, indented.
    void printTable(const QList<QStringList> &rows)
    {
        QList<qsizetype> widths;
        for (const QStringList &row : rows) {
            for (qsizetype i = 0; i < row.size(); ++i) {
                if (widths.size() <= i)
                    widths.append(0);
                widths[i] = std::max(widths[i], row[i].size());
            }
        }
        for (const QStringList &row : rows) {
            QString line = QStringLiteral(" ");
            for (qsizetype i = 0; i < row.size(); ++i)
                line += QLatin1Char(' ') + (i + 1 < row.size() ? row[i].leftJustified(widths[i] + 1) : row[i]);
            m_out << line << Qt::endl;
        }
    }

    int listAccounts()
    {
        const Storage::Result<QList<Storage::Customer>> customers = m_store.customers().result();
        const Storage::Result<QList<Storage::Executive>> executives = m_store.executives().result();
        if (!customers.ok() || !executives.ok())
            return fail(tr("The accounts could not be read: %1").arg(customers.error + executives.error), 1);
        m_out << tr("Customers (%n):", nullptr, int(customers.value.size())) << Qt::endl;
        if (!customers.value.isEmpty()) {
            QList<QStringList> rows{{tr("RUT"), tr("Name"), tr("Wi-Fi network"), tr("Plan")}};
            for (const Storage::Customer &c : customers.value) {
                const std::optional<Rut> rut = Rut::parse(c.rut);
                rows.append({rut ? rut->formatted() : c.rut, c.fullName, c.wifiSsid, c.plan});
            }
            printTable(rows);
        }
        m_out << tr("Executives (%n):", nullptr, int(executives.value.size())) << Qt::endl;
        if (!executives.value.isEmpty()) {
            QList<QStringList> rows{{tr("Username"), tr("Name"), tr("Role"), tr("Services")}};
            for (const Storage::Executive &e : executives.value)
                rows.append({e.username, e.fullName, e.role, e.services.join(QLatin1Char(','))});
            printTable(rows);
        }
        return 0;
    }

    std::optional<Auth::HashCost> costNamed(const QString &costText)
    {
        if (costText == QLatin1String("low"))
            return Auth::HashCost::low();
        if (costText == QLatin1String("default"))
            return Auth::HashCost::defaults();
        m_err << tr("Unknown password cost: %1. Use low or default.").arg(costText) << Qt::endl;
        return std::nullopt;
    }

    // Executives "<prefix>-1" … "<prefix>-M" with passwords from the seed, attending every service;
    // the first K are supervisors. For load tests, like add-customers.
    int addExecutives(const QString &countText, const QString &prefixText, const QString &seedText,
                      const QString &costText, const QString &supervisorsText)
    {
        bool ok = false;
        const int count = countText.toInt(&ok);
        if (!ok || count < 1 || count > BulkAccounts::maxExecutives)
            return fail(tr("--count must be a number from 1 to %1.").arg(BulkAccounts::maxExecutives), 2);
        const quint64 seed = seedText.toULongLong(&ok);
        if (!ok)
            return fail(tr("--seed must be a whole number from 0 up."), 2);
        const QString prefix = prefixText.trimmed();
        if (!BulkAccounts::validExecutivePrefix(prefix))
            return fail(tr("--prefix must have 1 to %1 lowercase letters, digits, dots, dashes or underscores.")
                            .arg(BulkAccounts::executivePrefixChars),
                        2);
        const int supervisorCount = supervisorsText.toInt(&ok);
        if (!ok || supervisorCount < 0 || supervisorCount > count)
            return fail(tr("--supervisors must be a number from 0 to --count."), 2);
        const std::optional<Auth::HashCost> cost = costNamed(costText);
        if (!cost)
            return 2;

        QElapsedTimer timer;
        timer.start();
        // Refuse before writing anything when one of the usernames is taken.
        QList<QFuture<Storage::Result<std::optional<Storage::Executive>>>> existing;
        for (int i = 1; i <= count; ++i)
            existing.append(m_store.findExecutive(BulkAccounts::executiveUsername(prefix, i)));
        for (auto &found : existing) {
            const Storage::Result<std::optional<Storage::Executive>> r = found.result();
            if (!r.ok())
                return fail(tr("The accounts could not be read: %1").arg(r.error), 1);
            if (r.value)
                return fail(tr("An executive with username %1 already exists, so nothing was added. Use another "
                               "--prefix.")
                                .arg(r.value->username),
                            1);
        }
        Auth::PasswordHasher hasher(*cost);
        QList<QFuture<QString>> hashes;
        for (int i = 1; i <= count; ++i)
            hashes.append(hasher.hash(BulkAccounts::executivePassword(seed, i)));
        QList<QFuture<Storage::Result<qint64>>> writes;
        for (int i = 1; i <= count; ++i) {
            const QString hash = hashes[i - 1].result();
            if (hash.isEmpty())
                return fail(tr("The password could not be hashed (not enough memory?)."), 1);
            const QString role = i <= supervisorCount ? QStringLiteral("supervisor") : QStringLiteral("executive");
            writes.append(
                m_store.addExecutive({0, BulkAccounts::executiveUsername(prefix, i),
                                      QStringLiteral("%1 %2").arg(prefix).arg(i), hash, role, knownServices()}));
        }
        int added = 0;
        for (auto &write : writes) {
            const Storage::Result<qint64> r = write.result();
            if (!r.ok())
                return fail(tr("The accounts could not be saved: %1").arg(r.error), 1);
            ++added;
        }
        const QString seconds = QString::number(double(timer.elapsed()) / 1000.0, 'f', 1);
        m_out << tr("Added %n executives in %1 s.", nullptr, added).arg(seconds) << Qt::endl;
        m_out << tr("Their passwords come from seed %1, as described under \"Bulk accounts\" in docs/storage.md.")
                     .arg(seed)
              << Qt::endl;
        m_out << tr("First: %1, password %2 (%3). Last: %4, password %5.")
                     .arg(BulkAccounts::executiveUsername(prefix, 1), BulkAccounts::executivePassword(seed, 1),
                          supervisorCount > 0 ? tr("supervisor") : tr("executive"),
                          BulkAccounts::executiveUsername(prefix, count), BulkAccounts::executivePassword(seed, count))
              << Qt::endl;
        if (*cost == Auth::HashCost::low())
            m_out << tr("These accounts use the low password cost: use them for load tests only.") << Qt::endl;
        return 0;
    }

    int addCustomers(const QString &countText, const QString &prefixText, const QString &seedText,
                     const QString &costText)
    {
        bool ok = false;
        const int count = countText.toInt(&ok);
        if (!ok || count < 1 || count > BulkAccounts::maxCount)
            return fail(tr("--count must be a number from 1 to %1.").arg(BulkAccounts::maxCount), 2);
        const quint64 seed = seedText.toULongLong(&ok);
        if (!ok)
            return fail(tr("--seed must be a whole number from 0 up."), 2);
        const QString prefix = prefixText.simplified();
        if (prefix.isEmpty() || AccountRules::checkName(prefix + longestBulkSuffix) != AccountRules::NameProblem::None)
            return fail(tr("--prefix must have 1 to %1 characters.")
                            .arg(TextLimits::kNameChars - int(longestBulkSuffix.size())),
                        2);
        const std::optional<Auth::HashCost> costChosen = costNamed(costText);
        if (!costChosen)
            return 2;
        const Auth::HashCost cost = *costChosen;

        QElapsedTimer timer;
        timer.start();
        Auth::PasswordHasher hasher(cost); // every core hashes; one transaction inserts them all
        QList<QFuture<QString>> hashes;
        hashes.reserve(count);
        for (int i = 1; i <= count; ++i)
            hashes.append(hasher.hash(BulkAccounts::password(seed, i)));
        QList<Storage::Customer> customers;
        customers.reserve(count);
        for (int i = 1; i <= count; ++i) {
            const QString hash = hashes[i - 1].result();
            if (hash.isEmpty())
                return fail(tr("The password could not be hashed (not enough memory?)."), 1);
            customers.append({0, BulkAccounts::rut(seed, i), QStringLiteral("%1 %2").arg(prefix).arg(i), hash,
                              QStringLiteral("%1-%2").arg(prefix).arg(i), QStringLiteral("Fibra 300 Mbps")});
        }
        const Storage::Result<int> added = m_store.addCustomers(customers).result();
        if (added.conflict)
            return fail(tr("Some of these RUTs are already in the database, so nothing was added. Use another "
                           "--seed."),
                        1);
        if (!added.ok())
            return fail(tr("The accounts could not be saved: %1").arg(added.error), 1);
        const QString seconds = QString::number(double(timer.elapsed()) / 1000.0, 'f', 1);
        m_out << tr("Added %n customers in %1 s.", nullptr, added.value).arg(seconds) << Qt::endl;
        m_out << tr("Their passwords come from seed %1, as described under \"Bulk accounts\" in docs/storage.md.")
                     .arg(seed)
              << Qt::endl;
        const auto shown = [seed](int i) { return *Rut::parse(BulkAccounts::rut(seed, i)); };
        m_out << tr("First: RUT %1, password %2. Last: RUT %3, password %4.")
                     .arg(shown(1).formatted(), BulkAccounts::password(seed, 1), shown(count).formatted(),
                          BulkAccounts::password(seed, count))
              << Qt::endl;
        if (cost == Auth::HashCost::low())
            m_out << tr("These accounts use the low password cost: use them for load tests only.") << Qt::endl;
        return 0;
    }

    Storage::Store &m_store;
    QTextStream &m_out;
    QTextStream &m_err;
    const PasswordReader &m_readPassword;
    Auth::PasswordHasher &m_hasher;
    const bool m_confirmPassword; // a person at a terminal types it twice
};

QString accountCommandsUsage()
{
    QStringList lines;
    for (const QString &command : commandNames)
        lines.append(AccountCommands::usageOf(command));
    return lines.join(QLatin1Char('\n'));
}

int runAccountCommand(Storage::Store &store, const QStringList &arguments, QTextStream &out, QTextStream &err,
                      const PasswordReader &readPassword, Auth::PasswordHasher &hasher)
{
    AccountCommands commands(store, out, err, readPassword, hasher, false);
    return commands.run(arguments);
}

int runAccountCommand(Storage::Store &store, const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Auth::PasswordHasher hasher;
    const PasswordReader readPassword = stdinPasswordReader();
    AccountCommands commands(store, out, err, readPassword, hasher, stdinIsTerminal());
    return commands.run(arguments);
}

} // namespace Turno::Admin
