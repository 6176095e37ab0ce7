// The customer's side of a session, without any widget: log in with RUT and password, use
// self-service, wait in line and chat, log out. The window and the terminal mode are thin views
// over it. Hold, transfer, conference and contact invitations are in customerteam.cpp.
#pragma once

#include "chatinbox.h"
#include "chatoutbox.h"
#include "clientsession.h"
#include "domain/accountrules.h"
#include "domain/wifipassword.h"

#include <QDeadlineTimer>

namespace Turno
{

// The customer's place in line as last pushed by the server. The estimate counts down locally
// between pushes (remainingLow/High).
struct QueueInfo {
    int ahead = 0;
    int agents = 0;
    bool estimateKnown = false;
    qint64 lowSeconds = 0;
    qint64 highSeconds = 0;
    QDateTime receivedAt;
    qint64 remainingLowSeconds(const QDateTime &now) const;
    qint64 remainingHighSeconds(const QDateTime &now) const;
};

class CustomerSession : public ClientSession
{
    Q_OBJECT
public:
    enum class State { LoggedOut, LoggingIn, Menu, Restarting, ChangingWifi, UpdatingAccount, Waiting, InSession };
    Q_ENUM(State)

    explicit CustomerSession(QObject *parent = nullptr);

    State state() const { return m_state; }
    QString fullName() const { return m_fullName; }
    // "Jorge" for "Jorge Sandoval", for greetings.
    QString firstName() const;

    // Checks the RUT first: an invalid one fails at once ("Invalid RUT") and nothing is sent.
    // Returns whether a log-in attempt started; the outcome comes as loggedIn or loginFailed.
    bool logIn(const QString &server, const QString &rut, const QString &password);
    // Asks the provider to restart the customer's internet service (progress: restartStarted,
    // then restartFinished).
    void restartInternet();

    // Checks the new Wi-Fi password (WPA2's rules) and its repetition first: when either fails,
    // wifiPasswordRejected says what is wrong and nothing is sent. Otherwise wifiChangeStarted,
    // then wifiChangeFinished. The password is not kept once sent.
    bool changeWifiPassword(const QString &password, const QString &repeated);

    // Creates an account and logs in with it: loggedInAs, or loginFailed with the reason (the
    // fields are checked first, as logIn() checks the RUT). Whether an attempt started.
    bool signUp(const QString &server, const QString &rut, const QString &fullName, const QString &password,
                const QString &repeated);
    bool isSigningUp() const { return m_signingUp; }
    // Account changes while in the menu: accountChangeRejected when a local check fails (nothing
    // is sent), otherwise accountChangeStarted, then accountChangeFinished.
    bool changePassword(const QString &oldPassword, const QString &newPassword, const QString &repeated);
    bool changeDisplayName(const QString &fullName);

    // Translated explanations of the local checks, for views that check a field as it is typed.
    static QString wifiProblemMessage(WifiPassword::Problem problem);
    static QString passwordProblemMessage(AccountRules::PasswordProblem problem);
    static QString nameProblemMessage(AccountRules::NameProblem problem);

    // Joins the line for an executive who attends service ("internet" or "wifi"): queueChanged
    // follows on every change of place or estimate, then sessionStarted (or queueLeft).
    bool contactExecutive(const QString &service);
    bool leaveQueue();
    QueueInfo queueInfo() const { return m_queue; }
    // "2 customers ahead of you" and "About 2 to 4 minutes" style sentences for the views.
    static QString describePlace(const QueueInfo &info);
    static QString describeWait(const QueueInfo &info, const QDateTime &now);

    QString executiveName() const { return m_executiveName; }
    QDateTime sessionStartedAt() const { return m_sessionStartedAt; }
    // Sends a chat message; returns its client id (empty without a session or text).
    QString sendMessage(const QString &text);
    bool endSession();

    // The executive put the conversation on hold (the customer may still write).
    bool isHeld() const { return m_held; }
    // After Transferred: waiting (State::Waiting) for toName, who will see the conversation so far.
    bool isBeingTransferred() const { return m_state == State::Waiting && !m_transferTo.isEmpty(); }
    QString transferTarget() const { return m_transferTo; }
    // The conversation under way goes on from one an executive transferred: what was written
    // before stays the customer's to see, and the new executive sees it too.
    bool continuesTransfer() const { return m_continuesTransfer; }
    // Who is in the conversation: the customer first, then the executive, then colleagues the
    // executive invited (a conference). Empty without a conversation.
    QStringList participants() const;

    // An executive who has this customer as a contact invites them to a conversation now.
    bool hasInvitation() const { return m_invitation.id != 0; }
    QString invitationFrom() const { return m_invitation.fromName; }
    // Seconds until the invitation rings out (counted locally from its ringSeconds).
    int invitationSecondsLeft() const;
    // Accepts (sessionStarted follows) or declines; false without an open invitation, once it
    // has been answered, or while the connection is down.
    bool answerInvitation(bool accept);

    using ClientSession::handle;
    void handle(const Protocol::ResumeToken &m) override;
    void handle(const Protocol::ServiceNotice &m) override;
    void handle(const Protocol::WifiPasswordWanted &m) override;
    void handle(const Protocol::QueueStatus &m) override;
    void handle(const Protocol::QueueLeft &m) override;
    void handle(const Protocol::SessionStarted &m) override;
    void handle(const Protocol::SessionEnded &m) override;
    void handle(const Protocol::ChatAck &m) override;
    void handle(const Protocol::ChatMessage &m) override;
    void handle(const Protocol::ServiceResult &m) override;
    void handle(const Protocol::SignUpResult &m) override;
    void handle(const Protocol::AccountResult &m) override;
    void handle(const Protocol::SessionHeld &m) override;
    void handle(const Protocol::Transferred &m) override;
    void handle(const Protocol::Participants &m) override;
    void handle(const Protocol::Invitation &m) override;
    void handle(const Protocol::InvitationEnded &m) override;

Q_SIGNALS:
    void stateChanged(Turno::CustomerSession::State state);
    void loggedInAs(const QString &fullName);
    void restartStarted();
    // message is translated and ready to show.
    void restartFinished(bool ok, const QString &message);
    void wifiPasswordRejected(const QString &message);
    void wifiChangeStarted();
    void wifiChangeFinished(bool ok, const QString &message);
    void accountChangeRejected(const QString &message);
    void accountChangeStarted();
    void accountChangeFinished(bool ok, const QString &message);
    void fullNameChanged(const QString &fullName);
    void queueChanged(const Turno::QueueInfo &info);
    // No longer in line (left, or the service has no line); message says why.
    void queueLeft(const QString &message);
    void sessionStarted(const QString &executiveName);
    void sessionEnded(const QString &message);
    // Something the executive did to the customer's service during the session (translated).
    void sessionNotice(const QString &message);
    // The executive restarts the Wi-Fi: the view asks for a new password (changeWifiPassword()).
    void wifiPasswordRequested();
    void messageReceived(const QString &fromName, const QString &text, const QDateTime &at);
    // A message of this customer: queued (sending), then committed by the server (delivered).
    void messageSending(const QString &clientMessageId, const QString &text);
    void messageDelivered(const QString &clientMessageId, const QDateTime &at);
    // On hold or back. message is the sentence to show ("Juan Perez put you on hold. …", "Juan
    // Perez is back."); empty when there is nothing new to tell (after a reconnection, a transfer).
    void heldChanged(bool held, const QString &message);
    // The executive handed the customer to toName: now State::Waiting, queueChanged follows, then
    // sessionStarted (continuesTransfer()). The conversation on screen stays.
    void transferred(const QString &toName, const QString &message);
    // Someone joined or left the conversation (names as participants()); message says who, or is
    // empty when there is nothing to announce.
    void participantsChanged(const QStringList &names, const QString &message);
    // message: "Juan Perez invites you to a conversation about your internet service."
    void invitationReceived(const QString &fromName, const QString &message, int ringSeconds);
    // The invitation is over: message says how (empty when accepted: sessionStarted came).
    void invitationEnded(const QString &message);

protected:
    void sendCredentials(quint32 requestId) override;
    void loggedIn(const Protocol::LoginResult &result) override;
    QString wrongCredentialsMessage() const override;
    void linkClosed() override;
    void requestFailed(quint32 requestId) override;
    void linkResumed() override;
    void sendFirstPendingChat() override;

private:
    struct OpenInvitation {
        quint32 id = 0;
        QString fromName;
        QDeadlineTimer ringsOut;
        bool answered = false;
        bool accepted = false;
    };

    void setState(State state);
    // customerteam.cpp: what a conversation's start, end and resumption mean for hold,
    // participants and transfer.
    void teamSessionStarted(bool resumed);
    void teamSessionOver();
    void settleAfterResume();
    void setHeld(bool held, bool announce);
    void setParticipants(const QStringList &names, bool announce);
    void closeInvitation(const QString &message);
    QString invitationMessage(const QString &fromName, const QString &service) const;
    void restartFinishedWith(const Protocol::ServiceResult &m);
    void wifiFinishedWith(const Protocol::ServiceResult &m);
    QString accountOutcomeMessage(const Protocol::AccountResult &m) const;

    State m_state = State::LoggedOut;
    QString m_rut;
    QString m_password; // kept only until the server has answered the log-in (or sign-up)
    QString m_fullName;
    QString m_signUpName;
    bool m_signingUp = false;
    quint32 m_restartRequest = 0;
    quint32 m_wifiRequest = 0;
    quint32 m_accountRequest = 0;
    quint32 m_queueRequest = 0;
    QueueInfo m_queue;
    quint32 m_sessionId = 0;
    QString m_executiveName;
    QDateTime m_sessionStartedAt;
    ChatOutbox m_outbox;
    QString m_resumeToken; // memory only; lets the app come back after a drop
    // Server ids of the messages shown: a replayed or redelivered one is not shown twice, and the
    // newest is what a resume asks the server to send after.
    ChatInbox m_inbox;
    bool m_held = false;
    QStringList m_participants; // as the server last said; empty: just the customer and the executive
    QString m_transferTo;       // waiting after Transferred
    // Messages not yet acknowledged when the conversation was transferred: they go on to the next
    // executive (the server keeps each client message id once).
    QStringList m_carriedMessages;
    bool m_continuesTransfer = false;
    // After a reconnection the server repeats SessionStarted, then SessionHeld and Participants
    // only when they apply: what they say is compared with what was shown once they have come.
    bool m_settling = false;
    bool m_settledHeld = false;
    QStringList m_settledParticipants;
    OpenInvitation m_invitation;
    QTimer m_invitationExpiry; // in case the server's word is lost with a dropped connection
};

} // namespace Turno
