// A colleague's invitation into their session (a conference), ringing like an offer: who invites,
// whose session, a live countdown, and Join / Decline with keys. It sits above the conversation, so
// it is seen (and heard) whatever the executive is doing; the owner answers the invitation.
#pragma once

#include "ringcountdown.h"
#include "session/executivesession.h"

#include <QFrame>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Turno
{

class InvitationPanel : public QFrame
{
    Q_OBJECT
public:
    explicit InvitationPanel(QWidget *parent = nullptr);

    // Shows the invitation and rings until invitation.ringsUntil.
    void showInvitation(const InvitationInfo &invitation);
    // Hides it (answered, ended, or the executive left).
    void dismiss();
    // The answer was sent: the buttons wait for the server instead of being pressed twice.
    void setAnswering();

    quint32 invitationId() const { return m_invitation.id; }
    bool isRinging() const { return m_ring->isRunning(); }
    int secondsLeft() const { return m_ring->secondsLeft(); }

    static QKeySequence joinKey();
    static QKeySequence declineKey();

Q_SIGNALS:
    void joinRequested();
    void declineRequested();

private:
    void showCountdown();

    InvitationInfo m_invitation;
    QLabel *m_headline = nullptr;
    QLabel *m_countdown = nullptr;
    QLabel *m_keys = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_join = nullptr;
    QPushButton *m_decline = nullptr;
    RingCountdown *m_ring = nullptr;
};

} // namespace Turno
