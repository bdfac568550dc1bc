#include <QSet>

#include <gtest/gtest.h>

#include "diary/redflag.h"

using namespace painpace;

TEST(RedFlags, CaudaEquinaSignsNeedTheEmergencyDepartment) {
    for (RedFlag flag : {RedFlag::SaddleNumbness, RedFlag::BladderChange, RedFlag::BowelControlLoss,
                         RedFlag::NewSexualDysfunction, RedFlag::LegWeakness}) {
        EXPECT_EQ(careUrgency({flag}), CareUrgency::Emergency) << redFlagCode(flag).toStdString();
    }
}

TEST(RedFlags, OtherSignsNeedADoctorSoon) {
    EXPECT_EQ(careUrgency({RedFlag::FeverOrChills}), CareUrgency::UrgentDoctor);
    EXPECT_EQ(careUrgency({RedFlag::AfterFallOrInjury, RedFlag::SevereNightPain}),
              CareUrgency::UrgentDoctor);
}

TEST(RedFlags, TheHighestUrgencyWinsAndNoFlagsMeansNoAlarm) {
    EXPECT_EQ(careUrgency({}), CareUrgency::None);
    EXPECT_TRUE(careAdvice(CareUrgency::None).isEmpty());
    EXPECT_EQ(careUrgency({RedFlag::CancerHistory, RedFlag::SaddleNumbness}),
              CareUrgency::Emergency);
    EXPECT_TRUE(careAdvice(CareUrgency::Emergency).contains(QStringLiteral("emergency")));
}

TEST(RedFlags, CodesAreUniqueAndRoundTrip) {
    QSet<QString> codes;
    for (const auto& info : redFlagCatalogue()) {
        codes.insert(QString::fromLatin1(info.code));
        EXPECT_EQ(redFlagFromCode(QString::fromLatin1(info.code)), info.flag);
    }
    EXPECT_EQ(codes.size(), 12);
    EXPECT_FALSE(redFlagFromCode(QStringLiteral("headache")));
}
