// The executive's desk once logged in: a live greeting with the number of customers connected, the
// profile the server assigned, and the panes a later version fills (waiting customers, conversation).
#pragma once

#include <QStringList>
#include <QWidget>

class QGroupBox;
class QLabel;
class QSplitter;

namespace Turno
{

class ExecutiveMainPage : public QWidget
{
    Q_OBJECT
public:
    explicit ExecutiveMainPage(QWidget *parent = nullptr);

    void setProfile(const QString &firstName, bool supervisor, const QStringList &services);
    void setConnectedCustomers(int count);

    // The pane for the customers waiting and the one for the conversation, for later versions.
    QGroupBox *queuePane() const { return m_queuePane; }
    QGroupBox *conversationPane() const { return m_conversationPane; }

    // "Internet" for "internet": the names the server uses, as the executive reads them.
    static QString serviceName(const QString &service);

private:
    void updateGreeting();

    QLabel *m_greeting = nullptr;
    QLabel *m_role = nullptr;
    QLabel *m_services = nullptr;
    QGroupBox *m_queuePane = nullptr;
    QGroupBox *m_conversationPane = nullptr;
    QString m_firstName;
    int m_count = 0;
};

} // namespace Turno
