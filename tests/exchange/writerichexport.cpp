// Writes the JSON export of a rich diary (see support/richdiary.h) to the path given, for the test
// that validates exports against the JSON Schema with an independent validator.
#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include "exchange/exchangefiles.h"
#include "storage/database.h"
#include "storage/diaryexportreader.h"
#include "support/richdiary.h"

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    if (app.arguments().size() != 2) {
        QTextStream(stderr) << "usage: painpace_write_rich_export OUT.json\n";
        return 2;
    }
    QTemporaryDir folder;
    auto database = painpace::Database::openFile(folder.filePath(QStringLiteral("rich.sqlite")));
    painpace::testing::fillRichDiary(*database, 1, QDate(2026, 10, 31));
    painpace::writeExport(painpace::DiaryExportReader(*database).read(),
                          painpace::ExchangeFormat::Json, app.arguments().at(1));
    return 0;
}
