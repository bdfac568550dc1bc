#include "database.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>
#include <QUuid>

#include "diaryfileinspector.h"
#include "diskspace.h"
#include "privatefiles.h"
#include "readonlyopen.h"
#include "sqlstatement.h"
#include "statementcache.h"
#include "storageerror.h"
#include "writetransaction.h"

namespace painpace {

namespace {

QString shown(const QString& path) {
    return QDir::toNativeSeparators(path);
}

int newestVersion(const QList<Migration>& migrations) {
    return migrations.isEmpty() ? 0 : migrations.constLast().version;
}

// Root ignores permission bits, so look at the bits themselves as well as asking the system.
bool isWritableByOwner(const QString& path) {
    const QFileInfo info(path);
    return info.isWritable() && info.permissions().testFlag(QFileDevice::WriteOwner);
}

void refuseReadOnly(const QString& path) {
    if (!isWritableByOwner(path))
        throw OpenError(OpenError::Reason::ReadOnly,
                        QStringLiteral("%1 is read-only: PainPace needs to write to the diary.")
                            .arg(shown(path)));
    const QString folder = QFileInfo(path).absolutePath();
    if (!isWritableByOwner(folder))
        throw OpenError(OpenError::Reason::ReadOnly,
                        QStringLiteral("The folder %1 is read-only: PainPace needs to write its "
                                       "journal next to the diary.")
                            .arg(shown(folder)));
}

// With a few kilobytes free, SQLite's shared-memory file beside the diary is left with holes
// the disk cannot fill, and the first read through it would end the process with SIGBUS; so a
// diary is not opened, even to read it, on a disk that full (docs/architecture.md, "A full
// disk").
void refuseFullDisk(const QString& path) {
    const QString full = diskspace::shortage(path, diskspace::kRoomToOpen);
    if (!full.isEmpty())
        throw OpenError(OpenError::Reason::DiskFull,
                        QStringLiteral("%1 cannot be opened safely: %2, and PainPace needs at "
                                       "least %3 free beside a diary. Make room on that disk and "
                                       "open it again; the diary is not damaged.")
                            .arg(shown(path), full, diskspace::sizeText(diskspace::kRoomToOpen)));
}

} // namespace

Database::Database(QString path, QString connectionName, SqlDialect dialect)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_dialect(dialect)
    , m_notifier(std::make_unique<DiaryNotifier>()) {}

Database::~Database() {
    statementcache::forget(m_connectionName);
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath() {
    const QString fromEnvironment = qEnvironmentVariable("PAINPACE_DATABASE");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/diary.sqlite");
}

namespace {

// A lock file is written within microseconds of its creation; one still empty after this long
// was left by a PainPace killed while creating it, and holds no one's lock.
constexpr int kAbandonedLockSeconds = 2;

bool isAbandonedLock(const QString& lockPath) {
    const QFileInfo info(lockPath);
    return info.exists() && info.size() == 0 &&
           info.lastModified().secsTo(QDateTime::currentDateTime()) >= kAbandonedLockSeconds;
}

} // namespace

std::unique_ptr<QLockFile> Database::lockDiary(const QString& path) {
    const QString lockPath = path + QStringLiteral(".lock");
    auto lock = std::make_unique<QLockFile>(lockPath);
    if (lock->tryLock(0))
        return lock;
    // A lock file left empty by a killed PainPace is stale at once, not after QLockFile's 30 s
    // (docs/architecture.md, "One window per diary").
    if (lock->error() == QLockFile::LockFailedError && isAbandonedLock(lockPath) &&
        lock->removeStaleLockFile() && lock->tryLock(0))
        return lock;
    qint64 pid = 0;
    QString host;
    QString application;
    switch (lock->error()) {
    case QLockFile::LockFailedError:
        if (lock->getLockInfo(&pid, &host, &application))
            throw OpenError(OpenError::Reason::Locked,
                            QStringLiteral("%1 is already open in another PainPace (process %2). "
                                           "Close that window first.")
                                .arg(shown(path))
                                .arg(pid));
        throw OpenError(OpenError::Reason::Locked,
                        QStringLiteral("%1 is being opened by another PainPace at this moment. "
                                       "Try again in a few seconds.")
                            .arg(shown(path)));
    case QLockFile::PermissionError:
        throw OpenError(OpenError::Reason::Locked,
                        QStringLiteral("%1 could not be locked for PainPace: its folder is not "
                                       "writable.")
                            .arg(shown(path)));
    default:
        throw OpenError(OpenError::Reason::Locked,
                        QStringLiteral("%1 could not be locked for PainPace: the lock file beside "
                                       "it could not be written. Is the disk full?")
                            .arg(shown(path)));
    }
}

std::unique_ptr<Database> Database::openFile(const QString& requestedPath, const Options& options) {
    const QString path = QFileInfo(requestedPath).absoluteFilePath();
    const bool readOnly = options.access == Access::ReadOnly;
    const QFileInfo info(path);
    if (info.isDir())
        throw OpenError(OpenError::Reason::NotADiary,
                        QStringLiteral("%1 is a folder, not a diary file.").arg(shown(path)));
    // A device or a pipe is no diary, and its permissions are not PainPace's to change.
    if (info.exists() && !info.isFile())
        throw OpenError(
            OpenError::Reason::NotADiary,
            QStringLiteral("%1 is not a regular file, so it cannot be a diary.").arg(shown(path)));
    if (readOnly && !info.exists())
        throw OpenError(OpenError::Reason::Missing,
                        QStringLiteral("There is no diary at %1.").arg(shown(path)));

    refuseFullDisk(path);
    const bool existed = info.exists();
    std::unique_ptr<QLockFile> lock;
    DiaryFileFacts facts{true, 0};
    if (existed) {
        if (!readOnly) {
            refuseReadOnly(path);
            lock = lockDiary(path);
        }
        // A writer looks while it holds the lock; a reader must expect a writer at any moment.
        facts = DiaryFileInspector::inspect(path, newestVersion(options.migrations),
                                            readOnly ? ReadingMode::Live : ReadingMode::Unchanging,
                                            options.structureCheck);
    } else {
        privatefiles::ensureFolder(info.absolutePath());
        lock = lockDiary(path);
        privatefiles::createEmptyFile(path);
    }
    if (readOnly && facts.empty)
        throw OpenError(OpenError::Reason::NotADiary,
                        QStringLiteral("%1 is empty: it holds no diary yet.").arg(shown(path)));

    const QString connectionName = QStringLiteral("painpace-") + QUuid::createUuid().toString();
    std::unique_ptr<Database> database(
        new Database(path, connectionName, SqlDialect::forDriver(QStringLiteral("QSQLITE"))));
    database->m_lock = std::move(lock);
    database->m_readOnly = readOnly;
    if (!readOnly)
        privatefiles::restrictToOwner(path); // before SQLite creates the WAL files beside it
    database->openConnection(readOnly);
    if (!readOnly) {
        database->migrate(options.migrations, facts.schemaVersion, !facts.empty);
    }
    return database;
}

Database::SharedFile Database::sharedFile() const {
    return {m_path, m_dialect, schemaVersion(), m_readOnly};
}

std::unique_ptr<Database> Database::openAnotherConnection(const SharedFile& file, Access access) {
    const QString connectionName = QStringLiteral("painpace-") + QUuid::createUuid().toString();
    std::unique_ptr<Database> database(new Database(file.path, connectionName, file.dialect));
    database->m_readOnly = access == Access::ReadOnly || file.readOnly;
    database->openConnection(database->m_readOnly);
    if (database->schemaVersion() != file.schemaVersion)
        throw OpenError(
            OpenError::Reason::Failed,
            QStringLiteral("%1 changed version while it was open.").arg(shown(file.path)));
    return database;
}

void Database::openConnection(bool readOnly) {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (readOnly)
        targetReadOnly(db, m_path, ReadingMode::Live);
    else
        db.setDatabaseName(m_path);
    if (!db.open())
        throw OpenError(
            OpenError::Reason::Failed,
            QStringLiteral("%1 could not be opened: %2").arg(shown(m_path), db.lastError().text()));
    if (readOnly)
        SqlStatement::run(db, QStringLiteral("PRAGMA query_only = ON"));
    else
        m_dialect.configureConnection(db);
}

QSqlDatabase Database::connection() const {
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const {
    return m_dialect.schemaVersion(connection());
}

QString Database::writeUpgradeBackup(int fromVersion) {
    const QFileInfo info(m_path);
    const QString backup =
        info.absolutePath() + QLatin1Char('/') + info.completeBaseName() +
        QStringLiteral("-before-upgrade-v%1-%2.sqlite")
            .arg(fromVersion)
            .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    // VACUUM INTO accepts an empty file, so the copy is private before it holds any data.
    privatefiles::createEmptyFile(backup);
    SqlStatement(connection(), QStringLiteral("VACUUM INTO :target"))
        .bind(QStringLiteral(":target"), backup)
        .exec();
    return backup;
}

void Database::migrate(const QList<Migration>& migrations, int fromVersion, bool backUpFirst) {
    const QSqlDatabase db = connection();
    bool backedUp = false;
    for (const Migration& migration : migrations) {
        if (migration.version <= fromVersion)
            continue;
        if (backUpFirst && !backedUp) {
            m_upgradeBackupPath = writeUpgradeBackup(fromVersion);
            backedUp = true;
        }
        WriteTransaction transaction(db, m_dialect);
        migration.apply(db, m_dialect);
        m_dialect.setSchemaVersion(db, migration.version);
        transaction.commit();
    }
}

} // namespace painpace
