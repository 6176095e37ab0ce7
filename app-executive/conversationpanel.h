// The executive's conversation pane: a calm note while nobody is attended, the ringing offer, then the
// chat (customer, elapsed time, messages with their times, "sending…" until delivered) and one input
// for messages and :commands. It only shows; ExecutiveMainPage turns what is typed into actions.
#pragma once

#include "session/executivesession.h"

#include <QElapsedTimer>
#include <QGroupBox>
#include <QList>
#include <QTimer>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTextBrowser;

namespace Turno
{

class OfferPanel;

class ConversationPanel : public QGroupBox
{
    Q_OBJECT
public:
    enum class Mode { Idle, Ringing, Talking };

    explicit ConversationPanel(QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    OfferPanel *offerPanel() const { return m_offer; }

    void showOffer(const OfferInfo &offer);
    // The offer stopped ringing without a session; message says why.
    void endOffer(const QString &message);
    void startSession(const QString &customerName, const QString &service);
    void endSession(const QString &message);
    void addIncoming(const QString &fromName, const QString &text, const QDateTime &at);
    void addOwn(const QString &clientMessageId, const QString &text);
    void markDelivered(const QString &clientMessageId, const QDateTime &at);
    // An answer to a :command, or why a line did nothing; empty hides it.
    void showNotice(const QString &text);
    // Back to the calm state with nothing kept (log-out, lost connection).
    void reset();
    void focusInput();

    // "07:05" for 425 seconds: minutes keep counting past an hour.
    static QString clockText(qint64 seconds);

Q_SIGNALS:
    // Enter in the input: a chat message or a :command, not yet trimmed.
    void lineEntered(const QString &line);
    void acceptRequested();
    void rejectRequested();
    void endRequested();

private:
    struct Entry {
        bool own = false;
        QString from;
        QString text;
        QDateTime at;            // invalid while an own message is sending
        QString clientMessageId; // own messages only
    };

    QWidget *createIdleView();
    QWidget *createSessionView();
    void setMode(Mode mode);
    void submit();
    void updateElapsed();
    void renderTranscript();

    Mode m_mode = Mode::Idle;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_idleView = nullptr;
    OfferPanel *m_offer = nullptr;
    QWidget *m_sessionView = nullptr;
    QLabel *m_customer = nullptr;
    QLabel *m_service = nullptr;
    QLabel *m_elapsed = nullptr;
    QPushButton *m_end = nullptr;
    QTextBrowser *m_transcript = nullptr;
    QLabel *m_notice = nullptr;
    QLineEdit *m_input = nullptr;
    QPushButton *m_send = nullptr;
    QString m_customerName;
    QList<Entry> m_entries;
    QElapsedTimer m_sessionClock;
    QTimer m_elapsedTicker;
};

} // namespace Turno
