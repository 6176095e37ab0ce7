// turno-client --cli: the customer's dialog with the assistant as text, in the spirit of the
// spec's example (user:, password:, a numbered menu, a prompt with the customer's first name),
// with sign-up ("new" at user:), the Wi-Fi password change, the account changes, the line for
// an executive and the conversation (TerminalChat), and invitations from executives ("Accept? [y/n]").
#pragma once

#include "session/customersession.h"
#include "util/terminaldialog.h"

#include <QObject>
#include <QStringList>
#include <QTextStream>
#include <memory>

namespace Turno
{

class TerminalChat;

// finished(): 0 after Exit or the end of input, 1 when the server could not be reached or was lost.
class ClientTerminal : public TerminalDialog
{
    Q_OBJECT
public:
    explicit ClientTerminal(const QString &server, QObject *parent = nullptr);
    ~ClientTerminal() override;

private:
    enum class Prompt {
        None = kNoPrompt,
        User,
        Password,
        Choice,
        WifiPassword,
        WifiRepeat,
        SignUpRut,
        SignUpName,
        SignUpPassword,
        SignUpRepeat,
        OldPassword,
        NewPassword,
        NewRepeat,
        NewName,
        Topic,
        Invitation, // y or n to an executive's invitation
        TrustKey,   // yes or no to a server key seen for the first time
        Chat        // waiting in line or talking with an executive: TerminalChat takes the lines
    };
    void opening() override;
    QString promptLabel(int prompt) const override;
    bool isSecret(int prompt) const override;
    bool isConversation(int prompt) const override;
    void takeLines(QStringList &lines) override;
    bool asksInstead(int prompt) override;
    void answer(int prompt, const QString &line) override;
    // No more lines will come for the prompt under way.
    void inputRanOut(int prompt) override;
    // Ends the dialog: logs out first when logged in.
    void finish(int exitCode) override;
    void ask(Prompt prompt) { TerminalDialog::ask(int(prompt)); }
    Prompt currentPrompt() const { return Prompt(prompt()); }

    void showMenu();
    void choose(const QString &choice);
    // The answers of the sign-up, Wi-Fi and account dialogs; false when the prompt is not theirs.
    bool answerSelfService(Prompt prompt, const QString &line);
    bool answerAccount(Prompt prompt, const QString &line);
    // Back to the menu after a request, with the offer to help further.
    void backToMenu(const QString &message);
    void chooseTopic(const QString &choice);
    // Invitations are asked at the menu: at once, or when the request under way is answered
    // (terminalinvitation.cpp).
    void onInvitation(const QString &message, int ringSeconds);
    void askInvitation();
    void answerInvitation(const QString &answer);
    void onInvitationEnded(const QString &message);

    void onLinkChanged(ClientSession::Link link);
    void onLoginFailed(const QString &message);
    void onLoggedIn();
    void onRestartFinished(const QString &message);
    void onWifiRejected(const QString &message);
    void onAccountRejected(const QString &message);
    void onRequestRefused(const QString &message);
    void onConnectionLost(const QString &message);

    CustomerSession m_session;
    TerminalChat *m_chat = nullptr;
    QString m_server;
    QString m_rut;
    QString m_fullName;  // while signing up
    QString m_secret;    // the first entry of a new password, until it is repeated
    QString m_oldSecret; // the current password, while changing it
    bool m_signingUp = false;
    bool m_attempting = false;    // a log-in was sent and has no answer yet
    bool m_reachedServer = false; // that attempt got past the handshake
    QString m_invitationMessage;
    int m_invitationSeconds = 0;
    bool m_invitationAsked = false; // shown, and not over yet
};

} // namespace Turno
