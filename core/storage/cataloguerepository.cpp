#include "cataloguerepository.h"

#include <QCoreApplication>

#include "announce.h"
#include "cataloguerows.h"
#include "database.h"
#include "diary/builtincatalogue.h"
#include "diary/validationissue.h"
#include "sqlstatement.h"
#include "storageerror.h"
#include "writetransaction.h"

namespace painpace {

namespace {
constexpr int kMaxNameLength = 80;

QString tr(const char* text) {
    return QCoreApplication::translate("CatalogueRepository", text);
}
} // namespace

CatalogueRepository::CatalogueRepository(const Database& database)
    : m_database(database) {}

QList<TriggerDefinition> CatalogueRepository::triggers() const {
    SqlStatement query(m_database.connection(),
                       QStringLiteral("SELECT code, name, built_in FROM trigger_def WHERE "
                                      "archived = 0 ORDER BY built_in DESC, name"));
    query.exec();
    QList<TriggerDefinition> list;
    while (query.next())
        list.append(
            {query.value(0).toString(), query.value(1).toString(), query.value(2).toInt() != 0});
    return list;
}

QList<TherapyDefinition> CatalogueRepository::therapies() const {
    SqlStatement query(m_database.connection(),
                       QStringLiteral("SELECT code, name, kind, usual_dose, usual_unit, "
                                      "usual_minutes, built_in FROM therapy_def WHERE archived = 0 "
                                      "ORDER BY built_in DESC, name"));
    query.exec();
    QList<TherapyDefinition> list;
    while (query.next()) {
        TherapyDefinition therapy;
        therapy.code = query.value(0).toString();
        therapy.name = query.value(1).toString();
        therapy.kind = enumFromCode<TherapyKind>(kTherapyKindCodes, query.value(2).toString())
                           .value_or(TherapyKind::Other);
        therapy.usualDose = optionalDouble(query.value(3));
        therapy.usualUnit = query.value(4).toString();
        therapy.usualMinutes = optionalInt(query.value(5));
        therapy.builtIn = query.value(6).toInt() != 0;
        list.append(therapy);
    }
    return list;
}

void CatalogueRepository::requireNewName(const char* table, const QString& field,
                                         const QString& name) const {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || ownItemCode(trimmed) == QLatin1String("own."))
        throw ValidationError({{field, tr("Give it a name with at least one letter or digit.")}});
    if (trimmed.size() > kMaxNameLength)
        throw ValidationError(
            {{field, tr("Keep the name under %1 characters.").arg(kMaxNameLength)}});
    SqlStatement query(m_database.connection(),
                       QStringLiteral("SELECT COUNT(*) FROM %1 WHERE code = :code OR "
                                      "LOWER(name) = LOWER(:name)")
                           .arg(QLatin1String(table)));
    query.bind(QStringLiteral(":code"), ownItemCode(trimmed))
        .bind(QStringLiteral(":name"), trimmed)
        .exec();
    if (query.next() && query.value(0).toInt() > 0)
        throw ValidationError({{field, tr("'%1' is already in the list.").arg(trimmed)}});
}

TriggerDefinition CatalogueRepository::addOwnTrigger(const QString& name) {
    requireNewName("trigger_def", QStringLiteral("name"), name);
    const TriggerDefinition trigger{ownItemCode(name), name.trimmed(), false};
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    cataloguerows::insertTrigger(m_database.connection(), trigger);
    transaction.commit();
    announce(m_database, &DiaryNotifier::catalogueChanged);
    return trigger;
}

TherapyDefinition CatalogueRepository::addOwnTherapy(TherapyDefinition therapy) {
    requireNewName("therapy_def", QStringLiteral("name"), therapy.name);
    therapy.name = therapy.name.trimmed();
    therapy.code = ownItemCode(therapy.name);
    therapy.builtIn = false;
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    cataloguerows::insertTherapy(m_database.connection(), therapy);
    transaction.commit();
    announce(m_database, &DiaryNotifier::catalogueChanged);
    return therapy;
}

void CatalogueRepository::removeOwnItem(const QString& code) {
    const QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db, m_database.dialect());
    struct Table {
        const char* definitions;
        const char* uses;
        const char* column;
    };
    for (const Table& table : {Table{"trigger_def", "check_in_trigger", "trigger_code"},
                               Table{"therapy_def", "therapy_use", "therapy_code"}}) {
        SqlStatement uses(db, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 = :code")
                                  .arg(QLatin1String(table.uses), QLatin1String(table.column)));
        uses.bind(QStringLiteral(":code"), code).exec();
        const int used = uses.next() ? uses.value(0).toInt() : 0;
        uses.query().finish();
        if (used == 1)
            throw StorageError(tr("'%1' is used by a check-in and stays in the list.").arg(code));
        if (used > 1)
            throw StorageError(
                tr("'%1' is used by %2 check-ins and stays in the list.").arg(code).arg(used));
        SqlStatement remove(db, QStringLiteral("DELETE FROM %1 WHERE code = :code AND built_in = 0")
                                    .arg(QLatin1String(table.definitions)));
        remove.bind(QStringLiteral(":code"), code).exec();
        if (remove.query().numRowsAffected() == 1) {
            transaction.commit();
            announce(m_database, &DiaryNotifier::catalogueChanged);
            return;
        }
    }
    throw StorageError(tr("There is no own trigger or therapy '%1' to take out.").arg(code));
}

} // namespace painpace
