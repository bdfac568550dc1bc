#pragma once

#include <QString>

#include <array>
#include <optional>

namespace painpace {

// The Revised Fibromyalgia Impact Questionnaire: 21 items, 0-10, about the past 7 days.
// Items 0-8 are function, 9-10 overall impact, 11-20 symptoms (domain.md lists them in order).
inline constexpr int kFiqrItems = 21;
inline constexpr int kFiqrFunctionItems = 9;
inline constexpr int kFiqrOverallItems = 2;
inline constexpr int kFiqrSymptomItems = 10;

using FiqrAnswers = std::array<std::optional<int>, kFiqrItems>;

enum class FiqrBand { Remission, Mild, Moderate, Severe, VerySevere };

struct FiqrResult {
    double function = 0.0; // 0-30
    double overall = 0.0;  // 0-20
    double symptoms = 0.0; // 0-50
    double total = 0.0;    // 0-100
    FiqrBand band = FiqrBand::Remission;
};

// The score, or nothing when the form is not scorable: 2 or more function items missing, or any
// overall-impact or symptom item missing. One missing function item is made up for by scaling
// the function sum by 9/8. Throws ValidationError for an answer outside 0-10.
std::optional<FiqrResult> scoreFiqr(const FiqrAnswers& answers);

// Bands by total: below 24 remission, below 41 mild, below 64 moderate, below 83 severe, else
// very severe (0-23, 24-40, 41-63, 64-82, 83-100 for whole numbers).
FiqrBand fiqrBand(double total);
QString fiqrBandName(FiqrBand band);

// Why a form cannot be scored yet, in one sentence; empty when it can.
QString fiqrMissingReason(const FiqrAnswers& answers);

} // namespace painpace
