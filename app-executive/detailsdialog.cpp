#include "detailsdialog.h"

#include "customercounttext.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Turno
{

DetailsDialog::DetailsDialog(ExecutiveSession *session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("detailsDialog"));
    setWindowTitle(tr("Connected customers"));
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("detailsSummary"));
    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("detailsList"));
    m_list->setHeaderLabels({tr("Customer"), tr("Now"), tr("Last action")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *refresh = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    refresh->setObjectName(QStringLiteral("detailsRefreshButton"));
    connect(refresh, &QPushButton::clicked, this, [this] { m_session->requestDetails(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(640, 400);
}

void DetailsDialog::showDetails(const QList<CustomerDetail> &customers, int total)
{
    m_list->clear();
    for (const CustomerDetail &customer : customers)
        m_list->addTopLevelItem(new QTreeWidgetItem({customer.name, customer.activity, customer.lastAction}));
    for (int column = 0; column < 2; ++column)
        m_list->resizeColumnToContents(column);
    m_summary->setText(
        total > customers.size()
            ? tr("%1; the first %2 are listed.").arg(CustomerCountText::connected(total)).arg(customers.size())
            : CustomerCountText::connected(total));
}

} // namespace Turno
