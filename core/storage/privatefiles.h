#pragma once

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

} // namespace privatefiles
} // namespace painpace
