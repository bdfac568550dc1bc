#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QProgressDialog>
#include <QPromise>
#include <QThread>

#include <memory>
#include <utility>

#include "threadhandover.h"

namespace painpace {

// Runs `work(promise)` on a thread of its own and calls `done` with its outcome on the calling
// thread when it ends; the watcher forwards progress to `progress` when given. Jobs always deliver
// an outcome: they report failures inside it rather than throwing across threads.
//
// A thread of its own rather than Qt's pool: starting a thread is a hand-over that every tool
// understands (ThreadSanitizer sees the job's inputs made before it), while the pool's queue is
// guarded inside Qt where the tests cannot see it. Jobs (export, import, the report) are few and
// long, so a thread each costs nothing that matters. The outcome's way back is marked for
// ThreadSanitizer in threadhandover.h.
template <typename Outcome, typename Work, typename Done>
void runInBackground(QObject* owner, QProgressDialog* progress, Work&& work, Done&& done) {
    auto promise = std::make_shared<QPromise<Outcome>>();
    auto* watcher = new QFutureWatcher<Outcome>(owner);
    QObject::connect(watcher, &QFutureWatcher<Outcome>::finished, owner,
                     [watcher, promise, done = std::forward<Done>(done)] {
                         threadhandover::received(promise.get());
                         const Outcome outcome = watcher->future().resultCount() > 0
                                                     ? watcher->future().result()
                                                     : Outcome{};
                         watcher->deleteLater();
                         done(outcome);
                     });
    if (progress)
        QObject::connect(watcher, &QFutureWatcher<Outcome>::progressValueChanged, progress,
                         &QProgressDialog::setValue);
    watcher->setFuture(promise->future());
    QThread* thread = QThread::create([promise, work = std::forward<Work>(work)]() mutable {
        promise->start();
        work(*promise);
        threadhandover::sent(promise.get());
        promise->finish();
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace painpace
