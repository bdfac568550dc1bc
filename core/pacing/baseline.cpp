#include "baseline.h"

#include <QCoreApplication>
#include <QLocale>

#include "diary/validationissue.h"

namespace painpace {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("Baseline", text);
}

qsizetype valuesNeeded(BaselineMethod method) {
    switch (method) {
    case BaselineMethod::Measured:
        return 3;
    case BaselineMethod::GoodDayBadDay:
        return 2;
    case BaselineMethod::BelowOnset:
        break;
    }
    return 1;
}

QString number(double value) {
    return QLocale().toString(value, 'g', 4);
}

} // namespace

double computeBaseline(const BaselineInputs& inputs) {
    const QString field = QStringLiteral("baseline");
    if (inputs.values.size() != valuesNeeded(inputs.method))
        throw ValidationError({{field, tr("This way of finding the baseline needs %1 amounts.")
                                           .arg(valuesNeeded(inputs.method))}});
    for (double value : inputs.values) {
        if (!(value > 0.0))
            throw ValidationError({{field, tr("Every amount must be more than 0.")}});
        if (value > kLargestBaselineAmount)
            throw ValidationError(
                {{field,
                  tr("Every amount must be %L1 or less.").arg(kLargestBaselineAmount, 0, 'f', 0)}});
    }
    double sum = 0.0;
    for (double value : inputs.values)
        sum += value;
    const double mean = sum / static_cast<double>(inputs.values.size());
    return inputs.method == BaselineMethod::Measured ? kMeasuredBaselineShare * mean : mean;
}

QString baselineExplanation(const BaselineInputs& inputs, const QString& unitName) {
    const double baseline = computeBaseline(inputs);
    switch (inputs.method) {
    case BaselineMethod::Measured:
        return tr("Measured: 0.8 × the mean of %1, %2 and %3 %4 = %5 %4")
            .arg(number(inputs.values[0]), number(inputs.values[1]), number(inputs.values[2]),
                 unitName, number(baseline));
    case BaselineMethod::GoodDayBadDay:
        return tr("Good day and bad day: (%1 + %2) ÷ 2 = %3 %4")
            .arg(number(inputs.values[0]), number(inputs.values[1]), number(baseline), unitName);
    case BaselineMethod::BelowOnset:
        break;
    }
    return tr("Just below where symptoms usually start: %1 %2").arg(number(baseline), unitName);
}

} // namespace painpace
