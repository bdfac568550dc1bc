#pragma once

#include <QSqlDatabase>

namespace painpace {

// Several reads that must see one state of the diary (an export, a report, a whole-diary check),
// while a window or an import may write to it meanwhile: one read transaction from the first read
// to the destructor. Without it each statement would see the diary as it was at that statement,
// and an export could hold a check-in without the marks written a moment later.
// Inside an open write transaction or another snapshot on the same connection, that one already
// gives one state, and this does nothing.
class ReadSnapshot {
public:
    explicit ReadSnapshot(const QSqlDatabase& db);
    ~ReadSnapshot();

    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    QSqlDatabase m_db;
    bool m_began = false;
};

} // namespace painpace
