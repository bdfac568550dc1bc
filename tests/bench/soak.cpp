// The soak test (docs/architecture.md, "Soak test"): a writer adds check-ins to a 10-year diary for
// a while (10 minutes unless --minutes says otherwise) while readers chart, export and check it,
// each on its own connection as the commands and the window would. It then reports, and fails
// (exit code 1) on, any error, any "damaged" verdict, heap in use at rest that grows from the
// first half of the run to the second (a leak grows with the work), or a write-ahead log that
// kept growing (checkpoints starved by the readers). While it runs, memory follows the diary,
// which grows by thousands of entries: an export holds all of it at once.
//
//   painpace_soak [--minutes N] [--years N]
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <malloc.h>
#include <thread>
#include <unistd.h>
#include <vector>

#include "demo/demodiary.h"
#include "demo/demopacing.h"
#include "exchange/diaryjson.h"
#include "storage/checkinrepository.h"
#include "storage/database.h"
#include "storage/diaryexportreader.h"
#include "storage/storageerror.h"
#include "storage/wholediarycheck.h"
#include "support/randomentries.h"

using namespace painpace;

namespace {

struct Findings {
    QMutex mutex;
    QStringList errors;
    QStringList verdicts;
    std::atomic<long> writes{0};
    std::atomic<long> charts{0};
    std::atomic<long> exports{0};
    std::atomic<long> checks{0};

    void error(const QString& what) {
        const QMutexLocker lock(&mutex);
        if (errors.size() < 20)
            errors << what;
    }
};

long residentKilobytes() {
    FILE* statm = std::fopen("/proc/self/statm", "r");
    long pages = 0;
    long resident = 0;
    if (statm) {
        if (std::fscanf(statm, "%ld %ld", &pages, &resident) != 2)
            resident = 0;
        std::fclose(statm);
    }
    return resident * (::sysconf(_SC_PAGESIZE) / 1024);
}

std::unique_ptr<Database> openToRead(const QString& path) {
    Database::Options options;
    options.access = Database::Access::ReadOnly;
    return Database::openFile(path, options);
}

void writer(const QString& path, const std::atomic<bool>& stop, Findings& findings) {
    try {
        auto database = Database::openFile(path);
        CheckInRepository checkIns(*database);
        painpace::testing::RandomEntries entries(20261204);
        while (!stop) {
            CheckIn entry = entries.next();
            checkIns.save(entry);
            ++findings.writes;
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
    } catch (const StorageError& error) {
        findings.error(QStringLiteral("writer: ") + error.message());
    }
}

// One kind of reader, again and again, each time on a new connection as a command would be.
template <typename Read>
void reader(const char* name, const QString& path, const std::atomic<bool>& stop,
            Findings& findings, Read read) {
    while (!stop) {
        try {
            read(*openToRead(path));
        } catch (const StorageError& error) {
            findings.error(QStringLiteral("%1: %2").arg(QLatin1String(name), error.message()));
        }
    }
}

} // namespace

int main(int argc, char* argv[]) {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&](const char* name, int fallback) {
        const qsizetype at = args.indexOf(QLatin1String(name));
        return at >= 0 && at + 1 < args.size() ? args[at + 1].toInt() : fallback;
    };
    const int minutes = option("--minutes", 10);
    const int years = option("--years", 10);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("soak.sqlite"));
    {
        auto database = Database::openFile(path);
        DemoOptions options;
        options.years = years;
        writeDemoDiary(*database, options);
    }
    std::printf("A %d-year demo diary; writing and reading it for %d minutes.\n", years, minutes);

    // Resting memory: the heap in use with no work under way, in every arena (free heap that
    // the allocator keeps in fragments does not count; resident memory includes it).
    const auto resting = [] {
        ::malloc_trim(0);
        const struct mallinfo2 heap = ::mallinfo2();
        return static_cast<long>((heap.uordblks + heap.hblkhd) / 1024);
    };
    Findings findings;
    long largestMemory = 0;
    qint64 largestLog = 0;
    // One round: the writer and the three readers for `seconds`, then all of them stopped.
    const auto round = [&](int seconds) {
        std::atomic<bool> stop{false};
        std::vector<std::thread> threads;
        threads.emplace_back(writer, path, std::cref(stop), std::ref(findings));
        threads.emplace_back([&] {
            reader("chart", path, stop, findings, [&](const Database& database) {
                const CheckInRepository checkIns(database);
                const QDate last = checkIns.lastDay().value_or(QDate::currentDate());
                checkIns.dailySummaries(last.addYears(-1), last);
                ++findings.charts;
            });
        });
        threads.emplace_back([&] {
            reader("export", path, stop, findings, [&](const Database& database) {
                diaryToJson(DiaryExportReader(database).read());
                ++findings.exports;
            });
        });
        threads.emplace_back([&] {
            reader("check", path, stop, findings, [&](const Database& database) {
                const QStringList problems = WholeDiaryCheck::problems(database);
                ++findings.checks;
                if (!problems.isEmpty()) {
                    const QMutexLocker lock(&findings.mutex);
                    findings.verdicts << problems.first();
                }
            });
        });
        QElapsedTimer clock; // memory and the log, every ten seconds
        clock.start();
        while (clock.elapsed() < seconds * 1000LL) {
            std::this_thread::sleep_for(std::chrono::seconds(10));
            largestLog = std::max(largestLog, QFileInfo(path + QStringLiteral("-wal")).size());
            largestMemory = std::max(largestMemory, residentKilobytes());
        }
        stop = true;
        for (std::thread& thread : threads)
            thread.join();
    };
    // Two halves: the first fills the caches and heap arenas that stay, the second must not add
    // to what stays. A leak grows with the work; a cache does not.
    const long restingBefore = resting();
    round(minutes * 30);
    const long restingHalfway = resting();
    round(minutes * 30);
    const long restingAfter = resting();

    // Heap fragments may move a little; a leak at this pace would add tens of megabytes.
    constexpr long kRestingSlackKilobytes = 8 * 1024;
    const bool memoryStable = restingAfter <= restingHalfway + kRestingSlackKilobytes;
    // The writer empties the log past 8 MB once the readers of older snapshots are done; meanwhile
    // it grows by what is written during the longest read (a whole export, a second or two here
    // at about 5 MB a second). A starved log grew by 100 MB a minute.
    constexpr qint64 kLogBound = 32 * 1024 * 1024;
    std::printf("%ld check-ins written, %ld charts, %ld exports, %ld whole-diary checks\n",
                findings.writes.load(), findings.charts.load(), findings.exports.load(),
                findings.checks.load());
    std::printf("errors: %lld, damaged verdicts: %lld\n",
                static_cast<long long>(findings.errors.size()),
                static_cast<long long>(findings.verdicts.size()));
    for (const QString& error : std::as_const(findings.errors))
        std::printf("  error: %s\n", qPrintable(error));
    for (const QString& verdict : std::as_const(findings.verdicts))
        std::printf("  verdict: %s\n", qPrintable(verdict));
    std::printf("heap in use at rest: %ld KB before, %ld KB halfway, %ld KB after (%s); %ld KB "
                "resident at most while working\n",
                restingBefore, restingHalfway, restingAfter,
                memoryStable ? "no growth in the second half" : "LEAKING", largestMemory);
    std::printf("write-ahead log: %.1f MB at most (%s)\n", largestLog / 1048576.0,
                largestLog <= kLogBound ? "bounded" : "TOO LARGE");
    const bool passed = findings.errors.isEmpty() && findings.verdicts.isEmpty() && memoryStable &&
                        largestLog <= kLogBound;
    return passed ? 0 : 1;
}
