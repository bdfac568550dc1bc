#pragma once

#include <QString>
#include <QUuid>

#include <optional>

#include "diary/diarymoment.h"

namespace painpace {

// One session of a plan: what was planned, what was done, and how it felt before and after.
struct PacingSession {
    qint64 id = 0; // 0 until stored
    QUuid uuid;
    qint64 planId = 0;
    QDate plannedDay;
    DiaryMoment started;
    int plannedAmount = 0;
    int doneAmount = 0;
    std::optional<int> painBefore; // NRS 0-10
    std::optional<int> painAfter;  // NRS 0-10
    std::optional<int> exertion;   // Borg CR10, 0-10
    bool stoppedEarly = false;
    QString note;

    bool operator==(const PacingSession&) const = default;
};

// Throws ValidationError by field ("planId", "plannedDay", "started", "plannedAmount",
// "doneAmount", "painBefore", "painAfter", "exertion").
void validatePacingSession(const PacingSession& session);

} // namespace painpace
