// Keeps what is typed into a line edit within the bytes of UTF-8 the protocol carries for it
// (domain/textlimits.h), as setMaxLength() keeps it within a number of characters: a keystroke or
// a paste that would go over is refused, so a note or a message in a script of 3-byte characters
// is stopped where the wire would have to cut it.
#pragma once

class QLineEdit;

namespace Turno
{

// Also sets edit's maxLength to maxBytes (no character takes less than a byte); a smaller
// maxLength set afterwards still applies.
void limitToUtf8Bytes(QLineEdit *edit, int maxBytes);

} // namespace Turno
