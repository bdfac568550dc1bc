#include "expectedschema.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>

#include "migration.h"
#include "privateconnection.h"
#include "sqlstatement.h"
#include "storageerror.h"

namespace painpace::expectedschema {

namespace {

QString singleSpaced(const QString& sql) {
    static const QRegularExpression kRuns(QStringLiteral("\\s+"));
    return QString(sql).replace(kRuns, QStringLiteral(" ")).trimmed();
}

QList<SchemaObject> build(int version) {
    // A diary in memory only, built by the migrations and dropped again.
    const PrivateConnection scratch(QStringLiteral("schema"));
    QSqlDatabase db = scratch.db();
    db.setDatabaseName(QStringLiteral(":memory:"));
    if (!db.open())
        throw StorageError(QStringLiteral("PainPace could not build its own schema to compare "
                                          "the diary with."));
    const SqlDialect dialect = SqlDialect::forDriver(QStringLiteral("QSQLITE"));
    for (const Migration& migration : schemaMigrations()) {
        if (migration.version <= version)
            migration.apply(db, dialect);
    }
    return objectsOf(db);
}

} // namespace

QList<SchemaObject> objectsOf(const QSqlDatabase& db) {
    // SQLite's own objects (sqlite_autoindex_…, sqlite_sequence) have no text to compare.
    SqlStatement query(db, QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE type IN "
                                          "('table', 'index') AND sql IS NOT NULL ORDER BY type, "
                                          "name"));
    query.exec();
    QList<SchemaObject> objects;
    while (query.next())
        objects.append({query.value(0).toString(), query.value(1).toString(),
                        singleSpaced(query.value(2).toString())});
    return objects;
}

QList<SchemaObject> objectsWritten(int version) {
    // Imports and exports run on worker threads too; each version is built once per process.
    static QMutex mutex;
    static QHash<int, QList<SchemaObject>> built;
    const QMutexLocker lock(&mutex);
    const auto found = built.constFind(version);
    if (found != built.constEnd())
        return *found;
    return *built.insert(version, build(version));
}

QStringList differences(const QList<SchemaObject>& expected, const QList<SchemaObject>& actual) {
    QHash<QString, const SchemaObject*> byName;
    for (const SchemaObject& object : actual)
        byName.insert(object.type + QLatin1Char(' ') + object.name, &object);
    QStringList found;
    for (const SchemaObject& object : expected) {
        const SchemaObject* stored = byName.value(object.type + QLatin1Char(' ') + object.name);
        if (!stored)
            found << QStringLiteral("the %1 %2 is missing").arg(object.type, object.name);
        else if (stored->definition != object.definition)
            found << QStringLiteral("the definition of the %1 %2 is not the one PainPace wrote")
                         .arg(object.type, object.name);
    }
    return found;
}

} // namespace painpace::expectedschema
