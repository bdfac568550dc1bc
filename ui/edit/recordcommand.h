#pragma once

#include <QUuid>

#include <optional>

#include "editcommand.h"

namespace painpace {

class Database;

// A change to one record as two snapshots, addressed by the record's uuid: after undo the diary
// holds `before`, after redo `after`; an empty snapshot means the record is absent (the "before"
// of an add, the "after" of a delete). Row ids are never remembered: a record that is deleted
// and comes back is stored under a new row id, and every later step still finds it.
//
// Store says how a kind of record is kept: `Record`, `put(database, record)` (replace the
// record with its uuid, or add it) and `remove(database, uuid)`. See recordstores.h.
template <typename Store> class RecordCommand final : public EditCommand {
public:
    using Record = typename Store::Record;

    RecordCommand(const Database& database, std::optional<Record> before,
                  std::optional<Record> after, const QString& text)
        : EditCommand(text)
        , m_database(database)
        , m_before(std::move(before))
        , m_after(std::move(after)) {}

    // The record as stored by the last redo (with its uuid and current row id), if any.
    const std::optional<Record>& after() const { return m_after; }

protected:
    void apply() override { hold(m_after, m_before); }
    void revert() override { hold(m_before, m_after); }

private:
    void hold(std::optional<Record>& target, const std::optional<Record>& other) {
        if (target)
            Store::put(m_database, *target);
        else if (other)
            Store::remove(m_database, other->uuid);
    }

    const Database& m_database;
    std::optional<Record> m_before;
    std::optional<Record> m_after;
};

} // namespace painpace
