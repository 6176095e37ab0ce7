#include "sessionswitcher.h"

#include "commandrunner.h"
#include "deskstyle.h"

#include <QShortcut>

namespace Turno
{

QKeySequence SessionSwitcher::nextKey()
{
    return QKeySequence(Qt::CTRL | Qt::Key_PageDown);
}

QKeySequence SessionSwitcher::previousKey()
{
    return QKeySequence(Qt::CTRL | Qt::Key_PageUp);
}

SessionSwitcher::SessionSwitcher(QWidget *parent) : QTabBar(parent)
{
    setObjectName(QStringLiteral("sessionSwitcher"));
    setExpanding(false);
    setDocumentMode(true);
    setElideMode(Qt::ElideRight);
    setUsesScrollButtons(true);
    setAccessibleName(tr("Your sessions"));
    connect(this, &QTabBar::currentChanged, this, [this](int index) {
        if (!m_rebuilding)
            requestAt(index);
    });
    // A click on the tab in front brings it back from hold.
    connect(this, &QTabBar::tabBarClicked, this, [this](int index) {
        if (index == currentIndex())
            requestAt(index);
    });
    for (int n = 1; n <= 9; ++n) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + n)), this);
        connect(shortcut, &QShortcut::activated, this, [this, n] {
            if (n <= count())
                requestAt(n - 1);
        });
    }
    auto *next = new QShortcut(nextKey(), this);
    connect(next, &QShortcut::activated, this, [this] {
        if (count() > 1)
            requestAt((currentIndex() + 1) % count());
    });
    auto *previous = new QShortcut(previousKey(), this);
    connect(previous, &QShortcut::activated, this, [this] {
        if (count() > 1)
            requestAt((currentIndex() + count() - 1) % count());
    });
}

void SessionSwitcher::requestAt(int index)
{
    if (index >= 0 && index < count())
        Q_EMIT switchRequested(sessionAt(index));
}

quint32 SessionSwitcher::sessionAt(int index) const
{
    return tabData(index).toUInt();
}

void SessionSwitcher::showSessions(const ExecutiveSession &session)
{
    m_rebuilding = true;
    const QList<SessionInfo> &sessions = session.sessions();
    while (count() > sessions.size())
        removeTab(count() - 1);
    const QColor quiet = palette().color(QPalette::PlaceholderText);
    const QColor unreadColor = palette().color(QPalette::Highlight);
    for (int i = 0; i < sessions.size(); ++i) {
        const SessionInfo &info = sessions.at(i);
        QString label = info.customerName;
        if (info.guest)
            label = tr("%1 · conference", "a session tab: a colleague's session this executive joined").arg(label);
        if (info.held)
            label = tr("%1 · on hold", "a session tab").arg(label);
        if (info.unread > 0)
            label = tr("%1 (%2)", "a session tab and its unread messages").arg(label).arg(info.unread);
        if (i >= count())
            addTab(label);
        else
            setTabText(i, label);
        setTabData(i, info.id);
        setTabTextColor(i, info.unread > 0 ? unreadColor : info.held ? quiet : palette().color(QPalette::WindowText));
        QStringList states = CommandRunner::sessionStates(session, info);
        const QString about = states.isEmpty()
                                  ? tr("%1, %2.", "tooltip: customer, service").arg(info.customerName, info.service)
                                  : tr("%1, %2: %3.", "tooltip: customer, service, states")
                                        .arg(info.customerName, info.service, states.join(QStringLiteral(", ")));
        setTabToolTip(
            i, i < 9
                   ? tr("%1 Press %2 to go to it.").arg(about, keyText(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i))))
                   : about);
        if (info.id == session.currentSession())
            setCurrentIndex(i);
    }
    m_rebuilding = false;
}

} // namespace Turno
