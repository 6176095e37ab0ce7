// Every limit on text that people write or choose (full names, usernames, passwords, notes, chat
// messages) in one place. The protocol's string limits (protocol/messages.h) are made of these, the
// account rules (accountrules.h) check them, and the apps' fields and the server's account
// commands use them, so nothing one side accepts is refused by another.
#pragma once

#include <QString>

namespace Turno::TextLimits
{

// A full name once its spaces are simplified: 1 to 60 characters, and at most 128 bytes of UTF-8.
// Only names in scripts of 3- and 4-byte characters (CJK, say) reach the bytes first.
inline constexpr int kNameChars = 60;
inline constexpr int kNameBytes = 128;
// A password: 8 to 64 characters; any 64 characters fit its 256 bytes on the wire.
inline constexpr int kPasswordMinChars = 8;
inline constexpr int kPasswordMaxChars = 64;
inline constexpr int kPasswordBytes = 256;
// An executive's username: 2 to 32 of a-z 0-9 . _ - (one byte each); 64 bytes on the wire.
inline constexpr int kUsernameMinChars = 2;
inline constexpr int kUsernameMaxChars = 32;
inline constexpr int kUsernameBytes = 64;
// A RUT as typed ("12.345.678-5" and any spaces around it).
inline constexpr int kRutBytes = 16;
// A note in a customer's history, and a chat message, in bytes of UTF-8.
inline constexpr int kNoteBytes = 1024;
inline constexpr int kChatTextBytes = 4096;

// A UTF-8 character takes at most 4 bytes.
static_assert(kPasswordMaxChars * 4 <= kPasswordBytes, "any password the rules allow fits the wire");
static_assert(kUsernameMaxChars <= kUsernameBytes, "usernames are ASCII");
static_assert(kNameChars <= kNameBytes, "any name of one-byte characters fits the wire");

// Bytes of text in UTF-8.
qsizetype utf8Size(const QString &text);
// The longest start of text that takes at most maxBytes of UTF-8; never half a character (a
// surrogate pair stays whole).
QString truncatedToUtf8(const QString &text, int maxBytes);
// How many characters text has past the longest start of it that fits maxBytes (0 when it fits).
int charactersOver(const QString &text, int maxBytes);

} // namespace Turno::TextLimits
