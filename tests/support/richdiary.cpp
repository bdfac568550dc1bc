#include "richdiary.h"

#include "demo/demodiary.h"
#include "demo/demopacing.h"
#include "sampleentries.h"
#include "storage/cataloguerepository.h"
#include "storage/checkinrepository.h"
#include "storage/questionnairerepository.h"
#include "storage/trialrepository.h"

namespace painpace::testing {

namespace {

void addQuestionnaires(const Database& database, const QDate& day) {
    QuestionnaireRepository questionnaires(database);
    Acr2016Answers acr;
    acr.painfulAreas = {WpiArea::Neck, WpiArea::LowerBack, WpiArea::UpperBack};
    acr.fatigue = 2;
    acr.wakingUnrefreshed = 3;
    acr.symptomsForThreeMonths = true;
    QuestionnaireRecord first;
    first.moment = momentOn(day.addDays(-20), 9);
    first.answers = acr;
    questionnaires.save(first);
    FiqrAnswers fiqr;
    fiqr.fill(4);
    fiqr[3] = 7;
    QuestionnaireRecord second;
    second.moment = momentOn(day.addDays(-19), 9, 30);
    second.answers = fiqr;
    questionnaires.save(second);
}

void addTrial(const Database& database, const QDate& day, const QString& therapyCode) {
    TherapyTrial trial;
    trial.therapyCode = therapyCode;
    trial.comparison = TrialComparison::OtherTherapy;
    trial.otherTherapyCode = QStringLiteral("heating_pad");
    trial.secondaryOutcomes = {TrialOutcome::Spasms};
    trial.periodDays = 3;
    trial.cycles = 2;
    trial.meaningfulDifference = 1.5;
    trial.seed = 0xFEDCBA9876543210ULL;
    trial.startDate = day.addDays(-14);
    trial.pauses = {{day.addDays(-10), 2}};
    TrialRepository trials(database);
    trials.save(trial);
    trials.setFollowed(trial.id, trial.startDate, true);
    trials.setFollowed(trial.id, trial.startDate.addDays(1), false);
    trials.setFollowed(trial.id, trial.startDate.addDays(2), true);
}

} // namespace

void fillRichDiary(const Database& database, int years, const QDate& lastDay) {
    DemoOptions options;
    options.years = years;
    options.lastDay = lastDay;
    writeDemoDiary(database, options);

    CatalogueRepository catalogue(database);
    const TriggerDefinition gardening =
        catalogue.addOwnTrigger(QStringLiteral("Gardening, weeding"));
    TherapyDefinition cream;
    cream.name = QStringLiteral("Arnica cream");
    cream.kind = TherapyKind::Other;
    cream.usualDose = 2.5;
    cream.usualUnit = QStringLiteral("g");
    const TherapyDefinition arnica = catalogue.addOwnTherapy(cream);

    CheckIn entry = completeCheckIn(lastDay);
    entry.triggers.append({gardening.code, TriggerLevel::ALot});
    entry.therapies.append({arnica.code, 2.5, QStringLiteral("g"), std::nullopt, std::nullopt});
    entry.note = QStringLiteral("Weeded the \"big\" bed, then rested;\nback, neck: sore – ça va");
    CheckInRepository(database).save(entry);

    addQuestionnaires(database, lastDay);
    addTrial(database, lastDay, arnica.code);
}

} // namespace painpace::testing
