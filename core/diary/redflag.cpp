#include "redflag.h"

#include <QCoreApplication>

#include <algorithm>

namespace painpace {

const std::array<RedFlagInfo, 12>& redFlagCatalogue() {
    static const std::array<RedFlagInfo, 12> catalogue{{
        {RedFlag::SaddleNumbness, "saddle_numbness",
         QT_TRANSLATE_NOOP("RedFlag", "Numbness or pins and needles between the inner thighs, "
                                      "around the genitals or the bottom, or altered feeling "
                                      "when wiping"),
         CareUrgency::Emergency},
        {RedFlag::BladderChange, "bladder_change",
         QT_TRANSLATE_NOOP("RedFlag", "New trouble starting or stopping urine, leaking, or not "
                                      "knowing if the bladder is full"),
         CareUrgency::Emergency},
        {RedFlag::BowelControlLoss, "bowel_control_loss",
         QT_TRANSLATE_NOOP("RedFlag", "Loss of bowel control"), CareUrgency::Emergency},
        {RedFlag::NewSexualDysfunction, "new_sexual_dysfunction",
         QT_TRANSLATE_NOOP("RedFlag", "New sexual dysfunction"), CareUrgency::Emergency},
        {RedFlag::LegWeakness, "leg_weakness",
         QT_TRANSLATE_NOOP("RedFlag", "Severe or worsening weakness in the legs"),
         CareUrgency::Emergency},
        {RedFlag::PainDownBothLegs, "pain_both_legs",
         QT_TRANSLATE_NOOP("RedFlag", "Pain going down both legs"), CareUrgency::Emergency},
        {RedFlag::FeverOrChills, "fever_chills",
         QT_TRANSLATE_NOOP("RedFlag", "Back pain with fever or chills"), CareUrgency::UrgentDoctor},
        {RedFlag::UnexplainedWeightLoss, "weight_loss",
         QT_TRANSLATE_NOOP("RedFlag", "Back pain with unexplained weight loss"),
         CareUrgency::UrgentDoctor},
        {RedFlag::CancerHistory, "cancer_history",
         QT_TRANSLATE_NOOP("RedFlag", "Back pain with a history of cancer"),
         CareUrgency::UrgentDoctor},
        {RedFlag::WeakenedImmuneSystem, "weakened_immunity",
         QT_TRANSLATE_NOOP("RedFlag", "Back pain with a weakened immune system"),
         CareUrgency::UrgentDoctor},
        {RedFlag::AfterFallOrInjury, "after_fall_injury",
         QT_TRANSLATE_NOOP("RedFlag", "Back pain after a significant fall or injury"),
         CareUrgency::UrgentDoctor},
        {RedFlag::SevereNightPain, "severe_night_pain",
         QT_TRANSLATE_NOOP("RedFlag", "Severe pain at night, or pain that is worse lying down "
                                      "and does not ease"),
         CareUrgency::UrgentDoctor},
    }};
    return catalogue;
}

const RedFlagInfo& redFlagInfo(RedFlag flag) {
    const auto& catalogue = redFlagCatalogue();
    return *std::find_if(catalogue.begin(), catalogue.end(),
                         [flag](const RedFlagInfo& info) { return info.flag == flag; });
}

QString redFlagCode(RedFlag flag) {
    return QString::fromLatin1(redFlagInfo(flag).code);
}

std::optional<RedFlag> redFlagFromCode(const QString& code) {
    for (const auto& info : redFlagCatalogue()) {
        if (code == QLatin1String(info.code))
            return info.flag;
    }
    return std::nullopt;
}

CareUrgency careUrgency(const QList<RedFlag>& flags) {
    CareUrgency highest = CareUrgency::None;
    for (RedFlag flag : flags)
        highest = std::max(highest, redFlagInfo(flag).urgency);
    return highest;
}

QString careAdvice(CareUrgency urgency) {
    switch (urgency) {
    case CareUrgency::Emergency:
        return QCoreApplication::translate(
            "RedFlag", "These signs need emergency care today: go to an emergency department now. "
                       "They can mean pressure on the nerves at the base of the spine, which is "
                       "treatable when it is seen quickly.");
    case CareUrgency::UrgentDoctor:
        return QCoreApplication::translate(
            "RedFlag", "Back pain with this sign should be checked by a doctor soon, within a day "
                       "or two. If it gets worse quickly, seek urgent care.");
    case CareUrgency::None:
        break;
    }
    return {};
}

QString careHeadline(CareUrgency urgency) {
    switch (urgency) {
    case CareUrgency::Emergency:
        return QCoreApplication::translate("RedFlag",
                                           "Emergency care now: go to an emergency department");
    case CareUrgency::UrgentDoctor:
        return QCoreApplication::translate("RedFlag", "See a doctor within a day or two");
    case CareUrgency::None:
        break;
    }
    return {};
}

} // namespace painpace
