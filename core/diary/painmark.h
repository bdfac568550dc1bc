#pragma once

#include <QPointF>
#include <QString>

#include <array>
#include <optional>

#include "enumcodes.h"

namespace painpace {

enum class BodyView { Back, Front };

inline constexpr std::array<EnumCode<BodyView>, 2> kBodyViewCodes{{
    {BodyView::Back, "back", "Back"},
    {BodyView::Front, "front", "Front"},
}};

enum class PainQuality {
    Aching,
    Burning,
    Stabbing,
    Throbbing,
    Tight,
    Cramping,
    Tingling,
    Numb,
    Stiff,
    Tender,
};

inline constexpr std::array<EnumCode<PainQuality>, 10> kPainQualityCodes{{
    {PainQuality::Aching, "aching", "Aching (dull ache)"},
    {PainQuality::Burning, "burning", "Burning"},
    {PainQuality::Stabbing, "stabbing", "Stabbing or sharp"},
    {PainQuality::Throbbing, "throbbing", "Throbbing"},
    {PainQuality::Tight, "tight", "Tight or knotted"},
    {PainQuality::Cramping, "cramping", "Cramping or spasm"},
    {PainQuality::Tingling, "tingling", "Tingling, pins and needles"},
    {PainQuality::Numb, "numb", "Numb"},
    {PainQuality::Stiff, "stiff", "Stiff"},
    {PainQuality::Tender, "tender", "Tender to touch"},
}};

// A point on the body map where it hurts. The point is normalized to the artwork (0..1 on both
// axes) and the region is a stable catalogue code, so stored marks never depend on drawing sizes.
struct PainMark {
    BodyView view = BodyView::Back;
    QPointF point;
    QString regionCode;
    int intensity = 0;
    PainQuality quality = PainQuality::Aching;
    bool triggerPoint = false;
    std::optional<QPointF> referredTo;

    bool operator==(const PainMark&) const = default;
};

} // namespace painpace
