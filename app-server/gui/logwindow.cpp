#include "logwindow.h"

#include "core/contactcenter.h"
#include "core/serverlog.h"

#include <QAction>
#include <QApplication>
#include <QFontDatabase>
#include <QGroupBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStatusBar>
#include <QTime>
#include <QVBoxLayout>

namespace Turno::Server
{

namespace
{
constexpr int kMaxLines = 20000;
}

LogWindow::LogWindow(ContactCenter &center, const QString &databasePath, QWidget *parent)
    : QMainWindow(parent), m_center(center)
{
    setWindowTitle(tr("Turno server"));
    resize(1000, 600);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_filter = new QLineEdit(central);
    m_filter->setPlaceholderText(tr("Filter the log (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);

    auto *splitter = new QSplitter(central);
    m_log = new QPlainTextEdit(splitter);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(kMaxLines);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setAccessibleName(tr("Server log"));

    auto *side = new QWidget(splitter);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_customersBox = new QGroupBox(side);
    m_customers = new QListWidget(m_customersBox);
    (new QVBoxLayout(m_customersBox))->addWidget(m_customers);
    m_executivesBox = new QGroupBox(side);
    m_executives = new QListWidget(m_executivesBox);
    (new QVBoxLayout(m_executivesBox))->addWidget(m_executives);
    sideLayout->addWidget(m_customersBox, 2);
    sideLayout->addWidget(m_executivesBox, 1);
    splitter->addWidget(m_log);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter);
    setCentralWidget(central);

    QMenu *fileMenu = menuBar()->addMenu(tr("&Server"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *find = viewMenu->addAction(tr("&Filter"), m_filter, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    QAction *clear = viewMenu->addAction(tr("&Clear log"), this, [this] {
        m_lines.clear();
        m_log->clear();
    });
    clear->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));

    statusBar()->showMessage(tr("Database: %1").arg(databasePath));

    connect(m_filter, &QLineEdit::textChanged, this, &LogWindow::applyFilter);
    connect(
        &ServerLog::instance(), &ServerLog::messageLogged, this, [this](int, const QString &line) { appendLine(line); },
        Qt::QueuedConnection);
    connect(&m_center, &ContactCenter::onlineChanged, this, &LogWindow::refreshOnline);
    refreshOnline();
}

void LogWindow::appendLine(const QString &line)
{
    const QString stamped = QTime::currentTime().toString(QStringLiteral("HH:mm:ss")) + QLatin1Char(' ') + line;
    m_lines.append(stamped);
    if (m_lines.size() > kMaxLines)
        m_lines.removeFirst();
    if (m_filter->text().isEmpty() || stamped.contains(m_filter->text(), Qt::CaseInsensitive))
        m_log->appendPlainText(stamped);
}

void LogWindow::applyFilter()
{
    const QString filter = m_filter->text();
    QStringList shown;
    for (const QString &line : std::as_const(m_lines)) {
        if (filter.isEmpty() || line.contains(filter, Qt::CaseInsensitive))
            shown.append(line);
    }
    m_log->setPlainText(shown.join(QLatin1Char('\n')));
    m_log->moveCursor(QTextCursor::End);
}

void LogWindow::refreshOnline()
{
    const QStringList customers = m_center.onlineCustomers();
    const QStringList executives = m_center.onlineExecutives();
    // Names are checked for control characters when accounts are made, but the lists show
    // whatever the database holds, escaped like the log lines beside them.
    const auto shown = [](const QStringList &names) {
        QStringList escaped;
        for (const QString &name : names)
            escaped.append(ServerLog::escaped(name));
        return escaped;
    };
    m_customers->clear();
    m_customers->addItems(shown(customers));
    m_executives->clear();
    m_executives->addItems(shown(executives));
    m_customersBox->setTitle(tr("Connected customers (%1)").arg(customers.size()));
    m_executivesBox->setTitle(tr("Connected executives (%1)").arg(executives.size()));
    if (m_center.port() != 0)
        statusBar()->showMessage(
            tr("Listening on %1 port %2").arg(m_center.config().listenAddress.toString()).arg(m_center.port()));
}

} // namespace Turno::Server
