#include "diarybackups.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <unistd.h>

#include "checkinrepository.h"
#include "database.h"
#include "diaryfileinspector.h"
#include "privatefiles.h"
#include "sqlstatement.h"
#include "storageerror.h"

namespace painpace {

namespace {
const QString kStampFormat = QStringLiteral("yyyyMMdd-HHmmss");
const QString kUnfinishedSuffix = QStringLiteral(".unfinished");
} // namespace

DiaryBackups::DiaryBackups(const Database& database)
    : m_database(database) {}

QString DiaryBackups::folder() const {
    return folderFor(m_database.path());
}

QList<BackupFile> DiaryBackups::list() const {
    return listFor(m_database.path());
}

QString DiaryBackups::folderFor(const QString& diaryPath) {
    const QFileInfo diary(diaryPath);
    return diary.absolutePath() + QLatin1Char('/') + diary.completeBaseName() +
           QStringLiteral("-backups");
}

QList<BackupFile> DiaryBackups::listFor(const QString& diaryPath) {
    const QString prefix = QFileInfo(diaryPath).completeBaseName() + QLatin1Char('-');
    QList<BackupFile> found;
    const QDir dir(folderFor(diaryPath));
    for (const QFileInfo& file :
         dir.entryInfoList({prefix + QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name)) {
        const QString stamp = file.completeBaseName().mid(prefix.size());
        const QDateTime taken = QDateTime::fromString(stamp, kStampFormat);
        // An empty file is no backup (an older PainPace killed while making one left it).
        if (taken.isValid() && file.size() > 0)
            found.append({file.absoluteFilePath(), taken});
    }
    std::sort(found.begin(), found.end(),
              [](const BackupFile& a, const BackupFile& b) { return a.taken > b.taken; });
    return found;
}

QString DiaryBackups::backUpNow(const QDateTime& now, bool rotate) {
    privatefiles::ensureFolder(folder());
    removeUnfinishedCopies();
    const QString path = folder() + QLatin1Char('/') +
                         QFileInfo(m_database.path()).completeBaseName() + QLatin1Char('-') +
                         now.toString(kStampFormat) + QStringLiteral(".sqlite");
    if (QFile::exists(path))
        return path; // this very second is already backed up
    // The copy is made and checked under a name list() does not see, and takes the backup's name
    // only once whole: a backup killed half-way can never count as that day's backup.
    const QString unfinished = path + kUnfinishedSuffix;
    try {
        // VACUUM INTO accepts an empty file, so the copy is private before it holds any data.
        privatefiles::createEmptyFile(unfinished);
        SqlStatement(m_database.connection(), QStringLiteral("VACUUM INTO :target"))
            .bind(QStringLiteral(":target"), unfinished)
            .exec();
        const QString problems = DiaryFileInspector::integrityReport(unfinished);
        if (!problems.isEmpty())
            throw StorageError(
                QStringLiteral("The backup did not pass its check: %1").arg(problems));
        if (::rename(QFile::encodeName(unfinished).constData(),
                     QFile::encodeName(path).constData()) != 0)
            throw StorageError(QStringLiteral("The backup could not be named %1.")
                                   .arg(QDir::toNativeSeparators(path)));
    } catch (...) {
        QFile::remove(unfinished);
        QFile::remove(unfinished + QStringLiteral("-journal"));
        throw;
    }
    if (rotate) {
        for (const QString& old : backupsToDiscard(list()))
            QFile::remove(old);
    }
    return path;
}

void DiaryBackups::removeUnfinishedCopies() const {
    // Left by a PainPace killed while it made a backup: the copy and the journal beside it.
    const QDir dir(folder());
    for (const QString& name :
         dir.entryList({QStringLiteral("*") + kUnfinishedSuffix,
                        QStringLiteral("*") + kUnfinishedSuffix + QStringLiteral("-journal")},
                       QDir::Files))
        QFile::remove(dir.filePath(name));
}

int DiaryBackups::entryCount(const QString& backupPath) {
    try {
        Database::Options options;
        options.access = Database::Access::ReadOnly;
        const auto copy = Database::openFile(backupPath, options);
        return CheckInRepository(*copy).count();
    } catch (const StorageError&) {
        return -1;
    }
}

void DiaryBackups::restoreFile(const QString& backupPath, const QString& diaryPath) {
    const QString problems = DiaryFileInspector::integrityReport(backupPath);
    if (!problems.isEmpty())
        throw StorageError(QStringLiteral("%1 is damaged and was not restored: %2")
                               .arg(QDir::toNativeSeparators(backupPath),
                                    DiaryFileInspector::firstProblem(problems)));
    const QString staging = diaryPath + QStringLiteral(".restoring");
    QFile::remove(staging);
    privatefiles::copyPrivately(backupPath, staging);
    // A log left beside the old diary would be replayed into the restored one.
    QFile::remove(diaryPath + QStringLiteral("-wal"));
    QFile::remove(diaryPath + QStringLiteral("-shm"));
    if (::rename(QFile::encodeName(staging).constData(),
                 QFile::encodeName(diaryPath).constData()) != 0) {
        QFile::remove(staging);
        throw StorageError(QStringLiteral("Could not put the backup in place of %1.")
                               .arg(QDir::toNativeSeparators(diaryPath)));
    }
}

QString DiaryBackups::keepDamagedCopy(const QString& diaryPath, const QDateTime& now) {
    const QString folder = folderFor(diaryPath);
    privatefiles::ensureFolder(folder);
    // "-damaged-" keeps the copy out of list() and so out of rotation: it is never tidied away.
    const QString kept = folder + QLatin1Char('/') + QFileInfo(diaryPath).completeBaseName() +
                         QStringLiteral("-damaged-") + now.toString(kStampFormat) +
                         QStringLiteral(".sqlite");
    if (QFile::exists(kept))
        throw StorageError(QStringLiteral("%1 already exists; try again in a second.")
                               .arg(QDir::toNativeSeparators(kept)));
    privatefiles::copyPrivately(diaryPath, kept);
    // Its log may hold the newest entries: it keeps the name SQLite looks for beside the copy.
    const QString log = diaryPath + QStringLiteral("-wal");
    if (QFile::exists(log)) {
        try {
            privatefiles::copyPrivately(log, kept + QStringLiteral("-wal"));
        } catch (...) {
            QFile::remove(kept);
            throw;
        }
    }
    return kept;
}

std::optional<QString> DiaryBackups::backUpIfDue(const QDateTime& now) {
    for (const BackupFile& backup : list()) {
        if (backup.taken.date() == now.date())
            return std::nullopt;
    }
    return backUpNow(now);
}

} // namespace painpace
