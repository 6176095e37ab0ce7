// libFuzzer harness for the parsers of what people type: RUTs, Wi-Fi passwords, account names and
// passwords, the shortening of text to its byte limit, server addresses and key fingerprints, the
// server's --rate-limit values and the executive's :commands. The input is read twice: as UTF-8
// and as raw UTF-16 (which can hold lone surrogates, as a paste can). Besides crashes it checks
// the promises the headers make: what a rule accepts fits the wire, a parsed RUT reads back the
// same, a shortened text fits and is a start of the original.
// `fuzz_rules --make-corpus DIR` writes a few seeds.
#include "fuzzsupport.h"

#include "domain/accountrules.h"
#include "domain/rut.h"
#include "domain/textlimits.h"
#include "domain/wifipassword.h"
#include "executivecommands.h"
#include "net/ratelimits.h"
#include "session/clientsession.h"
#include "session/servertrust.h"

#include <cstdio>

using namespace Turno;

namespace
{

[[noreturn]] void fail(const char *what, const QString &text)
{
    fprintf(stderr, "fuzz_rules: %s: %s\n", what, qPrintable(text.left(200)));
    std::abort();
}

void checkRut(const QString &text)
{
    const std::optional<Rut> rut = Rut::parse(text);
    if (!rut)
        return;
    if (Rut::parse(rut->normalized()) != rut || Rut::parse(rut->formatted()) != rut)
        fail("a RUT does not read back the same", text);
    if (TextLimits::utf8Size(rut->normalized()) > TextLimits::kRutBytes ||
        TextLimits::utf8Size(rut->formatted()) > TextLimits::kRutBytes)
        fail("a valid RUT does not fit the wire", text);
    if (Rut::checkDigitFor(rut->body()) != rut->checkDigit())
        fail("a RUT with the wrong check digit", text);
}

void checkWifi(const QString &text)
{
    if (WifiPassword::check(text) != WifiPassword::Problem::None)
        return;
    if (text.size() < WifiPassword::kMinLength || text.size() > WifiPassword::kMaxLength)
        fail("a Wi-Fi password of the wrong length accepted", text);
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            fail("a Wi-Fi password outside printable ASCII accepted", text);
    }
    if (WifiPassword::check(text, text) != WifiPassword::Problem::None)
        fail("a Wi-Fi password does not match itself", text);
}

void checkAccount(const QString &text)
{
    if (AccountRules::checkPassword(text) == AccountRules::PasswordProblem::None &&
        TextLimits::utf8Size(text) > TextLimits::kPasswordBytes)
        fail("an accepted password does not fit the wire", text);
    const QString name = AccountRules::normalizedName(text);
    if (AccountRules::checkName(text) == AccountRules::NameProblem::None &&
        TextLimits::utf8Size(name) > TextLimits::kNameBytes)
        fail("an accepted name does not fit the wire", text);
    const QString username = AccountRules::normalizedUsername(text);
    if (AccountRules::isValidUsername(username) && TextLimits::utf8Size(username) > TextLimits::kUsernameBytes)
        fail("an accepted username does not fit the wire", text);
}

void checkShortening(const QString &text, int maxBytes)
{
    const QString cut = TextLimits::truncatedToUtf8(text, maxBytes);
    if (TextLimits::utf8Size(cut) > maxBytes || !text.startsWith(cut))
        fail("a shortened text is too long or not a start of the text", text);
    if (!cut.isEmpty() && cut.back().isHighSurrogate() && cut.size() < text.size() &&
        text.at(cut.size()).isLowSurrogate())
        fail("a shortened text ends in half a character", text);
    if ((TextLimits::charactersOver(text, maxBytes) == 0) != (cut.size() == text.size()))
        fail("charactersOver disagrees with truncatedToUtf8", text);
}

void checkAddresses(const QString &text)
{
    QString host;
    quint16 port = 0;
    QString error;
    if (parseServerAddress(text, &host, &port, &error) && (host.isEmpty() || port == 0))
        fail("a server address without a host or port accepted", text);
    const QByteArray fingerprint = ServerTrust::parseFingerprint(text);
    if (!fingerprint.isEmpty() && fingerprint.size() != 32)
        fail("a fingerprint of the wrong size accepted", text);
    if (!fingerprint.isEmpty() &&
        ServerTrust::parseFingerprint(ServerTrust::formatFingerprint(fingerprint)) != fingerprint)
        fail("a fingerprint does not read back the same", text);
}

void checkRateLimit(const QString &text)
{
    Server::RateLimits limits = Server::RateLimits::defaults();
    const Server::RateLimits before = limits;
    QString error;
    if (!limits.apply(text, &error)) {
        if (limits.rules != before.rules)
            fail("a refused --rate-limit changed the limits", text);
        return;
    }
    Q_UNUSED(limits.describe());
}

void checkCommand(const QString &text)
{
    const ParsedCommand parsed = ExecutiveCommands::parse(text);
    if (parsed.status == ParsedCommand::Status::Ok) {
        if (!parsed.command)
            fail("a command parsed without its entry", text);
        Q_UNUSED(ExecutiveCommands::usage(*parsed.command));
        Q_UNUSED(ExecutiveCommands::needsSession(parsed));
    } else {
        Q_UNUSED(ExecutiveCommands::problem(parsed));
    }
}

void checkAll(const QString &text)
{
    checkRut(text);
    checkWifi(text);
    checkAccount(text);
    checkShortening(text, TextLimits::kNameBytes);
    checkShortening(text, 5);
    checkAddresses(text);
    checkRateLimit(text);
    checkCommand(text);
}

void writeCorpus(const QString &dir)
{
    const char *seeds[][2] = {
        {"rut", "12.345.678-5"},
        {"rut-k", " 11223344k "},
        {"wifi", "Sandoval-Hogar 2024!"},
        {"name", "  María   José  Núñez 😀 "},
        {"username", " J.Perez_2 "},
        {"address", "[::1]:5680"},
        {"fingerprint",
         "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89"},
        {"rate-limit", "chat=5/s:50"},
        {"rate-limit-off", "login-per-address=off"},
        {"rate-limit-hour", "sign-up-per-address=10/h"},
        {"command", ":restart internet"},
        {"command-argument", ":info  se cortó la fibra "},
        {"command-transfer", ":transfer María"},
    };
    for (const auto &seed : seeds)
        Fuzz::writeSeed(dir, QLatin1String(seed[0]), QByteArray(seed[1]));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::initialize(argc, argv, writeCorpus);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    checkAll(QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)));
    checkAll(QString(reinterpret_cast<const QChar *>(data), qsizetype(size / 2)));
    return 0;
}
