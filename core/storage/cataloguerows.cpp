#include "cataloguerows.h"

#include "sqlstatement.h"

namespace painpace::cataloguerows {

void insertTrigger(const QSqlDatabase& db, const TriggerDefinition& trigger) {
    SqlStatement(db, QStringLiteral("INSERT INTO trigger_def (code, name, built_in) VALUES "
                                    "(:code, :name, :builtIn)"))
        .bind(QStringLiteral(":code"), trigger.code)
        .bind(QStringLiteral(":name"), trigger.name)
        .bind(QStringLiteral(":builtIn"), trigger.builtIn ? 1 : 0)
        .exec();
}

void insertTherapy(const QSqlDatabase& db, const TherapyDefinition& therapy) {
    SqlStatement(db, QStringLiteral("INSERT INTO therapy_def (code, name, kind, usual_dose, "
                                    "usual_unit, usual_minutes, built_in) VALUES (:code, :name, "
                                    ":kind, :dose, :unit, :minutes, :builtIn)"))
        .bind(QStringLiteral(":code"), therapy.code)
        .bind(QStringLiteral(":name"), therapy.name)
        .bind(QStringLiteral(":kind"), codeOf<TherapyKind>(kTherapyKindCodes, therapy.kind))
        .bind(QStringLiteral(":dose"), nullableDouble(therapy.usualDose))
        .bind(QStringLiteral(":unit"), nonNullText(therapy.usualUnit))
        .bind(QStringLiteral(":minutes"), nullableInt(therapy.usualMinutes))
        .bind(QStringLiteral(":builtIn"), therapy.builtIn ? 1 : 0)
        .exec();
}

} // namespace painpace::cataloguerows
