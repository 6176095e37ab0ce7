// Small icons the customer's window paints itself (no image files, so they follow the palette and
// the screen's scale): the valid-RUT check mark and the key badges of the menu buttons.
#pragma once

#include <QIcon>

namespace Turno::ClientIcons
{

// A green check mark, shown in the RUT field once the RUT is valid.
QIcon validMark();
// A rounded badge with one key on it ("1"…"4"), shown on the menu button that key presses.
QIcon keyBadge(QChar key, const QColor &background, const QColor &foreground);

} // namespace Turno::ClientIcons
