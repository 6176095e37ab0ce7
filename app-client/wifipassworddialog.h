// The customer's "Change Wi-Fi password" dialog: the new password twice, checked against WPA2's
// rules before anything is sent, then "We are updating your password" and the outcome.
#pragma once

#include "requestdialog.h"

class QLineEdit;

namespace Turno
{

class CustomerSession;

class WifiPasswordDialog : public RequestDialog
{
    Q_OBJECT
public:
    explicit WifiPasswordDialog(CustomerSession &session, QWidget *parent = nullptr);

protected:
    void submit() override;

private:
    CustomerSession &m_session;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeated = nullptr;
};

} // namespace Turno
