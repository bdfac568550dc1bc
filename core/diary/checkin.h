#pragma once

#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

#include "diarymoment.h"
#include "painmark.h"
#include "redflag.h"
#include "spasmevent.h"
#include "therapyuse.h"
#include "triggerrating.h"
#include "units.h"

namespace painpace {

// One diary entry. Several per day are normal (morning, evening, any time). Only the moment and
// the overall pain are required; everything else is optional so logging can take seconds.
struct CheckIn {
    qint64 id = 0; // 0 until stored
    QUuid uuid;    // stable across export and import
    DiaryMoment moment;

    int pain = 0; // NRS 0-10
    std::optional<Minutes> morningStiffness;
    std::optional<int> fatigue;      // 0-10
    std::optional<int> stress;       // 0-10
    std::optional<int> mood;         // 0-10, 10 = best
    std::optional<Minutes> sleep;    // time asleep
    std::optional<int> sleepQuality; // 0-10, 10 = best
    std::optional<int> fibroFog;     // 0-3, as the SSS cognitive item
    bool flare = false;
    QString note;

    QList<PainMark> marks;
    QList<SpasmEvent> spasms;
    QList<TriggerRating> triggers;
    QList<TherapyUse> therapies;
    QList<RedFlag> redFlags;

    bool operator==(const CheckIn&) const = default;
};

// Puts the lists whose order carries no meaning (triggers by code, warning signs) in the order the
// diary stores them, so two entries that hold the same things compare equal.
void sortUnorderedLists(CheckIn& checkIn);

} // namespace painpace
