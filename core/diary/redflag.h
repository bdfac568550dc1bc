#pragma once

#include <QList>
#include <QString>

#include <array>

#include "enumcodes.h"

namespace painpace {

// Back symptoms that need medical care whatever the fibromyalgia (domain.md, "Red flags").
enum class RedFlag {
    SaddleNumbness,
    BladderChange,
    BowelControlLoss,
    NewSexualDysfunction,
    LegWeakness,
    PainDownBothLegs,
    FeverOrChills,
    UnexplainedWeightLoss,
    CancerHistory,
    WeakenedImmuneSystem,
    AfterFallOrInjury,
    SevereNightPain,
};

// Cauda equina signs need the emergency department; the others need a doctor urgently.
enum class CareUrgency { None, UrgentDoctor, Emergency };

struct RedFlagInfo {
    RedFlag flag;
    const char* code;
    const char* description;
    CareUrgency urgency;
};

const std::array<RedFlagInfo, 12>& redFlagCatalogue();
const RedFlagInfo& redFlagInfo(RedFlag flag);
QString redFlagCode(RedFlag flag);
std::optional<RedFlag> redFlagFromCode(const QString& code);

CareUrgency careUrgency(const QList<RedFlag>& flags);

// The calm, plain advice shown with an entry that holds red flags; empty when there are none.
QString careAdvice(CareUrgency urgency);
// The same advice in one line, for lists and summaries: the same level and the same words in
// every view that shows the entry; empty when there are none.
QString careHeadline(CareUrgency urgency);

} // namespace painpace
