// The customer's place in line for an executive: the place and the estimated wait as the server
// last pushed them, the estimate counting down each second in between, and a way out (Esc).
#pragma once

#include "session/customersession.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace Turno
{

class QueuePage : public QWidget
{
    Q_OBJECT
public:
    explicit QueuePage(QWidget *parent = nullptr);

    // A fresh wait: nothing known yet ("unknown" until the server says).
    void start();
    void setInfo(const QueueInfo &info);
    // Stops the countdown (the page is left).
    void stop();
    void focusLeaveButton();

Q_SIGNALS:
    void leaveRequested();

private:
    void render();

    QueueInfo m_info;
    bool m_known = false; // the server has answered at least once
    QTimer m_tick;
    QLabel *m_place = nullptr;
    QLabel *m_wait = nullptr;
    QPushButton *m_leave = nullptr;
};

} // namespace Turno
