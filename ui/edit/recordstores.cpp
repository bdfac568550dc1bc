#include "recordstores.h"

#include "storage/checkinrepository.h"
#include "storage/pacingrepository.h"
#include "storage/questionnairerepository.h"
#include "storage/trialrepository.h"

namespace painpace {

void CheckInStore::put(const Database& database, CheckIn& record) {
    CheckInRepository(database).put(record);
}

void CheckInStore::remove(const Database& database, const QUuid& uuid) {
    CheckInRepository(database).removeByUuid(uuid);
}

void QuestionnaireStore::put(const Database& database, QuestionnaireRecord& record) {
    QuestionnaireRepository(database).put(record);
}

void QuestionnaireStore::remove(const Database& database, const QUuid& uuid) {
    QuestionnaireRepository(database).removeByUuid(uuid);
}

void PlanStore::put(const Database& database, PacingPlan& record) {
    PacingRepository(database).putPlan(record);
}

void PlanStore::remove(const Database& database, const QUuid& uuid) {
    PacingRepository(database).removePlanByUuid(uuid);
}

void TrialStore::put(const Database& database, TherapyTrial& record) {
    TrialRepository(database).put(record);
}

void TrialStore::remove(const Database& database, const QUuid& uuid) {
    TrialRepository(database).removeByUuid(uuid);
}

} // namespace painpace
