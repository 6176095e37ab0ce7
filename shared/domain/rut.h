// The Chilean RUT (Rol Único Tributario): parsing, modulo-11 validation and the normalized form.
#pragma once

#include <QString>
#include <optional>

namespace Turno
{

class Rut
{
public:
    // Accepts 12.345.678-5, 12345678-5 or 123456785 (K in either case, surrounding spaces ignored).
    // Returns nothing when the text is not a RUT or its check digit is wrong.
    static std::optional<Rut> parse(const QString &text);
    static bool isValid(const QString &text) { return parse(text).has_value(); }

    // The modulo-11 check digit ('0'-'9' or 'K') for a body of digits.
    static QChar checkDigitFor(quint32 body);

    // Stored form: body digits, a dash, the check digit in upper case ("12345678-5").
    QString normalized() const;
    // Display form with thousands dots ("12.345.678-5").
    QString formatted() const;
    quint32 body() const { return m_body; }
    QChar checkDigit() const { return m_check; }

    friend bool operator==(const Rut &, const Rut &) = default;

private:
    Rut(quint32 body, QChar check) : m_body(body), m_check(check) {}
    quint32 m_body = 0;
    QChar m_check;
};

} // namespace Turno
