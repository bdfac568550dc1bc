#pragma once

#include <QDate>
#include <QDialog>
#include <QJsonObject>

#include <functional>

#include "pacing/pacingplan.h"
#include "pacing/pacingsession.h"
#include "pacing/sessionphases.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTimer;

namespace painpace {

class PainScaleButtons;

// Runs one session: pain before, then a large calm timer through the bouts and rests (a visible
// cue at each change, a sound too if wanted; pause, stop early), then pain after, exertion and
// the amount done. The clock can be replaced, so tests run a session in simulated time.
class SessionRunner : public QDialog {
    Q_OBJECT
public:
    SessionRunner(const PacingPlan& plan, int amount, const QDate& day, QWidget* parent = nullptr);

    // Milliseconds from any fixed point; QElapsedTimer by default.
    void setClock(std::function<qint64()> clock);
    PacingSession session() const;

    // Where the session stands, as a draft: kept while it runs, so a crash or a power cut in
    // the middle of a session loses neither the pain before nor the time done
    // (docs/architecture.md, "Input that is not saved yet").
    QJsonObject progress() const;
    // Takes up a session kept by progress(): one that had started opens at the questions after
    // it, with the amount done by the time it was last kept and marked as stopped early.
    void resume(const QJsonObject& progress);
    bool isResumed() const { return m_resumed; }
    // Says under every page that the progress could not be kept as a draft (`problem` is the
    // reason); an empty problem takes the message away.
    void showDraftProblem(const QString& problem);
    QString draftProblem() const;

    PainScaleButtons* painBefore() const { return m_painBefore; }
    PainScaleButtons* painAfter() const { return m_painAfter; }
    PainScaleButtons* exertion() const { return m_exertion; }
    QPushButton* startButton() const { return m_start; }
    QPushButton* pauseButton() const { return m_pause; }
    QPushButton* boutDoneButton() const { return m_boutDone; }
    QPushButton* stopButton() const { return m_stop; }
    QPushButton* saveButton() const { return m_save; }
    QLabel* clockLabel() const { return m_clockLabel; }
    QLabel* phaseLabel() const { return m_phaseLabel; }
    QSpinBox* doneAmount() const { return m_done; }
    int changesCued() const { return m_cues; }

signals:
    // Something worth keeping changed: an answer, the phase, a pause, or half a minute of time.
    void progressChanged();

public slots:
    // Brings the display up to the clock (the timer calls it four times a second).
    void tick();

private:
    QWidget* createBeforePage();
    QWidget* createRunningPage();
    QWidget* createAfterPage();
    void start();
    void togglePause();
    void markBoutDone();
    void stopEarly();
    void finish(bool early);
    qint64 runningSeconds() const;
    void showPhase(const PhasePosition& position);
    void cue();
    int amountDoneSoFar(const PhasePosition& position) const;

    PacingPlan m_plan;
    int m_amount = 0;
    QDate m_day;
    QList<SessionPhase> m_phases;
    std::function<qint64()> m_clock;
    QTimer* m_timer = nullptr;
    DiaryMoment m_started;
    qsizetype m_firstPhase = 0;   // phases before it are done (counted bouts marked done)
    qint64 m_runningBeforeMs = 0; // time run since m_firstPhase began, up to the last pause
    qint64 m_resumedAtMs = 0;
    bool m_paused = false;
    qsizetype m_shownPhase = -1;
    int m_cues = 0;
    bool m_stoppedEarly = false;
    bool m_resumed = false;
    qint64 m_keptAtSeconds = 0; // running time when progress was last announced

    QStackedWidget* m_pages = nullptr;
    PainScaleButtons* m_painBefore = nullptr;
    PainScaleButtons* m_painAfter = nullptr;
    PainScaleButtons* m_exertion = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_pause = nullptr;
    QPushButton* m_boutDone = nullptr;
    QPushButton* m_stop = nullptr;
    QPushButton* m_save = nullptr;
    QLabel* m_phaseLabel = nullptr;
    QLabel* m_clockLabel = nullptr;
    QLabel* m_nextLabel = nullptr;
    QCheckBox* m_sound = nullptr;
    QSpinBox* m_done = nullptr;
    QLineEdit* m_note = nullptr;
    QLabel* m_resumedNote = nullptr;
    QLabel* m_draftProblem = nullptr;
};

} // namespace painpace
