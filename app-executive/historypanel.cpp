#include "historypanel.h"

#include "deskstyle.h"
#include "domain/textlimits.h"
#include "utf8limit.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
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

// Today's entries by their time alone; older ones with their date.
QString whenText(const QDateTime &at)
{
    const QDateTime local = at.toLocalTime();
    const QString time = local.toString(QStringLiteral("HH:mm"));
    if (local.date() == QDate::currentDate())
        return time;
    return QLocale().toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') + time;
}

} // namespace

QKeySequence HistoryPanel::noteKey()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M);
}

HistoryPanel::HistoryPanel(QWidget *parent) : QGroupBox(tr("Customer"), parent)
{
    setObjectName(QStringLiteral("historyPanel"));
    auto *empty = new QLabel(tr("The customer you attend, and their history, appear here. To read the history of "
                                "someone waiting, select them in the line and press History."));
    empty->setObjectName(QStringLiteral("historyEmpty"));
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignCenter);
    makeQuiet(empty);

    m_customer = new QLabel;
    m_customer->setObjectName(QStringLiteral("historyCustomer"));
    m_customer->setTextFormat(Qt::PlainText);
    m_customer->setWordWrap(true);
    scaleFont(m_customer, 1.1, true);
    m_facts = new QLabel;
    m_facts->setObjectName(QStringLiteral("historyFacts"));
    m_facts->setTextFormat(Qt::PlainText);
    m_facts->setWordWrap(true);
    makeQuiet(m_facts);
    m_back = new QPushButton(tr("Back to the session"));
    m_back->setObjectName(QStringLiteral("historyBackButton"));
    m_back->setAutoDefault(false);
    connect(m_back, &QPushButton::clicked, this, &HistoryPanel::backRequested);
    m_history = new QTextBrowser;
    m_history->setObjectName(QStringLiteral("historyView"));
    m_history->setOpenLinks(false);
    m_history->setFocusPolicy(Qt::ClickFocus);
    m_history->setAccessibleName(tr("History, newest first"));
    connect(m_history, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.toString() != QLatin1String("older") || !m_hasOlder || m_loadingOlder)
            return;
        m_loadingOlder = true;
        render();
        Q_EMIT olderRequested();
    });

    m_note = new QLineEdit;
    m_note->setObjectName(QStringLiteral("noteInput"));
    m_note->setPlaceholderText(tr("A note for the history"));
    m_note->setClearButtonEnabled(true);
    limitToUtf8Bytes(m_note, TextLimits::kNoteBytes);
    connect(m_note, &QLineEdit::returnPressed, this, &HistoryPanel::addNote);
    m_addNote = new QPushButton(tr("Add &note"));
    m_addNote->setObjectName(QStringLiteral("addNoteButton"));
    m_addNote->setAutoDefault(false);
    m_addNote->setToolTip(tr("Adds the note to the customer's history (%1 goes to the note field; Enter adds it).")
                              .arg(keyText(noteKey())));
    connect(m_addNote, &QPushButton::clicked, this, &HistoryPanel::addNote);
    auto *noteShortcut = new QShortcut(noteKey(), this);
    connect(noteShortcut, &QShortcut::activated, this, &HistoryPanel::focusNote);
    m_noteRow = new QWidget;
    auto *noteLayout = new QHBoxLayout(m_noteRow);
    noteLayout->setContentsMargins(0, 0, 0, 0);
    noteLayout->addWidget(m_note, 1);
    noteLayout->addWidget(m_addNote);

    auto *about = new QWidget;
    auto *aboutLayout = new QVBoxLayout(about);
    aboutLayout->setContentsMargins(0, 0, 0, 0);
    aboutLayout->setSpacing(6);
    aboutLayout->addWidget(m_customer);
    aboutLayout->addWidget(m_facts);
    aboutLayout->addWidget(m_back, 0, Qt::AlignLeft);
    aboutLayout->addWidget(m_history, 1);
    aboutLayout->addWidget(m_noteRow);

    m_stack = new QStackedWidget;
    m_stack->addWidget(empty);
    m_stack->addWidget(about);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 10, 10, 10);
    layout->addWidget(m_stack);
    clear();
}

void HistoryPanel::clear()
{
    m_sessionId = 0;
    m_waiting = false;
    m_loading = false;
    m_hasOlder = false;
    m_loadingOlder = false;
    m_name.clear();
    m_items.clear();
    m_note->clear();
    m_stack->setCurrentIndex(0);
}

void HistoryPanel::showSession(const SessionInfo *info)
{
    if (!info) {
        clear();
        return;
    }
    const bool another = info->id != m_sessionId || m_waiting || info->customerName != m_name;
    m_sessionId = info->id;
    m_waiting = false;
    m_name = info->customerName;
    m_customer->setText(info->customerName);
    QStringList facts{tr("Service: %1").arg(info->service),
                      tr("In session since %1").arg(info->startedAt.toLocalTime().toString(QStringLiteral("HH:mm")))};
    if (info->guest)
        facts.append(tr("You joined this conversation as a guest."));
    if (info->participants.size() > 2)
        facts.append(tr("In this conversation: %1").arg(info->participants.join(QStringLiteral(", "))));
    m_facts->setText(facts.join(QLatin1Char('\n')));
    m_back->hide();
    m_noteRow->show();
    if (another) {
        m_items.clear();
        m_hasOlder = false;
        m_loadingOlder = false;
        m_loading = true;
        m_note->clear();
    }
    m_stack->setCurrentIndex(1);
    render();
}

void HistoryPanel::showWaiting(const WaitingEntry &entry)
{
    m_waiting = true;
    m_name = entry.customerName;
    m_items.clear();
    m_hasOlder = false;
    m_loadingOlder = false;
    m_loading = true;
    m_customer->setText(entry.customerName);
    m_facts->setText(QStringList{
        tr("Waiting for %1 since %2").arg(entry.service, entry.waitingSince.toString(QStringLiteral("HH:mm"))),
        tr("Last action: %1").arg(entry.lastAction)}
                         .join(QLatin1Char('\n')));
    m_back->setVisible(m_sessionId != 0);
    m_noteRow->hide(); // notes go into a session's history
    m_stack->setCurrentIndex(1);
    render();
}

void HistoryPanel::showHistory(const QString &customerName, const QList<HistoryItem> &items, bool hasOlder)
{
    if (m_stack->currentIndex() == 0 || customerName != m_name)
        return;
    m_items = items;
    m_hasOlder = hasOlder;
    m_loadingOlder = false;
    m_loading = false;
    render();
}

void HistoryPanel::showOlderHistory(const QString &customerName, const QList<HistoryItem> &items, bool hasOlder)
{
    if (m_stack->currentIndex() == 0 || customerName != m_name)
        return;
    m_items = items + m_items;
    m_hasOlder = hasOlder;
    m_loadingOlder = false;
    // The executive was reading the end of the list: they stay where they were.
    const int scrolled = m_history->verticalScrollBar()->value();
    render();
    m_history->verticalScrollBar()->setValue(scrolled);
}

void HistoryPanel::noteStored()
{
    m_note->clear();
    m_addNote->setEnabled(true);
}

void HistoryPanel::focusNote()
{
    if (m_noteRow->isVisible())
        m_note->setFocus(Qt::ShortcutFocusReason);
}

void HistoryPanel::addNote()
{
    const QString text = m_note->text().trimmed();
    if (text.isEmpty() || !isAboutSession())
        return;
    Q_EMIT noteEntered(text);
}

void HistoryPanel::render()
{
    const QString quiet = m_history->palette().color(QPalette::PlaceholderText).name();
    QString html;
    if (m_loading && m_items.isEmpty()) {
        html = QStringLiteral("<p style=\"color: %1;\">%2</p>").arg(quiet, tr("Loading the history…").toHtmlEscaped());
    } else if (m_items.isEmpty()) {
        html = QStringLiteral("<p style=\"color: %1;\">%2</p>")
                   .arg(quiet, tr("Nothing in the history yet.").toHtmlEscaped());
    } else {
        html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">");
        for (qsizetype i = m_items.size() - 1; i >= 0; --i) {
            const HistoryItem &item = m_items.at(i);
            html += QStringLiteral("<tr><td valign=\"top\" style=\"color: %1; white-space: pre;\">%2</td>"
                                   "<td valign=\"top\">%3</td></tr>")
                        .arg(quiet, whenText(item.at).toHtmlEscaped(), item.description.toHtmlEscaped());
        }
        html += QStringLiteral("</table>");
        if (m_loadingOlder) {
            html += QStringLiteral("<p style=\"color: %1;\">%2</p>")
                        .arg(quiet, tr("Loading older entries…").toHtmlEscaped());
        } else if (m_hasOlder) {
            html += QStringLiteral("<p><a href=\"older\">%1</a></p>").arg(tr("Show older entries").toHtmlEscaped());
        }
    }
    m_history->setHtml(html);
}

} // namespace Turno
