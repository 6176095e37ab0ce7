#include "clienticons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace Turno::ClientIcons
{

namespace
{

// Paints at 1x and 2x so the icon stays sharp on high-density screens.
template <typename Paint> QIcon paintedIcon(int size, Paint paint)
{
    QIcon icon;
    for (const int scale : {1, 2}) {
        QPixmap pixmap(size * scale, size * scale);
        pixmap.setDevicePixelRatio(scale);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        paint(painter, QRectF(0, 0, size, size));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

QIcon validMark()
{
    return paintedIcon(16, [](QPainter &painter, const QRectF &box) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0x2e, 0x7d, 0x32));
        painter.drawEllipse(box.adjusted(1, 1, -1, -1));
        QPen pen(Qt::white, 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter.setPen(pen);
        QPainterPath tick;
        tick.moveTo(4.5, 8.5);
        tick.lineTo(7, 11);
        tick.lineTo(11.5, 5.5);
        painter.drawPath(tick);
    });
}

QIcon keyBadge(QChar key, const QColor &background, const QColor &foreground)
{
    return paintedIcon(28, [&](QPainter &painter, const QRectF &box) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(background);
        painter.drawRoundedRect(box.adjusted(1, 1, -1, -1), 6, 6);
        QFont font = painter.font();
        font.setBold(true);
        font.setPixelSize(16);
        painter.setFont(font);
        painter.setPen(foreground);
        painter.drawText(box, Qt::AlignCenter, QString(key));
    });
}

} // namespace Turno::ClientIcons
