// The dialog of both apps' --cli modes: lines from standard input wait until a prompt takes them.
// A person sees each prompt as it comes (a secret one without echo); a script's output shows each
// prompt later, with the answer it got (a secret as ****). What is said meanwhile keeps apart from
// a prompt being typed at. When input ends, the dialog finishes once what it waits for is answered.
// The apps give their prompts (an enum, passed here as int), their labels and their answers.
#pragma once

#include <QObject>
#include <QStringList>
#include <QTextStream>
#include <memory>

namespace Turno
{

class StdinReader;
class TerminalEchoGuard;

class TerminalDialog : public QObject
{
    Q_OBJECT
public:
    ~TerminalDialog() override;

    // Opens the dialog (opening()) and starts reading standard input; finished() tells when the
    // dialog is over.
    void start();

Q_SIGNALS:
    // 0 after the user leaves or input ends, 1 when the server could not be reached or was lost.
    void finished(int exitCode);

protected:
    static constexpr int kNoPrompt = 0;
    explicit TerminalDialog(QObject *parent = nullptr);

    // What the app says and asks first.
    virtual void opening() = 0;
    virtual QString promptLabel(int prompt) const = 0;
    // Typed without echo, and never printed back.
    virtual bool isSecret(int prompt) const = 0;
    // A prompt with no label whose lines the app takes itself (a conversation, with takeLines());
    // it goes on after the end of input until inputRanOut() is told.
    virtual bool isConversation(int prompt) const;
    // The conversation takes what it can of lines (it may keep some for later).
    virtual void takeLines(QStringList &lines);
    // Called before prompt is shown: true when the app asks something else instead.
    virtual bool asksInstead(int prompt);
    virtual void answer(int prompt, const QString &line) = 0;
    // Input ended while prompt waits for a line: finish(0) unless the app ends otherwise.
    virtual void inputRanOut(int prompt);
    virtual void finish(int exitCode) = 0;

    // Shows prompt and gives it the next line as soon as there is one.
    void ask(int prompt);
    int prompt() const { return m_prompt; }
    // Nothing is asked now (the lines wait).
    void clearPrompt() { m_prompt = kNoPrompt; }
    void deliverLines();
    bool moreInputMayCome() const { return !m_inputEnded || !m_lines.isEmpty(); }
    bool isInteractive() const { return m_interactive; }
    bool isFinishing() const { return m_finishing; }
    int exitCode() const { return m_exitCode; }

    void say(const QString &sentence);
    void printLine(const QString &line);
    // A line that answers nothing (a new count, a message): on its own line, then the prompt again.
    void announce(const QString &line);
    // announce() for the assistant: each line of sentences gets the "Assistant:" label.
    void announceSaid(const QString &sentences);
    // Ends the line a person types a prompt's answer at, before something is said over it.
    void breakPromptLine();
    // The first step of finish(): false when finishing already; otherwise stops prompting, with
    // exitCode kept for finished().
    bool stopPrompting(int exitCode);
    // The server was lost: says why on standard error and finishes with 1 at once.
    void connectionLost(const QString &message);

    QTextStream m_out;
    std::unique_ptr<TerminalEchoGuard> m_echoOff;

private:
    void onLine(const QString &line);
    void onEndOfInput();

    StdinReader *m_stdin = nullptr;
    QStringList m_lines; // lines that came before the prompt that takes them
    int m_prompt = kNoPrompt;
    bool m_interactive = false;
    bool m_delivering = false;
    bool m_inputEnded = false;
    bool m_finishing = false;
    int m_exitCode = 0;
};

} // namespace Turno
