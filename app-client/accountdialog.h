// The customer's account dialogs: change the password (the current one is required) or the name
// the assistant uses. Local checks come first; then the progress and the outcome show in place.
#pragma once

#include "requestdialog.h"

class QLineEdit;

namespace Turno
{

class CustomerSession;

class AccountDialog : public RequestDialog
{
    Q_OBJECT
public:
    enum class Change { Password, DisplayName };

    AccountDialog(Change change, CustomerSession &session, QWidget *parent = nullptr);

protected:
    void submit() override;

private:
    Change m_change;
    CustomerSession &m_session;
    QLineEdit *m_current = nullptr;  // the current password
    QLineEdit *m_password = nullptr; // the new password
    QLineEdit *m_repeated = nullptr;
    QLineEdit *m_name = nullptr;
};

} // namespace Turno
