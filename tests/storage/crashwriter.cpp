// A writer for the crash-safety test: saves check-ins to the diary given as the only argument,
// printing "saved <uuid>" after each commit returns, until it is killed.
#include <QCoreApplication>
#include <QTextStream>

#include "diary/checkin.h"
#include "storage/checkinrepository.h"
#include "storage/database.h"

using namespace painpace;

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    if (argc != 2)
        return 2;
    auto database = Database::openFile(QString::fromLocal8Bit(argv[1]));
    CheckInRepository repository(*database);
    QTextStream out(stdout);
    for (int n = 0;; ++n) {
        CheckIn entry;
        entry.moment = DiaryMoment::now();
        entry.pain = n % 11;
        entry.note = QStringLiteral("entry %1").arg(n);
        entry.spasms = {{SpasmKind::Spasm, QStringLiteral("back.lumbar.left"), 1 + n % 3,
                         Seconds{30}, 5, SpasmContext::Rest}};
        repository.save(entry);
        out << "saved " << entry.uuid.toString(QUuid::WithoutBraces) << Qt::endl;
    }
}
