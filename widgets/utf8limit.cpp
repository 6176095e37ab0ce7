#include "utf8limit.h"

#include "domain/textlimits.h"

#include <QLineEdit>
#include <QValidator>

namespace Turno
{

namespace
{

class Utf8Validator : public QValidator
{
public:
    Utf8Validator(int maxBytes, QObject *parent) : QValidator(parent), m_maxBytes(maxBytes) {}
    State validate(QString &input, int &) const override
    {
        return TextLimits::utf8Size(input) <= m_maxBytes ? Acceptable : Invalid;
    }

private:
    int m_maxBytes;
};

} // namespace

void limitToUtf8Bytes(QLineEdit *edit, int maxBytes)
{
    edit->setMaxLength(maxBytes);
    edit->setValidator(new Utf8Validator(maxBytes, edit));
}

} // namespace Turno
