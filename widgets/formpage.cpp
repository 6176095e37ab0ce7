#include "formpage.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Turno
{

namespace
{

const QString ErrorStyle = QStringLiteral("color: #b3261e;");
const QString BannerStyle =
    QStringLiteral("QLabel { color: #8c1d18; background: #fdecea; border: 1px solid #f2b8b5; border-radius: 6px;"
                   " padding: 8px; }");

} // namespace

FormPage::FormPage(const QString &title, const QString &intro, const QString &bannerName, const QString &busyName,
                   QWidget *parent)
    : QWidget(parent)
{
    auto *titleLabel = new QLabel(title);
    QFont titleFont = titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    titleLabel->setFont(titleFont);
    auto *introLabel = new QLabel(intro);
    introLabel->setWordWrap(true);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_banner = new QLabel;
    m_banner->setObjectName(bannerName);
    m_banner->setStyleSheet(BannerStyle);
    m_banner->setWordWrap(true);
    m_banner->hide();

    m_busyBar = new QProgressBar;
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumHeight(6);
    m_busyBar->hide();
    m_busyText = new QLabel;
    m_busyText->setObjectName(busyName);
    m_busyText->setWordWrap(true);
    m_busyText->hide();

    m_buttons = new QHBoxLayout;
    m_buttons->addStretch();

    // The form keeps a readable width and stays centered when the window grows.
    auto *column = new QVBoxLayout;
    column->setSpacing(12);
    column->addWidget(titleLabel);
    column->addWidget(introLabel);
    column->addSpacing(4);
    column->addLayout(m_form);
    column->addWidget(m_banner);
    column->addWidget(m_busyText);
    column->addWidget(m_busyBar);
    column->addLayout(m_buttons);
    auto *panel = new QWidget;
    panel->setLayout(column);
    panel->setMaximumWidth(560);
    panel->setMinimumWidth(380);

    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(24, 24, 24, 24);
    outer->addStretch();
    outer->addWidget(panel, 1, Qt::AlignVCenter);
    outer->addStretch();
}

QLineEdit *FormPage::addField(const QString &label, const QString &objectName, const QString &errorName, QLabel **error,
                              ErrorLine errorLine)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(objectName);
    auto *errorLabel = new QLabel;
    errorLabel->setObjectName(errorName);
    errorLabel->setStyleSheet(ErrorStyle);
    errorLabel->setWordWrap(true);
    errorLabel->hide();
    *error = errorLabel;

    // The error line sits under its field, next to what it is about.
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(edit);
    layout->addWidget(errorLabel);
    m_form->addRow(label, box);

    m_inputs.append(edit);
    connect(edit, &QLineEdit::returnPressed, this, [this] {
        if (!m_busy)
            submit();
    });
    if (errorLine == ErrorLine::HidesOnEdit)
        connect(edit, &QLineEdit::textEdited, errorLabel, &QLabel::hide);
    return edit;
}

QPushButton *FormPage::addButton(const QString &text, const QString &objectName, bool isDefault)
{
    auto *button = new QPushButton(text);
    button->setObjectName(objectName);
    m_inputs.append(button);
    if (isDefault) {
        button->setDefault(true);
        m_buttons->addWidget(button);
        m_default = button;
        connect(button, &QPushButton::clicked, this, [this] {
            if (!m_busy)
                submit();
        });
    } else {
        button->setFlat(true);
        button->setAutoDefault(false);
        // Left of the stretch, in the order added.
        m_buttons->insertWidget(m_buttons->count() - 1 - (m_default ? 1 : 0), button);
        // Tab goes left to right: this one before the default button, whenever that was added.
        if (m_default)
            QWidget::setTabOrder(button, m_default);
    }
    return button;
}

void FormPage::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    for (QWidget *widget : std::as_const(m_inputs))
        widget->setEnabled(!busy);
    m_busyBar->setVisible(busy);
    m_busyText->setVisible(busy && !status.isEmpty());
    m_busyText->setText(status);
    if (busy)
        m_banner->hide();
}

void FormPage::showError(const QString &message)
{
    m_banner->setText(message);
    m_banner->setVisible(!message.isEmpty());
}

void FormPage::hideBanner()
{
    m_banner->hide();
}

void FormPage::showFieldError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

} // namespace Turno
