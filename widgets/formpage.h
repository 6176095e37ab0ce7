// The form pages of both apps (log-in, sign-up): a title and an intro, fields each with its own
// error line under it, a banner for the session's errors, a progress line while busy and a row of
// buttons, in a column of readable width centered in the window.
#pragma once

#include <QWidget>

class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace Turno
{

class FormPage : public QWidget
{
    Q_OBJECT
public:
    // While busy the fields and buttons are disabled and status says what is happening.
    void setBusy(bool busy, const QString &status = QString());
    // An error from the session (wrong password, server unreachable…), above the buttons; an
    // empty message hides it.
    void showError(const QString &message);

protected:
    // bannerName and busyName are the object names of the error banner and the progress text.
    FormPage(const QString &title, const QString &intro, const QString &bannerName, const QString &busyName,
             QWidget *parent = nullptr);

    enum class ErrorLine { HidesOnEdit, StaysOnEdit };
    // A row "label: field" with the field's error line under it (*error). Enter in it submits;
    // typing in it hides its error, unless the page decides that itself (StaysOnEdit).
    QLineEdit *addField(const QString &label, const QString &objectName, const QString &errorName, QLabel **error,
                        ErrorLine errorLine = ErrorLine::HidesOnEdit);
    // A button of the bottom row: the default one on the right (it submits), the others on the left.
    QPushButton *addButton(const QString &text, const QString &objectName, bool isDefault);
    // Shows message under a field (an empty message hides it).
    static void showFieldError(QLabel *label, const QString &message);
    void hideBanner();

    // Checks the fields and, if they pass, asks for the page's action. Called on Enter in a field
    // and by the default button, never while busy.
    virtual void submit() = 0;

private:
    QFormLayout *m_form = nullptr;
    QHBoxLayout *m_buttons = nullptr;
    QLabel *m_banner = nullptr;
    QProgressBar *m_busyBar = nullptr;
    QLabel *m_busyText = nullptr;
    QList<QWidget *> m_inputs;
    bool m_busy = false;
    QPushButton *m_default = nullptr;
};

} // namespace Turno
