// The executive's conversation pane: a colleague's invitation when one rings, the tabs of the
// executive's sessions, then a calm note while nobody is attended, the ringing offer, or the session
// in front (customer, elapsed time, hold, transfer, conference, contacts, the messages with their
// times and "sending…" until delivered), and one input for messages and :commands. It only shows;
// ExecutiveMainPage turns what is typed and pressed into actions.
#pragma once

#include "session/executivesession.h"

#include <QGroupBox>
#include <QHash>
#include <QList>
#include <QTimer>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTextBrowser;

namespace Turno
{

class InvitationPanel;
class OfferPanel;
class SessionSwitcher;

class ConversationPanel : public QGroupBox
{
    Q_OBJECT
public:
    enum class Mode { Idle, Ringing, Talking };

    explicit ConversationPanel(QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    OfferPanel *offerPanel() const { return m_offer; }
    InvitationPanel *invitationPanel() const { return m_invitation; }
    SessionSwitcher *switcher() const { return m_switcher; }
    // The session shown (0 when none).
    quint32 shownSession() const { return m_shown.id; }

    void showOffer(const OfferInfo &offer);
    // The offer stopped ringing without a session; message says why.
    void endOffer(const QString &message);
    // The sessions' tabs (hidden when there are none).
    void showSessions(const ExecutiveSession &session);
    // Shows a session in front, with its whole transcript; an offer still ringing stays in view.
    void showSession(const SessionInfo &info, bool offerRinging = false);
    // No session any more: the calm note (or the offer, if one rings).
    void showNoSession();
    // A line about the session itself ("María Soto joined the session."), kept in its transcript.
    void addEvent(quint32 sessionId, const QString &text);
    void forgetSession(quint32 sessionId);
    // An answer to a :command, or why a line did nothing; empty hides it.
    void showNotice(const QString &text);
    // Back to the calm state with nothing kept (log-out, lost connection).
    void reset();
    void focusInput();

    // "07:05" for 425 seconds: minutes keep counting past an hour.
    static QString clockText(qint64 seconds);

    static QKeySequence endKey();
    static QKeySequence holdKey();
    static QKeySequence transferKey();
    static QKeySequence inviteKey();
    static QKeySequence addContactKey();
    static QKeySequence restartInternetKey();
    static QKeySequence restartWifiKey();

Q_SIGNALS:
    // Enter in the input: a chat message or a :command, not yet trimmed.
    void lineEntered(const QString &line);
    void acceptRequested();
    void rejectRequested();
    void endRequested();
    // Hold, or (when the session is on hold) take it back.
    void holdRequested();
    void transferRequested();
    void inviteRequested();
    void addContactRequested();
    // Restart the customer's internet service, or their Wi-Fi (the customer chooses the new password).
    void restartInternetRequested();
    void restartWifiRequested();

private:
    // What the session's transcript shows besides messages: events, after that many messages.
    struct Event {
        qsizetype afterMessages = 0;
        QString text;
    };

    QWidget *createIdleView();
    QWidget *createSessionView();
    QPushButton *actionButton(const QString &text, const char *objectName, const QKeySequence &key,
                              const QString &toolTip, void (ConversationPanel::*signal)());
    void setMode(Mode mode);
    void submit();
    void updateElapsed();
    void updateFacts();
    void renderTranscript();

    Mode m_mode = Mode::Idle;
    InvitationPanel *m_invitation = nullptr;
    SessionSwitcher *m_switcher = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_idleView = nullptr;
    OfferPanel *m_offer = nullptr;
    QWidget *m_sessionView = nullptr;
    QLabel *m_customer = nullptr;
    QLabel *m_service = nullptr;
    QLabel *m_elapsed = nullptr;
    QLabel *m_participants = nullptr;
    QLabel *m_heldBanner = nullptr;
    QPushButton *m_hold = nullptr;
    QPushButton *m_transfer = nullptr;
    QPushButton *m_invite = nullptr;
    QPushButton *m_addContact = nullptr;
    QPushButton *m_restartInternet = nullptr;
    QPushButton *m_restartWifi = nullptr;
    QPushButton *m_end = nullptr;
    QTextBrowser *m_transcript = nullptr;
    QLabel *m_notice = nullptr;
    QLineEdit *m_input = nullptr;
    QPushButton *m_send = nullptr;
    SessionInfo m_shown;
    QHash<quint32, QList<Event>> m_events;
    QTimer m_elapsedTicker;
};

} // namespace Turno
