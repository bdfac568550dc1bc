#include "rawsql.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

namespace painpace::testing {

void runSqlDirectly(const QString& path, const QStringList& statements) {
    const QString name = QStringLiteral("painpace-test-raw-sql");
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(path);
        EXPECT_TRUE(raw.open()) << path.toStdString();
        QSqlQuery query(raw);
        for (const QString& sql : statements)
            EXPECT_TRUE(query.exec(sql)) << sql.toStdString();
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace painpace::testing
