#include "sampleentries.h"

namespace painpace::testing {

DiaryMoment momentOn(const QDate& day, int hour, int minute, int offsetMinutes) {
    const QDateTime local(day, QTime(hour, minute), Qt::OffsetFromUTC, offsetMinutes * 60);
    return DiaryMoment::fromLocal(local);
}

CheckIn minimalCheckIn(int pain, const QDate& day, int hour) {
    CheckIn entry;
    entry.moment = momentOn(day, hour);
    entry.pain = pain;
    return entry;
}

CheckIn completeCheckIn(const QDate& day) {
    CheckIn entry = minimalCheckIn(6, day, 8);
    entry.morningStiffness = Minutes{45};
    entry.fatigue = 7;
    entry.stress = 4;
    entry.mood = 5;
    entry.sleep = Minutes{390};
    entry.sleepQuality = 3;
    entry.fibroFog = 2;
    entry.flare = true;
    entry.note = QStringLiteral("Woke with a knot under the right shoulder blade.");
    PainMark mark;
    mark.view = BodyView::Back;
    mark.point = QPointF(0.60, 0.17);
    mark.regionCode = QStringLiteral("back.trapezius.right");
    mark.intensity = 7;
    mark.quality = PainQuality::Tight;
    mark.triggerPoint = true;
    mark.referredTo = QPointF(0.54, 0.05);
    entry.marks = {mark};
    entry.spasms = {{SpasmKind::Spasm, QStringLiteral("back.lumbar.left"), 3, Seconds{40}, 6,
                     SpasmContext::Sleep},
                    {SpasmKind::Twitch, QStringLiteral("back.calf.right"), 5, Seconds{2}, 1,
                     SpasmContext::Rest}};
    entry.triggers = {{QStringLiteral("poor_sleep"), TriggerLevel::ALot},
                      {QStringLiteral("cold_damp_weather"), TriggerLevel::ALittle}};
    entry.therapies = {
        {QStringLiteral("heating_pad"), std::nullopt, QString(), Minutes{20},
         QDateTime(day, QTime(7, 30), Qt::UTC)},
        {QStringLiteral("magnesium"), 300.0, QStringLiteral("mg"), std::nullopt, std::nullopt}};
    entry.redFlags = {RedFlag::SevereNightPain};
    return entry;
}

} // namespace painpace::testing
