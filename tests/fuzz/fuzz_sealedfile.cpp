// libFuzzer target: the reader of encrypted exports (see importerinputs.h).
#include <cstddef>
#include <cstdint>

#include "importerinputs.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    if (!painpace::fuzzing::readSealedInput(bytes))
        __builtin_trap(); // opened, sealed and opened again, it changed
    return 0;
}
