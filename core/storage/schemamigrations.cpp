#include <QStringList>

#include "cataloguerows.h"
#include "diary/builtincatalogue.h"
#include "migration.h"
#include "sqlstatement.h"

namespace painpace {

namespace {

// Version 1: the whole diary model. Scores carry their ranges as CHECK constraints too, so even a
// bug that slipped past validation cannot store a pain of 11.
const char* const kDiarySchemaV1[] = {
    R"(CREATE TABLE check_in (
        id ${ID},
        uuid TEXT NOT NULL UNIQUE,
        at_utc_ms ${BIGINT} NOT NULL,
        utc_offset_min INTEGER NOT NULL,
        local_day TEXT NOT NULL,
        pain INTEGER NOT NULL CHECK (pain BETWEEN 0 AND 10),
        stiffness_min INTEGER CHECK (stiffness_min BETWEEN 0 AND 1440),
        fatigue INTEGER CHECK (fatigue BETWEEN 0 AND 10),
        stress INTEGER CHECK (stress BETWEEN 0 AND 10),
        mood INTEGER CHECK (mood BETWEEN 0 AND 10),
        sleep_min INTEGER CHECK (sleep_min BETWEEN 0 AND 1440),
        sleep_quality INTEGER CHECK (sleep_quality BETWEEN 0 AND 10),
        fibro_fog INTEGER CHECK (fibro_fog BETWEEN 0 AND 3),
        flare INTEGER NOT NULL DEFAULT 0 CHECK (flare IN (0, 1)),
        note TEXT NOT NULL DEFAULT '',
        created_utc_ms ${BIGINT} NOT NULL,
        updated_utc_ms ${BIGINT} NOT NULL))",
    "CREATE INDEX check_in_by_day ON check_in (local_day, at_utc_ms)",
    R"(CREATE TABLE pain_mark (
        id ${ID},
        check_in_id ${BIGINT} NOT NULL REFERENCES check_in (id) ON DELETE CASCADE,
        ordinal INTEGER NOT NULL,
        body_view TEXT NOT NULL CHECK (body_view IN ('back', 'front')),
        x ${REAL} NOT NULL CHECK (x BETWEEN 0 AND 1),
        y ${REAL} NOT NULL CHECK (y BETWEEN 0 AND 1),
        region TEXT NOT NULL,
        intensity INTEGER NOT NULL CHECK (intensity BETWEEN 0 AND 10),
        quality TEXT NOT NULL,
        trigger_point INTEGER NOT NULL DEFAULT 0 CHECK (trigger_point IN (0, 1)),
        referred_x ${REAL} CHECK (referred_x BETWEEN 0 AND 1),
        referred_y ${REAL} CHECK (referred_y BETWEEN 0 AND 1)))",
    "CREATE INDEX pain_mark_by_check_in ON pain_mark (check_in_id)",
    "CREATE INDEX pain_mark_by_region ON pain_mark (region)",
    R"(CREATE TABLE spasm_event (
        id ${ID},
        check_in_id ${BIGINT} NOT NULL REFERENCES check_in (id) ON DELETE CASCADE,
        ordinal INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('spasm', 'twitch')),
        region TEXT NOT NULL,
        spasm_count INTEGER NOT NULL CHECK (spasm_count >= 1),
        duration_s INTEGER NOT NULL CHECK (duration_s >= 0),
        intensity INTEGER NOT NULL CHECK (intensity BETWEEN 0 AND 10),
        context TEXT NOT NULL CHECK (context IN ('rest', 'activity', 'sleep'))))",
    "CREATE INDEX spasm_event_by_check_in ON spasm_event (check_in_id)",
    R"(CREATE TABLE trigger_def (
        code TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        built_in INTEGER NOT NULL DEFAULT 0,
        archived INTEGER NOT NULL DEFAULT 0))",
    R"(CREATE TABLE check_in_trigger (
        check_in_id ${BIGINT} NOT NULL REFERENCES check_in (id) ON DELETE CASCADE,
        trigger_code TEXT NOT NULL REFERENCES trigger_def (code),
        level INTEGER NOT NULL CHECK (level IN (1, 2)),
        PRIMARY KEY (check_in_id, trigger_code)))",
    "CREATE INDEX check_in_trigger_by_code ON check_in_trigger (trigger_code)",
    R"(CREATE TABLE therapy_def (
        code TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        usual_dose ${REAL},
        usual_unit TEXT NOT NULL DEFAULT '',
        usual_minutes INTEGER,
        built_in INTEGER NOT NULL DEFAULT 0,
        archived INTEGER NOT NULL DEFAULT 0))",
    R"(CREATE TABLE therapy_use (
        id ${ID},
        check_in_id ${BIGINT} NOT NULL REFERENCES check_in (id) ON DELETE CASCADE,
        ordinal INTEGER NOT NULL,
        therapy_code TEXT NOT NULL REFERENCES therapy_def (code),
        dose ${REAL} CHECK (dose >= 0),
        unit TEXT NOT NULL DEFAULT '',
        minutes INTEGER CHECK (minutes BETWEEN 0 AND 1440),
        taken_at_utc_ms ${BIGINT}))",
    "CREATE INDEX therapy_use_by_check_in ON therapy_use (check_in_id)",
    "CREATE INDEX therapy_use_by_code ON therapy_use (therapy_code)",
    R"(CREATE TABLE check_in_red_flag (
        check_in_id ${BIGINT} NOT NULL REFERENCES check_in (id) ON DELETE CASCADE,
        flag TEXT NOT NULL,
        PRIMARY KEY (check_in_id, flag)))",
};

void seedBuiltInCatalogue(const QSqlDatabase& db) {
    for (const auto& trigger : builtInTriggers())
        cataloguerows::insertTrigger(db, trigger);
    for (const auto& therapy : builtInTherapies())
        cataloguerows::insertTherapy(db, therapy);
}

void createDiarySchema(const QSqlDatabase& db, const SqlDialect& dialect) {
    for (const char* ddl : kDiarySchemaV1)
        SqlStatement::run(db, dialect.expand(QString::fromLatin1(ddl)));
    seedBuiltInCatalogue(db);
    dialect.markAsPainPace(db);
}

// Version 2: questionnaire answers (ACR 2016, FIQR). The score is kept beside the answers for
// sorting and charts; it is always recomputed from the answers when read.
void addQuestionnaires(const QSqlDatabase& db, const SqlDialect& dialect) {
    SqlStatement::run(db, dialect.expand(QStringLiteral(R"(CREATE TABLE questionnaire_result (
        id ${ID},
        uuid TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('acr2016', 'fiqr')),
        version TEXT NOT NULL,
        at_utc_ms ${BIGINT} NOT NULL,
        utc_offset_min INTEGER NOT NULL,
        local_day TEXT NOT NULL,
        answers TEXT NOT NULL,
        score ${REAL} NOT NULL))")));
    SqlStatement::run(db, QStringLiteral("CREATE INDEX questionnaire_by_day ON "
                                         "questionnaire_result (local_day)"));
}

// Version 3: what a person has entered but not saved yet, kept in the private diary file so a
// crash or power cut loses at most the field being typed.
void addDrafts(const QSqlDatabase& db, const SqlDialect& dialect) {
    SqlStatement::run(db, dialect.expand(QStringLiteral(R"(CREATE TABLE draft (
        slot TEXT PRIMARY KEY,
        body TEXT NOT NULL,
        saved_utc_ms ${BIGINT} NOT NULL))")));
}

// Version 4: pacing plans, the level of each of their weeks with its reason, and sessions.
const char* const kPacingSchemaV4[] = {
    R"(CREATE TABLE pacing_plan (
        id ${ID},
        uuid TEXT NOT NULL UNIQUE,
        activity_code TEXT NOT NULL,
        activity_name TEXT NOT NULL,
        unit TEXT NOT NULL CHECK (unit IN ('min', 'reps', 'steps', 'laps')),
        baseline_method TEXT NOT NULL
            CHECK (baseline_method IN ('measured', 'good_bad_day', 'below_onset')),
        baseline_value1 ${REAL} NOT NULL CHECK (baseline_value1 > 0),
        baseline_value2 ${REAL} CHECK (baseline_value2 > 0),
        baseline_value3 ${REAL} CHECK (baseline_value3 > 0),
        weekly_increase INTEGER NOT NULL CHECK (weekly_increase BETWEEN 5 AND 20),
        start_day TEXT NOT NULL,
        weekdays TEXT NOT NULL,
        time_min INTEGER NOT NULL CHECK (time_min BETWEEN 0 AND 1439),
        bout_limit INTEGER CHECK (bout_limit >= 1),
        rest_min INTEGER NOT NULL CHECK (rest_min BETWEEN 0 AND 60),
        archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))))",
    R"(CREATE TABLE pacing_level (
        plan_id ${BIGINT} NOT NULL REFERENCES pacing_plan (id) ON DELETE CASCADE,
        week INTEGER NOT NULL CHECK (week >= 0),
        level INTEGER NOT NULL CHECK (level >= 0),
        amount INTEGER NOT NULL CHECK (amount > 0),
        change TEXT NOT NULL CHECK (change IN ('start', 'up', 'hold', 'back')),
        reason TEXT NOT NULL,
        unsettled_weeks INTEGER NOT NULL,
        PRIMARY KEY (plan_id, week)))",
    R"(CREATE TABLE pacing_session (
        id ${ID},
        uuid TEXT NOT NULL UNIQUE,
        plan_id ${BIGINT} NOT NULL REFERENCES pacing_plan (id) ON DELETE CASCADE,
        planned_day TEXT NOT NULL,
        at_utc_ms ${BIGINT} NOT NULL,
        utc_offset_min INTEGER NOT NULL,
        local_day TEXT NOT NULL,
        planned_amount INTEGER NOT NULL CHECK (planned_amount > 0),
        done_amount INTEGER NOT NULL CHECK (done_amount >= 0),
        pain_before INTEGER CHECK (pain_before BETWEEN 0 AND 10),
        pain_after INTEGER CHECK (pain_after BETWEEN 0 AND 10),
        exertion INTEGER CHECK (exertion BETWEEN 0 AND 10),
        stopped_early INTEGER NOT NULL DEFAULT 0 CHECK (stopped_early IN (0, 1)),
        note TEXT NOT NULL DEFAULT ''))",
    "CREATE INDEX pacing_session_by_plan_day ON pacing_session (plan_id, planned_day)",
};

void addPacing(const QSqlDatabase& db, const SqlDialect& dialect) {
    for (const char* ddl : kPacingSchemaV4)
        SqlStatement::run(db, dialect.expand(QString::fromUtf8(ddl)));
}

// Version 5: therapy trials, their pauses and whether each day followed its arm.
const char* const kTrialSchemaV5[] = {
    R"(CREATE TABLE therapy_trial (
        id ${ID},
        uuid TEXT NOT NULL UNIQUE,
        therapy_code TEXT NOT NULL REFERENCES therapy_def (code),
        comparison TEXT NOT NULL CHECK (comparison IN ('usual', 'none', 'other')),
        other_therapy_code TEXT REFERENCES therapy_def (code),
        outcome TEXT NOT NULL,
        secondary_outcomes TEXT NOT NULL DEFAULT '',
        period_days INTEGER NOT NULL CHECK (period_days BETWEEN 2 AND 14),
        cycles INTEGER NOT NULL CHECK (cycles BETWEEN 2 AND 4),
        baseline_period INTEGER NOT NULL CHECK (baseline_period IN (0, 1)),
        meaningful_difference ${REAL} NOT NULL CHECK (meaningful_difference > 0),
        seed ${BIGINT} NOT NULL,
        start_day TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('running', 'paused', 'abandoned', 'finished'))))",
    R"(CREATE TABLE trial_pause (
        trial_id ${BIGINT} NOT NULL REFERENCES therapy_trial (id) ON DELETE CASCADE,
        from_day TEXT NOT NULL,
        days INTEGER NOT NULL CHECK (days BETWEEN 1 AND 365),
        PRIMARY KEY (trial_id, from_day)))",
    R"(CREATE TABLE trial_adherence (
        trial_id ${BIGINT} NOT NULL REFERENCES therapy_trial (id) ON DELETE CASCADE,
        day TEXT NOT NULL,
        followed INTEGER NOT NULL CHECK (followed IN (0, 1)),
        PRIMARY KEY (trial_id, day)))",
};

void addTrials(const QSqlDatabase& db, const SqlDialect& dialect) {
    for (const char* ddl : kTrialSchemaV5)
        SqlStatement::run(db, dialect.expand(QString::fromUtf8(ddl)));
}

// Version 6: the diary's own settings, which belong to the diary and not to the computer (the
// intensity a new body-map mark starts at).
void addDiarySettings(const QSqlDatabase& db, const SqlDialect& dialect) {
    SqlStatement::run(db, dialect.expand(QStringLiteral(R"(CREATE TABLE diary_setting (
        name TEXT PRIMARY KEY,
        value TEXT NOT NULL))")));
}

} // namespace

const QList<Migration>& schemaMigrations() {
    static const QList<Migration> migrations = {
        {1, QStringLiteral("Diary: check-ins, marks, spasms, triggers, therapies, red flags"),
         createDiarySchema},
        {2, QStringLiteral("Questionnaires: ACR 2016 and FIQR answers"), addQuestionnaires},
        {3, QStringLiteral("Drafts of unsaved input"), addDrafts},
        {4, QStringLiteral("Pacing plans, their weekly levels and sessions"), addPacing},
        {5, QStringLiteral("Therapy trials, their pauses and adherence"), addTrials},
        {6, QStringLiteral("The diary's own settings"), addDiarySettings},
    };
    return migrations;
}

} // namespace painpace
