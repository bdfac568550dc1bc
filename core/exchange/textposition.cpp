#include "textposition.h"

#include <algorithm>

namespace painpace {

TextPosition textPositionAt(const QByteArray& utf8, qsizetype offset) {
    TextPosition position;
    const qsizetype end = std::clamp<qsizetype>(offset, 0, utf8.size());
    for (qsizetype i = 0; i < end; ++i) {
        const auto byte = static_cast<unsigned char>(utf8[i]);
        if (byte == '\n') {
            ++position.line;
            position.column = 1;
        } else if ((byte & 0xC0) != 0x80) { // continuation bytes belong to the character before
            ++position.column;
        }
    }
    return position;
}

namespace {

int sequenceLength(unsigned char lead) {
    if (lead < 0x80)
        return 1;
    if ((lead >> 5) == 0x6)
        return 2;
    if ((lead >> 4) == 0xE)
        return 3;
    if ((lead >> 3) == 0x1E)
        return 4;
    return 0;
}

} // namespace

qsizetype firstInvalidUtf8(const QByteArray& bytes) {
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size;) {
        const int length = sequenceLength(data[i]);
        if (length == 0 || i + length > size)
            return i;
        char32_t codePoint = length == 1 ? data[i] : data[i] & (0x7F >> length);
        for (int k = 1; k < length; ++k) {
            if ((data[i + k] & 0xC0) != 0x80)
                return i;
            codePoint = (codePoint << 6) | (data[i + k] & 0x3F);
        }
        static constexpr char32_t kSmallest[] = {0, 0, 0x80, 0x800, 0x10000};
        const bool surrogate = codePoint >= 0xD800 && codePoint <= 0xDFFF;
        if (codePoint < kSmallest[length] || surrogate || codePoint > 0x10FFFF)
            return i;
        i += length;
    }
    return -1;
}

} // namespace painpace
