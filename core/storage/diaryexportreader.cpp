#include "diaryexportreader.h"

#include <QCoreApplication>

#include <algorithm>

#include "cataloguerows.h"
#include "checkinrepository.h"
#include "database.h"
#include "exchange/jsonfields.h"
#include "pacingrepository.h"
#include "questionnairerepository.h"
#include "readsnapshot.h"
#include "sqlstatement.h"
#include "trialrepository.h"
#include "wholediarycheck.h"

namespace painpace {

DiaryExportReader::DiaryExportReader(const Database& database)
    : m_database(database) {}

void DiaryExportReader::readOwnCatalogue(DiaryDocument& document) const {
    SqlStatement triggers(m_database.connection(),
                          QStringLiteral("SELECT code, name FROM trigger_def WHERE built_in = 0 "
                                         "ORDER BY code"));
    triggers.exec();
    while (triggers.next())
        document.ownTriggers.append({triggers.value(0).toString(), triggers.value(1).toString()});
    SqlStatement therapies(m_database.connection(),
                           QStringLiteral("SELECT code, name, kind, usual_dose, usual_unit, "
                                          "usual_minutes FROM therapy_def WHERE built_in = 0 "
                                          "ORDER BY code"));
    therapies.exec();
    while (therapies.next()) {
        TherapyDefinition therapy;
        therapy.code = therapies.value(0).toString();
        therapy.name = therapies.value(1).toString();
        therapy.kind = enumFromCode<TherapyKind>(kTherapyKindCodes, therapies.value(2).toString())
                           .value_or(TherapyKind::Other);
        therapy.usualDose = optionalDouble(therapies.value(3));
        therapy.usualUnit = therapies.value(4).toString();
        therapy.usualMinutes = optionalInt(therapies.value(5));
        document.ownTherapies.append(therapy);
    }
}

DiaryDocument DiaryExportReader::read() const {
    const ReadSnapshot snapshot(m_database.connection());
    WholeDiaryCheck::require(m_database,
                             QCoreApplication::translate("DiaryExportReader", "exported nothing"));
    DiaryDocument document;
    readOwnCatalogue(document);
    document.checkIns = CheckInRepository(m_database).between(kEarliestDiaryDate, kLatestDiaryDate);
    document.questionnaires = QuestionnaireRepository(m_database).history();
    std::reverse(document.questionnaires.begin(), document.questionnaires.end());

    const PacingRepository pacing(m_database);
    for (const PacingPlan& plan : pacing.plans(true))
        document.pacingPlans.append(
            {plan, pacing.levels(plan.id),
             pacing.sessions(plan.id, kEarliestDiaryDate, kLatestDiaryDate)});

    const TrialRepository trials(m_database);
    QList<TherapyTrial> all = trials.trials();
    std::reverse(all.begin(), all.end());
    for (const TherapyTrial& trial : all) {
        const QHash<QDate, bool> followed = trials.followed(trial.id);
        TherapyTrialRecord record{trial, {}};
        for (auto it = followed.begin(); it != followed.end(); ++it)
            record.followed.insert(it.key(), it.value());
        document.trials.append(record);
    }
    return document;
}

} // namespace painpace
