#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "painpaceprocess.h"
#include "storage/migration.h"
#include "support/filesnapshot.h"

using painpace::testing::FileSnapshot;
using painpace::testing::ProcessResult;
using painpace::testing::runPainPace;

class CommandLineTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    QTemporaryDir m_dir;
};

TEST_F(CommandLineTest, HelpListsTheCommandsAndVersionPrintsIt) {
    const ProcessResult help = runPainPace({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("demo")));
    EXPECT_TRUE(help.out.contains(QStringLiteral("check")));
    // Every command starts a line of its own, two spaces in, in the list of commands.
    for (const char* command : {"demo", "check", "backup", "export", "import", "report"})
        EXPECT_TRUE(help.out.contains(QStringLiteral("\n  %1 ").arg(QLatin1String(command))))
            << command;
    const ProcessResult version = runPainPace({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith(QStringLiteral("PainPace ")));
}

TEST_F(CommandLineTest, WrongArgumentsPrintUsageAndExitWith2) {
    for (const QStringList& arguments :
         {QStringList{QStringLiteral("--frobnicate")}, QStringList{QStringLiteral("fly")},
          QStringList{QStringLiteral("demo"), QStringLiteral("--years"), QStringLiteral("0")},
          QStringList{QStringLiteral("check"), QStringLiteral("--years"), QStringLiteral("2")}}) {
        const ProcessResult run = runPainPace(arguments);
        EXPECT_EQ(run.exitCode, 2) << arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(run.err.contains(QStringLiteral("Usage:")));
    }
}

TEST_F(CommandLineTest, SmokeTestShowsEveryViewOfADemoDiaryAndSavesThem) {
    const QString shots = path("shots");
    const ProcessResult run =
        runPainPace({QStringLiteral("--smoke-test"), QStringLiteral("--out"), shots},
                    QStringLiteral("offscreen"));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QStringList views = {QStringLiteral("Today"),    QStringLiteral("Body map"),
                               QStringLiteral("Calendar"), QStringLiteral("Entries"),
                               QStringLiteral("Charts"),   QStringLiteral("Pacing"),
                               QStringLiteral("Trials"),   QStringLiteral("Questionnaires")};
    for (const QString& view : views)
        EXPECT_TRUE(run.out.contains(QStringLiteral("smoke test: shown %1 (").arg(view)))
            << view.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("smoke test: all 8 views shown")));
    EXPECT_EQ(QDir(shots).entryList({QStringLiteral("smoke-*.png")}, QDir::Files).size(), 8);
}

// How the start-up benchmark times a start (tests/bench/startbench.cpp): the real window on the
// diary, "first paint" once it is painted whole, then a clean exit that leaves the diary healthy.
TEST_F(CommandLineTest, TheWindowCanSayWhenItFirstPaintedAndClose) {
    const QString diary = path("diary.sqlite");
    ASSERT_EQ(runPainPace({QStringLiteral("--database"), diary, QStringLiteral("demo")}).exitCode,
              0);
    // Settings of its own, as on a first start, and never the person's.
    painpace::testing::ProcessInput ownSettings;
    ownSettings.variables = {{QStringLiteral("XDG_CONFIG_HOME"), path("config")},
                             {QStringLiteral("XDG_DATA_HOME"), path("data")}};
    const ProcessResult run = runPainPace(
        {QStringLiteral("--database"), diary, QStringLiteral("--exit-after-first-paint")},
        QStringLiteral("offscreen"), 120000, ownSettings);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out, QStringLiteral("first paint\n"));
    EXPECT_EQ(runPainPace({QStringLiteral("--database"), diary, QStringLiteral("check")}).exitCode,
              0);
    // Only with the window, and not offered to people in --help.
    const ProcessResult wrong =
        runPainPace({QStringLiteral("check"), QStringLiteral("--exit-after-first-paint")});
    EXPECT_EQ(wrong.exitCode, 2);
    EXPECT_FALSE(runPainPace({QStringLiteral("--help")})
                     .out.contains(QStringLiteral("exit-after-first-paint")));
}

TEST_F(CommandLineTest, SmokeTestWithoutADisplayFailsWithOneLine) {
    const ProcessResult run = runPainPace({QStringLiteral("--smoke-test")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.startsWith(QStringLiteral("painpace: no display found")));
}

TEST_F(CommandLineTest, SmokeTestNeverTakesADiaryOrACommand) {
    for (const QStringList& arguments :
         {QStringList{QStringLiteral("--smoke-test"), QStringLiteral("--database"), path("x")},
          QStringList{QStringLiteral("--smoke-test"), QStringLiteral("check")}}) {
        const ProcessResult run = runPainPace(arguments, QStringLiteral("offscreen"));
        EXPECT_EQ(run.exitCode, 2) << arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(run.err.contains(QStringLiteral("--smoke-test goes alone")));
    }
    EXPECT_FALSE(QFile::exists(path("x")));
}

// scripts/screenshots.sh: every view at three sizes and the main dialogs, light and dark, and the
// contact sheet of them all; the diary shot from is not touched.
TEST_F(CommandLineTest, ScreenshotsSaveEveryViewAndDialogAndAContactSheet) {
    ASSERT_EQ(
        runPainPace({QStringLiteral("demo"), QStringLiteral("--database"), path("demo.sqlite")})
            .exitCode,
        0);
    const FileSnapshot before = FileSnapshot::of(path("demo.sqlite"));
    const QString shots = path("shots");
    const ProcessResult run =
        runPainPace({QStringLiteral("--screenshots"), QStringLiteral("--database"),
                     path("demo.sqlite"), QStringLiteral("--out"), shots},
                    QStringLiteral("offscreen"), 600000); // minutes under the sanitizers
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QDir folder(shots);
    for (const char* theme : {"light", "dark"}) {
        for (const char* size : {"720x480", "1000x720", "1600x1000"}) {
            const QStringList views = folder.entryList(
                {QStringLiteral("%1-%2-*.png").arg(QLatin1String(theme), QLatin1String(size))});
            EXPECT_EQ(views.size(), 8) << theme << " " << size;
            EXPECT_TRUE(views.contains(QStringLiteral("%1-%2-5-charts.png")
                                           .arg(QLatin1String(theme), QLatin1String(size))));
        }
        EXPECT_EQ(
            folder.entryList({QStringLiteral("%1-dialog-*.png").arg(QLatin1String(theme))}).size(),
            5);
    }
    const QImage lightToday(folder.filePath(QStringLiteral("light-720x480-1-today.png")));
    EXPECT_EQ(lightToday.size(), QSize(720, 480));
    // Eight columns (three sizes and the dialogs, in two themes) of 360 + 16 pixels beside a
    // 170-pixel label; thirteen rows (eight views, five dialogs) of 240 + 16 under a 36-pixel
    // header, and 16 below.
    const QImage sheet(folder.filePath(QStringLiteral("contact-sheet.png")));
    EXPECT_EQ(sheet.size(), QSize(170 + 8 * (360 + 16), 36 + 13 * (240 + 16) + 16));
    EXPECT_TRUE(run.out.contains(QStringLiteral("screenshots: 58 shots")));
    EXPECT_EQ(FileSnapshot::of(path("demo.sqlite")), before);
}

TEST_F(CommandLineTest, ScreenshotsNeedADiaryAndAFolder) {
    for (const QStringList& arguments :
         {QStringList{QStringLiteral("--screenshots")},
          QStringList{QStringLiteral("--screenshots"), QStringLiteral("--out"), path("shots")},
          QStringList{QStringLiteral("--screenshots"), QStringLiteral("--database"), path("x")}}) {
        const ProcessResult run = runPainPace(arguments, QStringLiteral("offscreen"));
        EXPECT_EQ(run.exitCode, 2) << arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(run.err.contains(QStringLiteral("--screenshots needs --database DIARY")));
    }
    EXPECT_FALSE(QFile::exists(path("x")));
    EXPECT_FALSE(QFile::exists(path("shots")));
}

TEST_F(CommandLineTest, DemoWritesADiaryThatCheckCallsHealthy) {
    const ProcessResult demo =
        runPainPace({QStringLiteral("demo"), QStringLiteral("--years"), QStringLiteral("2"),
                     QStringLiteral("--database"), path("demo.sqlite")});
    ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    EXPECT_TRUE(demo.out.contains(QStringLiteral("2-year demo diary")));
    const FileSnapshot before = FileSnapshot::of(path("demo.sqlite"));
    const ProcessResult check =
        runPainPace({QStringLiteral("check"), QStringLiteral("--database"), path("demo.sqlite")});
    EXPECT_EQ(check.exitCode, 0) << check.err.toStdString();
    // Checking only reads: the file is unchanged, and a write-ahead log it leaves (it reads the
    // diary as a window may write it meanwhile) holds nothing.
    EXPECT_EQ(FileSnapshot::of(path("demo.sqlite")), before);
    EXPECT_EQ(QFileInfo(path("demo.sqlite") + QStringLiteral("-wal")).size(), 0);
    EXPECT_TRUE(check.out.contains(QStringLiteral("healthy, diary version %1")
                                       .arg(painpace::schemaMigrations().constLast().version)));
}

TEST_F(CommandLineTest, BackupWritesACheckedCopyThatCheckCallsHealthy) {
    ASSERT_EQ(runPainPace({QStringLiteral("demo"), QStringLiteral("--database"), path("b.sqlite")})
                  .exitCode,
              0);
    const ProcessResult backup =
        runPainPace({QStringLiteral("backup"), QStringLiteral("--database"), path("b.sqlite")});
    ASSERT_EQ(backup.exitCode, 0) << backup.err.toStdString();
    EXPECT_TRUE(backup.out.startsWith(QStringLiteral("Backed up and checked: ")));
    const QStringList copies =
        QDir(path("b-backups")).entryList({QStringLiteral("b-*.sqlite")}, QDir::Files);
    ASSERT_EQ(copies.size(), 1);
    const ProcessResult check = runPainPace(
        {QStringLiteral("check"), QStringLiteral("--database"), path("b-backups/") + copies[0]});
    EXPECT_EQ(check.exitCode, 0) << check.err.toStdString();
    const ProcessResult original =
        runPainPace({QStringLiteral("check"), QStringLiteral("--database"), path("b.sqlite")});
    // The same entries: everything after the file name matches.
    EXPECT_EQ(check.out.section(QStringLiteral(": healthy"), 1),
              original.out.section(QStringLiteral(": healthy"), 1));
    EXPECT_TRUE(check.out.contains(QStringLiteral("check-ins from")));
}

TEST_F(CommandLineTest, DemoNeverWritesIntoADiaryThatHasEntries) {
    ASSERT_EQ(runPainPace({QStringLiteral("demo"), QStringLiteral("--database"), path("d.sqlite")})
                  .exitCode,
              0);
    const FileSnapshot before = FileSnapshot::of(path("d.sqlite"));
    const ProcessResult again =
        runPainPace({QStringLiteral("demo"), QStringLiteral("--database"), path("d.sqlite")});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(QStringLiteral("already holds")));
    EXPECT_EQ(FileSnapshot::of(path("d.sqlite")), before);
}

TEST_F(CommandLineTest, CheckRefusesAFileThatIsNotADiaryInOneLineAndLeavesIt) {
    QFile file(path("notes.txt"));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("not a diary");
    file.close();
    const FileSnapshot before = FileSnapshot::of(path("notes.txt"));
    const ProcessResult check =
        runPainPace({QStringLiteral("check"), QStringLiteral("--database"), path("notes.txt")});
    EXPECT_EQ(check.exitCode, 1);
    EXPECT_EQ(check.err.count(QLatin1Char('\n')), 1);
    EXPECT_TRUE(check.err.contains(QStringLiteral("not a PainPace diary")));
    EXPECT_EQ(FileSnapshot::of(path("notes.txt")), before);
}

TEST_F(CommandLineTest, CheckOnAMissingFileFailsWithoutCreatingIt) {
    const ProcessResult check =
        runPainPace({QStringLiteral("check"), QStringLiteral("--database"), path("none.sqlite")});
    EXPECT_EQ(check.exitCode, 1);
    EXPECT_FALSE(QFile::exists(path("none.sqlite")));
}

TEST_F(CommandLineTest, WithoutADisplayTheWindowExplainsHowToRunInOneLine) {
    const ProcessResult gui = runPainPace({QStringLiteral("--database"), path("gui.sqlite")});
    EXPECT_EQ(gui.exitCode, 1);
    EXPECT_TRUE(gui.err.contains(QStringLiteral("xvfb-run")));
    EXPECT_EQ(gui.err.count(QLatin1Char('\n')), 1);
}
