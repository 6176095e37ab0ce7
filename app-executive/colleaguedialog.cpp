#include "colleaguedialog.h"

#include "commandrunner.h"
#include "deskstyle.h"
#include "session/executivesession.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Turno
{

ColleagueDialog::ColleagueDialog(ExecutiveSession *session, Purpose purpose, QWidget *parent)
    : QDialog(parent), m_session(session), m_purpose(purpose)
{
    setObjectName(QStringLiteral("colleagueDialog"));
    const QString customer = session->customerName();
    const bool transfer = purpose == Purpose::Transfer;
    setWindowTitle(transfer ? tr("Transfer %1").arg(customer) : tr("Invite a colleague"));
    auto *question =
        new QLabel(transfer ? tr("Whom do you transfer %1 to? They get the customer first in their line.").arg(customer)
                            : tr("Whom do you invite into the conversation with %1?").arg(customer));
    question->setWordWrap(true);
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("colleagueList"));
    m_list->setAccessibleName(tr("Colleagues online"));
    m_note = new QLabel(tr("No other executive is online right now."));
    m_note->setWordWrap(true);
    makeQuiet(m_note);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(transfer ? tr("&Transfer") : tr("&Invite"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(m_list, &QListWidget::currentItemChanged, this,
            [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_list->currentItem() != nullptr); });
    connect(session, &ExecutiveSession::colleaguesChanged, this, &ColleagueDialog::refresh);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_note);
    layout->addWidget(m_buttons);
    resize(420, 320);
    refresh();
}

QString ColleagueDialog::chosen() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ColleagueDialog::select(const QString &username)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == username)
            m_list->setCurrentRow(i);
    }
}

void ColleagueDialog::refresh()
{
    const QString kept = chosen();
    m_list->clear();
    for (const ColleagueInfo &colleague : m_session->colleagues()) {
        auto *item = new QListWidgetItem(tr("%1 — %2", "a colleague and how they are now")
                                             .arg(colleague.fullName, CommandRunner::colleagueState(colleague)));
        item->setData(Qt::UserRole, colleague.username);
        m_list->addItem(item);
    }
    if (!kept.isEmpty())
        select(kept);
    if (!m_list->currentItem() && m_list->count() == 1)
        m_list->setCurrentRow(0); // the only one: Enter is enough
    m_note->setVisible(m_list->count() == 0);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_list->currentItem() != nullptr);
}

} // namespace Turno
