#pragma once

#include <QDate>
#include <QList>

#include "stats/exposureeffects.h"

namespace painpace {

class Database;

// What the trigger and therapy associations are computed from: every diary day in a range with
// its mean pain and the codes of the triggers noted (any level) or therapies used that day.
class ExposureRepository {
public:
    enum class Source { Triggers, Therapies };

    explicit ExposureRepository(const Database& database);

    QList<stats::ExposureDay> days(Source source, const QDate& from, const QDate& to) const;

private:
    const Database& m_database;
};

} // namespace painpace
