#pragma once

#include <QTemporaryDir>

#include <memory>

#include "demo/demodiary.h"
#include "demo/demopacing.h"
#include "storage/database.h"

namespace painpace::bench {

// A demo diary of `years` years (its entries and a pacing plan), written once into a temporary
// folder of its own and kept open, for the benchmarks that read it and write beside it.
struct DemoDiaryFile {
    explicit DemoDiaryFile(int years)
        : database(Database::openFile(dir.filePath(QStringLiteral("%1-years.sqlite").arg(years)))) {
        DemoOptions options;
        options.years = years;
        writeDemoDiary(*database, options);
    }
    QTemporaryDir dir; // made first: the diary lives in it
    std::unique_ptr<Database> database;
};

} // namespace painpace::bench
