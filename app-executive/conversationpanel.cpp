#include "conversationpanel.h"

#include "deskstyle.h"
#include "domain/textlimits.h"
#include "invitationpanel.h"
#include "offerpanel.h"
#include "sessionswitcher.h"
#include "utf8limit.h"

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

QString timeText(const QDateTime &at)
{
    return at.toLocalTime().toString(QStringLiteral("HH:mm"));
}

QString rgba(const QColor &color, int alpha)
{
    return QStringLiteral("rgba(%1, %2, %3, %4)").arg(color.red()).arg(color.green()).arg(color.blue()).arg(alpha);
}

} // namespace

QKeySequence ConversationPanel::endKey()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E);
}

QKeySequence ConversationPanel::holdKey()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H);
}

QKeySequence ConversationPanel::transferKey()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T);
}

QKeySequence ConversationPanel::inviteKey()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I);
}

QKeySequence ConversationPanel::addContactKey()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K);
}

QKeySequence ConversationPanel::restartInternetKey()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R);
}

QKeySequence ConversationPanel::restartWifiKey()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W);
}

ConversationPanel::ConversationPanel(QWidget *parent) : QGroupBox(tr("Conversation"), parent)
{
    setObjectName(QStringLiteral("conversationPane"));
    m_invitation = new InvitationPanel;
    m_switcher = new SessionSwitcher;
    m_switcher->hide();
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
    limitToUtf8Bytes(m_input, TextLimits::kChatTextBytes); // a chat message, or a command shorter than one
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
    layout->addWidget(m_invitation);
    layout->addWidget(m_switcher);
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
    scaleFont(heading, 1.15);
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

QPushButton *ConversationPanel::actionButton(const QString &text, const char *objectName, const QKeySequence &key,
                                             const QString &toolTip, void (ConversationPanel::*signal)())
{
    auto *button = new QPushButton(text);
    button->setObjectName(QLatin1String(objectName));
    button->setAutoDefault(false);
    button->setToolTip(toolTip.arg(keyText(key)));
    connect(button, &QPushButton::clicked, this, signal);
    auto *shortcut = new QShortcut(key, m_sessionView); // only while a session is shown
    connect(shortcut, &QShortcut::activated, button, [button] {
        if (button->isEnabled())
            button->click();
    });
    return button;
}

QWidget *ConversationPanel::createSessionView()
{
    m_sessionView = new QWidget;
    m_sessionView->setObjectName(QStringLiteral("conversationSession"));
    m_customer = new QLabel;
    m_customer->setObjectName(QStringLiteral("sessionCustomer"));
    m_customer->setTextFormat(Qt::PlainText);
    scaleFont(m_customer, 1.25, true);
    m_service = new QLabel;
    m_service->setObjectName(QStringLiteral("sessionService"));
    m_elapsed = new QLabel;
    m_elapsed->setObjectName(QStringLiteral("sessionElapsed"));
    m_participants = new QLabel;
    m_participants->setObjectName(QStringLiteral("sessionParticipants"));
    m_participants->setTextFormat(Qt::PlainText);
    m_participants->setWordWrap(true);
    m_participants->hide();
    makeQuiet(m_service);
    makeQuiet(m_elapsed);
    makeQuiet(m_participants);

    m_end = actionButton(tr("&End session"), "endSessionButton", endKey(),
                         tr("Ends the conversation with the customer (%1)."), &ConversationPanel::endRequested);
    m_hold = actionButton(tr("H&old"), "holdButton", holdKey(),
                          tr("Puts the customer on hold, or takes them back (%1)."), &ConversationPanel::holdRequested);
    m_transfer = actionButton(tr("&Transfer…"), "transferButton", transferKey(),
                              tr("Hands the customer to a colleague, who gets them first in line (%1)."),
                              &ConversationPanel::transferRequested);
    m_invite =
        actionButton(tr("&Invite…"), "inviteButton", inviteKey(),
                     tr("Invites a colleague into this conversation (%1)."), &ConversationPanel::inviteRequested);
    m_addContact = actionButton(tr("Add to contact&s"), "addContactButton", addContactKey(),
                                tr("Keeps the customer in your contacts, to invite them later (%1)."),
                                &ConversationPanel::addContactRequested);
    m_restartInternet = actionButton(tr("Restart internet"), "restartInternetButton", restartInternetKey(),
                                     tr("Restarts the customer's internet service; both of you see the result (%1)."),
                                     &ConversationPanel::restartInternetRequested);
    m_restartWifi = actionButton(tr("Restart Wi-Fi"), "restartWifiButton", restartWifiKey(),
                                 tr("Asks the customer for a new Wi-Fi password and restarts the Wi-Fi (%1)."),
                                 &ConversationPanel::restartWifiRequested);

    auto *facts = new QHBoxLayout;
    facts->setSpacing(16);
    facts->addWidget(m_service);
    facts->addWidget(m_elapsed);
    facts->addStretch();
    auto *who = new QVBoxLayout;
    who->setSpacing(2);
    who->addWidget(m_customer);
    who->addLayout(facts);
    who->addWidget(m_participants);
    auto *header = new QHBoxLayout;
    header->addLayout(who, 1);
    header->addWidget(m_end, 0, Qt::AlignTop);
    auto *actions = new QHBoxLayout;
    actions->setSpacing(6);
    for (QPushButton *button : {m_hold, m_transfer, m_invite, m_addContact})
        actions->addWidget(button);
    actions->addStretch();
    auto *service = new QHBoxLayout;
    service->setSpacing(6);
    service->addWidget(m_restartInternet);
    service->addWidget(m_restartWifi);
    service->addStretch();

    m_heldBanner = new QLabel;
    m_heldBanner->setObjectName(QStringLiteral("heldBanner"));
    m_heldBanner->setWordWrap(true);
    m_heldBanner->setTextFormat(Qt::PlainText);
    m_heldBanner->setMargin(8);
    const QColor accent = palette().color(QPalette::Highlight);
    m_heldBanner->setStyleSheet(QStringLiteral("#heldBanner { border: 1px solid %1; border-radius: 4px; "
                                               "background-color: rgba(%2, %3, %4, 22); }")
                                    .arg(accent.name())
                                    .arg(accent.red())
                                    .arg(accent.green())
                                    .arg(accent.blue()));
    m_heldBanner->hide();

    m_transcript = new QTextBrowser;
    m_transcript->setObjectName(QStringLiteral("transcript"));
    m_transcript->setOpenLinks(false);
    m_transcript->setFocusPolicy(Qt::ClickFocus); // Tab goes to the input, where the executive types

    auto *layout = new QVBoxLayout(m_sessionView);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(header);
    layout->addLayout(actions);
    layout->addLayout(service);
    layout->addWidget(m_heldBanner);
    layout->addWidget(m_transcript, 1);
    return m_sessionView;
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
        m_input->setPlaceholderText(
            tr("Write to %1 and press Enter; :help lists the commands").arg(m_shown.customerName));
        break;
    }
    if (mode != Mode::Ringing)
        m_offer->stop();
    if (mode == Mode::Talking)
        m_elapsedTicker.start();
    else
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
        setMode(m_shown.id != 0 ? Mode::Talking : Mode::Idle);
    showNotice(message);
}

void ConversationPanel::showSessions(const ExecutiveSession &session)
{
    m_switcher->showSessions(session);
    m_switcher->setVisible(!session.sessions().isEmpty());
}

void ConversationPanel::showSession(const SessionInfo &info, bool offerRinging)
{
    const bool another = info.id != m_shown.id;
    m_shown = info;
    m_customer->setText(info.customerName);
    m_service->setText(tr("Service: %1").arg(info.service));
    updateFacts();
    updateElapsed();
    if (another)
        m_transcript->clear(); // a new transcript starts at its end
    renderTranscript();
    if (m_mode != Mode::Ringing || !offerRinging)
        setMode(Mode::Talking);
    if (another) {
        showNotice(QString());
        focusInput();
    }
}

void ConversationPanel::showNoSession()
{
    m_shown = SessionInfo();
    m_transcript->clear();
    if (m_mode == Mode::Talking)
        setMode(Mode::Idle);
}

void ConversationPanel::updateFacts()
{
    const SessionInfo &info = m_shown;
    // The session's own executive may put it on hold, transfer it and invite colleagues; a guest
    // only talks, adds the customer to their contacts, and leaves.
    for (QPushButton *button : {m_hold, m_transfer, m_invite, m_restartInternet, m_restartWifi})
        button->setEnabled(!info.guest);
    m_hold->setText(info.held ? tr("Res&ume") : tr("H&old"));
    m_end->setText(info.guest ? tr("&Leave session") : tr("&End session"));
    m_end->setToolTip(
        info.guest ? tr("Leaves this conference; the customer stays with their executive (%1).").arg(keyText(endKey()))
                   : tr("Ends the conversation with the customer (%1).").arg(keyText(endKey())));
    if (info.participants.size() > 2) {
        m_participants->setText(tr("In this conversation: %1").arg(info.participants.join(QStringLiteral(", "))));
        m_participants->show();
    } else {
        m_participants->hide();
    }
    m_heldBanner->setText(tr("%1 is on hold: they are told you will be back, and may still write. Press Resume "
                             "(%2) to go on.")
                              .arg(info.customerName, keyText(holdKey())));
    m_heldBanner->setVisible(info.held);
}

void ConversationPanel::addEvent(quint32 sessionId, const QString &text)
{
    if (text.isEmpty())
        return;
    qsizetype messages = 0;
    if (sessionId == m_shown.id)
        messages = m_shown.transcript.size();
    m_events[sessionId].append(Event{messages, text});
    if (sessionId == m_shown.id)
        renderTranscript();
}

void ConversationPanel::forgetSession(quint32 sessionId)
{
    m_events.remove(sessionId);
}

void ConversationPanel::showNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void ConversationPanel::reset()
{
    m_shown = SessionInfo();
    m_events.clear();
    m_transcript->clear();
    m_input->clear();
    m_invitation->dismiss();
    m_switcher->hide();
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
    const qint64 seconds = m_shown.startedAt.isValid() ? m_shown.startedAt.secsTo(QDateTime::currentDateTime()) : 0;
    m_elapsed->setText(tr("In session for %1").arg(clockText(seconds)));
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
    const QList<Event> events = m_events.value(m_shown.id);
    qsizetype nextEvent = 0;
    QString html;
    const auto eventsUpTo = [&](qsizetype messages) {
        for (; nextEvent < events.size() && events.at(nextEvent).afterMessages <= messages; ++nextEvent) {
            html += QStringLiteral("<p align=\"center\" style=\"color: %1;\"><i>%2</i></p>")
                        .arg(quiet, events.at(nextEvent).text.toHtmlEscaped());
        }
    };
    for (qsizetype i = 0; i < m_shown.transcript.size(); ++i) {
        eventsUpTo(i);
        const ChatLine &line = m_shown.transcript.at(i);
        QString header;
        if (!line.own)
            header = tr("%1 · %2", "the customer's name and the time of their message (HH:mm)")
                         .arg(line.fromName, timeText(line.at));
        else if (line.delivered)
            header = tr("You · %1", "an own message and the time it was delivered (HH:mm)").arg(timeText(line.at));
        else
            header = tr("You · sending…", "an own message the server has not confirmed yet");
        QString body = line.text.toHtmlEscaped();
        body.replace(QLatin1Char('\n'), QLatin1String("<br>"));
        // One table per message (rows of one table would share their column widths): a bubble on the
        // left for the customer, on the right for the executive.
        const QString bubble =
            QStringLiteral("<td width=\"78%\" style=\"background-color: %1;\">"
                           "<span style=\"color: %2;\">%3</span><br>%4</td>")
                .arg(line.own ? ownBackground : theirBackground, quiet, header.toHtmlEscaped(), body);
        const QString gap = QStringLiteral("<td width=\"22%\"></td>");
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"4\" cellpadding=\"7\"><tr>%1</tr></table>")
                    .arg(line.own ? gap + bubble : bubble + gap);
    }
    eventsUpTo(m_shown.transcript.size());
    m_transcript->setHtml(html);
    bar->setValue(atBottom ? bar->maximum() : kept);
}

} // namespace Turno
