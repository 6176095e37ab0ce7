#include "callcenter/interpreter.h"

#include "callcenter/callcentertext.h"
#include "callcenter/command.h"
#include "callcenter/consoleoutput.h"
#include "callcenter/wireprotocol.h"

#include <QCoreApplication>

namespace Turno::CallCenter
{

Interpreter::Interpreter(const QString &host, quint16 port, QObject *parent)
    : QObject(parent), m_server(QStringLiteral("%1:%2").arg(host, QString::number(port))), m_host(host), m_port(port)
{
    connect(&m_input, &StdinReader::lineReceived, this, [this](const QString &line) {
        m_pendingLines.enqueue(line);
        pump();
    });
    connect(&m_input, &StdinReader::endOfInput, this, [this] {
        m_inputEnded = true;
        pump();
    });
    connect(&m_socket, &QTcpSocket::connected, this, [this] {
        m_connected = true;
        pump();
    });
    connect(&m_socket, &QTcpSocket::readyRead, this, &Interpreter::readReplies);
    connect(&m_socket, &QTcpSocket::disconnected, this, &Interpreter::onDisconnected);
    connect(&m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (m_connected || m_finished || error == QAbstractSocket::RemoteHostClosedError)
            return; // disconnected() handles a closed connection
        m_finished = true;
        printErr(CallCenterText::cannotConnect(m_server, m_socket.errorString()));
        QCoreApplication::exit(1);
    });
}

void Interpreter::start()
{
    m_interactive = m_input.isInteractive();
    m_socket.connectToHost(m_host, m_port);
    m_input.start();
    if (m_interactive)
        printOut(CallCenterText::interactiveHint());
    showPrompt();
}

void Interpreter::pump()
{
    // Lines are handled one at a time: a command's replies are all printed before the next
    // line is looked at, so output comes in the same order as in the local mode.
    while (m_connected && !m_awaitingReply && !m_quitSent && !m_finished) {
        if (m_pendingLines.isEmpty()) {
            if (m_inputEnded)
                sendQuit();
            return;
        }
        const ParsedLine parsed = parseLine(m_pendingLines.dequeue());
        if (!parsed.failure.isNull()) {
            printErr(CallCenterText::failure(parsed.failure));
            showPrompt();
        } else if (parsed.command && parsed.command->kind == Command::Kind::Help) {
            printOut(CallCenterText::help());
            showPrompt();
        } else if (parsed.command && parsed.command->kind == Command::Kind::Quit) {
            sendQuit();
        } else if (parsed.command) {
            m_socket.write(Wire::encodeCommand(*parsed.command));
            m_awaitingReply = true;
        } else {
            showPrompt(); // a blank line
        }
    }
}

void Interpreter::sendQuit()
{
    m_quitSent = true;
    m_socket.write(Wire::encodeCommand(Command{Command::Kind::Quit, {}}));
}

void Interpreter::readReplies()
{
    bool commandDone = false;
    bool unsolicited = false; // ring-timeout lines arriving while the prompt waits for input
    while (!m_finished) {
        // A server's line over the limit ends the connection, as a client's does on the server's
        // side: the console would otherwise hold whatever a broken server sends without a newline.
        if (!m_socket.canReadLine()) {
            if (m_socket.bytesAvailable() > Wire::MaxLineBytes)
                refuseLongLine();
            break;
        }
        if (m_interactive && !m_awaitingReply && !unsolicited && !m_quitSent) {
            unsolicited = true;
            printPrompt(QStringLiteral("\n"));
        }
        QByteArray line = m_socket.readLine(Wire::MaxLineBytes + 2);
        if (!line.endsWith('\n') || line.size() > Wire::MaxLineBytes + 1) {
            refuseLongLine();
            break;
        }
        line.chop(1);
        const auto reply = Wire::decodeReply(line);
        if (!reply)
            continue;
        // Render from the structured fields, so the wording follows this side's language.
        if (reply->isError) {
            const QString text = CallCenterText::failure(reply->failure);
            printErr(text.isEmpty() ? reply->text : text);
        } else {
            const QString text = reply->event ? CallCenterText::event(*reply->event) : QString();
            printOut(text.isEmpty() ? reply->text : text);
        }
        if (reply->done && m_awaitingReply) {
            m_awaitingReply = false;
            commandDone = true;
        }
    }
    if (commandDone || unsolicited)
        showPrompt();
    if (commandDone)
        pump();
}

void Interpreter::refuseLongLine()
{
    m_finished = true;
    printErr(CallCenterText::failure(Failure{QString::fromLatin1(FailureKind::LineTooLong), {}, {}}));
    m_socket.abort();
    QCoreApplication::exit(1);
}

void Interpreter::onDisconnected()
{
    readReplies();
    if (m_finished)
        return;
    m_finished = true;
    if (m_quitSent) {
        if (m_interactive)
            printPrompt(QStringLiteral("\n"));
        QCoreApplication::exit(0);
        return;
    }
    printErr(CallCenterText::connectionLost(m_server));
    QCoreApplication::exit(1);
}

void Interpreter::showPrompt()
{
    if (m_interactive && !m_awaitingReply && !m_quitSent && !m_finished)
        printPrompt(CallCenterText::prompt());
}

} // namespace Turno::CallCenter
