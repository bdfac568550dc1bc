#pragma once

#include <QString>

#include <memory>

namespace painpace {

class Database;

// Opening diaries for the window: the person's own, a new one, or the demo diary.
namespace diaryopener {

// Where "Open demo diary" keeps its file, next to (never inside) the person's own diary.
QString demoDiaryPath();

// Opens the demo diary, first writing one year of demo entries if it holds none yet.
// Throws StorageError (OpenError) like Database::openFile.
std::unique_ptr<Database> openDemoDiary(const QString& path);

} // namespace diaryopener
} // namespace painpace
