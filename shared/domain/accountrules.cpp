#include "accountrules.h"

#include <QStringList>

namespace Turno::AccountRules
{

PasswordProblem checkPassword(const QString &password)
{
    const qsizetype length = password.toUcs4().size();
    if (length < kMinPasswordLength)
        return PasswordProblem::TooShort;
    if (length > kMaxPasswordLength)
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
    // The byte limit only matters for scripts of 3- and 4-byte characters.
    if (normalized.toUcs4().size() > kMaxNameLength || normalized.toUtf8().size() > kMaxNameBytes)
        return NameProblem::TooLong;
    return NameProblem::None;
}

} // namespace Turno::AccountRules
