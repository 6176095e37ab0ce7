#include "accountrules.h"

#include <QRegularExpression>

namespace Turno::AccountRules
{

PasswordProblem checkPassword(const QString &password)
{
    const qsizetype length = password.toUcs4().size();
    if (length < TextLimits::kPasswordMinChars)
        return PasswordProblem::TooShort;
    if (length > TextLimits::kPasswordMaxChars)
        return PasswordProblem::TooLong;
    return PasswordProblem::None;
}

PasswordProblem checkPassword(const QString &password, const QString &repeated)
{
    const PasswordProblem problem = checkPassword(password);
    if (problem != PasswordProblem::None)
        return problem;
    return password == repeated ? PasswordProblem::None : PasswordProblem::Mismatch;
}

QString normalizedName(const QString &name)
{
    return name.simplified();
}

NameProblem checkName(const QString &name)
{
    const QString normalized = normalizedName(name);
    if (normalized.isEmpty())
        return NameProblem::Empty;
    for (const QChar c : normalized) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return NameProblem::ControlCharacter;
    }
    if (normalized.toUcs4().size() > TextLimits::kNameChars)
        return NameProblem::TooLong;
    if (TextLimits::utf8Size(normalized) > TextLimits::kNameBytes)
        return NameProblem::TooManyBytes;
    return NameProblem::None;
}

QString normalizedUsername(const QString &username)
{
    return username.trimmed().toLower();
}

bool isValidUsername(const QString &username)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[a-z0-9._-]{%1,%2}$").arg(TextLimits::kUsernameMinChars).arg(TextLimits::kUsernameMaxChars));
    return pattern.match(username).hasMatch();
}

} // namespace Turno::AccountRules
