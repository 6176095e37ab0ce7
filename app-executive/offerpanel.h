// The customer ringing for this executive: who, what they did last, the service, a live countdown, and
// Accept / Reject with keyboard shortcuts. It rings (beep, taskbar alert); the owner answers the offer.
#pragma once

#include "ringcountdown.h"
#include "session/executivesession.h"

#include <QFrame>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Turno
{

class OfferPanel : public QFrame
{
    Q_OBJECT
public:
    explicit OfferPanel(QWidget *parent = nullptr);

    // Shows the offer and starts ringing until offer.ringsUntil.
    void showOffer(const OfferInfo &offer);
    // Stops ringing (the offer was answered, ended, or the executive left).
    void stop();
    // The answer was sent: the buttons wait for the server instead of being pressed twice.
    void setAnswering();

    quint32 offerId() const { return m_offer.id; }
    bool isRinging() const { return m_ring->isRunning(); }
    // Whole seconds left before the offer goes to the next executive (0 once it is over).
    int secondsLeft() const { return m_ring->secondsLeft(); }

Q_SIGNALS:
    void acceptRequested();
    void rejectRequested();

private:
    void showCountdown();
    void updateKeysHint();

    OfferInfo m_offer;
    QLabel *m_headline = nullptr;
    QLabel *m_lastAction = nullptr;
    QLabel *m_service = nullptr;
    QLabel *m_countdown = nullptr;
    QLabel *m_keys = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_reject = nullptr;
    RingCountdown *m_ring = nullptr;
};

} // namespace Turno
