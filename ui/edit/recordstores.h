#pragma once

#include <QUuid>

#include "diary/checkin.h"
#include "pacing/pacingplan.h"
#include "questionnaires/questionnairerecord.h"
#include "trials/therapytrial.h"

namespace painpace {

class Database;

// How RecordCommand keeps each kind of record: by uuid, through its repository.
struct CheckInStore {
    using Record = CheckIn;
    static void put(const Database& database, CheckIn& record);
    static void remove(const Database& database, const QUuid& uuid);
};

struct QuestionnaireStore {
    using Record = QuestionnaireRecord;
    static void put(const Database& database, QuestionnaireRecord& record);
    static void remove(const Database& database, const QUuid& uuid);
};

struct PlanStore {
    using Record = PacingPlan;
    static void put(const Database& database, PacingPlan& record);
    static void remove(const Database& database, const QUuid& uuid);
};

struct TrialStore {
    using Record = TherapyTrial;
    static void put(const Database& database, TherapyTrial& record);
    static void remove(const Database& database, const QUuid& uuid);
};

} // namespace painpace
