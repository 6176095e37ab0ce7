#include "terminaldialog.h"

#include "stdinreader.h"

#include <utility>

namespace Turno
{

TerminalDialog::TerminalDialog(QObject *parent) : QObject(parent), m_out(stdout), m_stdin(new StdinReader(this))
{
    connect(m_stdin, &StdinReader::lineReceived, this, &TerminalDialog::onLine);
    connect(m_stdin, &StdinReader::endOfInput, this, &TerminalDialog::onEndOfInput);
}

TerminalDialog::~TerminalDialog() = default;

void TerminalDialog::start()
{
    m_interactive = m_stdin->isInteractive();
    opening();
    m_stdin->start();
}

bool TerminalDialog::isConversation(int) const
{
    return false;
}

void TerminalDialog::takeLines(QStringList &) {}

bool TerminalDialog::asksInstead(int)
{
    return false;
}

void TerminalDialog::inputRanOut(int)
{
    finish(0);
}

void TerminalDialog::say(const QString &sentence)
{
    printLine(tr("Assistant: %1", "a line said by the assistant in the terminal dialog").arg(sentence));
}

void TerminalDialog::printLine(const QString &line)
{
    m_out << line << '\n';
    m_out.flush();
}

void TerminalDialog::announce(const QString &line)
{
    if (m_interactive && m_prompt != kNoPrompt) {
        // Finish the prompt's line, say it, and show the prompt again to go on.
        m_out << '\n' << line << '\n' << promptLabel(m_prompt) << ' ';
        m_out.flush();
        return;
    }
    printLine(line);
}

void TerminalDialog::announceSaid(const QString &sentences)
{
    QStringList lines;
    for (const QString &sentence : sentences.split(QLatin1Char('\n')))
        lines.append(tr("Assistant: %1", "a line said by the assistant in the terminal dialog").arg(sentence));
    announce(lines.join(QLatin1Char('\n')));
}

void TerminalDialog::breakPromptLine()
{
    if (m_interactive && m_prompt != kNoPrompt && !isConversation(m_prompt)) {
        m_out << '\n';
        m_out.flush();
    }
}

void TerminalDialog::ask(int prompt)
{
    if (m_finishing)
        return;
    const bool quiet = isConversation(prompt);
    if (!moreInputMayCome() && !quiet) {
        finish(0);
        return;
    }
    if (asksInstead(prompt))
        return;
    m_prompt = prompt;
    // A person sees the prompt now; a script's output shows it later, with the answer it got.
    if (m_interactive && !quiet) {
        if (isSecret(prompt))
            m_echoOff = std::make_unique<TerminalEchoGuard>();
        m_out << promptLabel(prompt) << ' ';
        m_out.flush();
    }
    deliverLines();
}

void TerminalDialog::deliverLines()
{
    // Answers may open the next prompt, which lands back here: take the lines in this one loop.
    if (m_delivering)
        return;
    m_delivering = true;
    while (m_prompt != kNoPrompt && !m_lines.isEmpty() && !m_finishing) {
        if (isConversation(m_prompt)) {
            takeLines(m_lines);
            break;
        }
        const QString line = m_lines.takeFirst();
        const int prompt = std::exchange(m_prompt, kNoPrompt);
        m_echoOff.reset();
        if (!m_interactive) {
            // Never print a secret, not even its length.
            const QString shown = isSecret(prompt) ? QStringLiteral("****") : line;
            printLine(promptLabel(prompt) + QLatin1Char(' ') + shown);
        }
        answer(prompt, line);
    }
    m_delivering = false;
    if (m_prompt != kNoPrompt && !moreInputMayCome())
        inputRanOut(m_prompt);
}

void TerminalDialog::onLine(const QString &line)
{
    m_lines.append(line);
    deliverLines();
}

void TerminalDialog::onEndOfInput()
{
    m_inputEnded = true;
    // Waiting for the server: what it answers is shown first, then the dialog ends (see ask()).
    if (m_prompt != kNoPrompt && m_lines.isEmpty())
        inputRanOut(m_prompt);
}

bool TerminalDialog::stopPrompting(int exitCode)
{
    if (m_finishing)
        return false;
    m_finishing = true;
    m_exitCode = exitCode;
    m_echoOff.reset();
    if (m_interactive && m_prompt != kNoPrompt)
        m_out << '\n'; // end the prompt's line (Ctrl+D)
    m_prompt = kNoPrompt;
    m_out.flush();
    return true;
}

void TerminalDialog::connectionLost(const QString &message)
{
    m_echoOff.reset();
    if (m_interactive && m_prompt != kNoPrompt)
        m_out << '\n';
    m_prompt = kNoPrompt;
    m_out.flush();
    QTextStream(stderr) << message << '\n';
    m_finishing = true;
    Q_EMIT finished(1);
}

} // namespace Turno
