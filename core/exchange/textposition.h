#pragma once

#include <QByteArray>

namespace painpace {

// A place in a text file as people count it: lines and columns from 1, columns in characters.
struct TextPosition {
    int line = 1;
    int column = 1;
};

// The line and column of the byte at `offset` of UTF-8 text (clamped to its size).
TextPosition textPositionAt(const QByteArray& utf8, qsizetype offset);

// The offset of the first byte that is not part of well-formed UTF-8 (a stray byte, a cut or
// overlong sequence, a surrogate), or -1 when the whole text is UTF-8.
qsizetype firstInvalidUtf8(const QByteArray& bytes);

} // namespace painpace
