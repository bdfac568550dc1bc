#pragma once

#include <QList>
#include <QString>

#include "bodymap/wpiarea.h"

namespace painpace {

// The ACR 2016 fibromyalgia criteria (Wolfe et al. 2016). Never mixed with the 2010 version:
// every stored result carries kAcr2016Version.
inline const QString kAcr2016Version = QStringLiteral("ACR 2016");

struct Acr2016Answers {
    QList<WpiArea> painfulAreas; // pain in the past week
    int fatigue = 0;             // 0-3, past week
    int wakingUnrefreshed = 0;   // 0-3, past week
    int cognitiveSymptoms = 0;   // 0-3, past week
    bool headaches = false;      // past 6 months
    bool lowerAbdominalPain = false;
    bool depression = false;
    bool symptomsForThreeMonths = false;

    bool operator==(const Acr2016Answers&) const = default;
};

struct Acr2016Result {
    int wpi = 0;             // 0-19
    int sss = 0;             // 0-12
    int severity = 0;        // WPI + SSS, 0-31 (polysymptomatic distress)
    int regionsWithPain = 0; // of the 5, jaw, chest and abdomen not counted
    bool generalizedPain = false;
    bool criteriaMet = false;
};

// Throws ValidationError when a 0-3 item is out of range.
Acr2016Result scoreAcr2016(const Acr2016Answers& answers);

} // namespace painpace
