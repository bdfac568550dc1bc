#include "diaryfileinspector.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include "diskspace.h"
#include "privateconnection.h"
#include "readonlyopen.h"
#include "sqldialect.h"
#include "sqlstatement.h"
#include "storageerror.h"

namespace painpace {

namespace {

QString shown(const QString& path) {
    return QDir::toNativeSeparators(path);
}

// Why a file could not be read. Only SQLite's own verdict makes it "damaged": a full disk or an
// I/O error says nothing about the file, and the advice for a damaged diary (restore a backup)
// would throw away its newest entries (docs/architecture.md, "A full disk").
OpenError unreadable(const QString& path, const StorageError& error) {
    const QString said = DiaryFileInspector::firstProblem(
        error.databaseText().isEmpty() ? error.message() : error.databaseText());
    if (error.saysDamaged())
        return OpenError(OpenError::Reason::Corrupt,
                         QStringLiteral("%1 is damaged and cannot be read. Restore it from a "
                                        "backup. (The database said: %2)")
                             .arg(shown(path), said));
    const QString full = diskspace::shortage(path, diskspace::kRoomToOpen);
    if (!full.isEmpty())
        return OpenError(OpenError::Reason::DiskFull,
                         QStringLiteral("%1 could not be read: %2. Make room on that disk and try "
                                        "again; the diary is not damaged.")
                             .arg(shown(path), full));
    return OpenError(OpenError::Reason::Failed,
                     QStringLiteral("%1 could not be read: %2. Nothing was changed; try again, "
                                    "and run \"painpace check\" if it happens again.")
                         .arg(shown(path), said));
}

// A private read-only connection, closed and removed however the inspection ends.
class ReadOnlyConnection {
public:
    ReadOnlyConnection(const QString& path, ReadingMode mode)
        : m_connection(QStringLiteral("inspect")) {
        QSqlDatabase db = m_connection.db();
        targetReadOnly(db, path, mode);
        if (!db.open()) {
            const QSqlError error = db.lastError();
            throw unreadable(path, StorageError(error.text(), error.databaseText(),
                                                error.nativeErrorCode().toInt()));
        }
    }
    QSqlDatabase db() const { return m_connection.db(); }

private:
    PrivateConnection m_connection;
};

void requireHealthyStructure(const QSqlDatabase& db, const QString& path) {
    const QString check = SqlStatement::scalar(db, QStringLiteral("PRAGMA quick_check")).toString();
    if (check != QLatin1String("ok"))
        throw OpenError(OpenError::Reason::Corrupt,
                        QStringLiteral("%1 is damaged (%2). Restore it from a backup.")
                            .arg(shown(path), DiaryFileInspector::firstProblem(check)));
}

int countSchemaObjects(const QSqlDatabase& db) {
    return SqlStatement::scalar(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master")).toInt();
}

} // namespace

void DiaryFileInspector::requireSqliteHeader(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw OpenError(
            OpenError::Reason::Failed,
            QStringLiteral("%1 could not be read: %2").arg(shown(path), file.errorString()));
    const QByteArray header = file.read(16);
    if (header != QByteArray("SQLite format 3\0", 16))
        throw OpenError(OpenError::Reason::NotADiary,
                        QStringLiteral("%1 is not a PainPace diary.").arg(shown(path)));
}

DiaryFileFacts DiaryFileInspector::inspect(const QString& path, int newestKnownVersion,
                                           ReadingMode mode, StructureCheck structureCheck) {
    if (QFileInfo(path).size() == 0)
        return {true, 0};
    requireSqliteHeader(path);
    ReadOnlyConnection connection(path, mode);
    const QSqlDatabase db = connection.db();
    const SqlDialect dialect = SqlDialect::forDriver(db.driverName());
    try {
        DiaryFileFacts facts;
        facts.empty = countSchemaObjects(db) == 0;
        if (facts.empty)
            return facts;
        if (!dialect.isMarkedAsPainPace(db))
            throw OpenError(
                OpenError::Reason::NotADiary,
                QStringLiteral("%1 is a database, but not a PainPace diary.").arg(shown(path)));
        facts.schemaVersion = dialect.schemaVersion(db);
        if (facts.schemaVersion > newestKnownVersion)
            throw OpenError(OpenError::Reason::NewerThanApp,
                            QStringLiteral("%1 was written by a newer PainPace (diary version %2, "
                                           "this PainPace knows up to %3): please update PainPace.")
                                .arg(shown(path))
                                .arg(facts.schemaVersion)
                                .arg(newestKnownVersion));
        if (structureCheck == StructureCheck::Always || facts.schemaVersion < newestKnownVersion)
            requireHealthyStructure(db, path);
        return facts;
    } catch (const OpenError&) {
        throw;
    } catch (const StorageError& error) {
        throw unreadable(path, error);
    }
}

void DiaryFileInspector::quickCheck(const QString& path) {
    ReadOnlyConnection connection(path, ReadingMode::Live);
    try {
        requireHealthyStructure(connection.db(), path);
    } catch (const OpenError&) {
        throw;
    } catch (const StorageError& error) {
        throw unreadable(path, error);
    }
}

QString DiaryFileInspector::firstProblem(const QString& report) {
    QStringList problems;
    for (const QString& line : report.split(QRegularExpression(QStringLiteral("\\n|; ")))) {
        const QString problem = line.trimmed();
        // SQLite heads its list with "*** in database main ***", which names no problem.
        if (!problem.isEmpty() && !problem.startsWith(QLatin1String("***")))
            problems << problem;
    }
    if (problems.size() <= 1)
        return problems.value(0);
    const qsizetype more = problems.size() - 1;
    return (more == 1 ? QStringLiteral("%1, and 1 more problem")
                      : QStringLiteral("%1, and %2 more problems"))
        .arg(problems.first(), QString::number(more));
}

QString DiaryFileInspector::integrityReport(const QString& path) {
    requireSqliteHeader(path);
    ReadOnlyConnection connection(path, ReadingMode::Live);
    const QSqlDatabase db = connection.db();
    try {
        QSqlQuery integrity(db);
        QStringList problems;
        if (!integrity.exec(QStringLiteral("PRAGMA integrity_check")))
            return integrity.lastError().text();
        while (integrity.next()) {
            const QString line = integrity.value(0).toString();
            if (line != QLatin1String("ok"))
                problems << line;
        }
        QSqlQuery foreignKeys(db);
        if (!foreignKeys.exec(QStringLiteral("PRAGMA foreign_key_check")))
            return foreignKeys.lastError().text();
        while (foreignKeys.next())
            problems << QStringLiteral("row %1 of %2 points to a missing %3")
                            .arg(foreignKeys.value(1).toString(), foreignKeys.value(0).toString(),
                                 foreignKeys.value(2).toString());
        return problems.join(QStringLiteral("; "));
    } catch (const StorageError& error) {
        return error.message();
    }
}

} // namespace painpace
