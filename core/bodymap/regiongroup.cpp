#include "regiongroup.h"

#include <QCoreApplication>

#include "bodyregioncatalogue.h"

namespace painpace {

const std::array<RegionGroup, kRegionGroupCount>& allRegionGroups() {
    static const std::array<RegionGroup, kRegionGroupCount> groups{RegionGroup::NeckAndShoulders,
                                                                   RegionGroup::UpperBack,
                                                                   RegionGroup::LowerBack,
                                                                   RegionGroup::HipsAndButtocks,
                                                                   RegionGroup::Arms,
                                                                   RegionGroup::Legs,
                                                                   RegionGroup::Other};
    return groups;
}

RegionGroup regionGroupOf(const QString& regionCode) {
    const BodyRegion* region = findBodyRegion(regionCode);
    if (!region || !region->wpiArea)
        return RegionGroup::Other;
    switch (*region->wpiArea) {
    case WpiArea::Neck:
    case WpiArea::LeftShoulderGirdle:
    case WpiArea::RightShoulderGirdle:
        return RegionGroup::NeckAndShoulders;
    case WpiArea::UpperBack:
        return RegionGroup::UpperBack;
    case WpiArea::LowerBack:
        return RegionGroup::LowerBack;
    case WpiArea::LeftHip:
    case WpiArea::RightHip:
        return RegionGroup::HipsAndButtocks;
    case WpiArea::LeftUpperArm:
    case WpiArea::LeftLowerArm:
    case WpiArea::RightUpperArm:
    case WpiArea::RightLowerArm:
        return RegionGroup::Arms;
    case WpiArea::LeftUpperLeg:
    case WpiArea::LeftLowerLeg:
    case WpiArea::RightUpperLeg:
    case WpiArea::RightLowerLeg:
        return RegionGroup::Legs;
    case WpiArea::LeftJaw:
    case WpiArea::RightJaw:
    case WpiArea::Chest:
    case WpiArea::Abdomen:
        break;
    }
    return RegionGroup::Other;
}

QString regionGroupName(RegionGroup group) {
    switch (group) {
    case RegionGroup::NeckAndShoulders:
        return QCoreApplication::translate("RegionGroup", "Neck and shoulders");
    case RegionGroup::UpperBack:
        return QCoreApplication::translate("RegionGroup", "Upper back");
    case RegionGroup::LowerBack:
        return QCoreApplication::translate("RegionGroup", "Lower back");
    case RegionGroup::HipsAndButtocks:
        return QCoreApplication::translate("RegionGroup", "Hips and buttocks");
    case RegionGroup::Arms:
        return QCoreApplication::translate("RegionGroup", "Arms");
    case RegionGroup::Legs:
        return QCoreApplication::translate("RegionGroup", "Legs");
    case RegionGroup::Other:
        break;
    }
    return QCoreApplication::translate("RegionGroup", "Head, jaw, chest and belly");
}

} // namespace painpace
