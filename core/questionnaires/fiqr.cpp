#include "fiqr.h"

#include <QCoreApplication>

#include "diary/validationissue.h"

namespace painpace {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("Fiqr", text);
}

struct DomainSum {
    int sum = 0;
    int answered = 0;
};

DomainSum sumOf(const FiqrAnswers& answers, int first, int count) {
    DomainSum domain;
    for (int i = first; i < first + count; ++i) {
        if (answers[static_cast<std::size_t>(i)]) {
            domain.sum += *answers[static_cast<std::size_t>(i)];
            ++domain.answered;
        }
    }
    return domain;
}

void validate(const FiqrAnswers& answers) {
    ValidationIssues issues;
    for (int i = 0; i < kFiqrItems; ++i) {
        const auto& answer = answers[static_cast<std::size_t>(i)];
        if (answer && (*answer < 0 || *answer > 10))
            issues.append({QStringLiteral("item%1").arg(i + 1),
                           tr("Answer from 0 to 10 (it was %1).").arg(*answer)});
    }
    if (!issues.isEmpty())
        throw ValidationError(issues);
}

} // namespace

QString fiqrMissingReason(const FiqrAnswers& answers) {
    const DomainSum function = sumOf(answers, 0, kFiqrFunctionItems);
    const DomainSum overall = sumOf(answers, kFiqrFunctionItems, kFiqrOverallItems);
    const DomainSum symptoms =
        sumOf(answers, kFiqrFunctionItems + kFiqrOverallItems, kFiqrSymptomItems);
    if (kFiqrFunctionItems - function.answered >= 2)
        return tr("Answer at least 8 of the 9 questions about daily tasks.");
    if (overall.answered < kFiqrOverallItems)
        return tr("Answer both questions about the overall impact.");
    if (symptoms.answered < kFiqrSymptomItems)
        return tr("Answer all 10 questions about symptoms.");
    return {};
}

std::optional<FiqrResult> scoreFiqr(const FiqrAnswers& answers) {
    validate(answers);
    if (!fiqrMissingReason(answers).isEmpty())
        return std::nullopt;
    const DomainSum function = sumOf(answers, 0, kFiqrFunctionItems);
    const DomainSum overall = sumOf(answers, kFiqrFunctionItems, kFiqrOverallItems);
    const DomainSum symptoms =
        sumOf(answers, kFiqrFunctionItems + kFiqrOverallItems, kFiqrSymptomItems);
    FiqrResult result;
    // A missing function answer: scale the sum up by items in the domain / items answered.
    result.function =
        function.sum * (static_cast<double>(kFiqrFunctionItems) / function.answered) / 3.0;
    result.overall = overall.sum;
    result.symptoms = symptoms.sum / 2.0;
    result.total = result.function + result.overall + result.symptoms;
    result.band = fiqrBand(result.total);
    return result;
}

FiqrBand fiqrBand(double total) {
    if (total < 24)
        return FiqrBand::Remission;
    if (total < 41)
        return FiqrBand::Mild;
    if (total < 64)
        return FiqrBand::Moderate;
    if (total < 83)
        return FiqrBand::Severe;
    return FiqrBand::VerySevere;
}

QString fiqrBandName(FiqrBand band) {
    switch (band) {
    case FiqrBand::Remission:
        return tr("remission");
    case FiqrBand::Mild:
        return tr("mild");
    case FiqrBand::Moderate:
        return tr("moderate");
    case FiqrBand::Severe:
        return tr("severe");
    case FiqrBand::VerySevere:
        return tr("very severe");
    }
    return {};
}

} // namespace painpace
