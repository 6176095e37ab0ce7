// Small looks the desk's panels share: quiet (secondary) text, the ringing frame of offers and
// invitations, and keys written as the platform writes them.
#pragma once

#include <QColor>
#include <QFont>
#include <QKeySequence>
#include <QPalette>
#include <QWidget>

namespace Turno
{

inline void makeQuiet(QWidget *widget)
{
    QPalette quiet = widget->palette();
    quiet.setColor(QPalette::WindowText, quiet.color(QPalette::PlaceholderText));
    widget->setPalette(quiet);
}

inline void scaleFont(QWidget *widget, qreal factor, bool bold = false)
{
    QFont font = widget->font();
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    widget->setFont(font);
}

inline QString keyText(const QKeySequence &key)
{
    return key.toString(QKeySequence::NativeText);
}

// The accent border and tint of something ringing (the frame's objectName must be set).
inline void setRingingLook(QWidget *frame)
{
    const QColor accent = frame->palette().color(QPalette::Highlight);
    frame->setStyleSheet(QStringLiteral("#%1 { border: 2px solid %2; border-radius: 6px; "
                                        "background-color: rgba(%3, %4, %5, 28); }")
                             .arg(frame->objectName(), accent.name())
                             .arg(accent.red())
                             .arg(accent.green())
                             .arg(accent.blue()));
}

} // namespace Turno
