#include <QTimeZone>

#include <gtest/gtest.h>

#include "diary/checkinvalidator.h"
#include "exchange/diarycsv.h"
#include "exchange/diaryjson.h"
#include "exchangetesting.h"
#include "support/qtprinters.h"
#include "support/sampleentries.h"

using namespace painpace;
using painpace::testing::issuesOf;

namespace {

DiaryDocument sampleDocument() {
    DiaryDocument document;
    document.ownTriggers.append({QStringLiteral("own.gardening"), QStringLiteral("Gardening")});
    for (int i = 0; i < 3; ++i) {
        CheckIn entry = painpace::testing::completeCheckIn(QDate(2026, 3, 14 + i));
        entry.uuid = QUuid::createUuid();
        entry.note = QStringLiteral("line one, \"quoted\"\nline two – ü");
        document.checkIns.append(entry);
    }
    document.checkIns[1].triggers.append({QStringLiteral("own.gardening"), TriggerLevel::ALot});
    return document;
}

QList<CsvInputFile> inputsOf(const QMap<QString, QByteArray>& files) {
    QList<CsvInputFile> inputs;
    for (auto it = files.begin(); it != files.end(); ++it)
        inputs.append({it.key(), it.key(), it.value()});
    return inputs;
}

CsvImport importSheet(const QByteArray& bytes) {
    return diaryFromCsv({{QStringLiteral("checkins.csv"), QStringLiteral("log.csv"), bytes}});
}

QString problemIn(const QList<CsvInputFile>& files) {
    const ValidationIssues issues = issuesOf([&] { diaryFromCsv(files); });
    return issues.isEmpty() ? QString() : issues.first().message;
}

} // namespace

TEST(DiaryCsv, TheExportReadsBackToTheSameDocument) {
    const DiaryDocument document = sampleDocument();
    const QMap<QString, QByteArray> files = diaryToCsv(document);
    const CsvImport import = diaryFromCsv(inputsOf(files));
    EXPECT_TRUE(import.notes.isEmpty()) << import.notes.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(diaryToJson(import.document), diaryToJson(document));
    EXPECT_EQ(diaryToCsv(import.document), files);
}

TEST(DiaryCsv, EveryKindOfRecordHasItsFileWithAHeader) {
    const QMap<QString, QByteArray> files = diaryToCsv(DiaryDocument{});
    EXPECT_EQ(files.keys().join(QLatin1Char(' ')),
              QStringLiteral("checkins.csv own_therapies.csv own_triggers.csv pacing_levels.csv "
                             "pacing_plans.csv pacing_sessions.csv pain_marks.csv "
                             "questionnaires.csv red_flags.csv spasms.csv therapies.csv "
                             "trial_days.csv trials.csv triggers.csv"));
    EXPECT_EQ(
        files.value(QStringLiteral("checkins.csv")),
        QByteArray("uuid,day,time,utc_offset_minutes,at_utc,pain,morning_stiffness_minutes,"
                   "fatigue,stress,mood,sleep_minutes,sleep_quality,fibro_fog,flare,note\r\n"));
    EXPECT_EQ(files.value(QStringLiteral("spasms.csv")),
              QByteArray("check_in_uuid,kind,region,count,duration_seconds,intensity,context\r\n"));
}

TEST(DiaryCsv, ASpreadsheetFromElsewhereIsReadByItsHeaders) {
    const CsvImport import = importSheet("Date;Time;Pain level;Sleep (hours);Notes;Weather\n"
                                         "2026-03-01;08:30;5;6,5;Bad night, stiff;rainy\n"
                                         "2026-03-02;;3;8;;sunny\n");
    ASSERT_EQ(import.document.checkIns.size(), 2);
    const CheckIn& first = import.document.checkIns[0];
    EXPECT_EQ(first.moment.localDay, QDate(2026, 3, 1));
    EXPECT_EQ(first.moment.localTime().time(), QTime(8, 30));
    EXPECT_EQ(first.pain, 5);
    EXPECT_EQ(first.sleep, Minutes{390});
    EXPECT_EQ(first.note, QStringLiteral("Bad night, stiff"));
    const CheckIn& second = import.document.checkIns[1];
    EXPECT_EQ(second.moment.localTime().time(), QTime(12, 0)); // no time: midday
    const QDateTime midday(QDate(2026, 3, 2), QTime(12, 0));
    EXPECT_EQ(second.moment.utcOffsetMinutes,
              QTimeZone::systemTimeZone().offsetFromUtc(midday) / 60);
    ASSERT_EQ(import.notes.size(), 1);
    EXPECT_EQ(import.notes[0], QStringLiteral("log.csv: the column 'Weather' (column 6) is not "
                                              "one PainPace reads; its values were not "
                                              "imported."));
}

TEST(DiaryCsv, RowsWithoutIdsGetTheSameIdEveryTime) {
    const QByteArray sheet = "date,pain\n2026-03-01,5\n2026-03-02,4\n";
    const CsvImport once = importSheet(sheet);
    const CsvImport twice = importSheet(sheet);
    EXPECT_FALSE(once.document.checkIns[0].uuid.isNull());
    EXPECT_NE(once.document.checkIns[0].uuid, once.document.checkIns[1].uuid);
    EXPECT_EQ(once.document.checkIns[0].uuid, twice.document.checkIns[0].uuid);
    EXPECT_EQ(once.document.checkIns[1].uuid, twice.document.checkIns[1].uuid);
}

TEST(DiaryCsv, ValuesOutOfRangeNameTheirCell) {
    const auto problem = [](const QByteArray& sheet) {
        return problemIn({{QStringLiteral("checkins.csv"), QStringLiteral("log.csv"), sheet}});
    };
    EXPECT_EQ(problem("Date,Pain\n2026-03-01,5\n2026-03-02,11\n"),
              QStringLiteral("log.csv line 3, column 2 (Pain): Pain must be between 0 and 10 (it "
                             "was 11)."));
    EXPECT_EQ(problem("Date,Pain\n2026-03-01,eleven\n"),
              QStringLiteral("log.csv line 2, column 2 (Pain): a number was expected, not "
                             "'eleven'"));
    EXPECT_EQ(problem("Date,Pain\n2026-03-01,1e300\n"),
              QStringLiteral("log.csv line 2, column 2 (Pain): a whole number was expected, not "
                             "1e+300"));
    EXPECT_EQ(problem("Date,Pain\n01/03/2026,4\n"),
              QStringLiteral("log.csv line 2, column 1 (Date): a date like 2026-03-31 was "
                             "expected, not '01/03/2026'"));
    EXPECT_EQ(problem("Pain\n4\n"),
              QStringLiteral("log.csv line 2: the day of the record is missing (a date like "
                             "2026-03-31)"));
    EXPECT_EQ(problem("Date,Pain,pain_score\n2026-03-01,4,4\n"),
              QStringLiteral("log.csv line 1, column 3: 'pain_score' is the same column as "
                             "column 2"));
}

TEST(DiaryCsv, AProblemInAChildFileNamesThatFile) {
    QMap<QString, QByteArray> files = diaryToCsv(sampleDocument());
    // The first spasm row as exported, with its count (the 4th cell) set to 0.
    const QByteArray exported = files.value(QStringLiteral("spasms.csv"));
    const QByteArray header = exported.left(exported.indexOf("\r\n") + 2);
    const QByteArray firstRow = exported.mid(header.size()).split('\r').first();
    QList<QByteArray> cells = firstRow.split(',');
    cells[3] = "0";
    QByteArray spasms = header + cells.join(',') + "\r\n";
    files.insert(QStringLiteral("spasms.csv"), spasms);
    EXPECT_EQ(problemIn(inputsOf(files)),
              QStringLiteral("spasms.csv line 2, column 4 (count): The number of spasms must be "
                             "between 1 and %1.")
                  .arg(limits::kMaxSpasmCount));
    cells[3] = "1";
    cells[1] = "cramp";
    spasms = header + cells.join(',') + "\r\n";
    files.insert(QStringLiteral("spasms.csv"), spasms);
    EXPECT_EQ(problemIn(inputsOf(files)),
              QStringLiteral("spasms.csv line 2, column 2 (kind): unknown value 'cramp' (one of: "
                             "spasm, twitch)"));
    files.insert(QStringLiteral("spasms.csv"),
                 "check_in_uuid,kind,region,count,duration_seconds,intensity,context\r\n"
                 "00000000-0000-0000-0000-000000000001,spasm,lumbar,1,30,5,rest\r\n");
    EXPECT_EQ(problemIn(inputsOf(files)),
              QStringLiteral("spasms.csv line 2, column 1 (check_in_uuid): "
                             "'00000000-0000-0000-0000-000000000001' is not the uuid of a row of "
                             "checkins.csv"));
}

// A note a spreadsheet would run as a formula is written with an apostrophe first, and read back
// exactly as it was; so are notes that already start with an apostrophe, and ordinary ones.
TEST(DiaryCsv, ANoteThatLooksLikeAFormulaIsWrittenAsTextAndReadBackExactly) {
    const QStringList notes{QStringLiteral("=HYPERLINK(\"http://example.org\",\"see\")"),
                            QStringLiteral("+1 hour of sleep"),
                            QStringLiteral("-5 degrees outside"),
                            QStringLiteral("@work all day"),
                            QStringLiteral("\tindented"),
                            QStringLiteral("'=already guarded"),
                            QStringLiteral("'quoted'"),
                            QStringLiteral("plain, with = inside")};
    DiaryDocument document;
    for (int i = 0; i < notes.size(); ++i) {
        CheckIn entry = painpace::testing::minimalCheckIn(i, QDate(2026, 3, 1 + i));
        entry.uuid = QUuid::createUuid();
        entry.note = notes[i];
        document.checkIns.append(entry);
    }
    const QMap<QString, QByteArray> files = diaryToCsv(document);
    const QString sheet = QString::fromUtf8(files.value(QStringLiteral("checkins.csv")));
    EXPECT_TRUE(sheet.contains(QStringLiteral(",\"'=HYPERLINK(")));
    EXPECT_TRUE(sheet.contains(QStringLiteral(",'+1 hour of sleep")));
    EXPECT_TRUE(sheet.contains(QStringLiteral(",'-5 degrees")));
    EXPECT_TRUE(sheet.contains(QStringLiteral(",'@work")));
    EXPECT_TRUE(sheet.contains(QStringLiteral(",''=already guarded")));
    EXPECT_TRUE(sheet.contains(QStringLiteral(",'quoted'")));
    EXPECT_FALSE(sheet.contains(QStringLiteral(",''quoted'")));
    EXPECT_TRUE(sheet.contains(QStringLiteral(",\"plain, with = inside\"")));
    const CsvImport import = diaryFromCsv(inputsOf(files));
    ASSERT_EQ(import.document.checkIns.size(), notes.size());
    for (int i = 0; i < notes.size(); ++i)
        EXPECT_EQ(import.document.checkIns[i].note, notes[i]);
}
