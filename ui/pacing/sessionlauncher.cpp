#include "sessionlauncher.h"

#include <QMessageBox>

#include "edit/diaryedits.h"
#include "edit/editstack.h"
#include "sessionrunner.h"
#include "storage/pacingrepository.h"

namespace painpace {

int plannedAmountOn(const Database& database, const PacingPlan& plan, const QDate& day) {
    PacingRepository repository(database);
    repository.reviewDueWeeks(plan.id, std::max(day, QDate::currentDate()));
    const std::optional<PlanLevel> level = repository.levelOn(plan.id, day);
    return level ? level->amount : levelAmount(plan, 0);
}

bool runPacingSession(QWidget* parent, const Database& database, EditStack& undoStack,
                      const PacingPlan& plan, const QDate& day,
                      const std::function<void(SessionRunner&)>& prepare) {
    try {
        SessionRunner runner(plan, plannedAmountOn(database, plan, day), day, parent);
        if (prepare)
            prepare(runner);
        if (runner.result() != QDialog::Accepted && runner.exec() != QDialog::Accepted)
            return false;
        DiaryEdits(database, undoStack).recordSession(plan, runner.session());
        return true;
    } catch (const std::exception& error) {
        QMessageBox::warning(parent, QObject::tr("Session not saved"),
                             QString::fromUtf8(error.what()));
        return false;
    }
}

} // namespace painpace
