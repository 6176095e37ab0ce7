#include "textlimits.h"

#include <QList>

namespace Turno::TextLimits
{

namespace
{

// Bytes of UTF-8 for the character starting at text[i], and how many UTF-16 units it takes.
int characterAt(const QString &text, qsizetype i, int *units)
{
    const char16_t unit = text.at(i).unicode();
    *units = 1;
    if (unit < 0x80)
        return 1;
    if (unit < 0x800)
        return 2;
    if (QChar::isHighSurrogate(unit) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
        *units = 2;
        return 4;
    }
    return 3; // a lone surrogate goes out as U+FFFD, three bytes too
}

} // namespace

qsizetype utf8Size(const QString &text)
{
    qsizetype bytes = 0;
    int units = 1;
    for (qsizetype i = 0; i < text.size(); i += units)
        bytes += characterAt(text, i, &units);
    return bytes;
}

QString truncatedToUtf8(const QString &text, int maxBytes)
{
    qsizetype bytes = 0;
    int units = 1;
    for (qsizetype i = 0; i < text.size(); i += units) {
        bytes += characterAt(text, i, &units);
        if (bytes > maxBytes)
            return text.left(i);
    }
    return text;
}

int charactersOver(const QString &text, int maxBytes)
{
    const qsizetype kept = truncatedToUtf8(text, maxBytes).size();
    return kept == text.size() ? 0 : int(QStringView(text).mid(kept).toUcs4().size());
}

} // namespace Turno::TextLimits
