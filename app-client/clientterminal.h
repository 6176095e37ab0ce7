// turno-client --cli: the customer's dialog with the assistant as text, in the spirit of the
// spec's example (user:, password:, a numbered menu, a prompt with the customer's first name),
// with sign-up ("new" at user:), the Wi-Fi password change, the account changes, the line for
// an executive and the conversation (TerminalChat), and invitations from executives ("Accept? [y/n]").
#pragma once

#include "session/customersession.h"

#include <QObject>
#include <QStringList>
#include <QTextStream>
#include <memory>

namespace Turno
{

class StdinReader;
class TerminalChat;
class TerminalEchoGuard;

class ClientTerminal : public QObject
{
    Q_OBJECT
public:
    explicit ClientTerminal(const QString &server, QObject *parent = nullptr);
    ~ClientTerminal() override;

    // Greets and starts reading standard input; finished() tells when the dialog is over.
    void start();

Q_SIGNALS:
    // 0 after Exit or the end of input, 1 when the server could not be reached or was lost.
    void finished(int exitCode);

private:
    enum class Prompt {
        None,
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
    static bool isSecret(Prompt prompt);

    void say(const QString &sentence);
    void printLine(const QString &line);
    void showMenu();
    void ask(Prompt prompt);
    QString promptLabel(Prompt prompt) const;
    void deliverLines();
    void answer(Prompt prompt, const QString &line);
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
    // Ends the line of a prompt shown to a person, before the assistant says something unasked.
    void breakPromptLine();
    // No more lines will come for the prompt under way.
    void inputRanOut();
    void onLine(const QString &line);
    void onEndOfInput();
    bool moreInputMayCome() const { return !m_inputEnded || !m_lines.isEmpty(); }
    // Ends the dialog: logs out first when logged in.
    void finish(int exitCode);

    void onLinkChanged(ClientSession::Link link);
    void onLoginFailed(const QString &message);
    void onLoggedIn();
    void onRestartFinished(const QString &message);
    void onWifiRejected(const QString &message);
    void onAccountRejected(const QString &message);
    void onRequestRefused(const QString &message);
    void onConnectionLost(const QString &message);

    CustomerSession m_session;
    StdinReader *m_stdin = nullptr;
    TerminalChat *m_chat = nullptr;
    std::unique_ptr<TerminalEchoGuard> m_echoOff;
    QTextStream m_out;
    QString m_server;
    QString m_rut;
    QString m_fullName;  // while signing up
    QString m_secret;    // the first entry of a new password, until it is repeated
    QString m_oldSecret; // the current password, while changing it
    bool m_signingUp = false;
    QStringList m_lines; // lines that came before the prompt that takes them
    Prompt m_prompt = Prompt::None;
    bool m_interactive = false;
    bool m_delivering = false;
    bool m_inputEnded = false;
    bool m_attempting = false;    // a log-in was sent and has no answer yet
    bool m_reachedServer = false; // that attempt got past the handshake
    bool m_finishing = false;
    int m_exitCode = 0;
    QString m_invitationMessage;
    int m_invitationSeconds = 0;
    bool m_invitationAsked = false; // shown, and not over yet
};

} // namespace Turno
