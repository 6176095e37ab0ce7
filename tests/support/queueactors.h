// The people of the queue tests, played by real session controllers against a real server: an
// executive who accepts every offer and greets the customer, a customer who joins the line,
// answers the greeting and ends the conversation; and the demo accounts of one kind.
#pragma once

#include "admin/demoaccounts.h"
#include "session/customersession.h"
#include "session/executivesession.h"

#include <QList>
#include <QObject>

namespace Turno::Test
{

inline QList<Admin::DemoAccount> accounts(const QString &kind)
{
    QList<Admin::DemoAccount> list;
    for (const Admin::DemoAccount &account : Admin::demoAccounts()) {
        if (account.kind == kind)
            list.append(account);
    }
    return list;
}

// An executive who accepts every offer, greets the customer and waits for the customer to end.
struct Executive {
    ExecutiveSession session;
    int accepted = 0;
    explicit Executive(bool autoAccept = true)
    {
        if (autoAccept)
            QObject::connect(&session, &ExecutiveSession::offerReceived, &session, [this] { session.acceptOffer(); });
        QObject::connect(&session, &ExecutiveSession::sessionStarted, &session, [this](quint32, const QString &name) {
            ++accepted;
            session.sendMessage(QStringLiteral("Hola %1, soy %2. ¿En qué te ayudo?").arg(name, session.firstName()));
        });
    }
};

// A customer who joins the line, answers the executive's greeting, then ends the conversation.
struct Customer {
    CustomerSession session;
    QList<int> places;
    QStringList received;
    bool served = false;
    bool backToMenu = false;
    Customer()
    {
        QObject::connect(&session, &CustomerSession::queueChanged, &session,
                         [this](const QueueInfo &info) { places.append(info.ahead); });
        QObject::connect(&session, &CustomerSession::messageReceived, &session,
                         [this](const QString &, const QString &text) {
                             received.append(text);
                             session.sendMessage(QStringLiteral("Mi internet no funciona."));
                         });
        QObject::connect(&session, &CustomerSession::messageDelivered, &session, [this] {
            served = true;
            session.endSession();
        });
        QObject::connect(&session, &CustomerSession::sessionEnded, &session, [this] { backToMenu = true; });
    }
};

} // namespace Turno::Test
