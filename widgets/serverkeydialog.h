// The windows' question about a server's key: on first use, trust it or not; when it changed, a
// refusal that can only be overridden deliberately (a confirmation box, then a button).
#pragma once

#include "session/servertrust.h"

#include <QDialog>

class QCheckBox;
class QPushButton;

namespace Turno
{

class ClientSession;

class ServerKeyDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ServerKeyDialog(const ServerKey &key, QWidget *parent = nullptr);

    // Asks about every key session meets, while window is open, and answers the session. With
    // --plaintext the window's title says, in capitals, that nothing is encrypted.
    static void watch(ClientSession &session, QWidget *window);

private:
    QCheckBox *m_confirm = nullptr;
    QPushButton *m_trust = nullptr;
};

} // namespace Turno
