#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace painpace {

// Lets a second start of PainPace on a diary that is already open bring the window holding it
// forward instead of opening another one (docs/architecture.md, "One window per diary"). The
// window listens on a local socket named after the diary and the person (only they can connect);
// a new start asks it to raise itself and, when it answers, exits.
class DiaryWindowChannel : public QObject {
    Q_OBJECT
public:
    explicit DiaryWindowChannel(QObject* parent = nullptr);

    // Listens for the diary at `diaryPath`, replacing a socket left behind by a crash (the diary
    // lock, held by the caller, says no live PainPace owns it). False when it cannot listen; the
    // window then simply cannot be raised from outside.
    bool listenFor(const QString& diaryPath);
    void stopListening();

    // Asks the window that has `diaryPath` open to come forward. True once it has answered;
    // false at once when no window listens for that diary. It waits in a local event loop, so
    // a window of this same process can answer too.
    static bool askToRaise(const QString& diaryPath, int timeoutMs = 3000);

    // The socket's name: a digest of the diary's absolute path and the person's home folder, so
    // two people, or two diaries, never share one.
    static QString serverNameFor(const QString& diaryPath);

signals:
    void raiseRequested();

private:
    void answerNextRequest();

    QLocalServer* m_server = nullptr;
};

} // namespace painpace
