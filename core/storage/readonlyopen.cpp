#include "readonlyopen.h"

#include <QFileInfo>
#include <QUrl>

#include "sqldialect.h"

namespace painpace {

void targetReadOnly(QSqlDatabase& db, const QString& path, ReadingMode mode) {
    if (mode == ReadingMode::Unchanging && !QFileInfo::exists(path + QStringLiteral("-wal"))) {
        db.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) +
                           QStringLiteral("?immutable=1"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        return;
    }
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1")
                             .arg(SqlDialect::kBusyTimeoutMs));
}

} // namespace painpace
