#pragma once

#include <QList>
#include <QMap>

#include "diary/catalogueitems.h"
#include "diary/checkin.h"
#include "pacing/pacingplan.h"
#include "pacing/pacingsession.h"
#include "pacing/weeklyreview.h"
#include "questionnaires/questionnairerecord.h"
#include "trials/therapytrial.h"

namespace painpace {

// A pacing plan with what belongs to it: the levels each reviewed week was given (with the
// reason the person was told) and its sessions. Sessions refer to the plan by nesting, not by id.
struct PacingPlanRecord {
    PacingPlan plan;
    QList<PlanLevel> levels;
    QList<PacingSession> sessions;
};

// A therapy trial with the days the person said whether they followed its schedule.
struct TherapyTrialRecord {
    TherapyTrial trial;
    QMap<QDate, bool> followed;
};

// Everything a diary holds that is the person's: their own triggers and therapies, check-ins,
// questionnaires, pacing plans and therapy trials. What exports write and imports read; ids are
// left out, uuids identify records across diaries. Built-in catalogue items are not included:
// every diary has them.
struct DiaryDocument {
    QList<TriggerDefinition> ownTriggers;
    QList<TherapyDefinition> ownTherapies;
    QList<CheckIn> checkIns;
    QList<QuestionnaireRecord> questionnaires;
    QList<PacingPlanRecord> pacingPlans;
    QList<TherapyTrialRecord> trials;
    // True when every check-in passed validateCheckIn as the document was read (the JSON and CSV
    // readers validate where they can still name the line); an import then checks only what
    // depends on the diary, and validates the check-ins itself otherwise. Whoever changes a
    // check-in afterwards sets it back to false.
    bool checkInsValidated = false;

    // Records an import writes one by one, for its progress.
    qsizetype recordCount() const {
        return ownTriggers.size() + ownTherapies.size() + checkIns.size() + questionnaires.size() +
               pacingPlans.size() + trials.size();
    }
};

} // namespace painpace
