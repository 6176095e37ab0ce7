#include "contactspanel.h"

#include "commandrunner.h"
#include "deskstyle.h"
#include "session/executivesession.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Turno
{

ContactsPanel::ContactsPanel(QWidget *parent) : QGroupBox(tr("Contacts"), parent)
{
    setObjectName(QStringLiteral("contactsPane"));
    m_empty = new QLabel(tr("Customers you add from a session (Add to contacts) appear here, so you can invite "
                            "them later."));
    m_empty->setObjectName(QStringLiteral("contactsEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    makeQuiet(m_empty);
    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("contactsList"));
    m_list->setHeaderLabels({tr("Contact"), tr("Now")});
    m_list->setRootIsDecorated(false);
    m_list->setAccessibleName(tr("Your contacts"));
    m_list->header()->setStretchLastSection(true);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ContactsPanel::updateButtons);

    m_service = new QComboBox;
    m_service->setObjectName(QStringLiteral("contactServiceChoice"));
    m_service->setToolTip(tr("What the invitation is about."));
    setServices({});
    m_invite = new QPushButton(tr("In&vite"));
    m_invite->setObjectName(QStringLiteral("inviteContactButton"));
    m_invite->setToolTip(tr("Invite the selected contact to a session now (only when they are free)."));
    m_remove = new QPushButton(tr("Re&move"));
    m_remove->setObjectName(QStringLiteral("removeContactButton"));
    m_remove->setToolTip(tr("Remove the selected contact."));
    for (QPushButton *button : {m_invite, m_remove})
        button->setAutoDefault(false);
    connect(m_invite, &QPushButton::clicked, this, [this] {
        if (!selectedKey().isEmpty())
            Q_EMIT inviteRequested(selectedKey(), m_service->currentData().toString());
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (!selectedKey().isEmpty())
            Q_EMIT removeRequested(selectedKey());
    });

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(6);
    buttons->addWidget(m_service);
    buttons->addWidget(m_invite);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    refresh();
}

void ContactsPanel::attach(ExecutiveSession *session)
{
    m_session = session;
    connect(session, &ExecutiveSession::contactsChanged, this, &ContactsPanel::refresh);
}

void ContactsPanel::setServices(const QStringList &services)
{
    QStringList order = services;
    for (const QString &service : {QStringLiteral("internet"), QStringLiteral("wifi")}) {
        if (!order.contains(service))
            order.append(service);
    }
    m_service->clear();
    for (const QString &service : std::as_const(order))
        m_service->addItem(ExecutiveTexts::describeService(service), service);
}

QString ContactsPanel::selectedKey() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

void ContactsPanel::updateButtons()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    m_invite->setEnabled(item && item->data(1, Qt::UserRole).toBool());
    m_remove->setEnabled(item != nullptr);
    m_service->setEnabled(m_invite->isEnabled());
}

void ContactsPanel::refresh()
{
    const QList<ContactInfo> contacts = m_session ? m_session->contacts() : QList<ContactInfo>();
    const QString selected = selectedKey();
    const QSignalBlocker quiet(m_list);
    m_list->clear();
    const QColor freeColor = palette().color(QPalette::Highlight);
    const QColor offline = palette().color(QPalette::PlaceholderText);
    for (const ContactInfo &contact : contacts) {
        auto *item = new QTreeWidgetItem({contact.name, CommandRunner::contactState(contact)});
        item->setData(0, Qt::UserRole, contact.key);
        item->setData(1, Qt::UserRole, contact.free);
        if (contact.free)
            item->setForeground(1, freeColor);
        else if (!contact.online)
            item->setForeground(1, offline);
        m_list->addTopLevelItem(item);
        if (contact.key == selected)
            m_list->setCurrentItem(item);
    }
    m_list->resizeColumnToContents(0);
    m_empty->setVisible(contacts.isEmpty());
    m_list->setVisible(!contacts.isEmpty());
    setTitle(contacts.isEmpty() ? tr("Contacts") : tr("Contacts (%1)").arg(contacts.size()));
    updateButtons();
}

} // namespace Turno
