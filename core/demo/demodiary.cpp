#include "demodiary.h"

#include <QTime>

#include <algorithm>
#include <cmath>
#include <numbers>

#include "bodymap/bodymapgeometry.h"
#include "demorandom.h"

namespace painpace {

namespace {

struct RegionWeight {
    const char* code;
    double weight; // how often this region hurts in the demo
};

// Trapezius and lumbar dominate, as they do for people with fibromyalgia and back pain.
const RegionWeight kBackSpots[] = {
    {"back.lumbar.left", 5.0},     {"back.lumbar.right", 4.5},     {"back.trapezius.left", 4.0},
    {"back.trapezius.right", 4.5}, {"back.neck.left", 2.0},        {"back.neck.right", 2.0},
    {"back.sacroiliac.left", 1.5}, {"back.sacroiliac.right", 1.5}, {"back.scapula.left", 1.2},
    {"back.scapula.right", 1.2},   {"back.mid.left", 1.0},         {"back.mid.right", 1.0},
    {"back.hip.left", 0.8},        {"back.hip.right", 0.8},        {"back.buttock.left", 0.6},
    {"back.buttock.right", 0.6},   {"back.thigh.left", 0.4},       {"back.calf.right", 0.4},
    {"back.upperarm.left", 0.3},   {"back.shoulder.right", 0.6},
};

// Spasms cluster where the person's muscles guard most.
const char* const kSpasmRegions[] = {
    "back.lumbar.left", "back.lumbar.right",    "back.trapezius.left", "back.trapezius.right",
    "back.lumbar.left", "back.trapezius.right", "back.neck.right",     "back.calf.left",
};

const char* const kNotes[] = {
    "Long day at the desk, shoulders tight by the afternoon.",
    "Slept badly, woke at 3 with a cramp in the lower back.",
    "Gentle walk by the river, felt a bit better after.",
    "Cold and damp today, everything aches.",
    "Did too much gardening yesterday.",
    "Good day! Managed the shopping without a rest.",
    "Foggy all morning, forgot an appointment.",
    "Heat pad helped the lower back.",
};

constexpr double kTwoPi = 2.0 * std::numbers::pi;

int clampScore(double value, int max = 10) {
    return std::clamp(static_cast<int>(std::lround(value)), 0, max);
}

class DemoDiaryWriter {
public:
    explicit DemoDiaryWriter(const DemoOptions& options)
        : m_random(options.seed)
        , m_options(options) {}

    QList<CheckIn> write() {
        const QDate first = m_options.lastDay.addYears(-std::max(1, m_options.years)).addDays(1);
        for (QDate day = first; day <= m_options.lastDay; day = day.addDays(1))
            writeDay(day);
        return std::move(m_entries);
    }

private:
    double seasonal(const QDate& day) const {
        // Worst in mid-January, best in mid-July.
        return 0.8 * std::cos(kTwoPi * (day.dayOfYear() - 15) / 365.25);
    }

    double weekly(const QDate& day) const {
        switch (day.dayOfWeek()) {
        case Qt::Monday:
            return 0.4;
        case Qt::Saturday:
        case Qt::Sunday:
            return -0.4;
        default:
            return 0.0;
        }
    }

    bool skipDay() {
        if (m_gapDaysLeft > 0) {
            --m_gapDaysLeft;
            return true;
        }
        if (m_random.chance(0.008)) { // now and then a holiday or a bad spell without logging
            m_gapDaysLeft = m_random.between(2, 6);
            return true;
        }
        return m_random.chance(0.07);
    }

    void writeDay(const QDate& day) {
        const double sleepQuality = std::clamp(m_random.normal(5.5, 1.8), 0.0, 10.0);
        const bool overexerted = m_flareDaysLeft == 0 && m_random.chance(0.05);
        if (m_flareDaysLeft > 0)
            --m_flareDaysLeft;
        if (m_flareCountdown > 0 && --m_flareCountdown == 0)
            m_flareDaysLeft = m_random.between(2, 4);
        if (overexerted)
            m_flareCountdown = m_random.between(1, 2); // the bust follows the boom

        const bool flare = m_flareDaysLeft > 0;
        // `sleepQuality` is last night's, recorded in this morning's entry: poor sleep raises the
        // pain of the day after it (domain.md).
        const double sleepEffect = 0.3 * (5.5 - sleepQuality);
        const double pain = 4.3 + seasonal(day) + weekly(day) + sleepEffect + (flare ? 2.6 : 0.0) +
                            m_random.normal(0.0, 0.9);
        if (skipDay())
            return;

        m_entries.append(morningCheckIn(day, pain, sleepQuality, flare, overexerted));
        if (m_random.chance(0.45))
            m_entries.append(eveningCheckIn(day, pain + m_random.normal(0.4, 0.7), flare));
    }

    DiaryMoment momentAt(const QDate& day, int hour, int minute) {
        return DiaryMoment::fromLocal(QDateTime(day, QTime(hour, minute)));
    }

    CheckIn morningCheckIn(const QDate& day, double pain, double sleepQuality, bool flare,
                           bool overexerted) {
        CheckIn entry;
        entry.moment = momentAt(day, m_random.between(7, 9), m_random.between(0, 59));
        entry.pain = clampScore(pain);
        entry.morningStiffness =
            Minutes{std::clamp(static_cast<int>(10 + 6 * pain + m_random.normal(0, 8)), 0, 180)};
        entry.sleep = Minutes{
            std::clamp(static_cast<int>(m_random.normal(330 + 25 * sleepQuality, 35)), 120, 600)};
        entry.sleepQuality = clampScore(sleepQuality);
        entry.fatigue =
            clampScore(pain * 0.7 + (6 - sleepQuality) * 0.4 + m_random.normal(1.5, 1.0));
        entry.stress = clampScore(m_random.normal(4.0, 2.0));
        entry.mood = clampScore(8.0 - pain * 0.5 + m_random.normal(0, 1.2));
        entry.fibroFog = clampScore((pain + (6 - sleepQuality)) / 4.0 + m_random.normal(0, 0.5), 3);
        entry.flare = flare;
        addMarks(entry, pain);
        addSpasms(entry, pain, true);
        addTriggers(entry, day, sleepQuality, overexerted);
        addMorningTherapies(entry, day, pain);
        if (m_random.chance(0.12))
            entry.note = QString::fromUtf8(kNotes[m_random.between(0, std::size(kNotes) - 1)]);
        return entry;
    }

    CheckIn eveningCheckIn(const QDate& day, double pain, bool flare) {
        CheckIn entry;
        entry.moment = momentAt(day, m_random.between(19, 22), m_random.between(0, 59));
        entry.pain = clampScore(pain);
        entry.fatigue = clampScore(pain * 0.8 + m_random.normal(1.5, 1.0));
        entry.flare = flare;
        addMarks(entry, pain);
        addSpasms(entry, pain, false);
        if (m_random.chance(0.6))
            entry.therapies.append({QStringLiteral("magnesium"), 300.0, QStringLiteral("mg"),
                                    std::nullopt, entry.moment.utc});
        if (pain >= 5 && m_random.chance(0.5))
            entry.therapies.append({QStringLiteral("warm_bath"), std::nullopt, QString(),
                                    Minutes{20}, entry.moment.utc.addSecs(-3600)});
        return entry;
    }

    const RegionWeight& pickSpot() {
        double total = 0;
        for (const auto& spot : kBackSpots)
            total += spot.weight;
        double roll = m_random.uniform(0, total);
        for (const auto& spot : kBackSpots) {
            roll -= spot.weight;
            if (roll <= 0)
                return spot;
        }
        return kBackSpots[0];
    }

    // A point near the middle of the region, as a person would click it.
    QPointF pointIn(const QString& code) {
        const auto& geometry = BodyMapGeometry::forView(BodyView::Back);
        const QPointF anchor = geometry.shapeOf(code)->anchor;
        for (int attempt = 0; attempt < 4; ++attempt) {
            const QPointF point =
                anchor + QPointF(m_random.uniform(-0.012, 0.012), m_random.uniform(-0.008, 0.008));
            if (geometry.regionAt(point) == code)
                return point;
        }
        return anchor;
    }

    void addMarks(CheckIn& entry, double pain) {
        const int count = std::clamp(static_cast<int>(pain / 2.5) + m_random.between(0, 1), 1, 5);
        for (int i = 0; i < count; ++i) {
            const RegionWeight& spot = pickSpot();
            const QString code = QString::fromLatin1(spot.code);
            const bool taken = std::any_of(entry.marks.begin(), entry.marks.end(),
                                           [&](const PainMark& m) { return m.regionCode == code; });
            if (taken)
                continue;
            PainMark mark;
            mark.point = pointIn(code);
            mark.regionCode = code;
            mark.intensity = clampScore(pain + m_random.normal(0, 1.0));
            mark.quality = static_cast<PainQuality>(m_random.between(0, 9));
            mark.triggerPoint = code.contains(QLatin1String("trapezius")) && m_random.chance(0.3);
            if (mark.triggerPoint) // a trapezius knot often refers pain up into the head
                mark.referredTo = pointIn(QStringLiteral("back.head"));
            entry.marks.append(mark);
        }
    }

    void addSpasms(CheckIn& entry, double pain, bool includesNight) {
        if (!m_random.chance(0.15 + 0.04 * pain))
            return;
        SpasmEvent spasm;
        spasm.regionCode =
            QString::fromLatin1(kSpasmRegions[m_random.between(0, std::size(kSpasmRegions) - 1)]);
        spasm.count = m_random.between(1, 3 + static_cast<int>(pain / 3));
        spasm.duration = Seconds{m_random.between(10, 150)};
        spasm.intensity = clampScore(pain + m_random.normal(1.0, 1.0));
        spasm.context = includesNight && m_random.chance(0.4)
                            ? SpasmContext::Sleep
                            : (m_random.chance(0.5) ? SpasmContext::Rest : SpasmContext::Activity);
        entry.spasms.append(spasm);
        if (m_random.chance(0.15))
            entry.spasms.append({SpasmKind::Twitch, QStringLiteral("back.calf.right"),
                                 m_random.between(2, 8), Seconds{2}, 2, SpasmContext::Rest});
    }

    void rate(CheckIn& entry, const char* code, bool aLot) {
        entry.triggers.append(
            {QString::fromLatin1(code), aLot ? TriggerLevel::ALot : TriggerLevel::ALittle});
    }

    void addTriggers(CheckIn& entry, const QDate& day, double sleepQuality, bool overexerted) {
        if (overexerted)
            rate(entry, "overexertion", true);
        if (sleepQuality < 4.0)
            rate(entry, "poor_sleep", sleepQuality < 2.5);
        if (entry.stress.value_or(0) >= 6)
            rate(entry, "stress", *entry.stress >= 8);
        const bool winter = std::cos(kTwoPi * (day.dayOfYear() - 15) / 365.25) > 0.3;
        if (winter && m_random.chance(0.4))
            rate(entry, "cold_damp_weather", m_random.chance(0.4));
        if (day.dayOfWeek() <= Qt::Friday && m_random.chance(0.35))
            rate(entry, "long_sitting", m_random.chance(0.3));
    }

    void addMorningTherapies(CheckIn& entry, const QDate& day, double pain) {
        // The demo person started duloxetine in their second month of keeping the diary.
        if (day >= m_options.lastDay.addYears(-m_options.years).addMonths(2))
            entry.therapies.append({QStringLiteral("duloxetine"), 60.0, QStringLiteral("mg"),
                                    std::nullopt, entry.moment.utc});
        if (pain >= 4.5 && m_random.chance(0.55))
            entry.therapies.append({QStringLiteral("heating_pad"), std::nullopt, QString(),
                                    Minutes{m_random.between(15, 20)}, std::nullopt});
        if (m_random.chance(0.5))
            entry.therapies.append({QStringLiteral("stretching"), std::nullopt, QString(),
                                    Minutes{m_random.between(5, 15)}, std::nullopt});
        if (m_random.chance(0.4))
            entry.therapies.append({QStringLiteral("walking"), std::nullopt, QString(),
                                    Minutes{m_random.between(10, 30)}, std::nullopt});
    }

    DemoRandom m_random;
    DemoOptions m_options;
    QList<CheckIn> m_entries;
    int m_gapDaysLeft = 0;
    int m_flareDaysLeft = 0;
    int m_flareCountdown = 0;
};

} // namespace

QList<CheckIn> generateDemoDiary(const DemoOptions& options) {
    return DemoDiaryWriter(options).write();
}

} // namespace painpace
