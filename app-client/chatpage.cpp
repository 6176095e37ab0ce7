#include "chatpage.h"

#include "domain/textlimits.h"
#include "utf8limit.h"

#include <QFrame>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace Turno
{

namespace
{

const QString OwnStyle =
    QStringLiteral("QFrame#ownMessage { background: #dcecfb; border: 1px solid #b3d4f5; border-radius: 8px; }");
const QString IncomingStyle =
    QStringLiteral("QFrame#incomingMessage { background: #f1f1f1; border: 1px solid #d6d6d6; border-radius: 8px; }");
const QString HoldStyle = QStringLiteral(
    "QLabel#holdBanner { color: #5f3b00; background: #fff4d6; border: 1px solid #f0c36d; border-radius: 6px; "
    "padding: 8px 10px; }");

QString timeOf(const QDateTime &at)
{
    return at.toLocalTime().toString(QStringLiteral("HH:mm"));
}

} // namespace

ChatPage::ChatPage(QWidget *parent) : QWidget(parent)
{
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("chatTitle"));
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_elapsed = new QLabel;
    m_elapsed->setObjectName(QStringLiteral("chatElapsed"));
    m_elapsed->setWordWrap(true);
    m_others = new QLabel;
    m_others->setObjectName(QStringLiteral("chatParticipants"));
    m_others->setWordWrap(true);
    m_others->setTextFormat(Qt::PlainText);
    m_others->hide();
    m_hold = new QLabel;
    m_hold->setObjectName(QStringLiteral("holdBanner"));
    m_hold->setWordWrap(true);
    m_hold->setTextFormat(Qt::PlainText);
    m_hold->setStyleSheet(HoldStyle);
    m_hold->hide();

    m_end = new QPushButton;
    m_end->setObjectName(QStringLiteral("endConversationButton"));
    m_end->setAutoDefault(false);
    m_end->setFocusPolicy(Qt::TabFocus);

    m_messages = new QWidget;
    m_messages->setObjectName(QStringLiteral("chatMessages"));
    m_messageLayout = new QVBoxLayout(m_messages);
    m_messageLayout->setSpacing(8);
    m_messageLayout->addStretch();
    m_scroll = new QScrollArea;
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(m_messages);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    // Keep the newest message in sight as messages arrive.
    connect(m_scroll->verticalScrollBar(), &QScrollBar::rangeChanged, m_scroll,
            [this](int, int max) { m_scroll->verticalScrollBar()->setValue(max); });

    m_input = new QLineEdit;
    m_input->setObjectName(QStringLiteral("chatInput"));
    m_input->setPlaceholderText(tr("Write your message and press Enter"));
    limitToUtf8Bytes(m_input, TextLimits::kChatTextBytes);
    m_input->setMaxLength(2000);
    m_send = new QPushButton(tr("&Send"));
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setAutoDefault(false);
    m_send->setFocusPolicy(Qt::NoFocus); // the focus stays in the input
    connect(m_input, &QLineEdit::returnPressed, this, &ChatPage::send);
    connect(m_send, &QPushButton::clicked, this, &ChatPage::send);
    connect(m_end, &QPushButton::clicked, this, &ChatPage::endRequested);

    auto *header = new QHBoxLayout;
    auto *who = new QVBoxLayout;
    who->addWidget(m_title);
    who->addWidget(m_elapsed);
    who->addWidget(m_others);
    header->addLayout(who, 1);
    header->addWidget(m_end, 0, Qt::AlignTop);
    auto *inputRow = new QHBoxLayout;
    inputRow->addWidget(m_input, 1);
    inputRow->addWidget(m_send);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 18, 18, 18);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addWidget(m_hold);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(inputRow);

    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &ChatPage::renderElapsed);
    setWriting(true);
}

void ChatPage::setWriting(bool enabled)
{
    // While transferred, the button leaves the line instead (the window decides what it does).
    m_end->setText(enabled ? tr("&End conversation") : tr("&Leave the queue"));
    const QString key = QKeySequence::mnemonic(m_end->text()).toString(QKeySequence::NativeText);
    m_end->setToolTip(enabled ? tr("Press %1 to end the conversation.").arg(key)
                              : tr("Press %1 to leave the queue.").arg(key));
    m_input->setEnabled(enabled);
    m_send->setEnabled(enabled);
    m_input->setPlaceholderText(
        enabled ? tr("Write your message and press Enter")
                : tr("You can write again as soon as %1 takes your conversation.").arg(m_transferTo));
}

void ChatPage::start(const QString &executiveName, const QDateTime &startedAt)
{
    m_executiveName = executiveName;
    m_startedAt = startedAt;
    m_pending.clear();
    while (m_messageLayout->count() > 1) { // keep the stretch (first) that pushes messages down
        QLayoutItem *item = m_messageLayout->takeAt(1);
        delete item->widget();
        delete item;
    }
    m_input->clear();
    m_transferTo.clear();
    setWriting(true);
    setHold(false);
    setParticipants({});
    m_title->setText(tr("You are talking with %1.").arg(executiveName));
    renderElapsed();
    m_tick.start();
}

void ChatPage::showTransfer(const QString &toName)
{
    m_transferTo = toName;
    m_queueInfo = QueueInfo();
    m_queueKnown = false;
    setHold(false);
    setParticipants({});
    setWriting(false);
    m_title->setText(tr("Transferring you to %1…").arg(toName));
    renderElapsed();
    m_tick.start();
}

void ChatPage::setQueueInfo(const QueueInfo &info)
{
    m_queueInfo = info;
    m_queueKnown = true;
    renderElapsed();
}

void ChatPage::continueWith(const QString &executiveName, const QDateTime &startedAt)
{
    m_executiveName = executiveName;
    m_startedAt = startedAt;
    m_transferTo.clear();
    setWriting(true);
    m_title->setText(tr("You are talking with %1.").arg(executiveName));
    addNotice(tr("You are now talking with %1.").arg(executiveName));
    renderElapsed();
    m_tick.start();
}

void ChatPage::setHold(bool held)
{
    m_hold->setText(held ? tr("On hold: %1 will be back with you here. You can still write.").arg(m_executiveName)
                         : QString());
    m_hold->setVisible(held);
}

void ChatPage::setParticipants(const QStringList &names)
{
    const QStringList others = names.mid(2); // after the customer and the executive
    m_others->setText(others.isEmpty() ? QString()
                                       : tr("Also in this conversation: %1").arg(others.join(QStringLiteral(", "))));
    m_others->setVisible(!others.isEmpty());
}

bool ChatPage::shows(const QString &executiveName, const QDateTime &startedAt) const
{
    return m_tick.isActive() && executiveName == m_executiveName && startedAt == m_startedAt;
}

void ChatPage::stop()
{
    m_tick.stop();
}

void ChatPage::renderElapsed()
{
    if (isTransferring()) {
        // Where the customer is in the new executive's line, counted down as the queue page does.
        m_elapsed->setText(m_queueKnown
                               ? tr("%1 %2", "place in line, then the estimated wait")
                                     .arg(CustomerSession::describePlace(m_queueInfo),
                                          CustomerSession::describeWait(m_queueInfo, QDateTime::currentDateTime()))
                               : tr("Finding your place in line…"));
        return;
    }
    const qint64 seconds = qMax<qint64>(0, m_startedAt.secsTo(QDateTime::currentDateTime()));
    const QString clock =
        QStringLiteral("%1:%2").arg(seconds / 60, 2, 10, QLatin1Char('0')).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    m_elapsed->setText(tr("Conversation time: %1", "minutes:seconds").arg(clock));
}

void ChatPage::addIncoming(const QString &fromName, const QString &text, const QDateTime &at)
{
    addBubble(tr("%1 · %2", "sender's name · time of the message").arg(fromName, timeOf(at)), text, false);
}

void ChatPage::addOwn(const QString &clientMessageId, const QString &text)
{
    QLabel *status =
        addBubble(tr("You · %1", "time of the message").arg(timeOf(QDateTime::currentDateTime())), text, true);
    status->setText(tr("Sending…"));
    m_pending.insert(clientMessageId, status);
}

void ChatPage::markDelivered(const QString &clientMessageId, const QDateTime &at)
{
    if (QLabel *status = m_pending.take(clientMessageId))
        status->setText(tr("Delivered %1 ✓", "time the message was stored").arg(timeOf(at)));
}

void ChatPage::addNotice(const QString &text)
{
    auto *notice = new QLabel(text);
    notice->setObjectName(QStringLiteral("serviceNotice"));
    notice->setTextFormat(Qt::PlainText);
    notice->setWordWrap(true);
    notice->setAlignment(Qt::AlignCenter);
    QPalette quiet = notice->palette();
    quiet.setColor(QPalette::WindowText, quiet.color(QPalette::PlaceholderText));
    notice->setPalette(quiet);
    m_messageLayout->addWidget(notice);
}

QLabel *ChatPage::addBubble(const QString &header, const QString &text, bool own)
{
    auto *bubble = new QFrame;
    bubble->setObjectName(own ? QStringLiteral("ownMessage") : QStringLiteral("incomingMessage"));
    bubble->setStyleSheet(own ? OwnStyle : IncomingStyle);
    auto *column = new QVBoxLayout(bubble);
    column->setContentsMargins(10, 6, 10, 6);
    column->setSpacing(2);
    auto *from = new QLabel(header);
    from->setObjectName(QStringLiteral("messageHeader"));
    QFont small = from->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    from->setFont(small);
    from->setStyleSheet(QStringLiteral("color: #555;"));
    auto *body = new QLabel(text);
    body->setObjectName(QStringLiteral("messageText"));
    body->setTextFormat(Qt::PlainText); // what people type is never markup
    body->setWordWrap(true);
    body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    column->addWidget(from);
    column->addWidget(body);
    QLabel *status = nullptr;
    if (own) {
        status = new QLabel;
        status->setObjectName(QStringLiteral("messageStatus"));
        status->setFont(small);
        status->setStyleSheet(QStringLiteral("color: #555;"));
        status->setAlignment(Qt::AlignRight);
        column->addWidget(status);
    }
    bubble->setMaximumWidth(460);

    auto *rowWidget = new QWidget;
    auto *row = new QHBoxLayout(rowWidget);
    row->setContentsMargins(0, 0, 0, 0);
    if (own)
        row->addStretch(1);
    row->addWidget(bubble, 4);
    if (!own)
        row->addStretch(1);
    m_messageLayout->addWidget(rowWidget);
    return status;
}

void ChatPage::send()
{
    const QString text = m_input->text();
    if (text.trimmed().isEmpty() || !m_input->isEnabled())
        return;
    m_input->clear();
    Q_EMIT sendRequested(text);
    m_input->setFocus();
}

void ChatPage::focusInput()
{
    m_input->setFocus();
}

} // namespace Turno
