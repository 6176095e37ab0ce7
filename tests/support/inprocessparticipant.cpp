#include "inprocessparticipant.h"

#include "domain/rut.h"

#include <QTimer>

namespace Turno::Test
{

InProcessParticipant::InProcessParticipant(const Storage::Customer &customer, QString address)
    : m_customer(customer), m_address(std::move(address))
{
}

InProcessParticipant::InProcessParticipant(const Storage::Executive &executive, QString address)
    : m_executive(executive), m_address(std::move(address))
{
}

InProcessParticipant::~InProcessParticipant()
{
    if (m_whenClosed)
        std::exchange(m_whenClosed, {})(this);
}

QString InProcessParticipant::displayName() const
{
    if (m_customer)
        return m_customer->fullName;
    return m_executive ? m_executive->fullName : QString();
}

void InProcessParticipant::close(const QString &reason)
{
    if (m_closed)
        return;
    m_closed = true;
    m_closeReason = reason;
    // As an app's connection: what was told is out, and the core hears of the end afterwards.
    const Ref self(this);
    QTimer::singleShot(0, [self] {
        auto *participant = static_cast<InProcessParticipant *>(self.get());
        if (participant && participant->m_whenClosed)
            std::exchange(participant->m_whenClosed, {})(participant);
    });
}

InProcessCore::InProcessCore(Server::ServerConfig config)
{
    m_store = Storage::SqliteStore::open(m_dir.filePath(QStringLiteral("core.db")), &m_error);
    if (!m_store)
        return;
    m_hasher = std::make_unique<Auth::PasswordHasher>(Auth::HashCost::low());
    if (Admin::loadDemoAccounts(*m_store, *m_hasher).result() <= 0) {
        m_error = QStringLiteral("the demo accounts could not be loaded");
        return;
    }
    m_throttle = std::make_unique<Auth::LoginThrottle>();
    m_auth = std::make_unique<Auth::Authenticator>(*m_store, *m_hasher, *m_throttle);
    m_backend = std::make_unique<Server::SimulatedBackend>(10);
    m_center = std::make_unique<Server::ContactCenter>(*m_store, *m_auth, *m_backend, config);
}

InProcessCore::~InProcessCore() = default;

Server::ServerConfig InProcessCore::defaultConfig()
{
    Server::ServerConfig config;
    config.port = 0;
    config.plaintext = true;
    config.wrapUpMs = 0;
    config.statsIntervalMs = 0;
    return config;
}

std::unique_ptr<InProcessParticipant> InProcessCore::customer(const QString &rut)
{
    const std::optional<Rut> parsed = Rut::parse(rut);
    if (!parsed)
        return nullptr;
    const auto found = m_store->findCustomer(parsed->normalized()).result();
    if (!found.ok() || !found.value)
        return nullptr;
    auto participant = std::make_unique<InProcessParticipant>(*found.value);
    loggedIn(*participant);
    return participant;
}

std::unique_ptr<InProcessParticipant> InProcessCore::executive(const QString &username)
{
    const auto found = m_store->findExecutive(username).result();
    if (!found.ok() || !found.value)
        return nullptr;
    auto participant = std::make_unique<InProcessParticipant>(*found.value);
    loggedIn(*participant);
    return participant;
}

void InProcessCore::watch(InProcessParticipant &participant)
{
    participant.whenClosed([this](InProcessParticipant *gone) { m_center->roster().gone(gone, false); });
}

void InProcessCore::loggedIn(InProcessParticipant &participant)
{
    watch(participant);
    m_center->roster().loggedIn(&participant);
}

void InProcessCore::logOut(InProcessParticipant &participant)
{
    participant.whenClosed({});
    participant.close(QStringLiteral("logged out"));
    m_center->roster().gone(&participant, true);
}

void InProcessCore::drop(InProcessParticipant &participant)
{
    participant.whenClosed({});
    participant.close(QStringLiteral("connection dropped"));
    m_center->roster().gone(&participant, false);
}

std::unique_ptr<InProcessParticipant> InProcessCore::resume(const InProcessParticipant &previous, quint64 lastMessageId)
{
    if (previous.count<Protocol::ResumeToken>() == 0)
        return nullptr;
    const QString token = previous.last<Protocol::ResumeToken>().token;
    const auto grant = m_center->roster().claimResume(token, QStringLiteral("in-process"));
    if (!grant)
        return nullptr;
    auto participant = std::make_unique<InProcessParticipant>(grant->customer);
    watch(*participant);
    m_center->roster().resumed(participant.get(), *grant, lastMessageId);
    return participant;
}

} // namespace Turno::Test
