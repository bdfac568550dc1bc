#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include "exchange/diaryexchange.h"
#include "exchange/passphrasedialog.h"
#include "mainwindow/mainwindow.h"
#include "storage/checkinrepository.h"
#include "storage/database.h"
#include "support/qtprinters.h"
#include "support/randomentries.h"
#include "support/richdiary.h"

using namespace painpace;

// File ▸ Export and Import as a person uses them: the work runs in the background, the window
// keeps answering, the import asks first, can be cancelled, and can be undone.
class DiaryExchangeUiTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        {
            auto source = Database::openFile(path("source.sqlite"));
            painpace::testing::fillRichDiary(*source, 2, QDate(2026, 10, 31));
            m_sourceCount = CheckInRepository(*source).count();
        }
        m_window.setErrorReporter([this](const QString& message) { m_errors << message; });
    }
    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    DiaryExchange& exchange() {
        DiaryExchange* exchange = m_window.exchange();
        exchange->setReporter([this](const QString& message, bool problem) {
            m_reports << message;
            m_problems << problem;
        });
        exchange->setConfirmation([this](const QString& question) {
            m_questions << question;
            return m_answer;
        });
        return *exchange;
    }

    // Starts an export or import and waits for it to end, the event loop running meanwhile.
    template <typename Start> bool runToEnd(Start&& start) {
        QSignalSpy finished(m_window.exchange(), &DiaryExchange::finished);
        start();
        return finished.count() > 0 || finished.wait(30000);
    }

    int entries() const { return CheckInRepository(*m_window.database()).count(); }

    QTemporaryDir m_dir;
    MainWindow m_window;
    int m_sourceCount = 0;
    bool m_answer = true;
    QStringList m_errors;
    QStringList m_reports;
    QList<bool> m_problems;
    QStringList m_questions;
};

TEST_F(DiaryExchangeUiTest, AnExportIsWrittenInTheBackgroundAndImportedWithUndo) {
    ASSERT_TRUE(m_window.openDiary(path("source.sqlite")));
    ASSERT_TRUE(runToEnd([&] { exchange().exportTo(ExchangeFormat::Json, path("all.json")); }));
    ASSERT_EQ(m_reports.size(), 1);
    EXPECT_FALSE(m_problems[0]) << m_reports[0].toStdString();
    EXPECT_TRUE(m_reports[0].startsWith(QStringLiteral("Exported %L1 check-ins, 2 questionnaires, "
                                                       "1 pacing plans and 1 therapy trials")
                                            .arg(m_sourceCount)))
        << m_reports[0].toStdString();
    EXPECT_TRUE(QFile::exists(path("all.json")));

    ASSERT_TRUE(m_window.openDiary(path("other.sqlite")));
    ASSERT_TRUE(runToEnd([&] { exchange().importFrom(path("all.json")); }));
    ASSERT_EQ(m_questions.size(), 1);
    EXPECT_TRUE(m_questions[0].startsWith(
        QStringLiteral("Add %1 check-ins, 2 questionnaires, 1 pacing plan").arg(m_sourceCount)))
        << m_questions[0].toStdString();
    EXPECT_EQ(entries(), m_sourceCount);
    EXPECT_TRUE(m_window.statusText().contains(QStringLiteral("%1 check-ins").arg(m_sourceCount)));
    EXPECT_TRUE(m_reports.last().startsWith(QStringLiteral("Imported ")));

    ASSERT_TRUE(m_window.undoStack().canUndo());
    EXPECT_EQ(m_window.undoStack().undoText(), QStringLiteral("Import all.json"));
    m_window.undoStack().undo();
    EXPECT_EQ(entries(), 0);
    EXPECT_TRUE(m_window.statusText().contains(QStringLiteral("0 check-ins")));
    m_window.undoStack().redo();
    EXPECT_EQ(entries(), m_sourceCount);

    // The same file again: nothing new, nothing asked.
    ASSERT_TRUE(runToEnd([&] { exchange().importFrom(path("all.json")); }));
    EXPECT_EQ(m_questions.size(), 1);
    EXPECT_TRUE(m_reports.last().contains(QStringLiteral("nothing was added")));
    EXPECT_TRUE(m_errors.isEmpty());
}

TEST_F(DiaryExchangeUiTest, DecliningOrABrokenFileChangesNothing) {
    ASSERT_TRUE(m_window.openDiary(path("source.sqlite")));
    ASSERT_TRUE(runToEnd([&] { exchange().exportTo(ExchangeFormat::Csv, path("csv")); }));
    ASSERT_TRUE(m_window.openDiary(path("other.sqlite")));
    m_answer = false;
    ASSERT_TRUE(runToEnd([&] { exchange().importFrom(path("csv/checkins.csv")); }));
    EXPECT_EQ(m_questions.size(), 1);
    EXPECT_EQ(m_reports.last(), QStringLiteral("Nothing was imported."));
    EXPECT_EQ(entries(), 0);

    QFile sheet(path("log.csv"));
    ASSERT_TRUE(sheet.open(QIODevice::WriteOnly));
    sheet.write("Date,Pain\n2026-03-01,4\n2026-03-02,14\n");
    sheet.close();
    m_answer = true;
    ASSERT_TRUE(runToEnd([&] { exchange().importFrom(path("log.csv")); }));
    EXPECT_TRUE(m_problems.last());
    EXPECT_EQ(m_reports.last(),
              QStringLiteral("Nothing was imported; your diary is unchanged.\n\nlog.csv line 3, "
                             "column 2 (Pain): Pain must be between 0 and 10 (it was 14)."));
    EXPECT_EQ(entries(), 0);
    EXPECT_FALSE(m_window.undoStack().canUndo());
}

TEST_F(DiaryExchangeUiTest, CancellingAnImportLeavesNothingBehind) {
    ASSERT_TRUE(m_window.openDiary(path("source.sqlite")));
    ASSERT_TRUE(runToEnd([&] { exchange().exportTo(ExchangeFormat::Json, path("all.json")); }));
    ASSERT_TRUE(m_window.openDiary(path("other.sqlite")));
    bool cancelled = false;
    exchange().setConfirmation([&](const QString&) {
        // The person presses Cancel as soon as the progress dialog is there.
        QTimer::singleShot(0, m_window.exchange(), [&] {
            QProgressDialog* progress = m_window.exchange()->progress();
            ASSERT_NE(progress, nullptr);
            QObject::connect(progress, &QProgressDialog::canceled, [&] { cancelled = true; });
            QPushButton* cancel = progress->findChild<QPushButton*>();
            ASSERT_NE(cancel, nullptr);
            cancel->click();
        });
        return true;
    });
    ASSERT_TRUE(runToEnd([&] { m_window.exchange()->importFrom(path("all.json")); }));
    EXPECT_TRUE(cancelled);
    EXPECT_EQ(m_reports.last(),
              QStringLiteral("The import was cancelled; your diary is unchanged."));
    EXPECT_EQ(entries(), 0);
    EXPECT_FALSE(m_window.undoStack().canUndo());
    // The diary takes writes afterwards: nothing was left open.
    ASSERT_TRUE(runToEnd([&] {
        exchange().setConfirmation([](const QString&) { return true; });
        m_window.exchange()->importFrom(path("all.json"));
    }));
    EXPECT_EQ(entries(), m_sourceCount);
}

namespace {

QByteArray contentsOf(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// An import through the window writes exactly what the file holds: exported, imported into an
// empty diary after its question, undone and redone, the diary exports to the same bytes. The
// diary holds two rich years and 200 random entries at the edges of every range.
TEST_F(DiaryExchangeUiTest, AnImportedDiaryExportsToTheSameBytesAfterUndoAndRedo) {
    {
        auto source = Database::openFile(path("source.sqlite"));
        CheckInRepository repository(*source);
        painpace::testing::RandomEntries random(20261208);
        for (int i = 0; i < 200; ++i) {
            CheckIn entry = random.next();
            repository.save(entry);
        }
    }
    ASSERT_TRUE(m_window.openDiary(path("source.sqlite")));
    ASSERT_TRUE(runToEnd([&] { exchange().exportTo(ExchangeFormat::Json, path("before.json")); }));
    const QByteArray before = contentsOf(path("before.json"));
    ASSERT_GT(before.size(), 100000);

    ASSERT_TRUE(m_window.openDiary(path("empty.sqlite")));
    ASSERT_TRUE(runToEnd([&] { exchange().importFrom(path("before.json")); }));
    EXPECT_EQ(entries(), m_sourceCount + 200);
    ASSERT_TRUE(runToEnd([&] { exchange().exportTo(ExchangeFormat::Json, path("after.json")); }));
    EXPECT_EQ(contentsOf(path("after.json")), before);

    m_window.undoStack().undo();
    EXPECT_EQ(entries(), 0);
    m_window.undoStack().redo();
    ASSERT_TRUE(runToEnd([&] { exchange().exportTo(ExchangeFormat::Json, path("redone.json")); }));
    EXPECT_EQ(contentsOf(path("redone.json")), before);
    EXPECT_TRUE(m_errors.isEmpty());
}

// File ▸ Export ▸ Everything as an encrypted file, and its import: the passphrase is asked for
// only when the file needs it, again after a wrong one, and cancelling changes nothing.
TEST_F(DiaryExchangeUiTest, AnEncryptedExportImportsWithItsPassphraseOnly) {
    const QString passphrase = QStringLiteral("a long passphrase");
    ASSERT_TRUE(m_window.openDiary(path("source.sqlite")));
    ASSERT_TRUE(runToEnd([&] {
        exchange().exportTo(ExchangeFormat::EncryptedJson, path("all.painpace"), passphrase);
    }));
    ASSERT_EQ(m_reports.size(), 1);
    EXPECT_FALSE(m_problems[0]) << m_reports[0].toStdString();
    QFile sealed(path("all.painpace"));
    ASSERT_TRUE(sealed.open(QIODevice::ReadOnly));
    EXPECT_TRUE(sealed.read(12) == "PAINPACE-ENC");

    ASSERT_TRUE(m_window.openDiary(path("other.sqlite")));
    QStringList asked;
    QList<std::optional<QString>> answers{std::nullopt};
    exchange().setPassphraseAsker([&](bool protect, const QString& explanation) {
        EXPECT_FALSE(protect);
        asked << explanation;
        return answers.takeFirst();
    });
    ASSERT_TRUE(runToEnd([&] { exchange().importFrom(path("all.painpace")); }));
    EXPECT_EQ(asked,
              QStringList{QStringLiteral("all.painpace is encrypted. Its passphrase opens it.")});
    EXPECT_EQ(m_reports.last(), QStringLiteral("Nothing was imported; your diary is unchanged."));
    EXPECT_EQ(entries(), 0);

    asked.clear();
    answers = {QStringLiteral("not the passphrase"), passphrase};
    ASSERT_TRUE(runToEnd([&] { exchange().importFrom(path("all.painpace")); }));
    ASSERT_EQ(asked.size(), 2);
    EXPECT_TRUE(asked[1].startsWith(QStringLiteral("That passphrase does not open all.painpace.")));
    EXPECT_EQ(entries(), m_sourceCount);
    EXPECT_EQ(m_window.undoStack().undoText(), QStringLiteral("Import all.painpace"));
    EXPECT_TRUE(m_errors.isEmpty());
}

TEST(PassphraseDialogTest, ExportIsOfferedOnlyForALongEnoughPassphraseTypedTwice) {
    PassphraseDialog dialog(PassphraseDialog::Purpose::Protect, QStringLiteral("why"), nullptr);
    QPushButton* ok = dialog.buttons()->button(QDialogButtonBox::Ok);
    EXPECT_EQ(ok->text(), QStringLiteral("&Export"));
    EXPECT_EQ(dialog.firstField()->echoMode(), QLineEdit::Password);
    QTest::keyClicks(dialog.firstField(), QStringLiteral("short"));
    EXPECT_FALSE(ok->isEnabled());
    QTest::keyClicks(dialog.firstField(), QStringLiteral(" words"));
    EXPECT_FALSE(ok->isEnabled()); // not typed twice yet
    QTest::keyClicks(dialog.secondField(), QStringLiteral("short word"));
    EXPECT_FALSE(ok->isEnabled());
    QTest::keyClicks(dialog.secondField(), QStringLiteral("s"));
    EXPECT_TRUE(ok->isEnabled());
    EXPECT_EQ(dialog.passphrase(), QStringLiteral("short words"));

    PassphraseDialog opening(PassphraseDialog::Purpose::Open, QStringLiteral("why"), nullptr);
    EXPECT_EQ(opening.secondField(), nullptr);
    QTest::keyClicks(opening.firstField(), QStringLiteral("12345678"));
    EXPECT_TRUE(opening.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
}
