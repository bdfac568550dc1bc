// Statements prepared once per connection and kept (core/storage/statementcache.h).
#include <QSqlQuery>
#include <QtGlobal>

#include <gtest/gtest.h>

#include "storage/checkinrepository.h"
#include "storage/draftrepository.h"
#include "storage/sqlstatement.h"
#include "storage/statementcache.h"
#include "storage/storageerror.h"
#include "support/sampleentries.h"
#include "support/tempdiary.h"

using namespace painpace;
using painpace::testing::minimalCheckIn;
using painpace::testing::TempDiaryTest;

namespace {

void saveWithPains(const Database& db, std::initializer_list<int> pains) {
    for (int pain : pains) {
        CheckIn entry = minimalCheckIn(pain);
        CheckInRepository(db).save(entry);
    }
}

const QString kCountSql = QStringLiteral("SELECT COUNT(*) FROM check_in WHERE pain >= :least");

int countAtLeast(const Database& db, int least) {
    SqlStatement query(db.connection(), kCountSql);
    query.bind(QStringLiteral(":least"), least).exec();
    EXPECT_TRUE(query.next());
    return query.value(0).toInt();
}

// Counts the warnings Qt Sql gives when a connection is removed while queries still use it.
int g_connectionInUseWarnings = 0;
QtMessageHandler g_previousHandler = nullptr;
void countInUseWarnings(QtMsgType type, const QMessageLogContext& context, const QString& text) {
    if (text.contains(QStringLiteral("still in use")))
        ++g_connectionInUseWarnings;
    g_previousHandler(type, context, text);
}

} // namespace

class StatementCacheTest : public TempDiaryTest {};

TEST_F(StatementCacheTest, TheSameSqlIsPreparedOnceAndGivesFreshResultsEachTime) {
    auto db = openDiary();
    saveWithPains(*db, {2, 5, 8});
    const QString connection = db->connection().connectionName();
    const int keptBefore = statementcache::keptCount(connection);
    EXPECT_EQ(countAtLeast(*db, 0), 3);
    EXPECT_EQ(statementcache::keptCount(connection), keptBefore + 1);
    // The kept statement runs again with new values, not with the old result.
    EXPECT_EQ(countAtLeast(*db, 5), 2);
    EXPECT_EQ(countAtLeast(*db, 9), 0);
    EXPECT_EQ(statementcache::keptCount(connection), keptBefore + 1);
}

TEST_F(StatementCacheTest, TheSameSqlInsideItsOwnLoopGetsASecondStatement) {
    auto db = openDiary();
    saveWithPains(*db, {1, 4, 7});
    const QString sql = QStringLiteral("SELECT pain FROM check_in WHERE pain >= :least "
                                       "ORDER BY pain");
    QList<int> pairs;
    SqlStatement outer(db->connection(), sql);
    outer.bind(QStringLiteral(":least"), 0).exec();
    while (outer.next()) {
        SqlStatement inner(db->connection(), sql);
        inner.bind(QStringLiteral(":least"), outer.value(0).toInt()).exec();
        int above = 0;
        while (inner.next())
            ++above;
        pairs << outer.value(0).toInt() * 10 + above;
    }
    EXPECT_EQ(pairs, (QList<int>{13, 42, 71}));
}

TEST_F(StatementCacheTest, AKeptStatementHoldsNoReadOpenSoTheDiaryCanBeVacuumed) {
    auto db = openDiary();
    saveWithPains(*db, {3, 6});
    {
        // Stepped once and left: the statement is reset when it goes back to the cache.
        SqlStatement query(db->connection(), QStringLiteral("SELECT pain FROM check_in"));
        query.exec();
        ASSERT_TRUE(query.next());
    }
    // SQLite refuses VACUUM while any statement of the connection is still being stepped.
    EXPECT_NO_THROW(SqlStatement::run(db->connection(), QStringLiteral("VACUUM")));
}

TEST_F(StatementCacheTest, AStatementThatFailsToPrepareIsReportedAndNotKept) {
    auto db = openDiary();
    const QString connection = db->connection().connectionName();
    const int keptBefore = statementcache::keptCount(connection);
    try {
        SqlStatement(db->connection(), QStringLiteral("SELECT absent FROM no_such_table"));
        FAIL() << "a statement on a missing table was prepared";
    } catch (const StorageError& error) {
        EXPECT_TRUE(error.message().startsWith(
            QStringLiteral("Could not prepare a database statement: no such table")))
            << error.message().toStdString();
    }
    EXPECT_EQ(statementcache::keptCount(connection), keptBefore);
}

TEST_F(StatementCacheTest, ClosingTheDiaryForgetsItsStatementsBeforeTheConnectionGoes) {
    QString connection;
    g_connectionInUseWarnings = 0;
    g_previousHandler = qInstallMessageHandler(countInUseWarnings);
    {
        auto db = openDiary();
        connection = db->connection().connectionName();
        EXPECT_EQ(countAtLeast(*db, 0), 0);
        EXPECT_GT(statementcache::keptCount(connection), 0);
    }
    qInstallMessageHandler(g_previousHandler);
    EXPECT_EQ(statementcache::keptCount(connection), 0);
    EXPECT_EQ(g_connectionInUseWarnings, 0);
    // The same file opens again with fresh statements.
    auto again = openDiary();
    EXPECT_EQ(countAtLeast(*again, 0), 0);
}

namespace {

// A plain connection under a fixed name, opened on the diary file, that nothing forgets.
int countUnder(const QString& name, const QString& path) {
    int count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open())
            count =
                SqlStatement::scalar(db, QStringLiteral("SELECT COUNT(*) FROM check_in")).toInt();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return count;
}

} // namespace

TEST_F(StatementCacheTest, ANameUsedAgainForAnotherConnectionGetsFreshStatements) {
    const QString path = m_path;
    {
        auto db = openDiary();
        saveWithPains(*db, {2, 7});
    }
    // The statement kept from the first connection belongs to a handle that is gone.
    EXPECT_EQ(countUnder(QStringLiteral("peek"), path), 2);
    EXPECT_EQ(countUnder(QStringLiteral("peek"), path), 2);
}

TEST_F(StatementCacheTest, AConnectionClosedAndOpenedAgainGetsFreshStatements) {
    const QString path = m_path;
    {
        auto db = openDiary();
        saveWithPains(*db, {4});
    }
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reopened"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        const QString sql = QStringLiteral("SELECT COUNT(*) FROM check_in");
        EXPECT_EQ(SqlStatement::scalar(db, sql).toInt(), 1);
        db.close();
        ASSERT_TRUE(db.open());
        EXPECT_EQ(SqlStatement::scalar(db, sql).toInt(), 1);
        db.close();
    }
    statementcache::forget(QStringLiteral("reopened"));
    QSqlDatabase::removeDatabase(QStringLiteral("reopened"));
}

class DraftAlongsideTest : public TempDiaryTest {};

TEST_F(DraftAlongsideTest, TheSaveAndTheRemovalOfItsDraftAreOneWrite) {
    auto db = openDiary();
    DraftRepository drafts(*db);
    drafts.save(QStringLiteral("today"), {{QStringLiteral("pain"), 6}});
    int announced = 0;
    QObject::connect(&db->notifier(), &DiaryNotifier::checkInSaved, [&] {
        ++announced;
        // Announced after the commit: the draft is gone by the time a view hears of the save.
        EXPECT_FALSE(drafts.load(QStringLiteral("today")));
    });
    drafts.clearAlongside(QStringLiteral("today"), [&] {
        CheckIn entry = minimalCheckIn(6);
        CheckInRepository(*db).save(entry);
        EXPECT_EQ(announced, 0); // not while the write is still open
    });
    EXPECT_EQ(announced, 1);
    EXPECT_FALSE(drafts.load(QStringLiteral("today")));
    EXPECT_EQ(CheckInRepository(*db).count(), 1);
}

TEST_F(DraftAlongsideTest, ASaveThatFailsKeepsTheDraftAndStoresNothing) {
    auto db = openDiary();
    DraftRepository drafts(*db);
    drafts.save(QStringLiteral("today"), {{QStringLiteral("pain"), 4}});
    EXPECT_THROW(drafts.clearAlongside(QStringLiteral("today"),
                                       [&] {
                                           CheckIn entry = minimalCheckIn(4);
                                           CheckInRepository(*db).save(entry);
                                           throw StorageError(QStringLiteral("disk full"));
                                       }),
                 StorageError);
    const auto kept = drafts.load(QStringLiteral("today"));
    ASSERT_TRUE(kept);
    EXPECT_EQ(kept->value(QStringLiteral("pain")).toInt(), 4);
    EXPECT_EQ(CheckInRepository(*db).count(), 0);
}
