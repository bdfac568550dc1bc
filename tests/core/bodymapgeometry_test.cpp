#include <QSet>

#include <gtest/gtest.h>

#include "bodymap/bodymapgeometry.h"
#include "bodymap/bodyregioncatalogue.h"
#include "support/qtprinters.h"

using namespace painpace;

namespace {

const BodyMapGeometry& back() {
    return BodyMapGeometry::forView(BodyView::Back);
}
const BodyMapGeometry& front() {
    return BodyMapGeometry::forView(BodyView::Front);
}

} // namespace

TEST(BodyMapGeometry, EveryCatalogueRegionHasAShapeOnItsOwnViewAndNoOther) {
    for (const BodyRegion& region : bodyRegions()) {
        const BodyMapGeometry& own = BodyMapGeometry::forView(region.view);
        const BodyMapGeometry& other = BodyMapGeometry::forView(
            region.view == BodyView::Back ? BodyView::Front : BodyView::Back);
        EXPECT_NE(own.shapeOf(region.code), nullptr) << region.code.toStdString();
        EXPECT_EQ(other.shapeOf(region.code), nullptr) << region.code.toStdString();
    }
    EXPECT_EQ(back().regions().size() + front().regions().size(), bodyRegions().size());
}

TEST(BodyMapGeometry, APointWellInsideEachRegionResolvesToIt) {
    for (const BodyMapGeometry* geometry : {&back(), &front()}) {
        for (const auto& shape : geometry->regions()) {
            EXPECT_FALSE(shape.path.isEmpty()) << shape.code.toStdString();
            EXPECT_EQ(geometry->regionAt(shape.anchor), shape.code) << shape.code.toStdString();
            // "Well inside": a small step in every direction stays in the region.
            for (const QPointF step :
                 {QPointF(0.004, 0), QPointF(-0.004, 0), QPointF(0, 0.002), QPointF(0, -0.002)}) {
                EXPECT_EQ(geometry->regionAt(shape.anchor + step), shape.code)
                    << shape.code.toStdString();
            }
        }
    }
}

TEST(BodyMapGeometry, TheBackgroundAndPointsOffTheFigureResolveToNothing) {
    for (const BodyMapGeometry* geometry : {&back(), &front()}) {
        for (const QPointF point : {QPointF(0.02, 0.02), QPointF(0.98, 0.5), QPointF(0.5, 0.99),
                                    QPointF(0.5, 0.75), // between the legs
                                    QPointF(0.2, 0.15), // beside the head
                                    QPointF(-0.1, 0.5), QPointF(1.5, 1.5)}) {
            EXPECT_TRUE(geometry->regionAt(point).isEmpty()) << point.x() << "," << point.y();
        }
    }
}

TEST(BodyMapGeometry, OnTheBackThePersonsLeftIsOnTheScreensLeft) {
    for (const auto& shape : back().regions()) {
        if (shape.code.endsWith(QLatin1String(".left"))) {
            EXPECT_LT(shape.anchor.x(), 0.5) << shape.code.toStdString();
        }
        if (shape.code.endsWith(QLatin1String(".right"))) {
            EXPECT_GT(shape.anchor.x(), 0.5) << shape.code.toStdString();
        }
    }
    EXPECT_EQ(back().regionAt(QPointF(0.42, 0.41)), QStringLiteral("back.lumbar.left"));
    EXPECT_EQ(back().regionAt(QPointF(0.58, 0.41)), QStringLiteral("back.lumbar.right"));
}

TEST(BodyMapGeometry, OnTheFrontThePersonsLeftIsOnTheScreensRight) {
    for (const auto& shape : front().regions()) {
        if (shape.code.endsWith(QLatin1String(".left"))) {
            EXPECT_GT(shape.anchor.x(), 0.5) << shape.code.toStdString();
        }
        if (shape.code.endsWith(QLatin1String(".right"))) {
            EXPECT_LT(shape.anchor.x(), 0.5) << shape.code.toStdString();
        }
    }
    EXPECT_EQ(front().regionAt(QPointF(0.40, 0.24)), QStringLiteral("front.chest.right"));
}

TEST(BodyMapGeometry, RegionsTileTheFigureWithoutOverlaps) {
    // Sample the figure on a fine grid: every point on the figure lies in exactly one region.
    for (const BodyMapGeometry* geometry : {&back(), &front()}) {
        int onFigure = 0;
        for (int i = 1; i < 100; ++i) {
            for (int j = 1; j < 200; ++j) {
                const QPointF p(i / 100.0 + 0.0013, j / 200.0 + 0.0007);
                if (!geometry->silhouette().contains(p))
                    continue;
                ++onFigure;
                int owners = 0;
                for (const auto& shape : geometry->regions())
                    owners += shape.path.contains(p) ? 1 : 0;
                EXPECT_EQ(owners, 1) << p.x() << "," << p.y();
            }
        }
        EXPECT_GT(onFigure, 2000);
    }
}

TEST(BodyMapGeometry, ClassicPainPointsLandInTheirRegions) {
    EXPECT_EQ(back().regionAt(QPointF(0.40, 0.175)), QStringLiteral("back.trapezius.left"));
    EXPECT_EQ(back().regionAt(QPointF(0.50, 0.25)), QStringLiteral("back.spine.thoracic"));
    EXPECT_EQ(back().regionAt(QPointF(0.45, 0.48)), QStringLiteral("back.sacroiliac.left"));
    EXPECT_EQ(back().regionAt(QPointF(0.60, 0.80)), QStringLiteral("back.calf.right"));
    EXPECT_EQ(back().regionAt(QPointF(0.50, 0.06)), QStringLiteral("back.head"));
}
