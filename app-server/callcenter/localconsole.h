// The local mode of turno-callcenter: commands from stdin go straight to an in-process routing
// engine and its events are printed, one line each.
#pragma once

#include "callcenter/ringtimer.h"
#include "routing/routingengine.h"
#include "util/stdinreader.h"

#include <QObject>
#include <QStringList>

namespace Turno::CallCenter
{

class LocalConsole : public QObject
{
    Q_OBJECT
public:
    LocalConsole(const QStringList &operatorIds, const Routing::RoutingSettings &settings, QObject *parent = nullptr);
    void start();

private:
    void handleLine(const QString &line);
    void printEvents(const Routing::Events &events);
    void showPrompt();

    Routing::RoutingEngine m_engine;
    RingTimer m_ringTimer;
    StdinReader m_input;
    bool m_interactive = false;
    bool m_quitting = false;
};

} // namespace Turno::CallCenter
