#include "diarybackups.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "database.h"
#include "diaryfileinspector.h"
#include "privatefiles.h"
#include "sqlstatement.h"
#include "storageerror.h"

namespace painpace {

namespace {
const QString kStampFormat = QStringLiteral("yyyyMMdd-HHmmss");
} // namespace

DiaryBackups::DiaryBackups(const Database& database)
    : m_database(database) {}

QString DiaryBackups::folder() const {
    const QFileInfo diary(m_database.path());
    return diary.absolutePath() + QLatin1Char('/') + diary.completeBaseName() +
           QStringLiteral("-backups");
}

QList<BackupFile> DiaryBackups::list() const {
    const QString prefix = QFileInfo(m_database.path()).completeBaseName() + QLatin1Char('-');
    QList<BackupFile> found;
    const QDir dir(folder());
    for (const QFileInfo& file :
         dir.entryInfoList({prefix + QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name)) {
        const QString stamp = file.completeBaseName().mid(prefix.size());
        const QDateTime taken = QDateTime::fromString(stamp, kStampFormat);
        if (taken.isValid())
            found.append({file.absoluteFilePath(), taken});
    }
    std::sort(found.begin(), found.end(),
              [](const BackupFile& a, const BackupFile& b) { return a.taken > b.taken; });
    return found;
}

QString DiaryBackups::backUpNow(const QDateTime& now) {
    privatefiles::ensureFolder(folder());
    const QString path = folder() + QLatin1Char('/') +
                         QFileInfo(m_database.path()).completeBaseName() + QLatin1Char('-') +
                         now.toString(kStampFormat) + QStringLiteral(".sqlite");
    if (QFile::exists(path))
        return path; // this very second is already backed up
    try {
        // VACUUM INTO accepts an empty file, so the copy is private before it holds any data.
        privatefiles::createEmptyFile(path);
        SqlStatement(m_database.connection(), QStringLiteral("VACUUM INTO :target"))
            .bind(QStringLiteral(":target"), path)
            .exec();
        const QString problems = DiaryFileInspector::integrityReport(path);
        if (!problems.isEmpty())
            throw StorageError(
                QStringLiteral("The backup did not pass its check: %1").arg(problems));
    } catch (...) {
        QFile::remove(path);
        throw;
    }
    for (const QString& old : backupsToDiscard(list()))
        QFile::remove(old);
    return path;
}

std::optional<QString> DiaryBackups::backUpIfDue(const QDateTime& now) {
    for (const BackupFile& backup : list()) {
        if (backup.taken.date() == now.date())
            return std::nullopt;
    }
    return backUpNow(now);
}

} // namespace painpace
