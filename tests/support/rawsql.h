#pragma once

#include <QString>
#include <QStringList>

namespace painpace::testing {

// Runs SQL on a closed diary through a throwaway connection, as a failing disk or another
// program might change it (or to forge a foreign or newer file); none of PainPace's checks run.
// Each statement must succeed (a failed one is a test failure).
void runSqlDirectly(const QString& path, const QStringList& statements);

} // namespace painpace::testing
