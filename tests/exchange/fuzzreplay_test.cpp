#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

#include "fuzz/importerinputs.h"

// Every input of the fuzzers' corpus and every input that once crashed an importer, replayed in
// each normal build (the fuzzers themselves need clang and run in scripts/fuzz.sh).
namespace {

QStringList filesIn(const QString& folder, const QString& pattern) {
    QStringList paths;
    const QDir dir(QStringLiteral(PAINPACE_FUZZ_DIR) + QLatin1Char('/') + folder);
    for (const QString& name : dir.entryList({pattern}, QDir::Files, QDir::Name))
        paths.append(dir.filePath(name));
    return paths;
}

QByteArray contents(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST(FuzzReplay, JsonInputsReadOrAreRefused) {
    const QStringList inputs = filesIn(QStringLiteral("corpus/json"), QStringLiteral("*")) +
                               filesIn(QStringLiteral("regressions"), QStringLiteral("json-*"));
    ASSERT_GE(inputs.size(), 8);
    for (const QString& input : inputs)
        EXPECT_TRUE(painpace::fuzzing::readJsonInput(contents(input))) << input.toStdString();
}

TEST(FuzzReplay, CsvInputsReadOrAreRefused) {
    const QStringList inputs = filesIn(QStringLiteral("corpus/csv"), QStringLiteral("*")) +
                               filesIn(QStringLiteral("regressions"), QStringLiteral("csv-*"));
    ASSERT_GE(inputs.size(), 15);
    for (const QString& input : inputs)
        EXPECT_TRUE(painpace::fuzzing::readCsvInput(contents(input))) << input.toStdString();
}

TEST(FuzzReplay, SealedInputsOpenOrAreRefused) {
    const QStringList inputs = filesIn(QStringLiteral("corpus/sealed"), QStringLiteral("*")) +
                               filesIn(QStringLiteral("regressions"), QStringLiteral("sealed-*"));
    ASSERT_GE(inputs.size(), 3);
    for (const QString& input : inputs)
        EXPECT_TRUE(painpace::fuzzing::readSealedInput(contents(input))) << input.toStdString();
    // The corpus is made with the fuzzers' passphrase, so the fuzzer explores past the key.
    EXPECT_EQ(
        painpace::sealedfile::open(contents(inputs.last()), painpace::fuzzing::kFuzzPassphrase)
            .size(),
        70000);
}
