#include "rut.h"

#include <QStringList>

namespace Turno
{

QChar Rut::checkDigitFor(quint32 body)
{
    int sum = 0;
    int factor = 2;
    for (quint32 rest = body; rest > 0; rest /= 10) {
        sum += int(rest % 10) * factor;
        factor = factor == 7 ? 2 : factor + 1;
    }
    const int digit = 11 - sum % 11;
    if (digit == 11)
        return QLatin1Char('0');
    if (digit == 10)
        return QLatin1Char('K');
    return QLatin1Char(char('0' + digit));
}

std::optional<Rut> Rut::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;

    // Either dots in the right places or none at all; at most one dash, right before the check digit.
    QString compact;
    const qsizetype dash = trimmed.indexOf(QLatin1Char('-'));
    if (dash >= 0 && dash != trimmed.size() - 2)
        return std::nullopt;
    const QString bodyText = dash >= 0 ? trimmed.left(dash) : trimmed.left(trimmed.size() - 1);
    const QChar checkChar = trimmed.back().toUpper();
    if (bodyText.contains(QLatin1Char('.'))) {
        const QStringList groups = bodyText.split(QLatin1Char('.'));
        if (groups.first().isEmpty() || groups.first().size() > 3)
            return std::nullopt;
        for (qsizetype i = 1; i < groups.size(); ++i) {
            if (groups[i].size() != 3)
                return std::nullopt;
        }
        compact = groups.join(QString());
    } else {
        compact = bodyText;
    }
    if (compact.isEmpty() || compact.size() > 9)
        return std::nullopt;
    for (QChar c : compact) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
    }
    const quint32 body = compact.toUInt();
    if (body == 0 || checkDigitFor(body) != checkChar)
        return std::nullopt;
    return Rut(body, checkChar);
}

QString Rut::normalized() const
{
    return QString::number(m_body) + QLatin1Char('-') + m_check;
}

QString Rut::formatted() const
{
    QString digits = QString::number(m_body);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char('.'));
    return digits + QLatin1Char('-') + m_check;
}

} // namespace Turno
