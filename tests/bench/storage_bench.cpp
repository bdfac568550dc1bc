#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include "demo/demodiary.h"
#include "storage/checkinrepository.h"
#include "storage/database.h"

using namespace painpace;

namespace {

const QDate kLastDay{2026, 6, 30};

// One 10-year demo diary for the whole run, written once.
struct TenYearDiary {
    TenYearDiary() {
        path = dir.filePath(QStringLiteral("ten-years.sqlite"));
        {
            auto db = Database::openFile(path);
            DemoOptions options;
            options.years = 10;
            options.lastDay = kLastDay;
            QList<CheckIn> entries = generateDemoDiary(options);
            CheckInRepository(*db).saveAll(entries);
            count = entries.size();
        }
        // Writing benchmarks add thousands of rows; they get their own copy so the reading
        // benchmarks always measure the same ten years.
        writablePath = dir.filePath(QStringLiteral("ten-years-for-writing.sqlite"));
        QFile::copy(path, writablePath);
    }
    QTemporaryDir dir;
    QString path;
    QString writablePath;
    qsizetype count = 0;
};

TenYearDiary& tenYears() {
    static TenYearDiary diary;
    return diary;
}

CheckIn typicalCheckIn() {
    CheckIn entry;
    entry.moment = DiaryMoment::fromLocal(QDateTime(kLastDay, QTime(8, 15)));
    entry.pain = 5;
    entry.fatigue = 6;
    entry.sleepQuality = 4;
    entry.note = QStringLiteral("Stiff lower back this morning.");
    return entry;
}

void BM_SaveCheckIn(benchmark::State& state) {
    auto db = Database::openFile(tenYears().writablePath);
    CheckInRepository repository(*db);
    for (auto _ : state) {
        CheckIn entry = typicalCheckIn();
        repository.save(entry);
        benchmark::DoNotOptimize(entry.id);
    }
}

void execOrFail(sqlite3* db, const char* sql, benchmark::State& state) {
    if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        state.SkipWithError(sqlite3_errmsg(db));
}

// The reference: the same row in one bare transaction through the SQLite C API, with the same
// journal and sync settings, into the same file. The ratio shows what validation, binding and
// the repository cost on top of the disk.
void BM_BareSqliteTransaction(benchmark::State& state) {
    sqlite3* db = nullptr;
    sqlite3_open(tenYears().writablePath.toUtf8().constData(), &db);
    execOrFail(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON",
               state);
    sqlite3_stmt* insert = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT INTO check_in (uuid, at_utc_ms, utc_offset_min, local_day, pain, "
                       "fatigue, sleep_quality, flare, note, created_utc_ms, updated_utc_ms) "
                       "VALUES (?, ?, 60, '2026-06-30', 5, 6, 4, 0, 'Stiff lower back this "
                       "morning.', ?, ?)",
                       -1, &insert, nullptr);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 serial = 0;
    for (auto _ : state) {
        execOrFail(db, "BEGIN IMMEDIATE", state);
        const QByteArray uuid =
            "bare-" + QByteArray::number(++serial) + "-" + QByteArray::number(now);
        sqlite3_bind_text(insert, 1, uuid.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_int64(insert, 2, now);
        sqlite3_bind_int64(insert, 3, now);
        sqlite3_bind_int64(insert, 4, now);
        if (sqlite3_step(insert) != SQLITE_DONE)
            state.SkipWithError(sqlite3_errmsg(db));
        sqlite3_reset(insert);
        execOrFail(db, "COMMIT", state);
    }
    sqlite3_finalize(insert);
    sqlite3_close(db);
}

void BM_LoadDailySummaries10Years(benchmark::State& state) {
    auto db = Database::openFile(tenYears().path);
    CheckInRepository repository(*db);
    qsizetype days = 0;
    for (auto _ : state) {
        const QList<DailySummary> summaries =
            repository.dailySummaries(kLastDay.addYears(-10), kLastDay);
        days = summaries.size();
        benchmark::DoNotOptimize(summaries.data());
    }
    state.counters["days"] = static_cast<double>(days);
}

void BM_LoadCheckIns1Year(benchmark::State& state) {
    auto db = Database::openFile(tenYears().path);
    CheckInRepository repository(*db);
    for (auto _ : state) {
        const QList<CheckIn> entries = repository.between(kLastDay.addYears(-1), kLastDay);
        benchmark::DoNotOptimize(entries.data());
    }
}

void BM_Open10YearDiary(benchmark::State& state) {
    for (auto _ : state) {
        auto db = Database::openFile(tenYears().path);
        benchmark::DoNotOptimize(db.get());
    }
    state.counters["entries"] = static_cast<double>(tenYears().count);
}

} // namespace

BENCHMARK(BM_SaveCheckIn)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_BareSqliteTransaction)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_LoadDailySummaries10Years)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_LoadCheckIns1Year)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_Open10YearDiary)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);
