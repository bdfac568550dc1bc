#include "filesnapshot.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace painpace::testing {

FileSnapshot FileSnapshot::of(const QString& path) {
    FileSnapshot snapshot;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return snapshot;
    snapshot.sha256 = QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
    snapshot.permissions = static_cast<int>(QFileInfo(path).permissions());
    snapshot.size = file.size();
    return snapshot;
}

} // namespace painpace::testing
