#include "conversationpanel.h"

#include "offerpanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Turno
{

namespace
{

const QKeySequence EndSessionKey(Qt::CTRL | Qt::SHIFT | Qt::Key_E);

void makeQuiet(QLabel *label)
{
    QPalette quiet = label->palette();
    quiet.setColor(QPalette::WindowText, quiet.color(QPalette::PlaceholderText));
    label->setPalette(quiet);
}

QString timeText(const QDateTime &at)
{
    return at.toLocalTime().toString(QStringLiteral("HH:mm"));
}

QString rgba(const QColor &color, int alpha)
{
    return QStringLiteral("rgba(%1, %2, %3, %4)").arg(color.red()).arg(color.green()).arg(color.blue()).arg(alpha);
}

} // namespace

ConversationPanel::ConversationPanel(QWidget *parent) : QGroupBox(tr("Conversation"), parent)
{
    setObjectName(QStringLiteral("conversationPane"));
    m_idleView = createIdleView();
    m_offer = new OfferPanel;
    m_sessionView = createSessionView();
    m_stack = new QStackedWidget;
    m_stack->addWidget(m_idleView);
    m_stack->addWidget(m_offer);
    m_stack->addWidget(m_sessionView);
    connect(m_offer, &OfferPanel::acceptRequested, this, &ConversationPanel::acceptRequested);
    connect(m_offer, &OfferPanel::rejectRequested, this, &ConversationPanel::rejectRequested);

    m_notice = new QLabel;
    m_notice->setObjectName(QStringLiteral("conversationNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText); // names and messages come from other people
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->hide();

    m_input = new QLineEdit;
    m_input->setObjectName(QStringLiteral("messageInput"));
    m_input->setClearButtonEnabled(true);
    connect(m_input, &QLineEdit::returnPressed, this, &ConversationPanel::submit);
    m_send = new QPushButton(tr("Send"));
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setAutoDefault(false);
    connect(m_send, &QPushButton::clicked, this, &ConversationPanel::submit);
    auto *inputRow = new QHBoxLayout;
    inputRow->addWidget(m_input, 1);
    inputRow->addWidget(m_send);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(8);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_notice);
    layout->addLayout(inputRow);

    m_elapsedTicker.setInterval(1000);
    connect(&m_elapsedTicker, &QTimer::timeout, this, &ConversationPanel::updateElapsed);
    setMode(Mode::Idle);
}

QWidget *ConversationPanel::createIdleView()
{
    auto *view = new QWidget;
    view->setObjectName(QStringLiteral("conversationIdle"));
    auto *heading = new QLabel(tr("You are not attending anyone"));
    heading->setAlignment(Qt::AlignCenter);
    heading->setWordWrap(true);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    heading->setFont(headingFont);
    auto *detail = new QLabel(tr("When a customer asks for an executive, they ring here and you can accept them. "
                                 "Your conversation then appears here."));
    detail->setAlignment(Qt::AlignCenter);
    detail->setWordWrap(true);
    makeQuiet(heading);
    makeQuiet(detail);
    auto *layout = new QVBoxLayout(view);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addStretch();
    layout->addWidget(heading);
    layout->addWidget(detail);
    layout->addStretch();
    return view;
}

QWidget *ConversationPanel::createSessionView()
{
    auto *view = new QWidget;
    view->setObjectName(QStringLiteral("conversationSession"));
    m_customer = new QLabel;
    m_customer->setObjectName(QStringLiteral("sessionCustomer"));
    m_customer->setTextFormat(Qt::PlainText);
    QFont nameFont = m_customer->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.25);
    nameFont.setBold(true);
    m_customer->setFont(nameFont);
    m_service = new QLabel;
    m_service->setObjectName(QStringLiteral("sessionService"));
    m_elapsed = new QLabel;
    m_elapsed->setObjectName(QStringLiteral("sessionElapsed"));
    makeQuiet(m_service);
    makeQuiet(m_elapsed);

    m_end = new QPushButton(tr("&End session"));
    m_end->setObjectName(QStringLiteral("endSessionButton"));
    m_end->setAutoDefault(false);
    m_end->setToolTip(
        tr("Ends the conversation with the customer (%1).").arg(EndSessionKey.toString(QKeySequence::NativeText)));
    connect(m_end, &QPushButton::clicked, this, &ConversationPanel::endRequested);
    auto *endShortcut = new QShortcut(EndSessionKey, view); // only while the session is shown
    connect(endShortcut, &QShortcut::activated, m_end, &QPushButton::click);

    auto *facts = new QHBoxLayout;
    facts->setSpacing(16);
    facts->addWidget(m_service);
    facts->addWidget(m_elapsed);
    facts->addStretch();
    auto *who = new QVBoxLayout;
    who->setSpacing(2);
    who->addWidget(m_customer);
    who->addLayout(facts);
    auto *header = new QHBoxLayout;
    header->addLayout(who, 1);
    header->addWidget(m_end, 0, Qt::AlignTop);

    m_transcript = new QTextBrowser;
    m_transcript->setObjectName(QStringLiteral("transcript"));
    m_transcript->setOpenLinks(false);
    m_transcript->setFocusPolicy(Qt::ClickFocus); // Tab goes to the input, where the executive types

    auto *layout = new QVBoxLayout(view);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(header);
    layout->addWidget(m_transcript, 1);
    return view;
}

void ConversationPanel::setMode(Mode mode)
{
    m_mode = mode;
    switch (mode) {
    case Mode::Idle:
        m_stack->setCurrentWidget(m_idleView);
        m_input->setPlaceholderText(tr("Type :help to see the commands"));
        break;
    case Mode::Ringing:
        m_stack->setCurrentWidget(m_offer);
        m_input->setPlaceholderText(tr("Type :connect to accept, :reject to decline, or :help for the commands"));
        break;
    case Mode::Talking:
        m_stack->setCurrentWidget(m_sessionView);
        m_input->setPlaceholderText(tr("Write to %1 and press Enter; :help lists the commands").arg(m_customerName));
        break;
    }
    if (mode != Mode::Ringing)
        m_offer->stop();
    if (mode != Mode::Talking)
        m_elapsedTicker.stop();
}

void ConversationPanel::showOffer(const OfferInfo &offer)
{
    showNotice(QString());
    m_offer->showOffer(offer);
    setMode(Mode::Ringing);
}

void ConversationPanel::endOffer(const QString &message)
{
    if (m_mode == Mode::Ringing)
        setMode(Mode::Idle);
    showNotice(message);
}

void ConversationPanel::startSession(const QString &customerName, const QString &service)
{
    m_customerName = customerName;
    m_entries.clear();
    renderTranscript();
    m_customer->setText(customerName);
    m_service->setText(tr("Service: %1").arg(service));
    m_sessionClock.start();
    updateElapsed();
    m_elapsedTicker.start();
    showNotice(QString());
    setMode(Mode::Talking);
    focusInput();
}

void ConversationPanel::endSession(const QString &message)
{
    m_entries.clear();
    renderTranscript();
    m_customerName.clear();
    setMode(Mode::Idle);
    showNotice(message);
}

void ConversationPanel::addIncoming(const QString &fromName, const QString &text, const QDateTime &at)
{
    m_entries.append(Entry{false, fromName, text, at, QString()});
    renderTranscript();
}

void ConversationPanel::addOwn(const QString &clientMessageId, const QString &text)
{
    m_entries.append(Entry{true, QString(), text, QDateTime(), clientMessageId});
    renderTranscript();
}

void ConversationPanel::markDelivered(const QString &clientMessageId, const QDateTime &at)
{
    for (Entry &entry : m_entries) {
        if (entry.own && entry.clientMessageId == clientMessageId) {
            entry.at = at;
            renderTranscript();
            return;
        }
    }
}

void ConversationPanel::showNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void ConversationPanel::reset()
{
    m_entries.clear();
    renderTranscript();
    m_customerName.clear();
    m_input->clear();
    showNotice(QString());
    setMode(Mode::Idle);
}

void ConversationPanel::focusInput()
{
    m_input->setFocus(Qt::OtherFocusReason);
}

QString ConversationPanel::clockText(qint64 seconds)
{
    seconds = qMax<qint64>(0, seconds);
    return QStringLiteral("%1:%2")
        .arg(seconds / 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

void ConversationPanel::submit()
{
    const QString line = m_input->text();
    if (line.trimmed().isEmpty())
        return;
    m_input->clear();
    m_input->setFocus(Qt::OtherFocusReason);
    Q_EMIT lineEntered(line);
}

void ConversationPanel::updateElapsed()
{
    m_elapsed->setText(tr("In session for %1").arg(clockText(m_sessionClock.elapsed() / 1000)));
}

void ConversationPanel::renderTranscript()
{
    QScrollBar *bar = m_transcript->verticalScrollBar();
    const bool atBottom = bar->value() >= bar->maximum() - 4;
    const int kept = bar->value();
    const QPalette colors = m_transcript->palette();
    const QString ownBackground = rgba(colors.color(QPalette::Highlight), 38);
    const QString theirBackground = rgba(colors.color(QPalette::Text), 14);
    const QString quiet = colors.color(QPalette::PlaceholderText).name();
    QString html;
    for (const Entry &entry : m_entries) {
        QString header;
        if (!entry.own)
            header = tr("%1 · %2", "the customer's name and the time of their message (HH:mm)")
                         .arg(entry.from, timeText(entry.at));
        else if (entry.at.isValid())
            header = tr("You · %1", "an own message and the time it was delivered (HH:mm)").arg(timeText(entry.at));
        else
            header = tr("You · sending…", "an own message the server has not confirmed yet");
        QString body = entry.text.toHtmlEscaped();
        body.replace(QLatin1Char('\n'), QLatin1String("<br>"));
        // One table per message (rows of one table would share their column widths): a bubble on the
        // left for the customer, on the right for the executive.
        const QString bubble =
            QStringLiteral("<td width=\"78%\" style=\"background-color: %1;\">"
                           "<span style=\"color: %2;\">%3</span><br>%4</td>")
                .arg(entry.own ? ownBackground : theirBackground, quiet, header.toHtmlEscaped(), body);
        const QString gap = QStringLiteral("<td width=\"22%\"></td>");
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"4\" cellpadding=\"7\"><tr>%1</tr></table>")
                    .arg(entry.own ? gap + bubble : bubble + gap);
    }
    m_transcript->setHtml(html);
    bar->setValue(atBottom ? bar->maximum() : kept);
}

} // namespace Turno
