// Edits as a person makes them, with the whole window open on the 10-year demo diary: every view
// built and shown once, then Today in front, at 1600×1000. Each figure runs from the action to
// the window having handled everything the change set off, and is compared with the bare
// repository call for the same record on a second connection to the same file, timed in turn in
// the same iterations (runPaired).
#include <QAbstractButton>
#include <QApplication>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>

#include <algorithm>
#include <benchmark/benchmark.h>
#include <chrono>
#include <functional>
#include <vector>

#include "benchmarkrunner.h"
#include "demo/demopacing.h"
#include "edit/diaryedits.h"
#include "mainwindow/mainwindow.h"
#include "storage/checkinrepository.h"
#include "storage/database.h"
#include "today/painscalebuttons.h"
#include "today/todayview.h"

using namespace painpace;

namespace {

struct TenYearWindow {
    TenYearWindow() {
        const QString path = dir.filePath(QStringLiteral("ten-years.sqlite"));
        {
            DemoOptions options;
            options.years = 10;
            writeDemoDiary(*Database::openFile(path), options);
        }
        window.setErrorReporter([](const QString& message) { qFatal("%s", qPrintable(message)); });
        window.resize(1600, 1000);
        window.show();
        window.openDiary(path);
        for (int page = 0; page < window.pages()->count(); ++page) {
            window.pages()->setCurrentIndex(page);
            QApplication::processEvents();
        }
        window.pages()->setCurrentIndex(0);
        QApplication::processEvents();
    }
    const Database& database() const { return *window.database(); }
    // A second connection to the same file, whose changes no view listens to: the reference.
    const Database& bare() {
        if (!bareConnection)
            bareConnection = Database::openAnotherConnection(database().sharedFile(),
                                                             Database::Access::ReadWrite);
        return *bareConnection;
    }
    DiaryEdits edits() { return DiaryEdits(database(), window.undoStack()); }

    QTemporaryDir dir;
    MainWindow window;
    std::unique_ptr<Database> bareConnection;
};

TenYearWindow& tenYears() {
    static TenYearWindow* open = [] {
        auto* window = new TenYearWindow;
        bench::teardowns().push_back([window] { delete window; });
        return window;
    }();
    return *open;
}

CheckIn typicalCheckIn() {
    CheckIn entry;
    entry.moment = DiaryMoment::now();
    entry.pain = 5;
    entry.fatigue = 6;
    entry.sleepQuality = 4;
    entry.note = QStringLiteral("Stiff lower back this morning.");
    return entry;
}

// Everything the change set off (queued refreshes, repaints) is done.
void settle() {
    QApplication::processEvents();
}

// Every benchmark leaves the diary as it found it (the untimed steps take its entries out again),
// so today keeps one or two entries, as a person's day does, however many iterations run.

// Milliseconds since `start`.
double millisecondsSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
        .count();
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

// An action in the window and the bare repository call it is compared with, timed in turn in
// each iteration, so both meet the disk in the same state: on a shared machine the time of an
// fsync drifts by half from one second to the next, and separate benchmarks seconds apart
// compared two drifts. Each is followed by an untimed step that puts the diary back. Reports the
// median of each and their ratio.
struct PairedEdit {
    std::function<void()> bare;
    std::function<void()> afterBare;
    std::function<void()> inTheWindow;
    std::function<void()> afterTheWindow;
};

void runPaired(benchmark::State& state, const PairedEdit& edit) {
    std::vector<double> bare;
    std::vector<double> inTheWindow;
    for (auto _ : state) {
        auto start = std::chrono::steady_clock::now();
        edit.bare();
        bare.push_back(millisecondsSince(start));
        edit.afterBare();
        start = std::chrono::steady_clock::now();
        edit.inTheWindow();
        settle();
        inTheWindow.push_back(millisecondsSince(start));
        edit.afterTheWindow();
        settle();
    }
    state.counters["bare_ms"] = median(bare);
    state.counters["window_ms"] = median(inTheWindow);
    state.counters["ratio"] = median(inTheWindow) / median(bare);
}

// What the quick check-in writes: a number and the moment.
CheckIn quickCheckIn() {
    CheckIn entry;
    entry.moment = DiaryMoment::now();
    entry.pain = 5;
    return entry;
}

// A pain number clicked and Save clicked, against the bare save of the same record.
void BM_PairedQuickCheckIn(benchmark::State& state) {
    TodayView* today = tenYears().window.todayView();
    CheckInRepository repository(tenYears().bare());
    CheckIn saved;
    runPaired(state, {[&] {
                          saved = quickCheckIn();
                          repository.save(saved);
                      },
                      [&] { repository.remove(saved.id); },
                      [&] {
                          today->painScale()->button(5)->click();
                          today->saveButton()->click();
                      },
                      [&] {
                          tenYears().window.undoStack().undo();
                      }});
}

// A changed pain saved over an entry, against the bare save of the same change.
void BM_PairedEdit(benchmark::State& state) {
    CheckInRepository repository(tenYears().bare());
    CheckIn bareEntry = typicalCheckIn();
    repository.save(bareEntry);
    CheckIn entry = tenYears().edits().saveCheckIn(std::nullopt, typicalCheckIn(), {});
    settle();
    runPaired(state, {[&] {
                          bareEntry.pain = bareEntry.pain == 5 ? 6 : 5;
                          repository.save(bareEntry);
                      },
                      [] {},
                      [&] {
                          CheckIn after = entry;
                          after.pain = entry.pain == 5 ? 6 : 5;
                          entry =
                              tenYears().edits().saveCheckIn(entry, after, QStringLiteral("edit"));
                      },
                      [] {
                      }});
    repository.remove(bareEntry.id);
}

// Undo of an edit, against the bare save of the same change.
void BM_PairedUndoAnEdit(benchmark::State& state) {
    CheckInRepository repository(tenYears().bare());
    CheckIn bareEntry = typicalCheckIn();
    repository.save(bareEntry);
    const CheckIn entry = tenYears().edits().saveCheckIn(std::nullopt, typicalCheckIn(), {});
    CheckIn after = entry;
    after.pain = 8;
    tenYears().edits().saveCheckIn(entry, after, QStringLiteral("edit"));
    settle();
    EditStack& stack = tenYears().window.undoStack();
    runPaired(state, {[&] {
                          bareEntry.pain = bareEntry.pain == 5 ? 8 : 5;
                          repository.save(bareEntry);
                      },
                      [] {}, [&] { stack.undo(); },
                      [&] {
                          stack.redo();
                      }});
    repository.remove(bareEntry.id);
}

// A delete, against the bare removal of the same record.
void BM_PairedDelete(benchmark::State& state) {
    CheckInRepository repository(tenYears().bare());
    CheckIn bareEntry;
    CheckIn entry;
    const auto addBoth = [&] {
        bareEntry = typicalCheckIn();
        repository.save(bareEntry);
        entry = tenYears().edits().saveCheckIn(std::nullopt, typicalCheckIn(), {});
        settle();
    };
    addBoth();
    runPaired(state, {[&] { repository.remove(bareEntry.id); }, [] {},
                      [&] { tenYears().edits().deleteCheckIn(entry); }, addBoth});
    repository.remove(bareEntry.id);
    tenYears().edits().deleteCheckIn(entry);
    settle();
    tenYears().window.undoStack().clear();
}

// Undo of a delete, against the bare save of the same record.
void BM_PairedUndoADelete(benchmark::State& state) {
    CheckInRepository repository(tenYears().bare());
    const CheckIn entry = tenYears().edits().saveCheckIn(std::nullopt, typicalCheckIn(), {});
    tenYears().edits().deleteCheckIn(entry);
    settle();
    EditStack& stack = tenYears().window.undoStack();
    CheckIn bareEntry;
    runPaired(state, {[&] {
                          bareEntry = typicalCheckIn();
                          repository.save(bareEntry);
                      },
                      [&] { repository.remove(bareEntry.id); }, [&] { stack.undo(); },
                      [&] {
                          stack.redo();
                      }});
    stack.clear();
}

} // namespace

#define PAINPACE_PAIRED_BENCHMARK(name)                                                            \
    BENCHMARK(name)                                                                                \
        ->Unit(benchmark::kMillisecond)                                                            \
        ->Iterations(1500)                                                                         \
        ->Repetitions(3)                                                                           \
        ->ReportAggregatesOnly(true)

PAINPACE_PAIRED_BENCHMARK(BM_PairedQuickCheckIn);
PAINPACE_PAIRED_BENCHMARK(BM_PairedEdit);
PAINPACE_PAIRED_BENCHMARK(BM_PairedUndoAnEdit);
PAINPACE_PAIRED_BENCHMARK(BM_PairedDelete);
PAINPACE_PAIRED_BENCHMARK(BM_PairedUndoADelete);
