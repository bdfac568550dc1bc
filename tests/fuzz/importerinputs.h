#pragma once

#include <QByteArray>

#include "diary/validationissue.h"
#include "exchange/csvcolumns.h"
#include "exchange/diarycsv.h"
#include "exchange/diaryjson.h"
#include "exchange/sealedfile.h"

// What the fuzz targets do with one input, shared with the test that replays the corpus and the
// regressions in every normal build. Each returns false only for a wrong result; a crash or a
// sanitizer report is the other way these inputs fail.
namespace painpace::fuzzing {

// Reads a JSON export: it reads, or is refused with a ValidationError. What reads must write and
// read back to the same bytes.
inline bool readJsonInput(const QByteArray& bytes) {
    try {
        const QByteArray written = diaryToJson(diaryFromJson(bytes));
        return diaryToJson(diaryFromJson(written)) == written;
    } catch (const ValidationError&) {
        return true;
    }
}

// The first byte picks which of PainPace's CSV files the rest stands for; a file of a list
// inside check-ins or plans comes with a small parent file so its rows can find their records.
inline bool readCsvInput(const QByteArray& input) {
    if (input.isEmpty())
        return true;
    static const QByteArray checkIns =
        "uuid,day,pain\n11111111-1111-1111-1111-111111111111,2026-03-01,4\n"
        "22222222-2222-2222-2222-222222222222,2026-03-02,6\n";
    static const QByteArray plans =
        "uuid,activity,activity_name,unit,baseline_method,baseline_values,"
        "weekly_increase_percent,start_date,weekdays,time,rest_minutes\n"
        "33333333-3333-3333-3333-333333333333,walking,Walking,min,below_onset,10,10,2026-03-02,"
        "1;3;5,09:30,2\n";
    const QList<CsvFileSpec>& specs = csvFileSpecs();
    const CsvFileSpec& spec = specs[static_cast<unsigned char>(input[0]) % specs.size()];
    QList<CsvInputFile> files{{spec.fileName, spec.fileName, input.mid(1)}};
    if (spec.parentFile == QLatin1String("checkins.csv"))
        files.append({spec.parentFile, spec.parentFile, checkIns});
    else if (spec.parentFile == QLatin1String("pacing_plans.csv"))
        files.append({spec.parentFile, spec.parentFile, plans});
    try {
        diaryFromCsv(files);
    } catch (const ValidationError&) {
    }
    return true;
}

// The passphrase of the encrypted inputs in corpus/sealed.
inline const QString kFuzzPassphrase = QStringLiteral("fuzz passphrase");

// Opens an encrypted export: it opens, or is refused with a StorageError. Inputs whose header
// asks for a stronger key than the quickest are skipped: each would take a second and up to a
// gigabyte, by design, and say nothing new about the reader.
inline bool readSealedInput(const QByteArray& bytes) {
    if (bytes.size() >= 22) {
        const auto field = [&](int at) {
            return quint32(quint8(bytes[at])) | quint32(quint8(bytes[at + 1])) << 8 |
                   quint32(quint8(bytes[at + 2])) << 16 | quint32(quint8(bytes[at + 3])) << 24;
        };
        const sealedfile::Strength quick = sealedfile::quickStrength();
        if (field(14) > quick.passes || field(18) > quick.memoryKilobytes)
            return true;
    }
    try {
        const QByteArray plain = sealedfile::open(bytes, kFuzzPassphrase);
        // What opens must seal and open again to the same bytes.
        return sealedfile::open(
                   sealedfile::seal(plain, kFuzzPassphrase, sealedfile::quickStrength()),
                   kFuzzPassphrase) == plain;
    } catch (const StorageError&) {
        return true;
    }
}

} // namespace painpace::fuzzing
