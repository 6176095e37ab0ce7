#include "callcenter/localconsole.h"

#include "callcenter/callcentertext.h"
#include "callcenter/command.h"
#include "callcenter/consoleoutput.h"

#include <QCoreApplication>

namespace Turno::CallCenter
{

LocalConsole::LocalConsole(const QStringList &operatorIds, const Routing::RoutingSettings &settings, QObject *parent)
    : QObject(parent), m_engine(Routing::SteadyClock::instance(), settings),
      m_ringTimer(m_engine, Routing::SteadyClock::instance())
{
    for (const QString &id : operatorIds)
        m_engine.addOperator(id);
    connect(&m_input, &StdinReader::lineReceived, this, &LocalConsole::handleLine);
    connect(&m_input, &StdinReader::endOfInput, this, [this] {
        if (m_interactive)
            printPrompt(QStringLiteral("\n"));
        m_quitting = true;
        QCoreApplication::exit(0);
    });
    connect(&m_ringTimer, &RingTimer::expired, this, [this](const Routing::Events &events) {
        if (m_quitting)
            return;
        if (m_interactive)
            printPrompt(QStringLiteral("\n"));
        printEvents(events);
        showPrompt();
    });
}

void LocalConsole::start()
{
    m_interactive = m_input.isInteractive();
    if (m_interactive)
        printOut(CallCenterText::interactiveHint());
    showPrompt();
    m_input.start();
}

void LocalConsole::handleLine(const QString &line)
{
    if (m_quitting)
        return;
    const ParsedLine parsed = parseLine(line);
    if (!parsed.failure.isNull()) {
        printErr(CallCenterText::failure(parsed.failure));
    } else if (parsed.command) {
        const Command &command = *parsed.command;
        if (command.kind == Command::Kind::Quit) {
            m_quitting = true;
            QCoreApplication::exit(0);
            return;
        }
        if (command.kind == Command::Kind::Help) {
            printOut(CallCenterText::help());
        } else {
            const Routing::Result result = apply(m_engine, command);
            if (result.ok())
                printEvents(result.events());
            else
                printErr(CallCenterText::failure(
                    failureFromEngine(result.error(), result.subject(), Command::name(command.kind))));
            m_ringTimer.rearm();
        }
    }
    showPrompt();
}

void LocalConsole::printEvents(const Routing::Events &events)
{
    for (const Routing::Event &event : events) {
        const QString line = CallCenterText::event(event);
        if (!line.isEmpty())
            printOut(line);
    }
}

void LocalConsole::showPrompt()
{
    if (m_interactive && !m_quitting)
        printPrompt(CallCenterText::prompt());
}

} // namespace Turno::CallCenter
