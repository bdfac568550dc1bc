#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace painpace {

// One table or index as SQLite keeps it in sqlite_master, with the text of its definition
// (its columns, types and CHECK constraints) reduced to single spaces.
struct SchemaObject {
    QString type;
    QString name;
    QString definition;

    bool operator==(const SchemaObject&) const = default;
};

namespace expectedschema {

// The tables and indexes of a SQLite diary as they stand.
QList<SchemaObject> objectsOf(const QSqlDatabase& db);

// The tables and indexes PainPace's own migrations create up to `version`, built once per
// version in a private in-memory database (docs/architecture.md, "Storage").
QList<SchemaObject> objectsWritten(int version);

// What differs in `actual` from `expected`, one short line per object missing or defined
// otherwise. Objects PainPace does not create are left alone.
QStringList differences(const QList<SchemaObject>& expected, const QList<SchemaObject>& actual);

} // namespace expectedschema

} // namespace painpace
