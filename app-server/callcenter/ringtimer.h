// Arms one QTimer for the routing engine's earliest ring deadline and, when it fires, lets the
// engine take back the calls that rang too long. The engine itself never touches timers.
#pragma once

#include "routing/routingengine.h"

#include <QObject>
#include <QTimer>

namespace Turno::CallCenter
{

class RingTimer : public QObject
{
    Q_OBJECT
public:
    RingTimer(Routing::RoutingEngine &engine, const Routing::Clock &clock, QObject *parent = nullptr);
    // Call after every engine operation: deadlines may have appeared or gone.
    void rearm();

Q_SIGNALS:
    void expired(const Turno::Routing::Events &events);

private:
    void fire();

    Routing::RoutingEngine &m_engine;
    const Routing::Clock &m_clock;
    QTimer m_timer;
};

} // namespace Turno::CallCenter
