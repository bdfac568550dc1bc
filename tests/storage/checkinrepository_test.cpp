#include <QSignalSpy>

#include <gtest/gtest.h>
#include <tuple>

#include "diary/validationissue.h"
#include "storage/checkinrepository.h"
#include "storage/sqlstatement.h"
#include "storage/storageerror.h"
#include "storage/writetransaction.h"
#include "support/sampleentries.h"
#include "support/tempdiary.h"

using namespace painpace;
using painpace::testing::completeCheckIn;
using painpace::testing::minimalCheckIn;
using painpace::testing::momentOn;
using painpace::testing::TempDiaryTest;

class CheckInRepositoryTest : public TempDiaryTest {
protected:
    void SetUp() override {
        TempDiaryTest::SetUp();
        m_db = openDiary();
    }
    CheckInRepository repository() const { return CheckInRepository(*m_db); }
    int rows(const char* table) const {
        return SqlStatement::scalar(
                   m_db->connection(),
                   QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)))
            .toInt();
    }

    std::unique_ptr<Database> m_db;
};

TEST_F(CheckInRepositoryTest, ASavedEntryLoadsBackWithEverythingItHolds) {
    CheckIn entry = completeCheckIn();
    repository().save(entry);
    EXPECT_GT(entry.id, 0);
    EXPECT_FALSE(entry.uuid.isNull());
    const std::optional<CheckIn> loaded = repository().find(entry.id);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(*loaded, entry);
    EXPECT_EQ(loaded->marks.size(), 1);
    EXPECT_EQ(loaded->spasms.size(), 2);
    EXPECT_EQ(loaded->therapies[1].dose, 300.0);
    ASSERT_TRUE(loaded->marks[0].referredTo);
    EXPECT_DOUBLE_EQ(loaded->marks[0].referredTo->y(), 0.05);
}

TEST_F(CheckInRepositoryTest, AMinimalEntryKeepsItsMissingValuesMissing) {
    CheckIn entry = minimalCheckIn(0);
    repository().save(entry);
    const CheckIn loaded = *repository().find(entry.id);
    EXPECT_EQ(loaded.pain, 0);
    EXPECT_FALSE(loaded.fatigue);
    EXPECT_FALSE(loaded.sleep);
    EXPECT_FALSE(loaded.morningStiffness);
    EXPECT_TRUE(loaded.note.isEmpty());
}

TEST_F(CheckInRepositoryTest, SavingAnEntryWithPainAbove10IsRejectedAndStoresNothing) {
    CheckIn entry = completeCheckIn();
    entry.pain = 11;
    try {
        repository().save(entry);
        FAIL() << "saved";
    } catch (const ValidationError& error) {
        ASSERT_EQ(error.issues().size(), 1);
        EXPECT_EQ(error.issues()[0].field, QStringLiteral("pain"));
    }
    EXPECT_EQ(entry.id, 0);
    EXPECT_EQ(rows("check_in"), 0);
    EXPECT_EQ(rows("pain_mark"), 0);
}

TEST_F(CheckInRepositoryTest, AnUnknownTriggerOrTherapyIsRejectedWithItsField) {
    CheckIn entry = completeCheckIn();
    entry.triggers[0].triggerCode = QStringLiteral("full_moon");
    entry.therapies[0].therapyCode = QStringLiteral("leeches");
    try {
        repository().save(entry);
        FAIL() << "saved";
    } catch (const ValidationError& error) {
        ASSERT_EQ(error.issues().size(), 2);
        EXPECT_EQ(error.issues()[0].field, QStringLiteral("triggers[0].trigger"));
        EXPECT_EQ(error.issues()[1].field, QStringLiteral("therapies[0].therapy"));
    }
    EXPECT_EQ(rows("check_in"), 0);
}

TEST_F(CheckInRepositoryTest, HostileTextIsStoredVerbatimAndRunsNothing) {
    CheckIn entry = minimalCheckIn(4);
    entry.note = QStringLiteral("'); DROP TABLE check_in; -- \" ; \\ %s \u0000 😣");
    repository().save(entry);
    EXPECT_EQ(repository().find(entry.id)->note, entry.note);
    EXPECT_EQ(rows("check_in"), 1);
}

TEST_F(CheckInRepositoryTest, UpdatingReplacesTheValuesAndTheChildRows) {
    CheckIn entry = completeCheckIn();
    repository().save(entry);
    entry.pain = 3;
    entry.spasms.removeLast();
    entry.marks.clear();
    entry.redFlags.clear();
    repository().save(entry);
    EXPECT_EQ(*repository().find(entry.id), entry);
    EXPECT_EQ(rows("check_in"), 1);
    EXPECT_EQ(rows("spasm_event"), 1);
    EXPECT_EQ(rows("pain_mark"), 0);
}

TEST_F(CheckInRepositoryTest, UpdatingAnEntryThatWasDeletedFailsAndChangesNothing) {
    CheckIn entry = completeCheckIn();
    repository().save(entry);
    repository().remove(entry.id);
    entry.pain = 2;
    EXPECT_THROW(repository().save(entry), StorageError);
    EXPECT_EQ(rows("check_in"), 0);
    EXPECT_EQ(rows("spasm_event"), 0);
}

TEST_F(CheckInRepositoryTest, RemovingAnEntryRemovesEverythingItHeld) {
    CheckIn entry = completeCheckIn();
    repository().save(entry);
    repository().remove(entry.id);
    for (const char* table : {"check_in", "pain_mark", "spasm_event", "check_in_trigger",
                              "therapy_use", "check_in_red_flag"})
        EXPECT_EQ(rows(table), 0) << table;
    EXPECT_THROW(repository().remove(entry.id), StorageError);
}

TEST_F(CheckInRepositoryTest, RemovingAnnouncesTheDayAndUuidOfTheEntryThatWent) {
    CheckIn entry = completeCheckIn(QDate(2026, 5, 2));
    repository().save(entry);
    QList<std::tuple<qint64, QDate, QUuid>> heard;
    QObject::connect(&m_db->notifier(), &DiaryNotifier::checkInRemoved,
                     [&](qint64 id, QDate day, QUuid uuid) {
                         heard.append({id, day, uuid});
                     });
    repository().remove(entry.id);
    ASSERT_EQ(heard.size(), 1);
    EXPECT_EQ(heard[0], std::make_tuple(entry.id, QDate(2026, 5, 2), entry.uuid));
}

TEST_F(CheckInRepositoryTest, HeadlinesCarryTheNumbersAndRedFlagsButNoChildLists) {
    CheckIn complete = completeCheckIn(QDate(2026, 5, 2));
    CheckIn plain = minimalCheckIn(3, QDate(2026, 5, 2), 20);
    CheckIn otherDay = minimalCheckIn(9, QDate(2026, 5, 3));
    for (CheckIn* entry : {&complete, &plain, &otherDay})
        repository().save(*entry);
    const QList<CheckIn> headlines =
        repository().headlinesBetween(QDate(2026, 5, 2), QDate(2026, 5, 2));
    ASSERT_EQ(headlines.size(), 2);
    EXPECT_EQ(headlines[0].uuid, complete.uuid);
    EXPECT_EQ(headlines[0].pain, 6);
    EXPECT_EQ(headlines[0].note, complete.note);
    EXPECT_EQ(headlines[0].redFlags, QList<RedFlag>{RedFlag::SevereNightPain});
    EXPECT_TRUE(headlines[0].marks.isEmpty());
    EXPECT_TRUE(headlines[0].spasms.isEmpty());
    EXPECT_TRUE(headlines[0].triggers.isEmpty());
    EXPECT_TRUE(headlines[0].therapies.isEmpty());
    EXPECT_EQ(headlines[1].uuid, plain.uuid);
    EXPECT_TRUE(headlines[1].redFlags.isEmpty());
}

TEST_F(CheckInRepositoryTest, AnEmptyDiaryIsEmptyUntilItsFirstEntry) {
    EXPECT_TRUE(repository().isEmpty());
    CheckIn entry = minimalCheckIn(4);
    repository().save(entry);
    EXPECT_FALSE(repository().isEmpty());
    repository().remove(entry.id);
    EXPECT_TRUE(repository().isEmpty());
}

TEST_F(CheckInRepositoryTest, SaveAllStoresEverythingOrNothing) {
    QList<CheckIn> batch = {minimalCheckIn(2), completeCheckIn(), minimalCheckIn(5)};
    batch[2].uuid = QUuid::createUuid();
    batch[1].uuid = batch[2].uuid; // a duplicate id makes the third insert fail in the database
    EXPECT_THROW(repository().saveAll(batch), StorageError);
    EXPECT_EQ(rows("check_in"), 0);
    EXPECT_EQ(rows("pain_mark"), 0);
    EXPECT_EQ(batch[0].id, 0);

    batch[1].uuid = QUuid();
    repository().saveAll(batch);
    EXPECT_EQ(rows("check_in"), 3);
    EXPECT_GT(batch[2].id, batch[0].id);
}

TEST_F(CheckInRepositoryTest, TheLocalDayIsStoredAndNotDerivedFromUtc) {
    // 00:30 on 15 March at UTC+2 is still 14 March in UTC: the entry belongs to the 15th.
    CheckIn entry = minimalCheckIn(6);
    entry.moment = momentOn(QDate(2026, 3, 15), 0, 30, 120);
    ASSERT_EQ(entry.moment.utc.date(), QDate(2026, 3, 14));
    repository().save(entry);
    EXPECT_TRUE(repository().between(QDate(2026, 3, 14), QDate(2026, 3, 14)).isEmpty());
    const QList<CheckIn> found = repository().between(QDate(2026, 3, 15), QDate(2026, 3, 15));
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].moment, entry.moment);
    EXPECT_EQ(found[0].moment.localTime().time(), QTime(0, 30));
}

TEST_F(CheckInRepositoryTest, BetweenReturnsEntriesOfTheRangeOldestFirst) {
    QList<CheckIn> batch = {
        minimalCheckIn(7, QDate(2026, 3, 16), 20), minimalCheckIn(1, QDate(2026, 3, 13)),
        minimalCheckIn(5, QDate(2026, 3, 16), 8), minimalCheckIn(3, QDate(2026, 3, 14))};
    repository().saveAll(batch);
    const QList<CheckIn> found = repository().between(QDate(2026, 3, 14), QDate(2026, 3, 16));
    ASSERT_EQ(found.size(), 3);
    EXPECT_EQ(found[0].pain, 3);
    EXPECT_EQ(found[1].pain, 5);
    EXPECT_EQ(found[2].pain, 7);
    EXPECT_EQ(repository().firstDay(), QDate(2026, 3, 13));
    EXPECT_EQ(repository().lastDay(), QDate(2026, 3, 16));
}

TEST_F(CheckInRepositoryTest, DailySummariesAggregateEachDayInTheDatabase) {
    CheckIn morning = completeCheckIn(QDate(2026, 3, 14)); // pain 6, flare, 3 spasms + 5 twitches
    CheckIn evening = minimalCheckIn(3, QDate(2026, 3, 14), 21);
    evening.fatigue = 4;
    evening.spasms = {{SpasmKind::Spasm, QStringLiteral("back.neck.left"), 2, Seconds{10}, 3,
                       SpasmContext::Activity}};
    CheckIn nextDay = minimalCheckIn(2, QDate(2026, 3, 15));
    QList<CheckIn> batch = {morning, evening, nextDay};
    repository().saveAll(batch);

    const QList<DailySummary> days =
        repository().dailySummaries(QDate(2026, 3, 1), QDate(2026, 3, 31));
    ASSERT_EQ(days.size(), 2);
    const DailySummary& first = days[0];
    EXPECT_EQ(first.day, QDate(2026, 3, 14));
    EXPECT_EQ(first.checkIns, 2);
    EXPECT_DOUBLE_EQ(first.meanPain, 4.5);
    EXPECT_EQ(first.minPain, 3);
    EXPECT_EQ(first.maxPain, 6);
    EXPECT_TRUE(first.flare);
    EXPECT_EQ(first.spasmCount, 5); // 3 + 2 spasms; twitches are not spasms
    EXPECT_DOUBLE_EQ(*first.meanFatigue, 5.5);
    EXPECT_DOUBLE_EQ(*first.meanStiffnessMinutes, 45.0); // only the morning recorded it
    EXPECT_TRUE(first.hasNote);                          // the morning entry has a note
    EXPECT_TRUE(first.hasRedFlags);                      // and a warning sign
    EXPECT_FALSE(days[1].flare);
    EXPECT_FALSE(days[1].hasNote);
    EXPECT_FALSE(days[1].hasRedFlags);
    EXPECT_FALSE(days[1].meanFatigue);
    EXPECT_EQ(days[1].spasmCount, 0);
}

TEST_F(CheckInRepositoryTest, TheNotifierSpeaksOnlyAfterACommit) {
    QSignalSpy saved(&m_db->notifier(), &DiaryNotifier::checkInSaved);
    QSignalSpy removed(&m_db->notifier(), &DiaryNotifier::checkInRemoved);
    CheckIn bad = minimalCheckIn(12);
    EXPECT_THROW(repository().save(bad), ValidationError);
    EXPECT_EQ(saved.count(), 0);

    CheckIn entry = minimalCheckIn(4);
    repository().save(entry);
    ASSERT_EQ(saved.count(), 1);
    EXPECT_EQ(saved.at(0).at(0).toLongLong(), entry.id);
    EXPECT_EQ(saved.at(0).at(1).toDate(), QDate(2026, 3, 14));
    repository().remove(entry.id);
    EXPECT_EQ(removed.count(), 1);
}

// The entry as stored comes with the save, so a view can show it without reading it back: with
// its row id, after the commit only, and never for a save that was refused.
TEST_F(CheckInRepositoryTest, TheStoredEntryIsAnnouncedWithItsIdAfterTheCommit) {
    QList<CheckIn> stored;
    QObject::connect(&m_db->notifier(), &DiaryNotifier::checkInStored,
                     [&stored](const CheckIn& entry) { stored.append(entry); });
    CheckIn bad = minimalCheckIn(12);
    EXPECT_THROW(repository().save(bad), ValidationError);
    EXPECT_TRUE(stored.isEmpty());
    CheckIn entry = minimalCheckIn(4);
    entry.redFlags = {RedFlag::LegWeakness};
    {
        WriteTransaction outer(m_db->connection(), m_db->dialect());
        repository().save(entry);
        EXPECT_TRUE(stored.isEmpty()); // the outer write may still be taken back
        outer.commit();
    }
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored[0].id, entry.id);
    EXPECT_GT(stored[0].id, 0);
    EXPECT_EQ(stored[0], *repository().findByUuid(entry.uuid));
}

TEST_F(CheckInRepositoryTest, ChangesInsideALargerWriteAreAnnouncedAfterItsCommitOnly) {
    QSignalSpy saved(&m_db->notifier(), &DiaryNotifier::checkInSaved);
    CheckIn kept = minimalCheckIn(4);
    {
        WriteTransaction outer(m_db->connection(), m_db->dialect());
        repository().save(kept);
        EXPECT_EQ(saved.count(), 0); // the outer write may still be taken back
        {
            WriteTransaction inner(m_db->connection(), m_db->dialect());
            CheckIn dropped = minimalCheckIn(9);
            repository().save(dropped);
            // `inner` rolls back: the entry of pain 9 is never announced
        }
        outer.commit();
    }
    ASSERT_EQ(saved.count(), 1);
    EXPECT_EQ(saved.at(0).at(0).toLongLong(), kept.id);
    EXPECT_EQ(saved.at(0).at(2).toUuid(), kept.uuid);
    EXPECT_EQ(repository().count(), 1);
    {
        WriteTransaction outer(m_db->connection(), m_db->dialect());
        CheckIn never = minimalCheckIn(2);
        repository().save(never);
        // rolled back whole
    }
    EXPECT_EQ(saved.count(), 1);
    EXPECT_EQ(repository().count(), 1);
}

TEST_F(CheckInRepositoryTest, PutReplacesTheRecordWithItsUuidOrAddsIt) {
    CheckIn entry = completeCheckIn();
    repository().put(entry); // not there yet: added
    const qint64 firstRow = entry.id;
    EXPECT_EQ(repository().count(), 1);
    entry.pain = 2;
    entry.id = 0; // whatever row the caller remembers, the uuid decides
    repository().put(entry);
    EXPECT_EQ(entry.id, firstRow);
    EXPECT_EQ(repository().count(), 1);
    EXPECT_EQ(repository().findByUuid(entry.uuid)->pain, 2);
    repository().removeByUuid(entry.uuid);
    EXPECT_EQ(repository().count(), 0);
    EXPECT_THROW(repository().removeByUuid(entry.uuid), StorageError);
}

TEST_F(CheckInRepositoryTest, EntriesSurviveClosingAndReopening) {
    CheckIn entry = completeCheckIn();
    repository().save(entry);
    m_db.reset();
    m_db = openDiary();
    EXPECT_EQ(*repository().find(entry.id), entry);
}

TEST_F(CheckInRepositoryTest, SearchMatchesEverySetFilterField) {
    CheckIn sore =
        completeCheckIn(QDate(2026, 3, 14)); // pain 6, flare, poor sleep, heat, trapezius
    CheckIn calm = minimalCheckIn(2, QDate(2026, 3, 15));
    calm.note = QStringLiteral("100% better_today");
    CheckIn middling = minimalCheckIn(5, QDate(2026, 3, 16));
    middling.triggers = {{QStringLiteral("poor_sleep"), TriggerLevel::ALittle}};
    QList<CheckIn> batch = {sore, calm, middling};
    repository().saveAll(batch);
    auto painsOf = [&](const EntryFilter& filter) {
        QList<int> pains;
        for (const CheckIn& entry : repository().search(filter))
            pains << entry.pain;
        return pains;
    };
    EXPECT_EQ(painsOf({}), (QList<int>{6, 2, 5}));
    EntryFilter text;
    text.noteText = QStringLiteral("KNOT");
    EXPECT_EQ(painsOf(text), QList<int>{6});
    text.noteText = QStringLiteral("100%"); // wildcards are searched literally
    EXPECT_EQ(painsOf(text), QList<int>{2});
    text.noteText = QStringLiteral("a_k"); // as a wildcard it would match "a knot"
    EXPECT_TRUE(painsOf(text).isEmpty());
    EntryFilter trigger;
    trigger.triggerCode = QStringLiteral("poor_sleep");
    EXPECT_EQ(painsOf(trigger), (QList<int>{6, 5}));
    trigger.minPain = 6;
    EXPECT_EQ(painsOf(trigger), QList<int>{6});
    EntryFilter therapy;
    therapy.therapyCode = QStringLiteral("heating_pad");
    EXPECT_EQ(painsOf(therapy), QList<int>{6});
    EntryFilter region;
    region.regionCode = QStringLiteral("back.trapezius.right");
    EXPECT_EQ(painsOf(region), QList<int>{6});
    EntryFilter flare;
    flare.flareOnly = true;
    EXPECT_EQ(painsOf(flare), QList<int>{6});
    EntryFilter range;
    range.maxPain = 5;
    range.from = QDate(2026, 3, 16);
    EXPECT_EQ(painsOf(range), QList<int>{5});
    EXPECT_EQ(repository().search({}, 2).size(), 2); // the newest two
    EXPECT_EQ(repository().search({}, 2)[0].pain, 2);
}

// Pages of the newest-first list, each starting after the last entry of the one before, join up
// into the whole search, with nothing twice and nothing missing, also for equal moments; the
// count is the whole.
TEST_F(CheckInRepositoryTest, PagesOfTheNewestFirstListJoinUpIntoTheWholeSearch) {
    QList<CheckIn> entries;
    for (int i = 0; i < 47; ++i)
        entries << minimalCheckIn(i % 11, QDate(2026, 1, 1).addDays(i / 4), 8 + (i % 2));
    repository().saveAll(entries);
    EntryFilter painful;
    painful.minPain = 3;
    QList<CheckIn> expected = repository().search(painful, 100000);
    std::reverse(expected.begin(), expected.end());
    EXPECT_EQ(repository().countMatching(painful), expected.size());
    QList<CheckIn> joined;
    std::optional<CheckIn> after;
    for (QList<CheckIn> page = repository().searchNewestFirst(painful, 5); !page.isEmpty();
         page = repository().searchNewestFirst(painful, 5, after)) {
        EXPECT_LE(page.size(), 5);
        joined.append(page);
        after = page.last();
    }
    EXPECT_EQ(joined, expected);
}

// A day's summary carries the most urgent advice of its warning signs, for the Calendar's mark.
TEST_F(CheckInRepositoryTest, ADaysSummaryCarriesItsMostUrgentAdvice) {
    CheckIn urgent = minimalCheckIn(4, QDate(2026, 5, 1), 8);
    urgent.redFlags = {RedFlag::SevereNightPain};
    CheckIn emergency = minimalCheckIn(6, QDate(2026, 5, 2), 8);
    emergency.redFlags = {RedFlag::SaddleNumbness};
    CheckIn bothOnOneDay = minimalCheckIn(5, QDate(2026, 5, 2), 18);
    bothOnOneDay.redFlags = {RedFlag::SevereNightPain};
    CheckIn none = minimalCheckIn(3, QDate(2026, 5, 3), 8);
    QList<CheckIn> entries{urgent, emergency, bothOnOneDay, none};
    repository().saveAll(entries);
    const QList<DailySummary> days =
        repository().dailySummaries(QDate(2026, 5, 1), QDate(2026, 5, 3));
    ASSERT_EQ(days.size(), 3);
    EXPECT_EQ(days[0].care, CareUrgency::UrgentDoctor);
    EXPECT_EQ(days[1].care, CareUrgency::Emergency);
    EXPECT_EQ(days[2].care, CareUrgency::None);
    EXPECT_EQ(careHeadline(CareUrgency::Emergency),
              QStringLiteral("Emergency care now: go to an emergency department"));
    EXPECT_EQ(careHeadline(CareUrgency::UrgentDoctor),
              QStringLiteral("See a doctor within a day or two"));
    EXPECT_TRUE(careHeadline(CareUrgency::None).isEmpty());
}

// The usual check-in time is judged from the clock the person saw, not from UTC.
TEST_F(CheckInRepositoryTest, RecentLocalTimesAreTheNewestClockTimesNewestFirst) {
    CheckIn home = minimalCheckIn(3, QDate(2026, 5, 1), 8); // 08:00 at UTC+1
    CheckIn trip = minimalCheckIn(4, QDate(2026, 5, 2), 8);
    trip.moment = momentOn(QDate(2026, 5, 2), 21, 40, 9 * 60); // 21:40 at UTC+9
    CheckIn latest = minimalCheckIn(5, QDate(2026, 5, 3), 19);
    QList<CheckIn> entries{latest, home, trip};
    repository().saveAll(entries);
    EXPECT_EQ(repository().recentLocalTimes(10),
              (QList<QTime>{QTime(19, 0), QTime(21, 40), QTime(8, 0)}));
    EXPECT_EQ(repository().recentLocalTimes(2), (QList<QTime>{QTime(19, 0), QTime(21, 40)}));
}

TEST_F(CheckInRepositoryTest, DaysWithEntriesListsEachDayOnceWithinTheRange) {
    QList<CheckIn> entries{
        minimalCheckIn(3, QDate(2026, 5, 1), 8), minimalCheckIn(4, QDate(2026, 5, 1), 20),
        minimalCheckIn(5, QDate(2026, 5, 4), 9), minimalCheckIn(6, QDate(2026, 5, 9), 9)};
    repository().saveAll(entries);
    EXPECT_EQ(repository().daysWithEntries(QDate(2026, 5, 1), QDate(2026, 5, 8)),
              (QList<QDate>{QDate(2026, 5, 1), QDate(2026, 5, 4)}));
}

// Moving an entry to another day is a save like any other: it is found on the new day only,
// and the announcement names the new day.
TEST_F(CheckInRepositoryTest, AnEntryMovedToAnotherDayIsFoundThereOnly) {
    CheckIn entry = minimalCheckIn(6, QDate(2026, 5, 2), 8);
    repository().save(entry);
    QSignalSpy saved(&m_db->notifier(), &DiaryNotifier::checkInSaved);
    entry.moment = momentOn(QDate(2026, 4, 29), 21, 5);
    repository().save(entry);
    EXPECT_TRUE(repository().between(QDate(2026, 5, 2), QDate(2026, 5, 2)).isEmpty());
    const QList<CheckIn> moved = repository().between(QDate(2026, 4, 29), QDate(2026, 4, 29));
    ASSERT_EQ(moved.size(), 1);
    EXPECT_EQ(moved[0].moment, entry.moment);
    ASSERT_EQ(saved.size(), 1);
    EXPECT_EQ(saved[0][1].toDate(), QDate(2026, 4, 29));
}
