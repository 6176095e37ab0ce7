// The terminal's way to an executive: the place in line as it changes, then the conversation
// ("Juan Perez [14:02]: text"), with what the executive does meanwhile (hold, transfer, a
// colleague joining). ClientTerminal hands it the lines typed meanwhile.
#pragma once

#include "session/customersession.h"
#include "util/stdinreader.h"

#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTextStream>
#include <memory>

namespace Turno
{

class TerminalChat : public QObject
{
    Q_OBJECT
public:
    TerminalChat(CustomerSession &session, QTextStream &out, bool interactive, QObject *parent = nullptr);

    // Joins the line for service ("internet" or "wifi"); false when another request is under way.
    bool start(const QString &service);
    // Accepts the open invitation from an executive; the conversation follows (or finished(), if
    // it cannot begin). False when there is no invitation to accept.
    bool acceptInvitation();
    bool isActive() const { return m_active; }
    // Takes what it can from lines: while waiting only "leave" (the rest is kept for the
    // conversation); in a conversation each line is a message, until ":end".
    void takeLines(QStringList &lines);
    // Nothing more will be typed: leave the line, or end the conversation once every message
    // has been delivered.
    void inputEnded();

Q_SIGNALS:
    // Lines held while waiting can be taken now.
    void readyForLines();
    // Back to the menu; message says why.
    void finished(const QString &message);

private:
    void begin();
    void say(const QString &sentence);
    void printLine(const QString &line);
    void onQueueChanged(const QueueInfo &info);
    void requestEnd();
    void finish(const QString &message);
    static bool isCommand(const QString &line, const QString &english, const QString &translated);

    CustomerSession &m_session;
    QTextStream &m_out;
    bool m_interactive = false;
    bool m_active = false;
    bool m_placeShown = false;
    bool m_endRequested = false; // ":end" or end of input; sent once every message is delivered
    bool m_endSent = false;
    bool m_leaving = false;
    QString m_lastQueueLine;
    QDateTime m_startedAt; // of the conversation announced
    QSet<QString> m_undelivered;
    // The executive restarts the Wi-Fi: the next two lines are the new password and its repetition
    // (1: waiting for the password, 2: for the repetition), never sent as chat messages.
    int m_wifiStep = 0;
    QString m_wifiFirst;
    std::unique_ptr<TerminalEchoGuard> m_echoOff;
    void askWifiPassword();
};

} // namespace Turno
