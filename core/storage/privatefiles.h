#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

namespace painpace {

// Health data stays private to the person: folders PainPace creates are 0700, database and
// backup files are 0600, both set before SQLite ever writes to them.
namespace privatefiles {

// Creates the folder (and missing parents) if needed; the folders created here get 0700.
// Throws StorageError when it cannot.
void ensureFolder(const QString& folder);

// Creates an empty file with mode 0600; fails if the file already exists.
void createEmptyFile(const QString& path);

// Removes group and other permissions from an existing file.
void restrictToOwner(const QString& path);

// Writes `bytes` to `path` as a file only its owner can read (0600): into a temporary file beside
// it that is renamed over `path` once complete, so a full disk or a crash leaves either the old
// file or the new one, never half of it. Throws StorageError with the system's reason.
// A write that fails leaves no new file behind.
void writeFileAtomically(const QString& path, const QByteArray& bytes);
// Writes several files into `folder` (file name to contents) so that a failure part of the way
// changes none of them: a folder never mixes new files with old ones. Throws StorageError.
void writeFilesTogether(const QString& folder, const QMap<QString, QByteArray>& files);

// Copies `source` to `target`, a new file only its owner can read (0600), flushed to the disk
// before it returns. Throws StorageError (removing the half-written target) when it cannot.
void copyPrivately(const QString& source, const QString& target);

} // namespace privatefiles
} // namespace painpace
