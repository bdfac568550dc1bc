#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <atomic>
#include <thread>

namespace painpace {

// Runs SQLite's structure check of an open diary (DiaryFileInspector::quickCheck) on a thread of
// its own while the window is shown, and says on the window's thread when it found the diary
// damaged (docs/architecture.md, "Start-up"). Its destructor waits for the thread, which takes at
// most one check's time, so a window closed meanwhile never leaves a thread reading the file.
//
// The window's thread looks every few milliseconds whether the check has finished (an atomic
// flag) and reads the outcome after joining the thread: a hand-over every tool understands.
// Posting an event from the thread instead hands memory over inside Qt, where ThreadSanitizer
// cannot see it.
class BackgroundStructureCheck : public QObject {
    Q_OBJECT
public:
    BackgroundStructureCheck(const QString& path, QObject* parent);
    ~BackgroundStructureCheck() override;

signals:
    // The diary at `path` is damaged; `reason` is the one-line reason an open would have given.
    void damaged(const QString& path, const QString& reason);

private:
    void collectWhenFinished();

    QString m_path;
    QString m_damage; // written by the thread, read after it is joined
    std::atomic<bool> m_finished{false};
    QTimer m_look;
    std::thread m_thread;
};

} // namespace painpace
