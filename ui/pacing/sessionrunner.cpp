#include "sessionrunner.h"

#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

#include "common/timeformat.h"
#include "today/painscalebuttons.h"

namespace painpace {

namespace {

QString clockText(int seconds) {
    return QStringLiteral("%1:%2")
        .arg(seconds / 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QLabel* wrapped(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

SessionRunner::SessionRunner(const PacingPlan& plan, int amount, const QDate& day, QWidget* parent)
    : QDialog(parent)
    , m_plan(plan)
    , m_amount(amount)
    , m_day(day)
    , m_phases(sessionPhases(splitIntoBouts(amount, plan.boutLimit, plan.unit), plan.restMinutes,
                             plan.unit)) {
    setWindowTitle(tr("%1: %2").arg(plan.activityName, amountText(amount, plan.unit)));
    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    m_clock = [elapsed] {
        return elapsed->elapsed();
    };
    m_timer = new QTimer(this);
    m_timer->setInterval(250);
    connect(m_timer, &QTimer::timeout, this, &SessionRunner::tick);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(createBeforePage());
    m_pages->addWidget(createRunningPage());
    m_pages->addWidget(createAfterPage());
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    // Below every page: the session goes on whatever happens to its draft.
    m_draftProblem = wrapped(QString(), this);
    m_draftProblem->setVisible(false);
    layout->addWidget(m_draftProblem);
    resize(560, 420);
}

void SessionRunner::setClock(std::function<qint64()> clock) {
    m_clock = std::move(clock);
}

QWidget* SessionRunner::createBeforePage() {
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    const QList<int> bouts = splitIntoBouts(m_amount, m_plan.boutLimit, m_plan.unit);
    QString plan = tr("Today: %1.").arg(amountText(m_amount, m_plan.unit));
    if (bouts.size() > 1)
        plan += QLatin1Char(' ') +
                tr("%1 bouts with %2 min rest between.").arg(bouts.size()).arg(m_plan.restMinutes);
    layout->addWidget(wrapped(plan, page));
    layout->addWidget(wrapped(tr("How much does it hurt right now?"), page));
    m_painBefore = new PainScaleButtons(page);
    m_painBefore->setCompact(true);
    layout->addWidget(m_painBefore);
    m_sound = new QCheckBox(tr("Also a &sound when a bout or rest ends"), page);
    layout->addWidget(m_sound);
    layout->addStretch();
    m_start = new QPushButton(tr("&Start"), page);
    m_start->setDefault(true);
    auto* row = new QHBoxLayout;
    row->addStretch();
    auto* cancel = new QPushButton(tr("Not now"), page);
    row->addWidget(cancel);
    row->addWidget(m_start);
    layout->addLayout(row);
    connect(m_start, &QPushButton::clicked, this, &SessionRunner::start);
    connect(m_painBefore, &PainScaleButtons::valueChanged, this, &SessionRunner::progressChanged);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    return page;
}

QWidget* SessionRunner::createRunningPage() {
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_phaseLabel = new QLabel(page);
    m_phaseLabel->setAlignment(Qt::AlignCenter);
    QFont phaseFont = m_phaseLabel->font();
    phaseFont.setPointSizeF(phaseFont.pointSizeF() * 1.6);
    m_phaseLabel->setFont(phaseFont);
    m_clockLabel = new QLabel(page);
    m_clockLabel->setAlignment(Qt::AlignCenter);
    QFont clockFont = m_clockLabel->font();
    clockFont.setPointSizeF(clockFont.pointSizeF() * 5.0);
    clockFont.setWeight(QFont::Light);
    m_clockLabel->setFont(clockFont);
    m_clockLabel->setAccessibleName(tr("Time left"));
    m_nextLabel = new QLabel(page);
    m_nextLabel->setAlignment(Qt::AlignCenter);
    layout->addStretch();
    layout->addWidget(m_phaseLabel);
    layout->addWidget(m_clockLabel);
    layout->addWidget(m_nextLabel);
    layout->addStretch();
    m_pause = new QPushButton(tr("&Pause"), page);
    m_boutDone = new QPushButton(tr("&Bout done"), page);
    m_stop = new QPushButton(tr("S&top here"), page);
    auto* row = new QHBoxLayout;
    row->addWidget(m_stop);
    row->addStretch();
    row->addWidget(m_pause);
    row->addWidget(m_boutDone);
    layout->addLayout(row);
    connect(m_pause, &QPushButton::clicked, this, &SessionRunner::togglePause);
    connect(m_boutDone, &QPushButton::clicked, this, &SessionRunner::markBoutDone);
    connect(m_stop, &QPushButton::clicked, this, &SessionRunner::stopEarly);
    return page;
}

QWidget* SessionRunner::createAfterPage() {
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(wrapped(tr("How much does it hurt now? (A rise for 20-30 minutes after "
                                 "activity is expected.)"),
                              page));
    m_painAfter = new PainScaleButtons(page);
    m_painAfter->setCompact(true);
    layout->addWidget(m_painAfter);
    layout->addWidget(
        wrapped(tr("How hard did it feel? 0 nothing at all, 5 hard, 10 as hard as it gets"), page));
    m_exertion = new PainScaleButtons(page);
    m_exertion->setCompact(true);
    m_exertion->setAccessibleName(tr("Exertion"));
    layout->addWidget(m_exertion);
    auto* form = new QFormLayout;
    m_done = new QSpinBox(page);
    m_done->setRange(0, 100000);
    m_done->setSuffix(QLatin1Char(' ') + unitName(m_plan.unit));
    m_note = new QLineEdit(page);
    form->addRow(tr("&Done"), m_done);
    form->addRow(tr("&Note"), m_note);
    layout->addLayout(form);
    m_resumedNote = wrapped(QString(), page);
    m_resumedNote->setVisible(false);
    layout->addWidget(m_resumedNote);
    m_save = new QPushButton(tr("&Save session"), page);
    m_save->setDefault(true);
    auto* row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_save);
    layout->addLayout(row);
    connect(m_save, &QPushButton::clicked, this, &QDialog::accept);
    for (PainScaleButtons* scale : {m_painAfter, m_exertion})
        connect(scale, &PainScaleButtons::valueChanged, this, &SessionRunner::progressChanged);
    connect(m_done, &QSpinBox::valueChanged, this, &SessionRunner::progressChanged);
    connect(m_note, &QLineEdit::textChanged, this, &SessionRunner::progressChanged);
    return page;
}

void SessionRunner::start() {
    m_started = DiaryMoment::fromLocal(QDateTime::currentDateTime());
    m_resumedAtMs = m_clock();
    m_pages->setCurrentIndex(1);
    m_timer->start();
    tick();
    emit progressChanged();
}

qint64 SessionRunner::runningSeconds() const {
    const qint64 running = m_runningBeforeMs + (m_paused ? 0 : m_clock() - m_resumedAtMs);
    return running / 1000;
}

void SessionRunner::togglePause() {
    if (m_paused) {
        m_resumedAtMs = m_clock();
        m_pause->setText(tr("&Pause"));
    } else {
        m_runningBeforeMs += m_clock() - m_resumedAtMs;
        m_pause->setText(tr("&Go on"));
    }
    m_paused = !m_paused;
    tick();
    emit progressChanged();
}

void SessionRunner::markBoutDone() {
    const auto position = phaseAt(m_phases, m_firstPhase, runningSeconds());
    if (!position)
        return;
    m_firstPhase = position->phase + 1;
    m_runningBeforeMs = 0;
    m_resumedAtMs = m_clock();
    tick();
}

void SessionRunner::tick() {
    if (m_pages->currentIndex() != 1)
        return;
    const auto position = phaseAt(m_phases, m_firstPhase, runningSeconds());
    if (!position) {
        cue();
        finish(false);
        return;
    }
    showPhase(*position);
    if (runningSeconds() - m_keptAtSeconds >= 30) {
        m_keptAtSeconds = runningSeconds();
        emit progressChanged();
    }
}

void SessionRunner::showPhase(const PhasePosition& position) {
    const SessionPhase& phase = m_phases[position.phase];
    if (position.phase != m_shownPhase) {
        if (m_shownPhase >= 0) {
            cue();
            emit progressChanged();
        }
        m_shownPhase = position.phase;
    }
    const int bouts = static_cast<int>(m_phases.back().index) + 1;
    if (phase.kind == SessionPhase::Kind::Rest) {
        m_phaseLabel->setText(tr("Rest"));
        m_nextLabel->setText(tr("Then bout %1 of %2").arg(phase.index + 2).arg(bouts));
    } else {
        m_phaseLabel->setText(bouts > 1 ? tr("Bout %1 of %2: %3")
                                              .arg(phase.index + 1)
                                              .arg(bouts)
                                              .arg(amountText(phase.amount, m_plan.unit))
                                        : amountText(phase.amount, m_plan.unit));
        m_nextLabel->setText(m_paused ? tr("Paused") : QString());
    }
    const bool counted = phase.seconds == 0;
    m_clockLabel->setText(counted ? tr("Say when done") : clockText(position.secondsLeft));
    m_boutDone->setVisible(counted);
}

// A calm visible cue (the window asks for attention and the phase text is announced), and a
// short sound if the person asked for one.
void SessionRunner::cue() {
    ++m_cues;
    QApplication::alert(this, 1500);
    if (m_sound->isChecked())
        QApplication::beep();
}

int SessionRunner::amountDoneSoFar(const PhasePosition& position) const {
    int done = 0;
    for (qsizetype i = 0; i < position.phase; ++i) {
        if (m_phases[i].kind == SessionPhase::Kind::Bout)
            done += m_phases[i].amount;
    }
    const SessionPhase& current = m_phases[position.phase];
    if (current.kind == SessionPhase::Kind::Bout && current.seconds > 0)
        done += (current.seconds - position.secondsLeft) / 60; // whole minutes of this bout
    return done;
}

void SessionRunner::stopEarly() {
    const auto position = phaseAt(m_phases, m_firstPhase, runningSeconds());
    m_done->setValue(position ? amountDoneSoFar(*position) : m_amount);
    finish(true);
}

void SessionRunner::finish(bool early) {
    m_timer->stop();
    m_stoppedEarly = early;
    if (!early)
        m_done->setValue(m_amount);
    m_pages->setCurrentIndex(2);
    emit progressChanged();
}

namespace {
const QString kPageKey = QStringLiteral("page");
const QString kStartedKey = QStringLiteral("startedUtcMs");
const QString kOffsetKey = QStringLiteral("utcOffsetMinutes");
const QString kDoneKey = QStringLiteral("done");
const QString kStoppedEarlyKey = QStringLiteral("stoppedEarly");
const QString kPainBeforeKey = QStringLiteral("painBefore");
const QString kPainAfterKey = QStringLiteral("painAfter");
const QString kExertionKey = QStringLiteral("exertion");
const QString kNoteKey = QStringLiteral("note");

QJsonValue optionalValue(const std::optional<int>& value) {
    return value ? QJsonValue(*value) : QJsonValue();
}
std::optional<int> optionalFrom(const QJsonValue& value) {
    return value.isDouble() ? std::optional<int>(value.toInt()) : std::nullopt;
}
} // namespace

QJsonObject SessionRunner::progress() const {
    QJsonObject kept{{kPageKey, m_pages->currentIndex()},
                     {kPainBeforeKey, optionalValue(m_painBefore->value())},
                     {kPainAfterKey, optionalValue(m_painAfter->value())},
                     {kExertionKey, optionalValue(m_exertion->value())},
                     {kNoteKey, m_note->text()}};
    if (m_pages->currentIndex() == 0)
        return kept;
    kept.insert(kStartedKey, QString::number(m_started.utc.toMSecsSinceEpoch()));
    kept.insert(kOffsetKey, m_started.utcOffsetMinutes);
    if (m_pages->currentIndex() == 1) {
        const auto position = phaseAt(m_phases, m_firstPhase, runningSeconds());
        kept.insert(kDoneKey, position ? amountDoneSoFar(*position) : m_amount);
        kept.insert(kStoppedEarlyKey, true);
    } else {
        kept.insert(kDoneKey, m_done->value());
        kept.insert(kStoppedEarlyKey, m_stoppedEarly);
    }
    return kept;
}

void SessionRunner::resume(const QJsonObject& progress) {
    m_painBefore->setValue(optionalFrom(progress.value(kPainBeforeKey)));
    if (progress.value(kPageKey).toInt() == 0)
        return;
    m_resumed = true;
    m_started.utc = QDateTime::fromMSecsSinceEpoch(
        progress.value(kStartedKey).toString().toLongLong(), Qt::UTC);
    m_started.utcOffsetMinutes = progress.value(kOffsetKey).toInt();
    m_started.localDay = m_started.localTime().date();
    m_stoppedEarly = progress.value(kStoppedEarlyKey).toBool();
    m_done->setValue(progress.value(kDoneKey).toInt());
    m_painAfter->setValue(optionalFrom(progress.value(kPainAfterKey)));
    m_exertion->setValue(optionalFrom(progress.value(kExertionKey)));
    m_note->setText(progress.value(kNoteKey).toString());
    m_resumedNote->setText(
        tr("This session, started at %1, was interrupted when PainPace closed. The amount is what "
           "was done by then: correct it if you did more.")
            .arg(shortTime(m_started.localTime().time())));
    m_resumedNote->setVisible(true);
    m_pages->setCurrentIndex(2);
}

PacingSession SessionRunner::session() const {
    PacingSession session;
    session.planId = m_plan.id;
    session.plannedDay = m_day;
    session.started = m_started;
    session.plannedAmount = m_amount;
    session.doneAmount = m_done->value();
    session.painBefore = m_painBefore->value();
    session.painAfter = m_painAfter->value();
    session.exertion = m_exertion->value();
    session.stoppedEarly = m_stoppedEarly;
    session.note = m_note->text().trimmed();
    return session;
}

void SessionRunner::showDraftProblem(const QString& problem) {
    m_draftProblem->setText(
        problem.isEmpty()
            ? QString()
            : tr("This session could not be kept as a draft (%1). It goes on: save it at the end.")
                  .arg(problem));
    m_draftProblem->setVisible(!problem.isEmpty());
}

QString SessionRunner::draftProblem() const {
    return m_draftProblem->isHidden() ? QString() : m_draftProblem->text();
}

} // namespace painpace
