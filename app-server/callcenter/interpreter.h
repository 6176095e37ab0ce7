// `turno-callcenter --connect HOST:PORT`: reads the console's commands from stdin, checks them
// locally, sends each valid one to the queue server as JSON and prints the replies.
#pragma once

#include "util/stdinreader.h"

#include <QObject>
#include <QQueue>
#include <QTcpSocket>

namespace Turno::CallCenter
{

class Interpreter : public QObject
{
    Q_OBJECT
public:
    Interpreter(const QString &host, quint16 port, QObject *parent = nullptr);
    void start();

private:
    void pump();
    void readReplies();
    // A server line over Wire::MaxLineBytes: says so, closes and exits with 1.
    void refuseLongLine();
    void onDisconnected();
    void sendQuit();
    void showPrompt();

    QString m_server; // "host:port", for messages
    QString m_host;
    quint16 m_port;
    QTcpSocket m_socket;
    StdinReader m_input;
    QQueue<QString> m_pendingLines;
    bool m_interactive = false;
    bool m_connected = false;
    bool m_awaitingReply = false; // one command in flight, so local refusals print in input order
    bool m_inputEnded = false;
    bool m_quitSent = false;
    bool m_finished = false;
};

} // namespace Turno::CallCenter
