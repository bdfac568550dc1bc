// One window per diary, and a damaged diary at start (docs/architecture.md, "One window per
// diary" and "A diary that cannot be opened").

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include "mainwindow/diarywindowchannel.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/nodiarypage.h"
#include "mainwindow/restoredialog.h"
#include "storage/checkinrepository.h"
#include "storage/database.h"
#include "storage/diarybackups.h"
#include "support/sampleentries.h"
#include "support/screenshots.h"
#include "support/tempdiary.h"

using namespace painpace;
using painpace::testing::minimalCheckIn;

namespace {

// Answers the restore dialog once it is up: picks row `row` and accepts, or cancels when
// `row` is negative. Records the dialog's explanation. It looks for the dialog from a timer
// rather than waiting in a loop of its own, so the dialog may come up in any event: from the
// open itself, or later, when the background check of the diary answers.
void answerRestoreDialog(int row, QString* explanation) {
    auto* look = new QTimer(qApp);
    auto* clock = new QElapsedTimer;
    clock->start();
    QObject::connect(look, &QTimer::timeout, [look, clock, row, explanation] {
        auto* dialog = qobject_cast<RestoreDialog*>(QApplication::activeModalWidget());
        if (!dialog && clock->elapsed() < 20000)
            return;
        look->stop();
        look->deleteLater();
        delete clock;
        if (!dialog)
            return;
        *explanation = dialog->note()->text();
        if (row < 0) {
            dialog->reject();
            return;
        }
        dialog->list()->setCurrentRow(row);
        dialog->accept();
    });
    look->start(10);
}

} // namespace

class DiaryStartTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("diary.sqlite"));
        for (MainWindow* window : {&m_first, &m_second}) {
            window->setErrorReporter([this](const QString& message) { m_errors << message; });
        }
    }

    // A diary with one entry and a backup of it, then a second entry, closed and damaged.
    QString damagedDiaryWithABackup() {
        QString backup;
        {
            auto db = Database::openFile(m_path);
            CheckIn first = minimalCheckIn(4);
            CheckInRepository(*db).save(first);
            backup = DiaryBackups(*db).backUpNow(QDateTime(QDate(2026, 3, 14), QTime(8, 0)));
            CheckIn second = minimalCheckIn(6, QDate(2026, 3, 15));
            CheckInRepository(*db).save(second);
        }
        EXPECT_TRUE(painpace::testing::damageDiaryFile(m_path));
        return backup;
    }

    // The same, but the damage lies where opening the window reads nothing: in the pages of the
    // marks of older entries, which only SQLite's structure check reads.
    void damageWhereAStartDoesNotRead() {
        {
            auto db = Database::openFile(m_path);
            CheckIn first = minimalCheckIn(4);
            CheckInRepository(*db).save(first);
            DiaryBackups(*db).backUpNow(QDateTime(QDate(2026, 3, 14), QTime(8, 0)));
            for (int day = 0; day < 150; ++day) {
                CheckIn rich = painpace::testing::completeCheckIn(QDate(2025, 1, 1).addDays(day));
                CheckInRepository(*db).save(rich);
            }
        }
        qint64 page = 0;
        {
            QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                           QStringLiteral("damage-probe"));
            probe.setDatabaseName(m_path);
            ASSERT_TRUE(probe.open());
            QSqlQuery leaf(probe);
            ASSERT_TRUE(leaf.exec(QStringLiteral("SELECT pageno FROM dbstat WHERE name = "
                                                 "'pain_mark' AND pagetype = 'leaf' LIMIT 1")));
            ASSERT_TRUE(leaf.next());
            page = leaf.value(0).toLongLong();
            leaf.finish();
            probe.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("damage-probe"));
        QFile file(m_path);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        ASSERT_TRUE(file.seek((page - 1) * 4096));
        ASSERT_EQ(file.write(QByteArray(4096, '\xA5')), 4096);
    }

    QTemporaryDir m_dir;
    QString m_path;
    MainWindow m_first;
    MainWindow m_second;
    QStringList m_errors;
};

TEST_F(DiaryStartTest, ASecondStartOnTheSameDiaryBringsTheFirstWindowForwardAndShowsNothing) {
    ASSERT_EQ(m_first.openAtStart(m_path), MainWindow::StartOutcome::Ready);
    ASSERT_NE(m_first.database(), nullptr);
    EXPECT_FALSE(m_first.isVisible()); // hidden, as if minimised or behind other windows

    EXPECT_EQ(m_second.openAtStart(m_path), MainWindow::StartOutcome::OtherWindowRaised);
    EXPECT_TRUE(m_first.isVisible());
    EXPECT_EQ(m_second.database(), nullptr);
    EXPECT_FALSE(m_second.isVisible());
    EXPECT_TRUE(m_errors.isEmpty());
}

TEST_F(DiaryStartTest, ADiaryHeldByAPainPaceThatDoesNotAnswerIsExplainedAndNoWindowOpens) {
    // Open the usual way but without a window: the lock is held and nobody listens.
    const auto held = Database::openFile(m_path);
    EXPECT_EQ(m_second.openAtStart(m_path), MainWindow::StartOutcome::HeldElsewhere);
    ASSERT_EQ(m_errors.size(), 1);
    EXPECT_TRUE(m_errors.first().contains(QStringLiteral("is already open in another PainPace")))
        << m_errors.first().toStdString();
    EXPECT_TRUE(m_errors.first().contains(QString::number(QCoreApplication::applicationPid())));
    EXPECT_FALSE(m_second.isVisible());
}

TEST_F(DiaryStartTest, AskingADiaryThatNoWindowHasOpenFailsAtOnce) {
    QElapsedTimer clock;
    clock.start();
    EXPECT_FALSE(DiaryWindowChannel::askToRaise(m_path));
    EXPECT_LT(clock.elapsed(), 1000);
}

TEST_F(DiaryStartTest, ASocketLeftBehindByACrashDoesNotStopTheNextWindowFromAnswering) {
    const QString stale =
        QDir::tempPath() + QLatin1Char('/') + DiaryWindowChannel::serverNameFor(m_path);
    QFile leftover(stale);
    ASSERT_TRUE(leftover.open(QIODevice::WriteOnly));
    leftover.close();
    EXPECT_FALSE(DiaryWindowChannel::askToRaise(m_path));

    ASSERT_EQ(m_first.openAtStart(m_path), MainWindow::StartOutcome::Ready);
    EXPECT_EQ(m_second.openAtStart(m_path), MainWindow::StartOutcome::OtherWindowRaised);
    EXPECT_TRUE(m_first.isVisible());
}

TEST_F(DiaryStartTest, TheChannelIsNamedForOneDiaryAndFollowsTheWindowToAnother) {
    const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
    EXPECT_NE(DiaryWindowChannel::serverNameFor(m_path), DiaryWindowChannel::serverNameFor(other));
    EXPECT_EQ(DiaryWindowChannel::serverNameFor(m_path),
              DiaryWindowChannel::serverNameFor(m_dir.path() + QStringLiteral("/./diary.sqlite")));
    ASSERT_EQ(m_first.openAtStart(m_path), MainWindow::StartOutcome::Ready);
    ASSERT_TRUE(m_first.openDiary(other));
    EXPECT_FALSE(DiaryWindowChannel::askToRaise(m_path));
    EXPECT_TRUE(DiaryWindowChannel::askToRaise(other));
}

TEST_F(DiaryStartTest, OpeningADiaryThatAnotherWindowHoldsRaisesItAndKeepsTheOwnDiary) {
    const QString mine = m_dir.filePath(QStringLiteral("mine.sqlite"));
    ASSERT_EQ(m_first.openAtStart(m_path), MainWindow::StartOutcome::Ready);
    ASSERT_EQ(m_second.openAtStart(mine), MainWindow::StartOutcome::Ready);

    EXPECT_FALSE(m_second.openDiary(m_path));
    EXPECT_TRUE(m_first.isVisible());
    ASSERT_NE(m_second.database(), nullptr);
    EXPECT_EQ(m_second.database()->path(), QFileInfo(mine).absoluteFilePath());
    ASSERT_EQ(m_errors.size(), 1);
    EXPECT_TRUE(m_errors.first().contains(QStringLiteral("is open in another PainPace window")));
}

TEST_F(DiaryStartTest, ADamagedDiaryAtStartOffersItsBackupsAndKeepsTheDamagedFile) {
    const QString backup = damagedDiaryWithABackup();
    QString explanation;
    answerRestoreDialog(0, &explanation);
    ASSERT_EQ(m_first.openAtStart(m_path), MainWindow::StartOutcome::Ready);

    EXPECT_TRUE(explanation.startsWith(QStringLiteral("PainPace could not open this diary: ")));
    EXPECT_TRUE(explanation.contains(QStringLiteral("is damaged")));
    ASSERT_NE(m_first.database(), nullptr);
    EXPECT_EQ(CheckInRepository(*m_first.database()).count(), 1);
    EXPECT_EQ(m_first.noDiaryPage(), nullptr);
    const QStringList kept =
        QDir(DiaryBackups::folderFor(m_path)).entryList({QStringLiteral("diary-damaged-*.sqlite")});
    ASSERT_EQ(kept.size(), 1);
    EXPECT_TRUE(m_first.statusBar()->currentMessage().contains(kept.first()));
    EXPECT_TRUE(m_errors.isEmpty()) << m_errors.join(QLatin1Char('\n')).toStdString();
}

// The structure check runs after the window is up (docs/architecture.md, "Start-up"); damage
// that only it can see still closes the diary and offers its backups, as at an open.
TEST_F(DiaryStartTest, DamageFoundOnceTheWindowIsUpClosesTheDiaryAndOffersItsBackups) {
    damageWhereAStartDoesNotRead();
    QString explanation;
    answerRestoreDialog(0, &explanation);
    ASSERT_EQ(m_first.openAtStart(m_path), MainWindow::StartOutcome::Ready);
    m_first.show();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !explanation.isEmpty(); }, 10000));
    EXPECT_TRUE(explanation.contains(QStringLiteral("is damaged"))) << explanation.toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_first.database() != nullptr; }));
    EXPECT_EQ(CheckInRepository(*m_first.database()).count(), 1); // the backup's one entry
    EXPECT_EQ(QDir(DiaryBackups::folderFor(m_path))
                  .entryList({QStringLiteral("diary-damaged-*.sqlite")})
                  .size(),
              1);
    EXPECT_TRUE(m_errors.isEmpty()) << m_errors.join(QLatin1Char('\n')).toStdString();
}

TEST_F(DiaryStartTest, AHealthyDiaryStaysOpenWhenItsCheckAnswers) {
    {
        auto db = Database::openFile(m_path);
        CheckIn entry = minimalCheckIn(4);
        CheckInRepository(*db).save(entry);
    }
    ASSERT_EQ(m_first.openAtStart(m_path), MainWindow::StartOutcome::Ready);
    QTest::qWait(300); // long enough for a check of one entry to answer
    ASSERT_NE(m_first.database(), nullptr);
    EXPECT_EQ(m_first.noDiaryPage(), nullptr);
    EXPECT_TRUE(m_errors.isEmpty());
}

TEST_F(DiaryStartTest, ADeclinedRestoreLeavesAPageThatStillOffersIt) {
    damagedDiaryWithABackup();
    QString explanation;
    answerRestoreDialog(-1, &explanation);
    ASSERT_EQ(m_first.openAtStart(m_path), MainWindow::StartOutcome::Ready);
    EXPECT_EQ(m_first.database(), nullptr);
    NoDiaryPage* page = m_first.noDiaryPage();
    ASSERT_NE(page, nullptr);
    EXPECT_EQ(m_first.centralWidget(), page);
    m_first.resize(720, 480);
    m_first.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_first));
    EXPECT_TRUE(page->reasonLabel()->text().contains(QStringLiteral("is damaged")));
    EXPECT_TRUE(page->restoreButton()->isVisible());
    EXPECT_TRUE(page->openButton()->isVisible());
    EXPECT_EQ(m_first.statusText(), QStringLiteral("No diary open"));
    EXPECT_TRUE(painpace::testing::saveLightAndDark(m_first, QStringLiteral("no-diary-damaged")));

    answerRestoreDialog(0, &explanation);
    QTest::mouseClick(page->restoreButton(), Qt::LeftButton);
    ASSERT_NE(m_first.database(), nullptr);
    EXPECT_EQ(CheckInRepository(*m_first.database()).count(), 1);
    EXPECT_EQ(m_first.noDiaryPage(), nullptr);
    QTest::qWait(0); // the page goes later: it was its own button that replaced it
}

TEST_F(DiaryStartTest, ADamagedDiaryWithoutBackupsSaysWhyAndOffersTheOtherWaysOn) {
    {
        auto db = Database::openFile(m_path);
        QList<CheckIn> entries{minimalCheckIn(4), minimalCheckIn(6, QDate(2026, 3, 15))};
        CheckInRepository(*db).saveAll(entries);
    }
    ASSERT_TRUE(painpace::testing::damageDiaryFile(m_path));
    ASSERT_EQ(m_first.openAtStart(m_path), MainWindow::StartOutcome::Ready);
    ASSERT_EQ(m_errors.size(), 1);
    EXPECT_TRUE(m_errors.first().contains(QStringLiteral("is damaged")));
    NoDiaryPage* page = m_first.noDiaryPage();
    ASSERT_NE(page, nullptr);
    m_first.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_first));
    EXPECT_EQ(page->reasonLabel()->text(), m_errors.first());
    EXPECT_FALSE(page->restoreButton()->isVisible());
    EXPECT_TRUE(page->newButton()->isVisible());
    EXPECT_TRUE(page->demoButton()->isVisible());

    // The other ways on still work from here, and the page makes way for the diary.
    ASSERT_TRUE(m_first.openDiary(m_dir.filePath(QStringLiteral("fresh.sqlite"))));
    EXPECT_EQ(m_first.noDiaryPage(), nullptr);
    EXPECT_NE(m_first.centralWidget(), nullptr);
}
