// libFuzzer target: the CSV import reader (see importerinputs.h).
#include <cstddef>
#include <cstdint>

#include "importerinputs.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    painpace::fuzzing::readCsvInput(bytes);
    return 0;
}
