#pragma once

#include <QObject>
#include <QString>

#include <thread>

namespace painpace {

// Runs SQLite's structure check of an open diary (DiaryFileInspector::quickCheck) on a thread of
// its own, once the window is up, and says on the window's thread when it found the diary
// damaged (docs/architecture.md, "Start-up"). Its destructor waits for the thread, which takes at
// most one check's time, so a window closed meanwhile never leaves a thread reading the file.
//
// The outcome is read after the thread was joined: a hand-over every tool understands
// (ThreadSanitizer included), with no lock of our own.
class BackgroundStructureCheck : public QObject {
    Q_OBJECT
public:
    BackgroundStructureCheck(const QString& path, QObject* parent);
    ~BackgroundStructureCheck() override;

signals:
    // The diary at `path` is damaged; `reason` is the one-line reason an open would have given.
    void damaged(const QString& path, const QString& reason);

private:
    void deliver();

    QString m_path;
    QString m_damage; // written by the thread, read after it is joined
    std::thread m_thread;
};

} // namespace painpace
