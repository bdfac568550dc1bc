#include "diaryopener.h"

#include <QStandardPaths>

#include "demo/demopacing.h"
#include "storage/checkinrepository.h"
#include "storage/database.h"

namespace painpace::diaryopener {

QString demoDiaryPath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/demo-diary.sqlite");
}

std::unique_ptr<Database> openDemoDiary(const QString& path) {
    auto database = Database::openFile(path);
    if (CheckInRepository(*database).count() == 0)
        writeDemoDiary(*database, DemoOptions{});
    return database;
}

} // namespace painpace::diaryopener
