#include <QDir>
#include <QFile>
#include <QPrinter>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "report/reportbuilder.h"
#include "report/reportdialog.h"
#include "report/reportwriter.h"
#include "storage/checkinrepository.h"
#include "storage/database.h"
#include "storage/questionnairerepository.h"
#include "support/qtprinters.h"
#include "support/sampleentries.h"
#include "support/screenshots.h"

using namespace painpace;
using painpace::testing::minimalCheckIn;
using painpace::testing::momentOn;

namespace {

const QDate kFrom(2026, 3, 1);
const QDate kTo(2026, 3, 14);

// Two weeks written so that every figure of page one can be worked out by hand.
void writeTwoWeeks(const Database& database) {
    const int pain[] = {3, 4, 3, 4, 3, 4, 3, 6, 7, 6, 7, 8, 6, 7};
    QList<CheckIn> entries;
    for (int i = 0; i < 14; ++i) {
        CheckIn entry = minimalCheckIn(pain[i], kFrom.addDays(i), 20);
        entry.morningStiffness = Minutes{30};
        entry.sleep = Minutes{420};
        entry.sleepQuality = 5;
        entry.fatigue = 6;
        if (i >= 7)
            entry.triggers.append({QStringLiteral("poor_sleep"), TriggerLevel::ALot});
        if (i % 3 == 0)
            entry.therapies.append({QStringLiteral("heating_pad"), std::nullopt, QString(),
                                    Minutes{20}, std::nullopt});
        entries.append(entry);
    }
    entries[1].spasms.append({SpasmKind::Spasm, QStringLiteral("back.lumbar.left"), 3, Seconds{40},
                              6, SpasmContext::Rest});
    entries[8].spasms.append({SpasmKind::Spasm, QStringLiteral("back.trapezius.left"), 2,
                              Seconds{20}, 5, SpasmContext::Activity});
    entries[11].flare = true;
    entries[12].redFlags.append(RedFlag::LegWeakness);
    CheckInRepository(database).saveAll(entries);

    Acr2016Answers acr;
    acr.painfulAreas = {WpiArea::LeftShoulderGirdle,
                        WpiArea::RightShoulderGirdle,
                        WpiArea::LeftHip,
                        WpiArea::RightHip,
                        WpiArea::Neck,
                        WpiArea::UpperBack,
                        WpiArea::LowerBack,
                        WpiArea::LeftUpperArm};
    acr.fatigue = 2;
    acr.wakingUnrefreshed = 2;
    acr.cognitiveSymptoms = 1;
    acr.headaches = true;
    acr.symptomsForThreeMonths = true;
    QuestionnaireRecord acrRecord;
    acrRecord.moment = momentOn(QDate(2026, 3, 10), 9);
    acrRecord.answers = acr;
    QuestionnaireRepository(database).save(acrRecord);
    FiqrAnswers fiqr;
    fiqr.fill(4);
    QuestionnaireRecord fiqrRecord;
    fiqrRecord.moment = momentOn(QDate(2026, 3, 11), 9);
    fiqrRecord.answers = fiqr;
    QuestionnaireRepository(database).save(fiqrRecord);
}

QString run(const QString& program, const QStringList& arguments) {
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The text of the PDF as pdftotext reads it, as one line, with typographic ligatures (the "fi"
// of "first") read as their letters.
QString pdfText(const QString& path) {
    return run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")})
        .normalized(QString::NormalizationForm_KC)
        .simplified();
}

} // namespace

class ReportPdfTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        m_database = Database::openFile(m_dir.filePath(QStringLiteral("diary.sqlite")));
        writeTwoWeeks(*m_database);
    }
    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
};

TEST_F(ReportPdfTest, PageOneHoldsTheKeyFiguresAsWorkedOutByHand) {
    const ClinicianReport report = buildClinicianReport(*m_database, kFrom, kTo);
    EXPECT_EQ(writeReportPdf(report, path("report.pdf"), QPageSize::A4), 3);
    const QString text = pdfText(path("report.pdf"));
    for (const char* expected : {
             "PainPace diary summary: 1 Mar 2026 to 14 Mar 2026",
             "14 check-ins on 14 of 14 days",
             // 71 / 14 = 5.07; the worst score 8; means of 7 or more on 4 days
             "average 5.1, worst 8; days with a mean of 7 or more: 4",
             // 24 / 7 and 47 / 7: a rise of 3.3 points, more than 1 point and 30%
             "worse (3.4 in the first half, 6.7 in the second)",
             "1 day: 12 Mar",
             // 5 spasms in 14 days = 2.5 a week
             "5 on 2 days (2.5 a week); most: left lower back (lumbar) (3), left upper trapezius "
             "(2)",
             "30 min average (14 days)",
             "7.0 h average (14 days); quality 5.0/10 (14 days)",
             "6.0/10 average (14 days)",
             // WPI 8 areas; SSS 2 + 2 + 1 + headaches 1 = 6; severity 14
             "10 Mar 2026: WPI 8/19, SSS 6/12, severity 14/31; criteria met",
             // FIQR all 4: 36/3 + 8 + 40/2 = 40, mild (below 41)
             "11 Mar 2026: 40.0/100 (mild)",
             // poor sleep on the 7 worse days: 47/7 − 24/7 = 3.29
             "Poor sleep: +3.3",
             "Heating pad (5 days)",
             "WARNING SIGNS RECORDED",
             "13 Mar 2026: Severe or worsening weakness in the legs",
             "PainPace diary summary, 1 Mar 2026 to 14 Mar 2026",
             "Page 1 of 3",
             "Day by day",
         })
        EXPECT_TRUE(text.contains(QLatin1String(expected))) << expected << "\n"
                                                            << text.left(3000).toStdString();
}

TEST_F(ReportPdfTest, FontsAreEmbeddedAndThePaperIsTheOneAskedFor) {
    const ClinicianReport report = buildClinicianReport(*m_database, kFrom, kTo);
    writeReportPdf(report, path("a4.pdf"), QPageSize::A4);
    writeReportPdf(report, path("letter.pdf"), QPageSize::Letter);
    const QString fonts = run(QStringLiteral("pdffonts"), {path("a4.pdf")});
    const QStringList rows = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    ASSERT_FALSE(rows.isEmpty()) << fonts.toStdString();
    for (const QString& row : rows) // name, type, encoding, then "emb": yes
        EXPECT_TRUE(row.contains(QStringLiteral(" yes "))) << row.toStdString();
    EXPECT_TRUE(run(QStringLiteral("pdfinfo"), {path("a4.pdf")})
                    .contains(QStringLiteral("595 x 842 pts (A4)")));
    EXPECT_TRUE(run(QStringLiteral("pdfinfo"), {path("letter.pdf")})
                    .contains(QStringLiteral("612 x 792 pts (letter)")));
    EXPECT_EQ(
        QFile::permissions(path("a4.pdf")) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), 0);
    EXPECT_EQ(paperSizeFor(QLocale(QLocale::English, QLocale::UnitedStates)), QPageSize::Letter);
    EXPECT_EQ(paperSizeFor(QLocale(QLocale::English, QLocale::UnitedKingdom)), QPageSize::A4);
    EXPECT_EQ(paperSizeFor(QLocale(QLocale::German, QLocale::Germany)), QPageSize::A4);
}

TEST_F(ReportPdfTest, WithoutWarningSignsThereIsNoWarningBox) {
    const ClinicianReport report = buildClinicianReport(*m_database, kFrom, QDate(2026, 3, 12));
    writeReportPdf(report, path("calm.pdf"), QPageSize::A4);
    const QString text = pdfText(path("calm.pdf"));
    EXPECT_FALSE(text.contains(QStringLiteral("WARNING SIGNS")));
    EXPECT_TRUE(text.contains(QStringLiteral("12 check-ins on 12 of 12 days")));
}

// The dialog's work on a pool thread, from start to the message, saving and printing; no other
// program is started here, so ThreadSanitizer can watch it whole (label `threads`).
TEST_F(ReportPdfTest, TheDialogSavesAndPrintsFromAPoolThread) {
    ReportDialog dialog(*m_database);
    dialog.setPeriod(kFrom, kTo);
    QSignalSpy finished(&dialog, &ReportDialog::finished);
    dialog.savePdf(path("background.pdf"));
    EXPECT_TRUE(dialog.isBusy());
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_EQ(finished.first().at(0).toString(),
              QStringLiteral("Saved the report (3 pages) to %1. Only you can read the file.")
                  .arg(QDir::toNativeSeparators(path("background.pdf"))));
    QFile pdf(path("background.pdf"));
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_EQ(pdf.read(5), QByteArray("%PDF-"));
    auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    printer->setOutputFormat(QPrinter::PdfFormat);
    printer->setOutputFileName(path("background-printed.pdf"));
    dialog.print(std::move(printer));
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_EQ(finished.last().at(0).toString(), QStringLiteral("Sent 3 pages to the printer."));
    EXPECT_FALSE(dialog.isBusy());
}

TEST_F(ReportPdfTest, TheDialogMakesTheReportInTheBackgroundAndItsPagesAreShown) {
    ReportDialog dialog(*m_database);
    dialog.setPeriod(kFrom, kTo);
    QSignalSpy finished(&dialog, &ReportDialog::finished);
    dialog.savePdf(path("dialog.pdf"));
    EXPECT_TRUE(dialog.isBusy());
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_FALSE(finished.first().at(1).toBool())
        << finished.first().at(0).toString().toStdString();
    EXPECT_EQ(finished.first().at(0).toString(),
              QStringLiteral("Saved the report (3 pages) to %1. Only you can read the file.")
                  .arg(QDir::toNativeSeparators(path("dialog.pdf"))));
    EXPECT_TRUE(pdfText(path("dialog.pdf")).contains(QStringLiteral("average 5.1, worst 8")));
    EXPECT_FALSE(
        painpace::testing::saveScreenshot(dialog, QStringLiteral("report-dialog")).isEmpty());
    {
        const painpace::testing::ScopedAppPalette dark(painpace::testing::darkPalette());
        EXPECT_FALSE(painpace::testing::saveScreenshot(dialog, QStringLiteral("report-dialog-dark"))
                         .isEmpty());
    }
    // The pages as images, for people to look at (build/screenshots/report-page-N.png).
    const QString folder =
        QFileInfo(painpace::testing::saveScreenshot(dialog, QStringLiteral("report-dialog")))
            .absolutePath();
    run(QStringLiteral("pdftoppm"),
        {QStringLiteral("-r"), QStringLiteral("80"), QStringLiteral("-png"), path("dialog.pdf"),
         QDir(folder).filePath(QStringLiteral("report-page"))});
    EXPECT_TRUE(QFile::exists(QDir(folder).filePath(QStringLiteral("report-page-1.png"))));

    // Printing goes through the same pages; a printer that writes a PDF shows what it got.
    auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    printer->setOutputFormat(QPrinter::PdfFormat);
    printer->setOutputFileName(path("printed.pdf"));
    dialog.print(std::move(printer));
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_EQ(finished.last().at(0).toString(), QStringLiteral("Sent 3 pages to the printer."));
    EXPECT_TRUE(pdfText(path("printed.pdf")).contains(QStringLiteral("average 5.1, worst 8")));

    dialog.setPeriod(kTo, kFrom);
    dialog.savePdf(path("backwards.pdf"));
    EXPECT_FALSE(QFile::exists(path("backwards.pdf")));
    EXPECT_TRUE(finished.last().at(1).toBool());
}
