// A small dialog for one request to the server: a form, what is wrong with it, then the progress
// and the outcome in the same place. The Wi-Fi and account dialogs fill in the form and the request.
#pragma once

#include <QDialog>
#include <QList>

class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace Turno
{

class RequestDialog : public QDialog
{
    Q_OBJECT
protected:
    RequestDialog(const QString &title, const QString &intro, const QString &submitText, QWidget *parent);

    // Adds a labelled line edit to the form; secret ones never show what is typed.
    QLineEdit *addField(const QString &label, const QString &objectName, bool secret);
    // The form stays editable; message says what to fix (the focus goes to field, when given).
    void showProblem(const QString &message, QLineEdit *field = nullptr);
    // The request went out: the form is locked and message shows with a progress bar.
    void showWorking(const QString &message);
    // The answer came: the outcome replaces the progress; the only button left is Close.
    void showResult(bool ok, const QString &message);
    // Called by the submit button and by Enter in the last field, when the form is editable.
    virtual void submit() = 0;

private:
    QFormLayout *m_form = nullptr;
    QList<QLineEdit *> m_fields;
    QLabel *m_problem = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_submit = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace Turno
