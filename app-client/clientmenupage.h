// What the customer sees once logged in: the greeting, the self-service menu as four big buttons
// (keys 1–4 or Alt+letter), an Account menu, and the progress and outcome of the request under way.
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace Turno
{

class ClientMenuPage : public QWidget
{
    Q_OBJECT
public:
    explicit ClientMenuPage(QWidget *parent = nullptr);

    void setFirstName(const QString &firstName);
    void showRestarting();
    // A request is under way (message says which); the self-service buttons wait for its outcome.
    void showWorking(const QString &message);
    void showOutcome(bool ok, const QString &message);
    // A neutral note on a fresh menu (back from the line or a conversation).
    void showNotice(const QString &message);
    // Puts the focus inside the page, so its 1–4 shortcuts answer at once.
    void focusFirstChoice();
    // Back to a fresh menu (after logging out).
    void reset();

Q_SIGNALS:
    void restartRequested();
    void wifiRequested();
    void executiveRequested();
    void changePasswordRequested();
    void changeNameRequested();
    void exitRequested();

private:
    QPushButton *addChoice(int key, const QString &text);

    QLabel *m_greeting = nullptr;
    QPushButton *m_restart = nullptr;
    QPushButton *m_wifi = nullptr;
    QPushButton *m_executive = nullptr;
    QPushButton *m_exit = nullptr;
    QToolButton *m_account = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QVBoxLayout *m_choices = nullptr;
};

} // namespace Turno
