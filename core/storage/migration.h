#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

#include "sqldialect.h"

namespace painpace {

// One numbered step of the schema. Steps run in order, each inside its own transaction, and the
// schema version is raised in the same transaction, so a failed step leaves the previous version.
struct Migration {
    int version = 0;
    QString description;
    std::function<void(const QSqlDatabase&, const SqlDialect&)> apply;
};

// Every migration PainPace knows, oldest first. The last one's version is the current schema.
const QList<Migration>& schemaMigrations();

} // namespace painpace
