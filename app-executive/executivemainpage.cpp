#include "executivemainpage.h"

#include "customercounttext.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

namespace Turno
{

namespace
{

// A calm, centered note for a pane that has nothing to show yet.
QGroupBox *paneWithNote(const QString &title, const QString &headline, const QString &note, const QString &objectName)
{
    auto *pane = new QGroupBox(title);
    pane->setObjectName(objectName);
    auto *heading = new QLabel(headline);
    heading->setAlignment(Qt::AlignCenter);
    heading->setWordWrap(true);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    heading->setFont(headingFont);
    auto *detail = new QLabel(note);
    detail->setAlignment(Qt::AlignCenter);
    detail->setWordWrap(true);
    QPalette quiet = detail->palette();
    quiet.setColor(QPalette::WindowText, quiet.color(QPalette::PlaceholderText));
    detail->setPalette(quiet);
    heading->setPalette(quiet);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(18, 18, 18, 18);
    layout->addStretch();
    layout->addWidget(heading);
    layout->addWidget(detail);
    layout->addStretch();
    return pane;
}

} // namespace

ExecutiveMainPage::ExecutiveMainPage(QWidget *parent) : QWidget(parent)
{
    m_greeting = new QLabel;
    m_greeting->setObjectName(QStringLiteral("greeting"));
    m_greeting->setWordWrap(true);
    QFont greetingFont = m_greeting->font();
    greetingFont.setPointSizeF(greetingFont.pointSizeF() * 1.4);
    greetingFont.setBold(true);
    m_greeting->setFont(greetingFont);

    m_role = new QLabel;
    m_role->setObjectName(QStringLiteral("roleValue"));
    m_services = new QLabel;
    m_services->setObjectName(QStringLiteral("servicesValue"));
    m_services->setWordWrap(true);
    auto *profile = new QFormLayout;
    profile->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    profile->addRow(tr("Role:"), m_role);
    profile->addRow(tr("Services:"), m_services);

    m_queuePane =
        paneWithNote(tr("Waiting customers"), tr("No customers waiting"),
                     tr("Customers who ask to talk to an executive appear here."), QStringLiteral("queuePane"));
    m_conversationPane =
        paneWithNote(tr("Conversation"), tr("You are not attending anyone"),
                     tr("When you connect with a customer, your conversation and their history appear here."),
                     QStringLiteral("conversationPane"));
    auto *panes = new QSplitter(Qt::Horizontal);
    panes->setChildrenCollapsible(false);
    panes->addWidget(m_queuePane);
    panes->addWidget(m_conversationPane);
    panes->setStretchFactor(0, 1);
    panes->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 18, 18, 18);
    layout->setSpacing(12);
    layout->addWidget(m_greeting);
    layout->addLayout(profile);
    layout->addWidget(panes, 1);
}

QString ExecutiveMainPage::serviceName(const QString &service)
{
    if (service.compare(QLatin1String("internet"), Qt::CaseInsensitive) == 0)
        return tr("Internet");
    if (service.compare(QLatin1String("wifi"), Qt::CaseInsensitive) == 0)
        return tr("Wi-Fi");
    return service;
}

void ExecutiveMainPage::setProfile(const QString &firstName, bool supervisor, const QStringList &services)
{
    m_firstName = firstName;
    m_role->setText(supervisor ? tr("Supervisor") : tr("Executive"));
    QStringList names;
    for (const QString &service : services)
        names.append(serviceName(service));
    m_services->setText(names.isEmpty() ? tr("None assigned") : names.join(QStringLiteral(", ")));
    updateGreeting();
}

void ExecutiveMainPage::setConnectedCustomers(int count)
{
    m_count = count;
    updateGreeting();
}

void ExecutiveMainPage::updateGreeting()
{
    m_greeting->setText(CustomerCountText::greeting(m_firstName, m_count));
}

} // namespace Turno
