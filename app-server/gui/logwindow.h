// The administrator's window: the live server log, with a filter, beside the lists of connected
// customers and executives.
#pragma once

#include <QMainWindow>

class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QGroupBox;

namespace Turno::Server
{

class ContactCenter;

class LogWindow : public QMainWindow
{
    Q_OBJECT
public:
    LogWindow(ContactCenter &center, const QString &databasePath, QWidget *parent = nullptr);

    // Appends one line (with its time) to the log view, if it matches the filter.
    void appendLine(const QString &line);

private:
    void refreshOnline();
    void applyFilter();

    ContactCenter &m_center;
    QPlainTextEdit *m_log;
    QLineEdit *m_filter;
    QGroupBox *m_customersBox;
    QGroupBox *m_executivesBox;
    QListWidget *m_customers;
    QListWidget *m_executives;
    QStringList m_lines; // everything logged, so the filter can be changed afterwards
};

} // namespace Turno::Server
