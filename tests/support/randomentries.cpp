#include "randomentries.h"

#include "bodymap/bodymapgeometry.h"
#include "bodymap/bodyregioncatalogue.h"
#include "diary/builtincatalogue.h"
#include "diary/checkinvalidator.h"

namespace painpace::testing {

int RandomEntries::pick(int low, int high) {
    return std::uniform_int_distribution<int>(low, high)(m_random);
}

int RandomEntries::edge(int low, int high) {
    const int roll = pick(0, 9);
    return roll == 0 ? low : roll == 1 ? high : pick(low, high);
}

CheckIn RandomEntries::next() {
    for (;;) {
        CheckIn entry;
        entry.uuid = QUuid::createUuid();
        entry.moment = moment();
        entry.pain = edge(0, 10);
        if (chance(60))
            entry.morningStiffness = minutes();
        entry.fatigue = score(10);
        entry.stress = score(10);
        entry.mood = score(10);
        if (chance(60))
            entry.sleep = minutes();
        entry.sleepQuality = score(10);
        entry.fibroFog = score(3);
        entry.flare = chance(20);
        entry.note = note();
        entry.marks = marks();
        entry.spasms = spasms();
        entry.triggers = triggers();
        entry.therapies = therapies(entry.moment);
        entry.redFlags = redFlags();
        sortUnorderedLists(entry);
        if (validateCheckIn(entry).isEmpty())
            return entry;
    }
}

DiaryMoment RandomEntries::moment() {
    // In the past, to the second, anywhere from UTC-14 to UTC+14.
    const QDate day = QDate(2000, 1, 1).addDays(pick(0, 9000));
    const QTime time(edge(0, 23), edge(0, 59), edge(0, 59));
    const int offset = chance(10) ? (chance(50) ? -14 * 60 : 14 * 60) : 15 * pick(-48, 48);
    return DiaryMoment::fromLocal(QDateTime(day, time, Qt::OffsetFromUTC, offset * 60));
}

std::optional<int> RandomEntries::score(int max) {
    if (chance(40))
        return std::nullopt;
    return edge(0, max);
}

std::optional<Minutes> RandomEntries::minutes() {
    return Minutes{edge(0, limits::kMinutesPerDay)};
}

QString RandomEntries::note() {
    switch (pick(0, 5)) {
    case 0:
        return {};
    case 1:
        // The longest note there may be.
        return QString(limits::kMaxNoteLength, QLatin1Char('a' + pick(0, 25)));
    case 2:
        // As an import or another app may have written it: spaces and lines around the words.
        return QStringLiteral("  Stiff after the drive.\n\n  Better by noon.  \n");
    case 3:
        return QStringLiteral("Rücken \u2013 Krämpfe nachts, \u00e9paule droite \U0001F62B");
    default:
        return QStringLiteral("Note %1: walked %2 minutes").arg(pick(1, 9999)).arg(pick(0, 90));
    }
}

QList<PainMark> RandomEntries::marks() {
    QList<PainMark> marks;
    const int count = chance(50) ? 0 : pick(1, 4);
    while (marks.size() < count) {
        PainMark mark;
        mark.view = chance(70) ? BodyView::Back : BodyView::Front;
        mark.point = QPointF(pick(0, 100000) / 100000.0, pick(0, 100000) / 100000.0);
        mark.regionCode = BodyMapGeometry::forView(mark.view).regionAt(mark.point);
        if (mark.regionCode.isEmpty())
            continue; // off the figure: draw again
        mark.intensity = edge(0, 10);
        mark.quality = static_cast<PainQuality>(pick(0, int(kPainQualityCodes.size()) - 1));
        mark.triggerPoint = chance(30);
        if (chance(20))
            mark.referredTo = QPointF(pick(0, 1000) / 1000.0, pick(0, 1000) / 1000.0);
        marks.append(mark);
    }
    return marks;
}

QList<SpasmEvent> RandomEntries::spasms() {
    QList<SpasmEvent> spasms;
    const QList<BodyRegion>& regions = bodyRegions();
    const int count = chance(60) ? 0 : pick(1, 3);
    for (int i = 0; i < count; ++i) {
        SpasmEvent spasm;
        spasm.kind = chance(70) ? SpasmKind::Spasm : SpasmKind::Twitch;
        spasm.regionCode = regions[pick(0, int(regions.size()) - 1)].code;
        spasm.count = edge(1, limits::kMaxSpasmCount);
        // Whole minutes now and then, as the form shows long spasms in minutes.
        spasm.duration =
            Seconds{chance(30) ? 60 * edge(2, 24 * 60) : edge(0, limits::kSecondsPerDay)};
        spasm.intensity = edge(0, 10);
        spasm.context = static_cast<SpasmContext>(pick(0, 2));
        spasms.append(spasm);
    }
    return spasms;
}

QList<TriggerRating> RandomEntries::triggers() {
    QList<TriggerRating> ratings;
    for (const TriggerDefinition& trigger : builtInTriggers()) {
        if (chance(15))
            ratings.append({trigger.code, chance(50) ? TriggerLevel::ALittle : TriggerLevel::ALot});
    }
    return ratings;
}

std::optional<double> RandomEntries::dose() {
    switch (pick(0, 5)) {
    case 0:
        return std::nullopt;
    case 1:
        return 0.0;
    case 2:
        return limits::kMaxDose;
    case 3:
        return 0.0625; // more decimals than the dose field shows
    case 4:
        return pick(1, 999999) / 7.0;
    default:
        return double(pick(1, 1200));
    }
}

QList<TherapyUse> RandomEntries::therapies(const DiaryMoment& moment) {
    QList<TherapyUse> uses;
    const QList<TherapyDefinition>& catalogue = builtInTherapies();
    for (const TherapyDefinition& therapy : catalogue) {
        if (!chance(8))
            continue;
        TherapyUse use;
        use.therapyCode = therapy.code;
        use.dose = dose();
        // The longest unit there may be, and one with spaces around it as an import may bring.
        if (use.dose || chance(30))
            use.unit = chance(10)   ? QString(limits::kMaxUnitLength, QLatin1Char('u'))
                       : chance(10) ? QStringLiteral(" mg ")
                                    : QStringLiteral("mg");
        if (chance(50))
            use.duration = minutes();
        // Taken up to a day before the check-in or an hour after it, to the second.
        if (chance(50))
            use.takenAtUtc = moment.utc.addSecs(-edge(-3600, 24 * 3600));
        uses.append(use);
    }
    return uses;
}

QList<RedFlag> RandomEntries::redFlags() {
    QList<RedFlag> flags;
    for (const RedFlagInfo& info : redFlagCatalogue()) {
        if (chance(5))
            flags.append(info.flag);
    }
    return flags;
}

} // namespace painpace::testing
