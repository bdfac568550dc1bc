#pragma once

#include <QByteArray>
#include <QString>

namespace painpace::testing {

// The bytes and permission bits of a file, to prove an operation left it untouched.
struct FileSnapshot {
    QByteArray sha256;
    int permissions = 0;
    qint64 size = -1;

    static FileSnapshot of(const QString& path);
    bool operator==(const FileSnapshot&) const = default;
};

} // namespace painpace::testing
