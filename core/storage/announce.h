#pragma once

#include "database.h"
#include "diarynotifier.h"
#include "writetransaction.h"

namespace painpace {

// Emits `signal(args...)` on the diary's notifier once the change is committed for good (after
// the outermost commit; never if it is rolled back). Repositories announce every change this way.
template <typename... Params, typename... Args>
void announce(const Database& database, void (DiaryNotifier::*signal)(Params...), Args... args) {
    announceAfterCommit(database.connection(), [&notifier = database.notifier(), signal, args...] {
        emit(notifier.*signal)(args...);
    });
}

} // namespace painpace
