#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSignalSpy>

#include <functional>
#include <gtest/gtest.h>
#include <map>

#include "demo/demopacing.h"
#include "diary/validationissue.h"
#include "edit/diaryedits.h"
#include "edit/editstack.h"
#include "pacing/baseline.h"
#include "storage/cataloguerepository.h"
#include "storage/checkinrepository.h"
#include "storage/diarybackups.h"
#include "storage/diaryrestorer.h"
#include "storage/pacingrepository.h"
#include "storage/questionnairerepository.h"
#include "storage/trialrepository.h"
#include "support/sampleentries.h"
#include "support/tempdiary.h"

using namespace painpace;
using painpace::testing::completeCheckIn;
using painpace::testing::minimalCheckIn;
using painpace::testing::momentOn;

namespace {

QList<CheckIn> everyCheckIn(const Database& database) {
    return CheckInRepository(database).between(QDate(1900, 1, 1), QDate(2199, 12, 31));
}

std::optional<CheckIn> checkInWith(const Database& database, const QUuid& uuid) {
    return CheckInRepository(database).findByUuid(uuid);
}

QuestionnaireRecord acrAnswers(int fatigue, const QDate& day) {
    Acr2016Answers answers;
    answers.painfulAreas = {WpiArea::LowerBack, WpiArea::Neck};
    answers.fatigue = fatigue;
    QuestionnaireRecord record;
    record.moment = momentOn(day, 9);
    record.answers = answers;
    return record;
}

PacingPlan walkingPlan() {
    PacingPlan plan;
    plan.activityCode = QStringLiteral("walking");
    plan.activityName = QStringLiteral("Walking");
    plan.baseline = {BaselineMethod::Measured, {10, 12, 8}};
    plan.startDate = QDate(2026, 11, 2);
    plan.weekdays = {1, 3, 5};
    return plan;
}

class EditLayerTest : public painpace::testing::TempDiaryTest {
protected:
    void SetUp() override {
        TempDiaryTest::SetUp();
        m_database = openDiary();
    }
    DiaryEdits edits() { return DiaryEdits(*m_database, m_stack); }

    std::unique_ptr<Database> m_database;
    EditStack m_stack;
};

} // namespace

// Found by a person: the second undo failed with a UNIQUE constraint on the uuid, because the
// undone delete had brought A back under a new row id and the edit still looked for the old one.
TEST_F(EditLayerTest, UndoingADeleteThenTheEditBeforeItRestoresTheFirstVersion) {
    const CheckIn a = edits().saveCheckIn(std::nullopt, minimalCheckIn(3), QStringLiteral("add"));
    const CheckIn b = edits().saveCheckIn(std::nullopt, minimalCheckIn(5, QDate(2026, 3, 15)),
                                          QStringLiteral("add"));
    CheckIn changed = a;
    changed.pain = 8;
    const CheckIn edited = edits().saveCheckIn(a, changed, QStringLiteral("edit"));
    edits().deleteCheckIn(edited);
    QSignalSpy failures(&m_stack, &EditStack::stepFailed);

    m_stack.undo(); // the delete
    ASSERT_TRUE(checkInWith(*m_database, a.uuid));
    EXPECT_EQ(checkInWith(*m_database, a.uuid)->pain, 8);
    m_stack.undo(); // the edit
    EXPECT_EQ(checkInWith(*m_database, a.uuid)->pain, 3);
    EXPECT_EQ(failures.count(), 0);
    EXPECT_EQ(m_stack.count(), 4);

    m_stack.redo();
    EXPECT_EQ(checkInWith(*m_database, a.uuid)->pain, 8);
    m_stack.redo();
    EXPECT_FALSE(checkInWith(*m_database, a.uuid));
    EXPECT_TRUE(checkInWith(*m_database, b.uuid));
    while (m_stack.canUndo())
        m_stack.undo();
    EXPECT_TRUE(everyCheckIn(*m_database).isEmpty());
    EXPECT_EQ(failures.count(), 0);
}

// Found by a person: the third undo said "The questionnaire to delete no longer exists." and Q1
// stayed in the diary.
TEST_F(EditLayerTest, UndoingThreeQuestionnaireStepsLeavesNoneAndRedoBringsBackOnlyTheSecond) {
    const QuestionnaireRecord q1 = edits().addQuestionnaire(acrAnswers(1, QDate(2026, 3, 1)));
    const QuestionnaireRecord q2 = edits().addQuestionnaire(acrAnswers(2, QDate(2026, 3, 8)));
    edits().deleteQuestionnaire(q1);
    QSignalSpy failures(&m_stack, &EditStack::stepFailed);
    m_stack.undo();
    m_stack.undo();
    m_stack.undo();
    EXPECT_TRUE(QuestionnaireRepository(*m_database).history().isEmpty());
    EXPECT_EQ(failures.count(), 0);
    m_stack.redo();
    m_stack.redo();
    m_stack.redo();
    const QList<QuestionnaireRecord> left = QuestionnaireRepository(*m_database).history();
    ASSERT_EQ(left.size(), 1);
    EXPECT_EQ(left.first().uuid, q2.uuid);
    EXPECT_EQ(std::get<Acr2016Answers>(left.first().answers).fatigue, 2);
}

TEST_F(EditLayerTest, ASessionRedoneAfterItsPlanCameBackLandsOnThatPlan) {
    const PacingPlan plan = edits().addPlan(walkingPlan());
    PacingSession session;
    session.plannedDay = QDate(2026, 11, 2);
    session.started = momentOn(session.plannedDay, 10);
    session.plannedAmount = 8;
    session.doneAmount = 8;
    edits().recordSession(plan, session);
    m_stack.undo();
    m_stack.undo();
    EXPECT_TRUE(PacingRepository(*m_database).plans(true).isEmpty());
    // Another plan arrives meanwhile (an import), so the plan comes back under another row id.
    PacingPlan other = walkingPlan();
    PacingRepository(*m_database).savePlan(other);
    QSignalSpy failures(&m_stack, &EditStack::stepFailed);
    m_stack.redo();
    m_stack.redo();
    EXPECT_EQ(failures.count(), 0);
    PacingRepository pacing(*m_database);
    const qint64 planId = pacing.planIdOf(plan.uuid);
    ASSERT_NE(planId, 0);
    EXPECT_NE(planId, plan.id); // stored again under a new row: the session followed the uuid
    const QList<PacingSession> sessions =
        pacing.sessions(planId, QDate(2026, 11, 1), QDate(2026, 11, 30));
    ASSERT_EQ(sessions.size(), 1);
    EXPECT_EQ(sessions.first().doneAmount, 8);
}

TEST_F(EditLayerTest, ATrialAnswerRedoneAfterItsTrialCameBackLandsOnThatTrial) {
    TherapyTrial trial;
    trial.therapyCode = QStringLiteral("heating_pad");
    trial.startDate = QDate(2026, 11, 2);
    trial.seed = 7;
    const TherapyTrial started = edits().startTrial(trial);
    edits().answerAdherence(started, QDate(2026, 11, 3), std::nullopt, true);
    m_stack.undo();
    m_stack.undo();
    EXPECT_TRUE(TrialRepository(*m_database).trials().isEmpty());
    TherapyTrial other = trial;
    TrialRepository(*m_database).save(other);
    QSignalSpy failures(&m_stack, &EditStack::stepFailed);
    m_stack.redo();
    m_stack.redo();
    EXPECT_EQ(failures.count(), 0);
    TrialRepository trials(*m_database);
    const qint64 id = trials.idOf(started.uuid);
    ASSERT_NE(id, 0);
    EXPECT_NE(id, started.id);
    EXPECT_EQ(trials.followed(id).value(QDate(2026, 11, 3)), true);
}

TEST_F(EditLayerTest, AFailedUndoIsReportedOnceAndLeavesTheStack) {
    const CheckIn a = edits().saveCheckIn(std::nullopt, minimalCheckIn(3), QStringLiteral("add"));
    // Someone else (another window of an older version, a restore) took the entry away.
    CheckInRepository(*m_database).removeByUuid(a.uuid);
    QSignalSpy failures(&m_stack, &EditStack::stepFailed);
    m_stack.undo();
    ASSERT_EQ(failures.count(), 1);
    EXPECT_EQ(failures.first().first().toString(),
              QStringLiteral("The entry to delete no longer exists."));
    EXPECT_EQ(m_stack.count(), 0);
}

TEST_F(EditLayerTest, AnEditThatCannotBeMadeIsNotPushed) {
    CheckIn wrong = minimalCheckIn(3);
    wrong.pain = 12;
    EXPECT_THROW(edits().saveCheckIn(std::nullopt, wrong, QStringLiteral("add")), ValidationError);
    EXPECT_EQ(m_stack.count(), 0);
    EXPECT_TRUE(everyCheckIn(*m_database).isEmpty());
}

namespace {

// What the diary should hold, as the person's edits and undos describe it: the whole state after
// each step, and where undo and redo stand among them.
struct DiaryState {
    std::map<QString, CheckIn> checkIns;       // by uuid, row id set to 0
    std::map<QString, QString> questionnaires; // by uuid: day and answers as JSON
    bool operator==(const DiaryState&) const = default;
};

QString uuidKey(const QUuid& uuid) {
    return uuid.toString(QUuid::WithoutBraces);
}

QString questionnaireText(const QuestionnaireRecord& record) {
    return record.moment.localDay.toString(Qt::ISODate) + QLatin1Char(' ') +
           QString::fromUtf8(QJsonDocument(answersToJson(record)).toJson(QJsonDocument::Compact));
}

DiaryState stateOf(const Database& database) {
    DiaryState state;
    for (CheckIn entry : everyCheckIn(database)) {
        entry.id = 0;
        state.checkIns[uuidKey(entry.uuid)] = entry;
    }
    for (const QuestionnaireRecord& record : QuestionnaireRepository(database).history())
        state.questionnaires[uuidKey(record.uuid)] = questionnaireText(record);
    return state;
}

class UndoModel {
public:
    const DiaryState& now() const { return m_states[m_at]; }
    // A new edit drops whatever could have been redone, like QUndoStack.
    void edited(DiaryState next) {
        m_states.resize(m_at + 1);
        m_states.push_back(std::move(next));
        ++m_at;
    }
    bool undo() { return m_at > 0 ? (--m_at, true) : false; }
    bool redo() { return m_at + 1 < m_states.size() ? (++m_at, true) : false; }

private:
    std::vector<DiaryState> m_states{DiaryState{}};
    std::size_t m_at = 0;
};

template <typename Map> QString anyKey(const Map& map, QRandomGenerator& random) {
    auto it = map.begin();
    std::advance(it, random.bounded(static_cast<int>(map.size())));
    return it->first;
}

CheckIn randomCheckIn(QRandomGenerator& random) {
    CheckIn entry =
        random.bounded(4) == 0
            ? completeCheckIn(QDate(2026, 1, 1).addDays(random.bounded(300)))
            : minimalCheckIn(random.bounded(11), QDate(2026, 1, 1).addDays(random.bounded(300)),
                             random.bounded(24));
    if (random.bounded(2))
        entry.note = QStringLiteral("note %1").arg(random.bounded(1000));
    return entry;
}

// One random step of a person's session: an edit of some record, or an undo or a redo. The model
// learns what the diary should hold; the step itself goes through the real edit layer.
void randomStep(DiaryEdits edits, EditStack& stack, UndoModel& model, QRandomGenerator& random,
                const Database& database) {
    DiaryState next = model.now();
    const int choice = random.bounded(100);
    if (choice < 25 || (choice < 55 && next.checkIns.empty())) {
        CheckIn stored =
            edits.saveCheckIn(std::nullopt, randomCheckIn(random), QStringLiteral("add"));
        stored.id = 0;
        next.checkIns[uuidKey(stored.uuid)] = stored;
    } else if (choice < 42) {
        const CheckIn before = *checkInWith(database, QUuid(anyKey(next.checkIns, random)));
        CheckIn after = before;
        after.pain = random.bounded(11);
        after.note = QStringLiteral("edited %1").arg(random.bounded(1000));
        if (random.bounded(3) == 0)
            after.marks.clear();
        CheckIn stored = edits.saveCheckIn(before, after, QStringLiteral("edit"));
        stored.id = 0;
        next.checkIns[uuidKey(stored.uuid)] = stored;
    } else if (choice < 50) {
        const QString key = anyKey(next.checkIns, random);
        edits.deleteCheckIn(*checkInWith(database, QUuid(key)));
        next.checkIns.erase(key);
    } else if (choice < 55) {
        const CheckIn original = *checkInWith(database, QUuid(anyKey(next.checkIns, random)));
        CheckIn copy = edits.duplicateCheckIn(original, momentOn(QDate(2026, 12, 1), 12));
        copy.id = 0;
        next.checkIns[uuidKey(copy.uuid)] = copy;
    } else if (choice < 63 || (choice < 68 && next.questionnaires.empty())) {
        const QuestionnaireRecord stored = edits.addQuestionnaire(
            acrAnswers(random.bounded(4), QDate(2026, 1, 1).addDays(random.bounded(300))));
        next.questionnaires[uuidKey(stored.uuid)] = questionnaireText(stored);
    } else if (choice < 68) {
        const QString key = anyKey(next.questionnaires, random);
        for (const QuestionnaireRecord& record : QuestionnaireRepository(database).history())
            if (uuidKey(record.uuid) == key)
                edits.deleteQuestionnaire(record);
        next.questionnaires.erase(key);
    } else if (choice < 86) {
        if (model.undo())
            stack.undo();
        return;
    } else {
        if (model.redo())
            stack.redo();
        return;
    }
    model.edited(std::move(next));
}

// Replays `sequences` seeded sequences of `steps` steps, each made by `step`, and compares the
// diary with the model after every single step; undoing everything at the end must give the
// empty diary back.
// `at` counts the steps of the sequence from 0.
using SequenceStep = std::function<void(QRandomGenerator& random, UndoModel& model, int at)>;
void replaySequences(EditStack& stack, const Database& database, int sequences, int steps,
                     const SequenceStep& step) {
    QSignalSpy failures(&stack, &EditStack::stepFailed);
    for (int seed = 1; seed <= sequences; ++seed) {
        QRandomGenerator random(static_cast<quint32>(seed));
        UndoModel model;
        for (int at = 0; at < steps; ++at) {
            step(random, model, at);
            ASSERT_TRUE(stateOf(database) == model.now()) << "seed " << seed << ", step " << at;
            ASSERT_EQ(failures.count(), 0) << "seed " << seed << ", step " << at << ": "
                                           << failures.first().first().toString().toStdString();
        }
        while (stack.canUndo())
            stack.undo();
        ASSERT_TRUE(stateOf(database) == DiaryState{}) << "seed " << seed;
        stack.clear();
    }
}

} // namespace

// Any sequence of adds, edits, deletes, duplicates, undos and redos over check-ins and
// questionnaires leaves the diary exactly as the model says, after every single step; undoing
// everything at the end gives the empty diary back.
TEST_F(EditLayerTest, RandomSequencesOfEditsUndosAndRedosMatchASimpleModel) {
    replaySequences(m_stack, *m_database, 250, 20,
                    [this](QRandomGenerator& random, UndoModel& model, int) {
                        randomStep(edits(), m_stack, model, random, *m_database);
                    });
}

// Restores join the sequences: now and then a backup is written (the model remembers what it
// holds) and later one of them is restored through the edit layer. A restore is one step that
// undo takes back and redo brings again, wherever it stands among the other edits.
TEST_F(EditLayerTest, RandomSequencesWithBackupsAndRestoresMatchASimpleModel) {
    constexpr int kSequences = 80;
    QDateTime clock(QDate(2026, 12, 1), QTime(8, 0));
    int restores = 0;
    std::vector<std::pair<QString, DiaryState>> backups; // of the sequence being replayed
    replaySequences(
        m_stack, *m_database, kSequences, 20,
        [&](QRandomGenerator& random, UndoModel& model, int at) {
            if (at == 0) // a new sequence: the last one's backups hold other records
                backups.clear();
            const int choice = random.bounded(100);
            if (choice < 12) {
                clock = clock.addSecs(1);
                backups.emplace_back(DiaryBackups(*m_database).backUpNow(clock, false),
                                     model.now());
            } else if (choice < 24 && !backups.empty()) {
                const auto& [path, held] = backups[random.bounded(int(backups.size()))];
                const bool changes = !(held == model.now());
                edits().restoreBackup(DiaryRestorer(*m_database).readBackup(path),
                                      QStringLiteral("restore"));
                if (changes) // a restore that changes nothing is no step (and keeps the redos)
                    model.edited(held);
                ++restores;
            } else {
                randomStep(edits(), m_stack, model, random, *m_database);
            }
        });
    EXPECT_GT(restores, kSequences / 2); // the sequences did restore, many times
}

// An own trigger is an edit like any other: undo takes it out (after the check-in that used it),
// redo puts both back.
TEST_F(EditLayerTest, AnOwnTriggerAndTheCheckInUsingItUndoAndRedoInOrder) {
    const TriggerDefinition music = edits().addOwnTrigger(QStringLiteral("Loud music"));
    CheckIn entry = minimalCheckIn(6);
    entry.triggers = {{music.code, TriggerLevel::ALot}};
    const CheckIn saved = edits().saveCheckIn(std::nullopt, entry, QStringLiteral("add"));
    auto ownTriggers = [this] {
        QStringList codes;
        for (const TriggerDefinition& trigger : CatalogueRepository(*m_database).triggers())
            if (!trigger.builtIn)
                codes << trigger.code;
        return codes;
    };
    ASSERT_EQ(ownTriggers(), QStringList{QStringLiteral("own.loud_music")});
    m_stack.undo();
    m_stack.undo();
    EXPECT_TRUE(ownTriggers().isEmpty());
    EXPECT_EQ(CheckInRepository(*m_database).count(), 0);
    m_stack.redo();
    m_stack.redo();
    EXPECT_EQ(ownTriggers(), QStringList{QStringLiteral("own.loud_music")});
    const auto back = CheckInRepository(*m_database).findByUuid(saved.uuid);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->triggers, entry.triggers);
    EXPECT_EQ(m_stack.count(), 2);
}

// A duplicate holds exactly what its original holds, only at its own moment and under its own
// identity: every entry of a 1-year demo diary, then every duplicate undone again.
TEST_F(EditLayerTest, EveryDuplicateHoldsExactlyWhatItsOriginalHolds) {
    DemoOptions options;
    options.years = 1;
    writeDemoDiary(*m_database, options);
    CheckInRepository repository(*m_database);
    const QList<CheckIn> originals = repository.between(QDate(1900, 1, 1), QDate(2199, 12, 31));
    ASSERT_GT(originals.size(), 300);
    const DiaryMoment moment = momentOn(QDate(2030, 6, 1), 12);
    for (const CheckIn& original : originals) {
        const CheckIn copy = edits().duplicateCheckIn(original, moment);
        CheckIn expected = original;
        expected.id = copy.id;
        expected.uuid = copy.uuid;
        expected.moment = moment;
        ASSERT_NE(copy.uuid, original.uuid);
        ASSERT_EQ(*repository.findByUuid(copy.uuid), expected)
            << original.moment.localDay.toString(Qt::ISODate).toStdString();
    }
    while (m_stack.canUndo())
        m_stack.undo();
    EXPECT_EQ(repository.between(QDate(1900, 1, 1), QDate(2199, 12, 31)), originals);
}
