#include <QProcess>
#include <QRandomGenerator>

#include <gtest/gtest.h>

#include "storage/checkinrepository.h"
#include "storage/diaryfileinspector.h"
#include "support/tempdiary.h"

using namespace painpace;
using painpace::testing::TempDiaryTest;

namespace {

// Starts the writer, lets it report `saves` commits, kills it with SIGKILL, and returns the
// uuids it reported as saved (complete lines only).
QStringList killWriterAfter(const QString& diary, int saves) {
    QProcess writer;
    writer.start(QStringLiteral(PAINPACE_CRASH_WRITER), {diary});
    if (!writer.waitForStarted())
        return {};
    QByteArray output;
    while (output.count('\n') < saves && writer.waitForReadyRead(20000))
        output += writer.readAllStandardOutput();
    writer.kill(); // SIGKILL: no destructors, no clean close, mid-write or not
    writer.waitForFinished();
    output += writer.readAllStandardOutput();
    QStringList uuids;
    for (const QByteArray& line : output.split('\n')) {
        if (line.startsWith("saved ") && line.size() == 6 + 36)
            uuids << QString::fromLatin1(line.mid(6));
    }
    return uuids;
}

} // namespace

class CrashSafetyTest : public TempDiaryTest {};

TEST_F(CrashSafetyTest, EveryEntryReportedAsSavedSurvivesAKill) {
    openDiary().reset(); // create the diary first, so every run only appends
    QStringList reported;
    for (int run = 0; run < 6; ++run) {
        const int saves = QRandomGenerator::global()->bounded(3, 40);
        const QStringList uuids = killWriterAfter(m_path, saves);
        ASSERT_GE(uuids.size(), saves) << "run " << run;
        reported += uuids;
    }
    EXPECT_EQ(DiaryFileInspector::integrityReport(m_path), QString());
    auto db = openDiary(); // the killed writers' locks are stale and do not block
    CheckInRepository repository(*db);
    for (const QString& uuid : reported) {
        const auto entry = repository.findByUuid(QUuid::fromString(uuid));
        ASSERT_TRUE(entry) << uuid.toStdString();
        EXPECT_EQ(entry->spasms.size(), 1); // and it is whole, children included
    }
    EXPECT_GE(repository.count(), reported.size());
}
