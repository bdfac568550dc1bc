// Power cuts, simulated under SQLite (powercutvfs.h; docs/architecture.md, "Power cuts,
// simulated"): after each cut the diary opens, passes the whole-diary check, and holds every
// entry PainPace had reported as saved, whole. Runs PAINPACE_POWER_CUTS cuts (1,000 unless set).
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <random>

#include "diary/validationissue.h"
#include "exchange/checkinjson.h"
#include "powercutvfs.h"
#include "storage/checkinrepository.h"
#include "storage/database.h"
#include "storage/diarybackups.h"
#include "storage/diaryfileinspector.h"
#include "storage/diaryimporter.h"
#include "storage/privatefiles.h"
#include "storage/storageerror.h"
#include "storage/wholediarycheck.h"
#include "support/qtprinters.h"
#include "support/randomentries.h"

using namespace painpace;
using painpace::testing::PowerCutLayer;

namespace {

enum class Step { Save, Import, Backup };

struct Campaign {
    int cuts = 0;
    int cutsIn[3] = {0, 0, 0}; // by the step under way when the power went
    std::int64_t pagesLost = 0;
    int entriesAcknowledged = 0;
    int inFlightKept = 0;
    int inFlightGone = 0;
    int backupsChecked = 0;
};

QByteArray jsonOf(const CheckIn& entry) {
    return QJsonDocument(checkInToJson(entry)).toJson(QJsonDocument::Compact);
}

int cutsWanted() {
    bool ok = false;
    const int wanted = qEnvironmentVariableIntValue("PAINPACE_POWER_CUTS", &ok);
    return ok && wanted > 0 ? wanted : 1000;
}

class PowerCutRun {
public:
    PowerCutRun(const QString& diary, std::mt19937& random, Campaign& campaign)
        : m_diary(diary)
        , m_random(random)
        , m_campaign(campaign)
        , m_entries(static_cast<std::uint32_t>(random())) {}

    void writeUntilThePowerGoes() {
        auto database = Database::openFile(m_diary);
        m_before = CheckInRepository(*database).count();
        // Most cuts fall within a few steps; one in five later, past a checkpoint of the log.
        const bool late = std::bernoulli_distribution(0.2)(m_random);
        PowerCutLayer::cutAfter(late ? pick(300, 4000) : pick(1, 300));
        QDateTime now = QDateTime::currentDateTime();
        while (!PowerCutLayer::powerIsOut()) {
            const int roll = pick(1, 10);
            const Step step = roll <= 7 ? Step::Save : roll <= 9 ? Step::Import : Step::Backup;
            now = now.addSecs(1);
            try {
                take(step, *database, now);
            } catch (const StorageError& error) {
                ASSERT_TRUE(PowerCutLayer::powerIsOut()) << error.message().toStdString();
                ++m_campaign.cutsIn[static_cast<int>(step)];
            }
        }
    }

    void checkAfterThePowerIsBack() {
        auto database = Database::openFile(m_diary); // never refused after a cut
        EXPECT_EQ(WholeDiaryCheck::problems(*database), QStringList());
        CheckInRepository checkIns(*database);
        for (const CheckIn& entry : m_acknowledged) {
            const auto found = checkIns.findByUuid(entry.uuid);
            ASSERT_TRUE(found) << "lost: " << entry.uuid.toString().toStdString();
            EXPECT_EQ(jsonOf(*found), jsonOf(entry));
        }
        int kept = 0;
        for (const CheckIn& entry : m_inFlight) {
            if (const auto found = checkIns.findByUuid(entry.uuid)) {
                EXPECT_EQ(jsonOf(*found), jsonOf(entry)); // all of it, or nothing
                ++kept;
            }
        }
        // An import is all or nothing even when it was cut.
        EXPECT_TRUE(kept == 0 || kept == m_inFlight.size()) << kept << " of " << m_inFlight.size();
        EXPECT_EQ(checkIns.count(), m_before + m_acknowledged.size() + kept);
        // Rotation keeps the newest backup of a day, so the last one made must be there, whole.
        if (!m_backups.isEmpty()) {
            ASSERT_TRUE(QFile::exists(m_backups.last())) << m_backups.last().toStdString();
            EXPECT_EQ(DiaryFileInspector::integrityReport(m_backups.last()), QString());
        }
        for (const BackupFile& listed : DiaryBackups::listFor(m_diary)) {
            EXPECT_EQ(DiaryFileInspector::integrityReport(listed.path), QString())
                << listed.path.toStdString();
            ++m_campaign.backupsChecked;
        }
        m_campaign.entriesAcknowledged += static_cast<int>(m_acknowledged.size());
        (kept > 0 ? m_campaign.inFlightKept : m_campaign.inFlightGone) +=
            m_inFlight.isEmpty() ? 0 : 1;
    }

private:
    int pick(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_random); }

    void take(Step step, Database& database, const QDateTime& now) {
        m_inFlight.clear();
        if (step == Step::Backup) {
            const QString path = DiaryBackups(database).backUpNow(now);
            m_backups << path;
            return;
        }
        const int count = step == Step::Save ? 1 : pick(2, 25);
        for (int i = 0; i < count; ++i)
            m_inFlight.append(m_entries.next());
        if (step == Step::Save) {
            CheckInRepository(database).save(m_inFlight.first());
        } else {
            DiaryDocument document;
            document.checkIns = m_inFlight;
            DiaryImporter(database).import(document);
        }
        m_acknowledged += m_inFlight;
        m_inFlight.clear();
    }

    QString m_diary;
    std::mt19937& m_random;
    Campaign& m_campaign;
    painpace::testing::RandomEntries m_entries;
    int m_before = 0;
    QList<CheckIn> m_acknowledged;
    QList<CheckIn> m_inFlight;
    QStringList m_backups;
};

void startFrom(const QString& base, const QString& diary) {
    QDir(DiaryBackups::folderFor(diary)).removeRecursively();
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(diary + suffix);
    privatefiles::copyPrivately(base, diary);
}

} // namespace

TEST(PowerCut, EveryAcknowledgedEntrySurvivesAndTheDiaryStaysWhole) {
    PowerCutLayer::install();
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString base = dir.filePath(QStringLiteral("base.sqlite"));
    {
        // Three months of demo entries: enough pages that a cut can fall into a checkpoint of
        // the log, few enough that a thousand runs take about a minute.
        auto database = Database::openFile(base);
        painpace::testing::RandomEntries entries(20261204);
        CheckInRepository checkIns(*database);
        for (int i = 0; i < 120; ++i) {
            CheckIn entry = entries.next();
            checkIns.save(entry);
        }
    }
    const QString diary = dir.filePath(QStringLiteral("diary.sqlite"));
    std::mt19937 random(20261204);
    Campaign campaign;
    const int cuts = cutsWanted();
    for (int run = 0; run < cuts; ++run) {
        startFrom(base, diary);
        PowerCutRun cut(diary, random, campaign);
        cut.writeUntilThePowerGoes();
        campaign.pagesLost += PowerCutLayer::restorePower(random);
        ++campaign.cuts;
        cut.checkAfterThePowerIsBack();
        if (::testing::Test::HasFailure()) {
            ADD_FAILURE() << "after cut " << run;
            break;
        }
    }
    EXPECT_EQ(campaign.cuts, cuts);
    std::printf("%d power cuts (%d while saving a check-in, %d while importing, %d while backing "
                "up); %lld pages written since the last sync thrown away; %d acknowledged "
                "entries checked whole; cut steps kept whole %d times and gone %d times; %d "
                "listed backups checked; %lld writes and %lld syncs passed through\n",
                campaign.cuts, campaign.cutsIn[0], campaign.cutsIn[1], campaign.cutsIn[2],
                static_cast<long long>(campaign.pagesLost), campaign.entriesAcknowledged,
                campaign.inFlightKept, campaign.inFlightGone, campaign.backupsChecked,
                static_cast<long long>(PowerCutLayer::writesSeen()),
                static_cast<long long>(PowerCutLayer::syncsSeen()));
}
