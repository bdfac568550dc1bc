#pragma once

#include <QDate>
#include <QList>
#include <QTime>

#include <optional>

#include "diary/checkin.h"
#include "diary/dailysummary.h"
#include "diary/entryfilter.h"

namespace painpace {

class Database;

// Stores and loads check-ins with everything they hold (marks, spasms, triggers, therapies, red
// flags). Every write validates first, then runs as one transaction; a failure changes nothing.
class CheckInRepository {
public:
    explicit CheckInRepository(const Database& database);

    // Inserts (id 0) or replaces (id set) the entry; on success sets its id and uuid.
    // Throws ValidationError for bad values and StorageError when the database fails.
    void save(CheckIn& checkIn);
    // Saves many entries in a single transaction: all are stored, or none.
    void saveAll(QList<CheckIn>& checkIns);
    void remove(qint64 id);
    // Makes the diary hold exactly `checkIn` under its uuid: the record with that uuid is
    // replaced, or added when the diary has none (undo and redo address records this way).
    void put(CheckIn& checkIn);
    // Deletes the record with this uuid; throws StorageError when there is none.
    void removeByUuid(const QUuid& uuid);
    // Adds an entry its caller has already validated in memory (validateCheckIn, and its codes
    // against the catalogue), inside the caller's open WriteTransaction: no savepoint, no query
    // per code and no announcement. How an import writes thousands of entries at SQLite's own
    // pace (docs/architecture.md, "Importing"). Throws StorageError when no transaction is open.
    void addValidated(CheckIn& checkIn);

    std::optional<CheckIn> find(qint64 id) const;
    std::optional<CheckIn> findByUuid(const QUuid& uuid) const;
    // The most recent entry of the whole diary.
    std::optional<CheckIn> latest() const;
    // The latest entry with a routine to copy: a rated trigger or a therapy taken.
    std::optional<CheckIn> latestWithRoutine() const;
    // Entries whose local day lies in [from, to], oldest first.
    QList<CheckIn> between(const QDate& from, const QDate& to) const;
    // The same entries with their numbers, note and red flags but without marks, spasms,
    // triggers and therapies: for views that list entries, at a third of the queries.
    QList<CheckIn> headlinesBetween(const QDate& from, const QDate& to) const;
    // Entries matching every set field of the filter, oldest first: the newest `limit` of them.
    QList<CheckIn> search(const EntryFilter& filter, int limit = 1000) const;
    // One page of a newest-first list of the entries matching the filter: the `limit` newest
    // that come after `after` in that order (from the newest when there is none). Paging by
    // position rather than by offset, so entries added or removed above the page shift nothing.
    QList<CheckIn> searchNewestFirst(const EntryFilter& filter, int limit,
                                     const std::optional<CheckIn>& after = std::nullopt) const;
    // How many entries match the filter.
    int countMatching(const EntryFilter& filter) const;
    // The entry with this uuid if it matches the filter: how a list shown with that filter
    // learns whether a changed entry belongs in it.
    std::optional<CheckIn> findMatching(const EntryFilter& filter, const QUuid& uuid) const;
    QList<DailySummary> dailySummaries(const QDate& from, const QDate& to) const;
    // The local clock times of the newest `limit` entries, newest first: what the person's usual
    // check-in time is judged from (diary/backfill.h).
    QList<QTime> recentLocalTimes(int limit) const;
    // The days in [from, to] that have at least one entry, oldest first.
    QList<QDate> daysWithEntries(const QDate& from, const QDate& to) const;
    int count() const;
    bool isEmpty() const;
    std::optional<QDate> firstDay() const;
    std::optional<QDate> lastDay() const;

private:
    void validate(const CheckIn& checkIn) const;
    void write(CheckIn& checkIn) const;
    void announceSaved(const CheckIn& checkIn, bool added) const;
    qint64 insertEntry(const CheckIn& checkIn) const;
    void updateEntry(const CheckIn& checkIn) const;
    QList<CheckIn> load(const QString& where, const QVariantMap& values) const;
    std::optional<QDate> dayFromQuery(const QString& sql) const;

    const Database& m_database;
};

} // namespace painpace
