#include "wpiarea.h"

#include <QtGlobal>

namespace painpace {

WpiRegion wpiRegionOf(WpiArea area) {
    switch (area) {
    case WpiArea::LeftJaw:
    case WpiArea::LeftShoulderGirdle:
    case WpiArea::LeftUpperArm:
    case WpiArea::LeftLowerArm:
        return WpiRegion::LeftUpper;
    case WpiArea::RightJaw:
    case WpiArea::RightShoulderGirdle:
    case WpiArea::RightUpperArm:
    case WpiArea::RightLowerArm:
        return WpiRegion::RightUpper;
    case WpiArea::LeftHip:
    case WpiArea::LeftUpperLeg:
    case WpiArea::LeftLowerLeg:
        return WpiRegion::LeftLower;
    case WpiArea::RightHip:
    case WpiArea::RightUpperLeg:
    case WpiArea::RightLowerLeg:
        return WpiRegion::RightLower;
    case WpiArea::Neck:
    case WpiArea::UpperBack:
    case WpiArea::LowerBack:
    case WpiArea::Chest:
    case WpiArea::Abdomen:
        return WpiRegion::Axial;
    }
    Q_UNREACHABLE();
}

bool countsForGeneralizedPain(WpiArea area) {
    return area != WpiArea::LeftJaw && area != WpiArea::RightJaw && area != WpiArea::Chest &&
           area != WpiArea::Abdomen;
}

const char* wpiAreaName(WpiArea area) {
    switch (area) {
    case WpiArea::LeftJaw:
        return QT_TRANSLATE_NOOP("WpiArea", "Left jaw");
    case WpiArea::LeftShoulderGirdle:
        return QT_TRANSLATE_NOOP("WpiArea", "Left shoulder girdle");
    case WpiArea::LeftUpperArm:
        return QT_TRANSLATE_NOOP("WpiArea", "Left upper arm");
    case WpiArea::LeftLowerArm:
        return QT_TRANSLATE_NOOP("WpiArea", "Left lower arm");
    case WpiArea::RightJaw:
        return QT_TRANSLATE_NOOP("WpiArea", "Right jaw");
    case WpiArea::RightShoulderGirdle:
        return QT_TRANSLATE_NOOP("WpiArea", "Right shoulder girdle");
    case WpiArea::RightUpperArm:
        return QT_TRANSLATE_NOOP("WpiArea", "Right upper arm");
    case WpiArea::RightLowerArm:
        return QT_TRANSLATE_NOOP("WpiArea", "Right lower arm");
    case WpiArea::LeftHip:
        return QT_TRANSLATE_NOOP("WpiArea", "Left hip (buttock, trochanter)");
    case WpiArea::LeftUpperLeg:
        return QT_TRANSLATE_NOOP("WpiArea", "Left upper leg");
    case WpiArea::LeftLowerLeg:
        return QT_TRANSLATE_NOOP("WpiArea", "Left lower leg");
    case WpiArea::RightHip:
        return QT_TRANSLATE_NOOP("WpiArea", "Right hip (buttock, trochanter)");
    case WpiArea::RightUpperLeg:
        return QT_TRANSLATE_NOOP("WpiArea", "Right upper leg");
    case WpiArea::RightLowerLeg:
        return QT_TRANSLATE_NOOP("WpiArea", "Right lower leg");
    case WpiArea::Neck:
        return QT_TRANSLATE_NOOP("WpiArea", "Neck");
    case WpiArea::UpperBack:
        return QT_TRANSLATE_NOOP("WpiArea", "Upper back");
    case WpiArea::LowerBack:
        return QT_TRANSLATE_NOOP("WpiArea", "Lower back");
    case WpiArea::Chest:
        return QT_TRANSLATE_NOOP("WpiArea", "Chest");
    case WpiArea::Abdomen:
        return QT_TRANSLATE_NOOP("WpiArea", "Abdomen");
    }
    Q_UNREACHABLE();
}

const std::array<WpiArea, kWpiAreaCount>& allWpiAreas() {
    static const std::array<WpiArea, kWpiAreaCount> areas{
        WpiArea::LeftJaw,       WpiArea::LeftShoulderGirdle, WpiArea::LeftUpperArm,
        WpiArea::LeftLowerArm,  WpiArea::RightJaw,           WpiArea::RightShoulderGirdle,
        WpiArea::RightUpperArm, WpiArea::RightLowerArm,      WpiArea::LeftHip,
        WpiArea::LeftUpperLeg,  WpiArea::LeftLowerLeg,       WpiArea::RightHip,
        WpiArea::RightUpperLeg, WpiArea::RightLowerLeg,      WpiArea::Neck,
        WpiArea::UpperBack,     WpiArea::LowerBack,          WpiArea::Chest,
        WpiArea::Abdomen,
    };
    return areas;
}

} // namespace painpace
