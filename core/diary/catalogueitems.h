#pragma once

#include <QString>

#include <array>
#include <optional>

#include "enumcodes.h"

namespace painpace {

struct TriggerDefinition {
    QString code;
    QString name;
    bool builtIn = false;

    bool operator==(const TriggerDefinition&) const = default;
};

enum class TherapyKind {
    Exercise,
    Heat,
    ManualTherapy,
    MindBody,
    SleepHabit,
    Ergonomics,
    Medication,
    Supplement,
    Other,
};

inline constexpr std::array<EnumCode<TherapyKind>, 9> kTherapyKindCodes{{
    {TherapyKind::Exercise, "exercise", "Exercise"},
    {TherapyKind::Heat, "heat", "Heat"},
    {TherapyKind::ManualTherapy, "manual", "Manual and physical therapy"},
    {TherapyKind::MindBody, "mind_body", "Mind and body"},
    {TherapyKind::SleepHabit, "sleep", "Sleep habits"},
    {TherapyKind::Ergonomics, "ergonomics", "Ergonomics"},
    {TherapyKind::Medication, "medication", "Medication"},
    {TherapyKind::Supplement, "supplement", "Supplement"},
    {TherapyKind::Other, "other", "Other"},
}};

struct TherapyDefinition {
    QString code;
    QString name;
    TherapyKind kind = TherapyKind::Other;
    std::optional<double> usualDose;
    QString usualUnit;
    std::optional<int> usualMinutes;
    bool builtIn = false;

    bool operator==(const TherapyDefinition&) const = default;
};

} // namespace painpace
