#include "wifipassworddialog.h"

#include "session/customersession.h"

#include <QLineEdit>

namespace Turno
{

WifiPasswordDialog::WifiPasswordDialog(CustomerSession &session, QWidget *parent)
    : RequestDialog(tr("Change Wi-Fi password"),
                    tr("Enter your new Wi-Fi password twice. It needs %1 to %2 characters: letters without accents, "
                       "digits, spaces or symbols.")
                        .arg(WifiPassword::kMinLength)
                        .arg(WifiPassword::kMaxLength),
                    tr("&Change password"), parent),
      m_session(session)
{
    setObjectName(QStringLiteral("wifiPasswordDialog"));
    m_password = addField(tr("&New password:"), QStringLiteral("wifiPasswordEdit"), true);
    m_repeated = addField(tr("R&epeat password:"), QStringLiteral("wifiRepeatEdit"), true);
    m_password->setMaxLength(TextLimits::kPasswordBytes);
    m_repeated->setMaxLength(TextLimits::kPasswordBytes);

    connect(&m_session, &CustomerSession::wifiPasswordRejected, this, [this](const QString &message) {
        // A mismatch is fixed in the second field; a broken rule in the first.
        const bool rulesHold = WifiPassword::check(m_password->text()) == WifiPassword::Problem::None;
        m_repeated->clear();
        showProblem(message, rulesHold ? m_repeated : m_password);
    });
    connect(&m_session, &CustomerSession::wifiChangeStarted, this,
            [this] { showWorking(tr("We are updating your password…")); });
    connect(&m_session, &CustomerSession::wifiChangeFinished, this, [this](bool ok, const QString &message) {
        m_password->clear();
        m_repeated->clear();
        showResult(ok, message);
    });
    connect(&m_session, &ClientSession::requestRefused, this,
            [this](const QString &message) { showResult(false, message); });
    m_password->setFocus();
}

void WifiPasswordDialog::submit()
{
    m_session.changeWifiPassword(m_password->text(), m_repeated->text());
}

} // namespace Turno
