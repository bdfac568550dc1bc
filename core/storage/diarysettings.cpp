#include "diarysettings.h"

#include <QCoreApplication>

#include "database.h"
#include "diary/validationissue.h"
#include "sqlstatement.h"
#include "writetransaction.h"

namespace painpace {

namespace {
const QString kMarkIntensity = QStringLiteral("mark_intensity");
const QString kDemo = QStringLiteral("demo");
} // namespace

DiarySettings::DiarySettings(const Database& database)
    : m_database(database) {}

int DiarySettings::markIntensity() const {
    bool ok = false;
    const int stored = value(kMarkIntensity).value_or(QString()).toInt(&ok);
    return ok && stored >= 0 && stored <= 10 ? stored : kDefaultMarkIntensity;
}

void DiarySettings::setMarkIntensity(int intensity) {
    if (intensity < 0 || intensity > 10)
        throw ValidationError(
            {{QStringLiteral("intensity"),
              QCoreApplication::translate("DiarySettings", "The intensity must be 0 to 10.")}});
    setValue(kMarkIntensity, QString::number(intensity));
}

bool DiarySettings::isDemo() const {
    return value(kDemo) == QStringLiteral("1");
}

void DiarySettings::markAsDemo() {
    setValue(kDemo, QStringLiteral("1"));
}

std::optional<QString> DiarySettings::value(const QString& name) const {
    SqlStatement query(m_database.connection(),
                       QStringLiteral("SELECT value FROM diary_setting WHERE name = :name"));
    query.bind(QStringLiteral(":name"), name).exec();
    if (!query.next())
        return std::nullopt;
    return query.value(0).toString();
}

void DiarySettings::setValue(const QString& name, const QString& value) {
    // Delete and insert in one transaction: the same on SQLite and PostgreSQL.
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    SqlStatement(m_database.connection(),
                 QStringLiteral("DELETE FROM diary_setting WHERE name = :name"))
        .bind(QStringLiteral(":name"), name)
        .exec();
    SqlStatement(m_database.connection(),
                 QStringLiteral("INSERT INTO diary_setting (name, value) VALUES (:name, :value)"))
        .bind(QStringLiteral(":name"), name)
        .bind(QStringLiteral(":value"), value)
        .exec();
    transaction.commit();
}

} // namespace painpace
