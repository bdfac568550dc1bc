// libFuzzer target: the JSON import reader (see importerinputs.h).
#include <cstddef>
#include <cstdint>

#include "importerinputs.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    if (!painpace::fuzzing::readJsonInput(bytes))
        __builtin_trap(); // read, written and read again, it changed
    return 0;
}
