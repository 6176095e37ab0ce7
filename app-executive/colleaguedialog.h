// Chooses a colleague online, for a transfer or a conference invitation: each one's name and how
// they are now (available, busy in sessions…), kept live while the dialog is open.
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QListWidget;

namespace Turno
{

class ExecutiveSession;

class ColleagueDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Purpose { Transfer, Invite };

    ColleagueDialog(ExecutiveSession *session, Purpose purpose, QWidget *parent = nullptr);

    Purpose purpose() const { return m_purpose; }
    // The colleague chosen (their username), once accepted.
    QString chosen() const;
    // Selects a colleague by username (for tests and for keeping the choice across refreshes).
    void select(const QString &username);

private:
    void refresh();

    ExecutiveSession *m_session;
    Purpose m_purpose;
    QLabel *m_note = nullptr;
    QListWidget *m_list = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Turno
