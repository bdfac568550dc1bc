#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QProgressDialog>

#include <utility>

namespace painpace {

// Runs `job` (which starts the work, e.g. with QtConcurrent::run, and returns its QFuture) and
// calls `done` with its outcome on the calling thread when it ends; the watcher forwards progress
// to `progress` when given. Jobs always deliver an outcome: they report failures inside it
// rather than throwing across threads.
template <typename Outcome, typename Job, typename Done>
void runInBackground(QObject* owner, QProgressDialog* progress, Job&& job, Done&& done) {
    auto* watcher = new QFutureWatcher<Outcome>(owner);
    QObject::connect(watcher, &QFutureWatcher<Outcome>::finished, owner,
                     [watcher, done = std::forward<Done>(done)] {
                         const Outcome outcome = watcher->future().resultCount() > 0
                                                     ? watcher->future().result()
                                                     : Outcome{};
                         watcher->deleteLater();
                         done(outcome);
                     });
    if (progress)
        QObject::connect(watcher, &QFutureWatcher<Outcome>::progressValueChanged, progress,
                         &QProgressDialog::setValue);
    watcher->setFuture(std::forward<Job>(job)());
}

} // namespace painpace
