#include "diaryopener.h"

#include <QStandardPaths>

#include "demo/demodiary.h"
#include "storage/checkinrepository.h"
#include "storage/database.h"

namespace painpace::diaryopener {

QString demoDiaryPath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/demo-diary.sqlite");
}

std::unique_ptr<Database> openDemoDiary(const QString& path) {
    auto database = Database::openFile(path);
    CheckInRepository checkIns(*database);
    if (checkIns.count() == 0) {
        QList<CheckIn> entries = generateDemoDiary(DemoOptions{});
        checkIns.saveAll(entries);
    }
    return database;
}

} // namespace painpace::diaryopener
