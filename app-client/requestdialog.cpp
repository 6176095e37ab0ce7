#include "requestdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Turno
{

namespace
{

const QString ProblemStyle = QStringLiteral("color: #b3261e;");
const QString WorkingStyle = QStringLiteral("QLabel { padding: 8px 0px; }");
const QString SuccessStyle =
    QStringLiteral("QLabel { color: #1b5e20; background: #e8f5e9; border: 1px solid #a5d6a7; border-radius: 6px;"
                   " padding: 8px; }");
const QString FailureStyle =
    QStringLiteral("QLabel { color: #8c1d18; background: #fdecea; border: 1px solid #f2b8b5; border-radius: 6px;"
                   " padding: 8px; }");

} // namespace

RequestDialog::RequestDialog(const QString &title, const QString &intro, const QString &submitText, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    setWindowModality(Qt::WindowModal);
    auto *heading = new QLabel(title);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto *introLabel = new QLabel(intro);
    introLabel->setWordWrap(true);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("dialogProblem"));
    m_problem->setStyleSheet(ProblemStyle);
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("dialogStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("dialogProgress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    m_progress->hide();

    auto *buttons = new QDialogButtonBox;
    m_submit = buttons->addButton(submitText, QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("dialogSubmit"));
    m_submit->setDefault(true);
    m_close = buttons->addButton(QDialogButtonBox::Cancel);
    m_close->setObjectName(QStringLiteral("dialogClose"));
    // Accept must not close the dialog: it sends the request, whose outcome shows here.
    connect(m_submit, &QPushButton::clicked, this, [this] {
        if (m_submit->isVisible() && m_submit->isEnabled())
            submit();
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(heading);
    layout->addWidget(introLabel);
    layout->addLayout(m_form);
    layout->addWidget(m_problem);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

QLineEdit *RequestDialog::addField(const QString &label, const QString &objectName, bool secret)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(objectName);
    if (secret)
        edit->setEchoMode(QLineEdit::Password);
    m_form->addRow(label, edit);
    m_fields.append(edit);
    connect(edit, &QLineEdit::textEdited, m_problem, &QLabel::hide);
    connect(edit, &QLineEdit::returnPressed, m_submit, &QPushButton::click);
    return edit;
}

void RequestDialog::showProblem(const QString &message, QLineEdit *field)
{
    m_problem->setText(message);
    m_problem->show();
    if (field) {
        field->setFocus();
        field->selectAll();
    }
}

void RequestDialog::showWorking(const QString &message)
{
    for (QLineEdit *field : std::as_const(m_fields))
        field->setEnabled(false);
    m_submit->setEnabled(false);
    m_close->setText(tr("&Close")); // closing does not stop the request: its outcome shows in the menu too
    m_problem->hide();
    m_status->setStyleSheet(WorkingStyle);
    m_status->setText(message);
    m_status->show();
    m_progress->show();
}

void RequestDialog::showResult(bool ok, const QString &message)
{
    m_progress->hide();
    m_submit->hide();
    m_close->setText(tr("&Close"));
    m_close->setDefault(true);
    m_close->setFocus();
    m_status->setStyleSheet(ok ? SuccessStyle : FailureStyle);
    m_status->setText(message);
    m_status->show();
}

} // namespace Turno
