#include "bodyregioncatalogue.h"

#include <QCoreApplication>

namespace painpace {

namespace {

struct PairedRegion {
    const char* key;
    const char* name;
    std::optional<WpiArea> left;
    std::optional<WpiArea> right;
};

struct MidlineRegion {
    const char* key;
    const char* name;
    std::optional<WpiArea> area;
};

// Back view, one row per left/right pair, top to bottom.
const PairedRegion kBackPairs[] = {
    {"neck", QT_TRANSLATE_NOOP("BodyRegion", "neck"), WpiArea::Neck, WpiArea::Neck},
    {"trapezius", QT_TRANSLATE_NOOP("BodyRegion", "upper trapezius"), WpiArea::LeftShoulderGirdle,
     WpiArea::RightShoulderGirdle},
    {"shoulder", QT_TRANSLATE_NOOP("BodyRegion", "back of shoulder"), WpiArea::LeftShoulderGirdle,
     WpiArea::RightShoulderGirdle},
    {"scapula", QT_TRANSLATE_NOOP("BodyRegion", "shoulder blade"), WpiArea::UpperBack,
     WpiArea::UpperBack},
    {"upper", QT_TRANSLATE_NOOP("BodyRegion", "upper back beside the spine"), WpiArea::UpperBack,
     WpiArea::UpperBack},
    {"mid", QT_TRANSLATE_NOOP("BodyRegion", "mid back beside the spine"), WpiArea::UpperBack,
     WpiArea::UpperBack},
    {"lumbar", QT_TRANSLATE_NOOP("BodyRegion", "lower back (lumbar)"), WpiArea::LowerBack,
     WpiArea::LowerBack},
    {"sacroiliac", QT_TRANSLATE_NOOP("BodyRegion", "sacroiliac joint"), WpiArea::LowerBack,
     WpiArea::LowerBack},
    {"buttock", QT_TRANSLATE_NOOP("BodyRegion", "buttock"), WpiArea::LeftHip, WpiArea::RightHip},
    {"hip", QT_TRANSLATE_NOOP("BodyRegion", "side of hip"), WpiArea::LeftHip, WpiArea::RightHip},
    {"upperarm", QT_TRANSLATE_NOOP("BodyRegion", "back of upper arm"), WpiArea::LeftUpperArm,
     WpiArea::RightUpperArm},
    {"lowerarm", QT_TRANSLATE_NOOP("BodyRegion", "back of forearm"), WpiArea::LeftLowerArm,
     WpiArea::RightLowerArm},
    {"thigh", QT_TRANSLATE_NOOP("BodyRegion", "back of thigh"), WpiArea::LeftUpperLeg,
     WpiArea::RightUpperLeg},
    {"calf", QT_TRANSLATE_NOOP("BodyRegion", "calf"), WpiArea::LeftLowerLeg,
     WpiArea::RightLowerLeg},
};

const MidlineRegion kBackMidline[] = {
    {"head", QT_TRANSLATE_NOOP("BodyRegion", "back of the head"), std::nullopt},
    {"spine.cervical", QT_TRANSLATE_NOOP("BodyRegion", "neck spine"), WpiArea::Neck},
    {"spine.thoracic", QT_TRANSLATE_NOOP("BodyRegion", "upper and mid spine"), WpiArea::UpperBack},
    {"spine.lumbar", QT_TRANSLATE_NOOP("BodyRegion", "lower spine"), WpiArea::LowerBack},
};

// Front view: the regions the back cannot show, so the WPI can be complete.
const PairedRegion kFrontPairs[] = {
    {"jaw", QT_TRANSLATE_NOOP("BodyRegion", "jaw"), WpiArea::LeftJaw, WpiArea::RightJaw},
    {"shoulder", QT_TRANSLATE_NOOP("BodyRegion", "front of shoulder"), WpiArea::LeftShoulderGirdle,
     WpiArea::RightShoulderGirdle},
    {"chest", QT_TRANSLATE_NOOP("BodyRegion", "chest"), WpiArea::Chest, WpiArea::Chest},
    {"abdomen", QT_TRANSLATE_NOOP("BodyRegion", "abdomen"), WpiArea::Abdomen, WpiArea::Abdomen},
    {"upperarm", QT_TRANSLATE_NOOP("BodyRegion", "front of upper arm"), WpiArea::LeftUpperArm,
     WpiArea::RightUpperArm},
    {"lowerarm", QT_TRANSLATE_NOOP("BodyRegion", "front of forearm"), WpiArea::LeftLowerArm,
     WpiArea::RightLowerArm},
    {"thigh", QT_TRANSLATE_NOOP("BodyRegion", "front of thigh"), WpiArea::LeftUpperLeg,
     WpiArea::RightUpperLeg},
    {"shin", QT_TRANSLATE_NOOP("BodyRegion", "shin"), WpiArea::LeftLowerLeg,
     WpiArea::RightLowerLeg},
};

const MidlineRegion kFrontMidline[] = {
    {"head", QT_TRANSLATE_NOOP("BodyRegion", "head and face"), std::nullopt},
    {"throat", QT_TRANSLATE_NOOP("BodyRegion", "front of neck"), WpiArea::Neck},
};

QString translated(const char* text) {
    return QCoreApplication::translate("BodyRegion", text);
}

template <std::size_t N>
void appendPairs(QList<BodyRegion>& regions, BodyView view, const char* prefix,
                 const PairedRegion (&pairs)[N]) {
    for (const auto& pair : pairs) {
        const QString base = QLatin1String(prefix) + QLatin1String(pair.key);
        regions.append(
            {base + QStringLiteral(".left"), translated("your left %1").arg(translated(pair.name)),
             translated("left %1").arg(translated(pair.name)), view, BodySide::Left, pair.left});
        regions.append({base + QStringLiteral(".right"),
                        translated("your right %1").arg(translated(pair.name)),
                        translated("right %1").arg(translated(pair.name)), view, BodySide::Right,
                        pair.right});
    }
}

template <std::size_t N>
void appendMidline(QList<BodyRegion>& regions, BodyView view, const char* prefix,
                   const MidlineRegion (&midline)[N]) {
    for (const auto& region : midline) {
        const QString plain = translated(region.name);
        QString name = plain;
        name[0] = name[0].toUpper();
        regions.append({QLatin1String(prefix) + QLatin1String(region.key), name, plain, view,
                        BodySide::Midline, region.area});
    }
}

QList<BodyRegion> buildCatalogue() {
    QList<BodyRegion> regions;
    appendMidline(regions, BodyView::Back, "back.", kBackMidline);
    appendPairs(regions, BodyView::Back, "back.", kBackPairs);
    appendMidline(regions, BodyView::Front, "front.", kFrontMidline);
    appendPairs(regions, BodyView::Front, "front.", kFrontPairs);
    for (auto& region : regions) {
        if (region.side != BodySide::Midline)
            region.name[0] = region.name[0].toUpper();
    }
    return regions;
}

} // namespace

const QList<BodyRegion>& bodyRegions() {
    static const QList<BodyRegion> catalogue = buildCatalogue();
    return catalogue;
}

const BodyRegion* findBodyRegion(const QString& code) {
    for (const auto& region : bodyRegions()) {
        if (region.code == code)
            return &region;
    }
    return nullptr;
}

QString bodyRegionName(const QString& code) {
    const BodyRegion* region = findBodyRegion(code);
    return region ? region->name : code;
}

QString bodyRegionPlainName(const QString& code) {
    const BodyRegion* region = findBodyRegion(code);
    return region ? region->plainName : code;
}

} // namespace painpace
