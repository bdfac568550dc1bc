#include "acr2016.h"

#include <QCoreApplication>

#include "bodymap/widespreadpainindex.h"
#include "diary/validationissue.h"

namespace painpace {

namespace {
void requireItem(ValidationIssues& issues, const char* field, int value) {
    if (value < 0 || value > 3)
        issues.append({QLatin1String(field),
                       QCoreApplication::translate("Acr2016", "Answer from 0 (none) to 3 "
                                                              "(severe) (it was %1).")
                           .arg(value)});
}
} // namespace

Acr2016Result scoreAcr2016(const Acr2016Answers& answers) {
    ValidationIssues issues;
    requireItem(issues, "fatigue", answers.fatigue);
    requireItem(issues, "wakingUnrefreshed", answers.wakingUnrefreshed);
    requireItem(issues, "cognitiveSymptoms", answers.cognitiveSymptoms);
    if (!issues.isEmpty())
        throw ValidationError(issues);

    const WpiResult wpi = widespreadPainIndex(answers.painfulAreas);
    Acr2016Result result;
    result.wpi = wpi.score;
    result.regionsWithPain = wpi.regionsWithPain;
    result.generalizedPain = wpi.generalizedPain;
    result.sss = answers.fatigue + answers.wakingUnrefreshed + answers.cognitiveSymptoms +
                 (answers.headaches ? 1 : 0) + (answers.lowerAbdominalPain ? 1 : 0) +
                 (answers.depression ? 1 : 0);
    result.severity = result.wpi + result.sss;
    const bool painAndSymptoms = (result.wpi >= 7 && result.sss >= 5) ||
                                 (result.wpi >= 4 && result.wpi <= 6 && result.sss >= 9);
    result.criteriaMet =
        painAndSymptoms && result.generalizedPain && answers.symptomsForThreeMonths;
    return result;
}

} // namespace painpace
