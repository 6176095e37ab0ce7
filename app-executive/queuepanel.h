// The queue panel: the customers waiting in the executive's lines, oldest first, with a live waiting
// time and their last self-service action; "Connect next" takes the oldest, "Connect selected" (or a
// double-click) the one chosen, and "History" shows the chosen one's history beside the conversation.
#pragma once

#include <QGroupBox>

class QPushButton;
class QStackedLayout;
class QTreeWidget;

namespace Turno
{

class ExecutiveSession;

class QueuePanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit QueuePanel(QWidget *parent = nullptr);

    // Follows the session's waiting list (and keeps the waiting times counting).
    void attach(ExecutiveSession *session);
    void refresh();
    // The key of the selected waiting customer (empty: none).
    QString selectedKey() const;

    static QKeySequence connectNextKey();
    static QKeySequence historyKey();

Q_SIGNALS:
    void connectNextRequested();
    void connectRequested(const QString &key);
    void historyRequested(const QString &key);

private:
    void updateButtons();

    ExecutiveSession *m_session = nullptr;
    QStackedLayout *m_stack = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_connectNext = nullptr;
    QPushButton *m_connectSelected = nullptr;
    QPushButton *m_history = nullptr;
};

} // namespace Turno
