#pragma once

#include <QList>
#include <QLockFile>
#include <QSqlDatabase>
#include <QString>

#include <memory>

#include "diaryfileinspector.h"
#include "diarynotifier.h"
#include "migration.h"
#include "sqldialect.h"

namespace painpace {

// An open diary: one connection, its dialect, its lock and its change notifier. Opening checks
// the file first and refuses anything it should not touch (see open()).
class Database {
public:
    enum class Access { ReadWrite, ReadOnly };

    struct Options {
        Access access = Access::ReadWrite;
        // Tests pass a shorter or longer list to exercise upgrades; the app uses the default.
        QList<Migration> migrations = schemaMigrations();
        // The window passes BeforeUpgradesOnly and runs the check itself while it is shown.
        StructureCheck structureCheck = StructureCheck::Always;
    };

    // Opens (or creates) the SQLite diary at `path`. Throws OpenError with a one-line reason when
    // the file is not a PainPace diary, is damaged, newer than this app, read-only or already open
    // in another PainPace; the file is then left exactly as it was.
    static std::unique_ptr<Database> openFile(const QString& path, const Options& options);
    static std::unique_ptr<Database> openFile(const QString& path) {
        return openFile(path, Options{});
    }

    // What another thread needs to open its own connection to this diary; read it on the thread
    // that owns this Database.
    struct SharedFile {
        QString path;
        SqlDialect dialect;
        int schemaVersion = 0;
        bool readOnly = false;
    };
    SharedFile sharedFile() const;

    // Another connection to a diary this process has open, for work on another thread (an
    // import or a report while the window stays responsive). Call it on that thread and use the
    // result only there. It takes no lock (the open diary holds it) and migrates nothing: a
    // diary whose version is not the one it had is refused. Read-only when the diary is.
    static std::unique_ptr<Database> openAnotherConnection(const SharedFile& file, Access access);

    // The diary in the user's data folder, unless PAINPACE_DATABASE names another file.
    static QString defaultPath();

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const;
    const SqlDialect& dialect() const { return m_dialect; }
    const QString& path() const { return m_path; }
    int schemaVersion() const;
    bool isReadOnly() const { return m_readOnly; }
    // The copy written before this open upgraded the schema; empty when no upgrade ran.
    const QString& upgradeBackupPath() const { return m_upgradeBackupPath; }
    DiaryNotifier& notifier() const { return *m_notifier; }

private:
    Database(QString path, QString connectionName, SqlDialect dialect);

    static std::unique_ptr<QLockFile> lockDiary(const QString& path);
    void openConnection(bool readOnly);
    void migrate(const QList<Migration>& migrations, int fromVersion, bool backUpFirst);
    QString writeUpgradeBackup(int fromVersion);

    QString m_path;
    QString m_connectionName;
    SqlDialect m_dialect;
    bool m_readOnly = false;
    QString m_upgradeBackupPath;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<DiaryNotifier> m_notifier;
};

} // namespace painpace
