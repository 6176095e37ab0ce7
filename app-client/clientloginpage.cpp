#include "clientloginpage.h"

#include "clienticons.h"
#include "domain/rut.h"
#include "domain/textlimits.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace Turno
{

ClientLoginPage::ClientLoginPage(QWidget *parent)
    : LoginPage(tr("Customer support"), tr("Hi! Welcome. Enter your RUT and password to continue."),
                // "Invalid" waits for the next attempt to log in; updateRutValidity() hides it.
                tr("&RUT:"), QStringLiteral("rutEdit"), QStringLiteral("rutError"), ErrorLine::StaysOnEdit, parent)
{
    QLineEdit *rut = identityField();
    rut->setPlaceholderText(QStringLiteral("12.345.678-5"));
    rut->setMaxLength(TextLimits::kRutBytes);
    m_rutValid = rut->addAction(ClientIcons::validMark(), QLineEdit::TrailingPosition);
    m_rutValid->setToolTip(tr("Valid RUT"));
    m_rutValid->setVisible(false);

    QPushButton *signUp = addButton(tr("New customer? &Create an account"), QStringLiteral("signUpButton"), false);
    connect(signUp, &QPushButton::clicked, this, &ClientLoginPage::signUpRequested);
    connect(rut, &QLineEdit::textChanged, this, &ClientLoginPage::updateRutValidity);
    connect(rut, &QLineEdit::editingFinished, this, [rut] {
        if (const auto parsed = Rut::parse(rut->text()))
            rut->setText(parsed->formatted());
    });
}

QString ClientLoginPage::rut() const
{
    return identityField()->text();
}

QString ClientLoginPage::identityProblem() const
{
    return Rut::isValid(rut()) ? QString() : tr("Invalid RUT. Enter it as 12.345.678-5.");
}

void ClientLoginPage::updateRutValidity()
{
    const bool valid = Rut::isValid(rut());
    m_rutValid->setVisible(valid);
    // Say "valid" as soon as it is; "invalid" only waits for the next attempt to log in.
    if (valid || rut().isEmpty())
        identityError()->hide();
}

} // namespace Turno
