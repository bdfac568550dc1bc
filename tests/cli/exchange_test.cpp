#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "painpaceprocess.h"
#include "support/filesnapshot.h"

using painpace::testing::FileSnapshot;
using painpace::testing::ProcessResult;
using painpace::testing::runPainPace;

class ExchangeCommandTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        const ProcessResult demo = runPainPace(
            {QStringLiteral("demo"), QStringLiteral("--database"), path("source.sqlite")});
        ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    }
    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    ProcessResult exportTo(const char* format, const QString& out,
                           const char* diary = "source.sqlite") {
        return runPainPace({QStringLiteral("export"), QStringLiteral("--database"), path(diary),
                            QStringLiteral("--format"), QLatin1String(format),
                            QStringLiteral("--out"), out});
    }
    ProcessResult importInto(const char* diary, const QString& what) {
        return runPainPace(
            {QStringLiteral("import"), QStringLiteral("--database"), path(diary), what});
    }
    static QByteArray contents(const QString& file) {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    QTemporaryDir m_dir;
};

TEST_F(ExchangeCommandTest, AJsonExportImportsIntoAnEmptyDiaryAndExportsTheSame) {
    const ProcessResult exported = exportTo("json", path("a.json"));
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_TRUE(exported.out.startsWith(QStringLiteral("Exported ")));
    // Health data: the file is the owner's alone.
    EXPECT_EQ(QFileInfo(path("a.json")).permissions() & 0x0077, 0);
    EXPECT_EQ(QFile::permissions(path("a.json")), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                      QFileDevice::ReadUser |
                                                      QFileDevice::WriteUser);

    const ProcessResult imported = importInto("copy.sqlite", path("a.json"));
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.startsWith(QStringLiteral("Imported "))) << imported.out.toStdString();
    ASSERT_EQ(exportTo("json", path("b.json"), "copy.sqlite").exitCode, 0);
    EXPECT_TRUE(contents(path("a.json")) == contents(path("b.json")));

    const ProcessResult again = importInto("copy.sqlite", path("a.json"));
    EXPECT_EQ(again.exitCode, 0);
    EXPECT_TRUE(again.out.contains(QStringLiteral("Imported nothing new")))
        << again.out.toStdString();
}

TEST_F(ExchangeCommandTest, ACsvFolderImportsIntoAnEmptyDiaryAndExportsTheSame) {
    ASSERT_EQ(exportTo("csv", path("csv")).exitCode, 0);
    EXPECT_EQ(QFile::permissions(path("csv")) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
              0);
    const ProcessResult imported = importInto("copy.sqlite", path("csv"));
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    ASSERT_EQ(exportTo("csv", path("again"), "copy.sqlite").exitCode, 0);
    const QStringList files = QDir(path("csv")).entryList(QDir::Files, QDir::Name);
    EXPECT_EQ(files.size(), 14);
    EXPECT_EQ(QDir(path("again")).entryList(QDir::Files, QDir::Name), files);
    for (const QString& file : files)
        EXPECT_TRUE(contents(path("csv/") + file) == contents(path("again/") + file))
            << file.toStdString();
}

TEST_F(ExchangeCommandTest, ABrokenImportSaysWhereAndLeavesTheDiaryUntouched) {
    QFile sheet(path("log.csv"));
    ASSERT_TRUE(sheet.open(QIODevice::WriteOnly));
    sheet.write("Date,Pain,Weather\n2026-03-01,5,rain\n2026-03-02,12,sun\n");
    sheet.close();
    const FileSnapshot before = FileSnapshot::of(path("source.sqlite"));
    const ProcessResult imported = importInto("source.sqlite", path("log.csv"));
    EXPECT_EQ(imported.exitCode, 1);
    EXPECT_TRUE(imported.err.contains(QStringLiteral(
        "log.csv line 3, column 2 (Pain): Pain must be between 0 and 10 (it was 12).")))
        << imported.err.toStdString();
    EXPECT_TRUE(imported.err.contains(QStringLiteral("nothing was imported")));
    EXPECT_EQ(FileSnapshot::of(path("source.sqlite")), before);
}

TEST_F(ExchangeCommandTest, WrongArgumentsAreUsageErrors) {
    for (const QStringList& arguments :
         {QStringList{QStringLiteral("export")},
          QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("xml"),
                      QStringLiteral("--out"), QStringLiteral("x")},
          QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json")},
          QStringList{QStringLiteral("import")},
          QStringList{QStringLiteral("check"), QStringLiteral("--out"), QStringLiteral("x")}}) {
        const ProcessResult run = runPainPace(arguments);
        EXPECT_EQ(run.exitCode, 2) << arguments.join(QLatin1Char(' ')).toStdString();
    }
}

TEST_F(ExchangeCommandTest, ReportWritesAPdfOfThePeriodWithoutADisplay) {
    const ProcessResult report = runPainPace(
        {QStringLiteral("report"), QStringLiteral("--database"), path("source.sqlite"),
         QStringLiteral("--from"), QDate::currentDate().addDays(-27).toString(Qt::ISODate),
         QStringLiteral("--out"), path("summary.pdf"), QStringLiteral("--paper"),
         QStringLiteral("letter")});
    ASSERT_EQ(report.exitCode, 0) << report.err.toStdString();
    EXPECT_TRUE(report.out.startsWith(QStringLiteral("Wrote the summary of ")))
        << report.out.toStdString();
    EXPECT_TRUE(contents(path("summary.pdf")).startsWith("%PDF-"));
    for (const QStringList& wrong :
         {QStringList{QStringLiteral("report")},
          QStringList{QStringLiteral("report"), QStringLiteral("--out"), QStringLiteral("x.pdf"),
                      QStringLiteral("--from"), QStringLiteral("yesterday")},
          QStringList{QStringLiteral("report"), QStringLiteral("--out"), QStringLiteral("x.pdf"),
                      QStringLiteral("--from"), QStringLiteral("2026-03-02"),
                      QStringLiteral("--to"), QStringLiteral("2026-03-01")},
          QStringList{QStringLiteral("report"), QStringLiteral("--out"), QStringLiteral("x.pdf"),
                      QStringLiteral("--paper"), QStringLiteral("a3")},
          QStringList{QStringLiteral("check"), QStringLiteral("--from"),
                      QStringLiteral("2026-03-01")}})
        EXPECT_EQ(runPainPace(wrong).exitCode, 2) << wrong.join(QLatin1Char(' ')).toStdString();
}

TEST_F(ExchangeCommandTest, HostileFilesAreRefusedWithAReasonAndTheDiaryStaysAsItWas) {
    // The importers' regression inputs (cut short, UTF-16, nested 5000 deep, NUL bytes, huge
    // numbers), plus repeated ids and a 10 MB line.
    QStringList files;
    const QDir regressions(QStringLiteral(PAINPACE_FUZZ_DIR "/regressions"));
    for (const QString& name : regressions.entryList({QStringLiteral("json-*")}, QDir::Files))
        files.append(regressions.filePath(name));
    ASSERT_EQ(exportTo("json", path("good.json")).exitCode, 0);
    QByteArray twice = contents(path("good.json"));
    const qsizetype first = twice.indexOf("\"uuid\": \"");
    const QByteArray uuid = twice.mid(first + 9, 36);
    const qsizetype second =
        twice.indexOf("\"uuid\": \"", twice.indexOf("\"uuid\": \"", first + 1));
    twice.replace(second + 9, 36, uuid);
    QFile duplicate(path("duplicate.json"));
    ASSERT_TRUE(duplicate.open(QIODevice::WriteOnly));
    duplicate.write(twice);
    duplicate.close();
    files.append(path("duplicate.json"));
    QFile longLine(path("long.csv"));
    ASSERT_TRUE(longLine.open(QIODevice::WriteOnly));
    longLine.write("Date,Pain,Note\n2026-03-01,4," + QByteArray(10 * 1024 * 1024, 'x') + "\n");
    longLine.close();
    files.append(path("long.csv"));
    ASSERT_GE(files.size(), 7);

    const FileSnapshot before = FileSnapshot::of(path("source.sqlite"));
    for (const QString& file : files) {
        const ProcessResult run = importInto("source.sqlite", file);
        EXPECT_EQ(run.exitCode, 1) << file.toStdString();
        EXPECT_TRUE(
            run.err.contains(QStringLiteral("nothing was imported; the diary is unchanged")))
            << file.toStdString() << ": " << run.err.toStdString();
        EXPECT_EQ(run.err.count(QLatin1Char('\n')), 2) // the reason, then that nothing changed
            << file.toStdString() << ": " << run.err.toStdString();
        EXPECT_EQ(FileSnapshot::of(path("source.sqlite")), before) << file.toStdString();
    }
}

TEST_F(ExchangeCommandTest, AJsonFieldPainPaceDoesNotReadIsNamedOnStandardError) {
    ASSERT_EQ(exportTo("json", path("a.json")).exitCode, 0);
    QByteArray json = contents(path("a.json"));
    ASSERT_TRUE(json.startsWith("{\n"));
    json.insert(2, "    \"exportedFrom\": \"a phone\",\n");
    QFile withExtra(path("extra.json"));
    ASSERT_TRUE(withExtra.open(QIODevice::WriteOnly));
    withExtra.write(json);
    withExtra.close();

    const ProcessResult imported = importInto("copy.sqlite", path("extra.json"));
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_EQ(imported.err, QStringLiteral("painpace: note: exportedFrom: this field is not one "
                                           "PainPace reads; it was not imported.\n"));
    ASSERT_EQ(exportTo("json", path("b.json"), "copy.sqlite").exitCode, 0);
    EXPECT_TRUE(contents(path("a.json")) == contents(path("b.json")));
}

// A value no constraint guards, changed on the disk: the quick look at opening lets it through,
// the whole-diary check before an export or import does not (docs/architecture.md, "Storage").
TEST_F(ExchangeCommandTest, ADamagedDiaryIsNeitherExportedNorWrittenTo) {
    ASSERT_EQ(exportTo("json", path("a.json")).exitCode, 0);
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("x"));
        raw.setDatabaseName(path("source.sqlite"));
        ASSERT_TRUE(raw.open());
        QSqlQuery change(raw);
        ASSERT_TRUE(change.exec(QStringLiteral("UPDATE pain_mark SET quality = 'achinf' WHERE "
                                               "rowid = (SELECT MIN(rowid) FROM pain_mark)")));
        ASSERT_EQ(change.numRowsAffected(), 1);
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("x"));
    const FileSnapshot before = FileSnapshot::of(path("source.sqlite"));

    const ProcessResult check =
        runPainPace({QStringLiteral("check"), QStringLiteral("--database"), path("source.sqlite")});
    EXPECT_EQ(check.exitCode, 1);
    EXPECT_TRUE(check.err.contains(QStringLiteral("is damaged: row 1 of pain_mark holds the "
                                                  "unknown quality 'achinf'")))
        << check.err.toStdString();

    const ProcessResult exported = exportTo("json", path("b.json"));
    EXPECT_EQ(exported.exitCode, 1);
    EXPECT_TRUE(exported.err.contains(QStringLiteral("so PainPace exported nothing")))
        << exported.err.toStdString();
    EXPECT_FALSE(QFile::exists(path("b.json")));

    const ProcessResult imported = importInto("source.sqlite", path("a.json"));
    EXPECT_EQ(imported.exitCode, 1);
    EXPECT_TRUE(imported.err.contains(QStringLiteral("so PainPace imported nothing")))
        << imported.err.toStdString();
    EXPECT_EQ(FileSnapshot::of(path("source.sqlite")), before);
}

// Export, import, export gives the same bytes through an encrypted file; the passphrase comes
// from the variable for the export and from a pipe for the import, never from the arguments.
TEST_F(ExchangeCommandTest, AnEncryptedExportImportsBackToTheSameDiary) {
    const QString sealed = path("diary.painpace");
    const ProcessResult exported = runPainPace(
        {QStringLiteral("export"), QStringLiteral("--database"), path("source.sqlite"),
         QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--encrypt"),
         QStringLiteral("--out"), sealed},
        {}, 120000,
        {{{QStringLiteral("PAINPACE_PASSPHRASE"), QStringLiteral("a long passphrase")}}, {}});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_TRUE(contents(sealed).startsWith("PAINPACE-ENC"));
    EXPECT_EQ(QFile::permissions(sealed) & 0x0077, 0);
    ASSERT_EQ(exportTo("json", path("before.json")).exitCode, 0);
    EXPECT_EQ(contents(sealed).indexOf(contents(path("before.json")).mid(100, 40)), -1);

    const ProcessResult wrong = runPainPace(
        {QStringLiteral("import"), QStringLiteral("--database"), path("copy.sqlite"), sealed}, {},
        120000, {{}, "not the passphrase\n"});
    EXPECT_EQ(wrong.exitCode, 1);
    EXPECT_EQ(wrong.err, QStringLiteral("painpace: The passphrase is wrong, or the file was "
                                        "changed. Nothing was imported.\n"));
    EXPECT_FALSE(QFile::exists(path("copy.sqlite")));

    const ProcessResult none = runPainPace(
        {QStringLiteral("import"), QStringLiteral("--database"), path("copy.sqlite"), sealed});
    EXPECT_EQ(none.exitCode, 1);
    EXPECT_TRUE(none.err.contains(QStringLiteral("no passphrase"))) << none.err.toStdString();

    const ProcessResult imported = runPainPace(
        {QStringLiteral("import"), QStringLiteral("--database"), path("copy.sqlite"), sealed}, {},
        120000, {{}, "a long passphrase\n"});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    ASSERT_EQ(exportTo("json", path("after.json"), "copy.sqlite").exitCode, 0);
    EXPECT_TRUE(contents(path("before.json")) == contents(path("after.json")));
}

TEST_F(ExchangeCommandTest, AnEncryptedExportIsOneJsonFile) {
    const ProcessResult csv =
        runPainPace({QStringLiteral("export"), QStringLiteral("--database"), path("source.sqlite"),
                     QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--encrypt"),
                     QStringLiteral("--out"), path("folder")});
    EXPECT_EQ(csv.exitCode, 2) << csv.err.toStdString();
    EXPECT_TRUE(csv.err.contains(QStringLiteral("use --format json --encrypt")));
}
