#include "draftrepository.h"

#include <QDateTime>
#include <QJsonDocument>

#include "database.h"
#include "sqlstatement.h"
#include "writetransaction.h"

namespace painpace {

DraftRepository::DraftRepository(const Database& database)
    : m_database(database) {}

void DraftRepository::save(const QString& slot, const QJsonObject& draft) {
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    SqlStatement(m_database.connection(), QStringLiteral("DELETE FROM draft WHERE slot = :slot"))
        .bind(QStringLiteral(":slot"), slot)
        .exec();
    SqlStatement(m_database.connection(),
                 QStringLiteral("INSERT INTO draft (slot, body, saved_utc_ms) VALUES (:slot, "
                                ":body, :now)"))
        .bind(QStringLiteral(":slot"), slot)
        .bind(QStringLiteral(":body"),
              QString::fromUtf8(QJsonDocument(draft).toJson(QJsonDocument::Compact)))
        .bind(QStringLiteral(":now"), QDateTime::currentMSecsSinceEpoch())
        .exec();
    transaction.commit();
}

std::optional<QJsonObject> DraftRepository::load(const QString& slot) const {
    SqlStatement query(m_database.connection(),
                       QStringLiteral("SELECT body FROM draft WHERE slot = :slot"));
    query.bind(QStringLiteral(":slot"), slot).exec();
    if (!query.next())
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(query.value(0).toString().toUtf8());
    return document.isObject() ? std::optional<QJsonObject>(document.object()) : std::nullopt;
}

void DraftRepository::clear(const QString& slot) {
    clearAlongside(slot, [] {});
}

void DraftRepository::clearAlongside(const QString& slot, const std::function<void()>& write) {
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    write();
    SqlStatement(m_database.connection(), QStringLiteral("DELETE FROM draft WHERE slot = :slot"))
        .bind(QStringLiteral(":slot"), slot)
        .exec();
    transaction.commit();
}

} // namespace painpace
