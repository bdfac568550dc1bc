#include "sessionlauncher.h"

#include <QMessageBox>

#include "edit/diaryedits.h"
#include "edit/draftkeeper.h"
#include "edit/editstack.h"
#include "sessionrunner.h"
#include "storage/draftrepository.h"
#include "storage/pacingrepository.h"
#include "storage/storageerror.h"

namespace painpace {

int plannedAmountOn(const Database& database, const PacingPlan& plan, const QDate& day) {
    PacingRepository repository(database);
    repository.reviewDueWeeks(plan.id, std::max(day, QDate::currentDate()));
    const std::optional<PlanLevel> level = repository.levelOn(plan.id, day);
    return level ? level->amount : levelAmount(plan, 0);
}

namespace {

const QString kSessionDraftSlot = QStringLiteral("pacing-session");
const QString kPlanKey = QStringLiteral("plan");
const QString kDayKey = QStringLiteral("day");
const QString kProgressKey = QStringLiteral("progress");

// The runner says so when its progress cannot be kept, and stops saying it once it can.
QString keepProgress(const Database& database, const PacingPlan& plan, const QDate& day,
                     SessionRunner& runner) {
    try {
        DraftRepository(database).save(kSessionDraftSlot,
                                       {{kPlanKey, plan.uuid.toString(QUuid::WithoutBraces)},
                                        {kDayKey, day.toString(Qt::ISODate)},
                                        {kProgressKey, runner.progress()}});
        runner.showDraftProblem(QString());
        return {};
    } catch (const StorageError& error) {
        runner.showDraftProblem(error.message());
        return error.message();
    }
}

void dropProgress(const Database& database) {
    try {
        DraftRepository(database).clear(kSessionDraftSlot);
    } catch (const StorageError& error) {
        qWarning("PainPace: an old draft could not be removed: %s", qPrintable(error.message()));
    }
}

} // namespace

std::optional<InterruptedSession> interruptedSession(const Database& database) {
    const auto draft = DraftRepository(database).load(kSessionDraftSlot);
    if (!draft)
        return std::nullopt;
    const QUuid planUuid = QUuid::fromString(draft->value(kPlanKey).toString());
    for (const PacingPlan& plan : PacingRepository(database).plans(true)) {
        if (plan.uuid == planUuid)
            return InterruptedSession{
                plan, QDate::fromString(draft->value(kDayKey).toString(), Qt::ISODate),
                draft->value(kProgressKey).toObject()};
    }
    return std::nullopt; // its plan is gone
}

bool runPacingSession(QWidget* parent, const Database& database, EditStack& undoStack,
                      const PacingPlan& plan, const QDate& day,
                      const std::function<void(SessionRunner&)>& prepare) {
    try {
        SessionRunner runner(plan, plannedAmountOn(database, plan, day), day, parent);
        const std::optional<InterruptedSession> interrupted = interruptedSession(database);
        if (interrupted && interrupted->plan.uuid == plan.uuid && interrupted->day == day)
            runner.resume(interrupted->progress);
        DraftKeeper keeper(&runner, [&] { keepProgress(database, plan, day, runner); });
        QObject::connect(&runner, &SessionRunner::progressChanged, &keeper, &DraftKeeper::changed);
        bool closedEarly = false; // by `prepare`
        QObject::connect(&runner, &QDialog::finished, &runner, [&] { closedEarly = true; });
        if (prepare)
            prepare(runner);
        const int result = closedEarly ? runner.result() : runner.exec();
        if (result != QDialog::Accepted) {
            keeper.cancel();
            // "Not now" before starting leaves nothing to keep; a session closed once it ran is
            // kept, for Pacing to offer to record.
            if (runner.progress().value(QStringLiteral("page")).toInt() == 0) {
                dropProgress(database);
            } else if (const QString problem = keepProgress(database, plan, day, runner);
                       !problem.isEmpty()) {
                QMessageBox::warning(parent, QObject::tr("Session not kept"),
                                     QObject::tr("The session could not be kept to record later "
                                                 "(%1). Write how it went in today's check-in "
                                                 "note, so it is not forgotten.")
                                         .arg(problem));
            }
            return false;
        }
        keeper.cancel();
        DiaryEdits(database, undoStack)
            .clearingDraft(kSessionDraftSlot)
            .recordSession(plan, runner.session());
        return true;
    } catch (const std::exception& error) {
        QMessageBox::warning(parent, QObject::tr("Session not saved"),
                             QString::fromUtf8(error.what()));
        return false;
    }
}

} // namespace painpace
