// The executive's contacts: customers they added from a session, with whether each is online and
// free now; "Invite" asks a free one to a session about the chosen service, "Remove" drops one.
#pragma once

#include <QGroupBox>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace Turno
{

class ExecutiveSession;

class ContactsPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit ContactsPanel(QWidget *parent = nullptr);

    void attach(ExecutiveSession *session);
    // The services the executive attends come first in the service choice.
    void setServices(const QStringList &services);
    void refresh();
    QString selectedKey() const;

Q_SIGNALS:
    void inviteRequested(const QString &key, const QString &service);
    void removeRequested(const QString &key);

private:
    void updateButtons();

    ExecutiveSession *m_session = nullptr;
    QLabel *m_empty = nullptr;
    QTreeWidget *m_list = nullptr;
    QComboBox *m_service = nullptr;
    QPushButton *m_invite = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace Turno
