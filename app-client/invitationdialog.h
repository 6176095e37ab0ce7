// An executive who has the customer as a contact invites them to a conversation: who and about
// what, how long the invitation stays open, Accept (Enter) and Decline (Esc). It does not block
// the window, and it closes by itself when the invitation ends (finish()).
#pragma once

#include <QDialog>
#include <QTimer>

class QLabel;
class QPushButton;

namespace Turno
{

class CustomerSession;

class InvitationDialog : public QDialog
{
    Q_OBJECT
public:
    InvitationDialog(CustomerSession &session, const QString &fromName, const QString &message, QWidget *parent);

    // The invitation is over (answered, expired, withdrawn, or the conversation began): close
    // without answering.
    void finish();

    // Enter and Accept: accept; Esc, Decline and closing the dialog: decline.
    void accept() override;
    void reject() override;

private:
    void render();
    void updateButtons();

    CustomerSession &m_session;
    QString m_fromName;
    QTimer m_tick;
    QLabel *m_countdown = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_decline = nullptr;
    bool m_accepted = false;
    bool m_finished = false;
};

} // namespace Turno
