// Edits as a person makes them, with the whole window open on the 10-year demo diary: every view
// built and shown once, then Today in front, at 1600×1000. Each figure runs from the action to
// the window having handled everything the change set off, and is compared with the bare
// repository save of the same record on the same connection, measured in the same run.
#include <QAbstractButton>
#include <QApplication>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

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

// Every benchmark leaves the diary as it found it (the untimed part takes its entry out again),
// so today keeps one or two entries, as a person's day does, however many iterations run.

// The reference: the repository save of the same record into the same file, no window involved.
void BM_BareRepositorySave(benchmark::State& state) {
    CheckInRepository repository(tenYears().bare());
    for (auto _ : state) {
        CheckIn entry = typicalCheckIn();
        repository.save(entry);
        state.PauseTiming();
        repository.remove(entry.id);
        state.ResumeTiming();
    }
}

// A quick check-in: a pain number clicked and Save clicked, until the window shows it.
void BM_QuickCheckInInTheWindow(benchmark::State& state) {
    TodayView* today = tenYears().window.todayView();
    EditStack& stack = tenYears().window.undoStack();
    for (auto _ : state) {
        today->painScale()->button(5)->click();
        today->saveButton()->click();
        settle();
        state.PauseTiming();
        stack.undo();
        settle();
        state.ResumeTiming();
    }
}

void BM_EditACheckInInTheWindow(benchmark::State& state) {
    CheckIn entry = tenYears().edits().saveCheckIn(std::nullopt, typicalCheckIn(), {});
    settle();
    for (auto _ : state) {
        CheckIn after = entry;
        after.pain = entry.pain == 5 ? 6 : 5;
        entry = tenYears().edits().saveCheckIn(entry, after, QStringLiteral("edit"));
        settle();
    }
}

void BM_UndoAnEditInTheWindow(benchmark::State& state) {
    const CheckIn entry = tenYears().edits().saveCheckIn(std::nullopt, typicalCheckIn(), {});
    CheckIn after = entry;
    after.pain = 8;
    tenYears().edits().saveCheckIn(entry, after, QStringLiteral("edit"));
    settle();
    EditStack& stack = tenYears().window.undoStack();
    for (auto _ : state) {
        stack.undo();
        settle();
        state.PauseTiming();
        stack.redo();
        settle();
        state.ResumeTiming();
    }
}

void BM_DeleteACheckInInTheWindow(benchmark::State& state) {
    for (auto _ : state) {
        state.PauseTiming();
        const CheckIn entry = tenYears().edits().saveCheckIn(std::nullopt, typicalCheckIn(), {});
        settle();
        state.ResumeTiming();
        tenYears().edits().deleteCheckIn(entry);
        settle();
    }
    tenYears().window.undoStack().clear();
}

void BM_UndoADeleteInTheWindow(benchmark::State& state) {
    const CheckIn entry = tenYears().edits().saveCheckIn(std::nullopt, typicalCheckIn(), {});
    tenYears().edits().deleteCheckIn(entry);
    settle();
    EditStack& stack = tenYears().window.undoStack();
    for (auto _ : state) {
        stack.undo();
        settle();
        state.PauseTiming();
        stack.redo();
        settle();
        state.ResumeTiming();
    }
}

void BM_BareRepositoryRemove(benchmark::State& state) {
    CheckInRepository repository(tenYears().bare());
    for (auto _ : state) {
        state.PauseTiming();
        CheckIn entry = typicalCheckIn();
        repository.save(entry);
        state.ResumeTiming();
        repository.remove(entry.id);
    }
}

} // namespace

#define PAINPACE_EDIT_BENCHMARK(name)                                                              \
    BENCHMARK(name)->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true)

PAINPACE_EDIT_BENCHMARK(BM_BareRepositorySave);
PAINPACE_EDIT_BENCHMARK(BM_QuickCheckInInTheWindow);
PAINPACE_EDIT_BENCHMARK(BM_EditACheckInInTheWindow);
PAINPACE_EDIT_BENCHMARK(BM_UndoAnEditInTheWindow);
PAINPACE_EDIT_BENCHMARK(BM_BareRepositoryRemove);
PAINPACE_EDIT_BENCHMARK(BM_DeleteACheckInInTheWindow);
PAINPACE_EDIT_BENCHMARK(BM_UndoADeleteInTheWindow);
