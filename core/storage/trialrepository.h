#pragma once

#include <QDate>
#include <QHash>
#include <QList>

#include <optional>

#include "trials/therapytrial.h"
#include "trials/trialanalysis.h"

namespace painpace {

class Database;

// Therapy trials with their pauses, and whether each trial day followed its arm. Outcomes are not
// stored here: they come from the diary. Writes announce DiaryNotifier::trialsChanged.
class TrialRepository {
public:
    explicit TrialRepository(const Database& database);

    // Stores a new trial (id 0: gets an id and uuid) or updates one, pauses included. Throws
    // ValidationError for an invalid trial, StorageError when the database fails.
    void save(TherapyTrial& trial);
    void remove(qint64 id);
    // By uuid, for undo and redo: the trial with that uuid is replaced, or added.
    void put(TherapyTrial& trial);
    void removeByUuid(const QUuid& uuid);
    // The current row id of the trial with this uuid, 0 when there is none.
    qint64 idOf(const QUuid& uuid) const;
    std::optional<TherapyTrial> trial(qint64 id) const;
    // Every trial, the newest start first.
    QList<TherapyTrial> trials() const;
    // The running trial whose schedule holds `day`, if any.
    std::optional<TherapyTrial> runningOn(const QDate& day) const;

    void setFollowed(qint64 trialId, const QDate& day, bool followed);
    void clearFollowed(qint64 trialId, const QDate& day);
    QHash<QDate, bool> followed(qint64 trialId) const;

    // The trial's days with their outcome from the diary and their adherence, for the analysis.
    QHash<QDate, TrialDayRecord> dayRecords(const TherapyTrial& trial,
                                            const QList<TrialPeriod>& schedule,
                                            TrialOutcome outcome) const;

private:
    void writePauses(const TherapyTrial& trial);
    QList<TrialPause> pausesOf(qint64 trialId) const;

    const Database& m_database;
};

} // namespace painpace
