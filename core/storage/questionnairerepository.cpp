#include "questionnairerepository.h"

#include <QJsonDocument>

#include "announce.h"
#include "database.h"
#include "diary/validationissue.h"
#include "sqlstatement.h"
#include "storageerror.h"
#include "writetransaction.h"

namespace painpace {

QuestionnaireRepository::QuestionnaireRepository(const Database& database)
    : m_database(database) {}

void QuestionnaireRepository::save(QuestionnaireRecord& record) {
    if (!record.moment.isValid())
        throw ValidationError(
            {{QStringLiteral("moment"), QStringLiteral("The answers need a date.")}});
    if (!record.isAcr2016()) {
        const QString missing = fiqrMissingReason(std::get<FiqrAnswers>(record.answers));
        if (!missing.isEmpty())
            throw ValidationError({{QStringLiteral("items"), missing}});
    }
    const double score = record.headlineScore(); // validates the answers
    QuestionnaireRecord stored = record;
    if (stored.uuid.isNull())
        stored.uuid = QUuid::createUuid();
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    SqlStatement insert(
        m_database.connection(),
        QStringLiteral("INSERT INTO questionnaire_result (uuid, kind, version, at_utc_ms, "
                       "utc_offset_min, local_day, answers, score) VALUES (:uuid, :kind, "
                       ":version, :at, :offset, :day, :answers, :score) RETURNING id"));
    insert.bind(QStringLiteral(":uuid"), stored.uuid.toString(QUuid::WithoutBraces))
        .bind(QStringLiteral(":kind"), stored.kindCode())
        .bind(QStringLiteral(":version"), stored.version())
        .bind(QStringLiteral(":at"), stored.moment.utc.toMSecsSinceEpoch())
        .bind(QStringLiteral(":offset"), stored.moment.utcOffsetMinutes)
        .bind(QStringLiteral(":day"), stored.moment.localDay.toString(Qt::ISODate))
        .bind(
            QStringLiteral(":answers"),
            QString::fromUtf8(QJsonDocument(answersToJson(stored)).toJson(QJsonDocument::Compact)))
        .bind(QStringLiteral(":score"), score)
        .exec();
    if (!insert.next())
        throw StorageError(
            QStringLiteral("The questionnaire did not get an id from the database."));
    stored.id = insert.value(0).toLongLong();
    insert.query().finish(); // SQLite refuses to commit while a statement is still open
    transaction.commit();
    record = stored;
    announce(m_database, &DiaryNotifier::questionnairesChanged);
}

void QuestionnaireRepository::put(QuestionnaireRecord& record) {
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    if (const qint64 id = rowIdOfUuid(m_database.connection(), "questionnaire_result", record.uuid))
        remove(id);
    QuestionnaireRecord stored = record;
    stored.id = 0;
    save(stored);
    transaction.commit();
    record = stored;
}

void QuestionnaireRepository::removeByUuid(const QUuid& uuid) {
    remove(rowIdOfUuid(m_database.connection(), "questionnaire_result", uuid));
}

void QuestionnaireRepository::remove(qint64 id) {
    deleteOneRow(m_database.connection(), m_database.dialect(), "questionnaire_result", id,
                 QStringLiteral("The questionnaire to delete no longer exists."));
    announce(m_database, &DiaryNotifier::questionnairesChanged);
}

QList<QuestionnaireRecord> QuestionnaireRepository::history() const {
    SqlStatement query(m_database.connection(),
                       QStringLiteral("SELECT id, uuid, kind, at_utc_ms, utc_offset_min, "
                                      "local_day, answers FROM questionnaire_result "
                                      "ORDER BY at_utc_ms DESC, id DESC"));
    query.exec();
    QList<QuestionnaireRecord> records;
    while (query.next()) {
        QuestionnaireRecord record;
        record.id = query.value(0).toLongLong();
        record.uuid = QUuid::fromString(query.value(1).toString());
        record.moment.utc = QDateTime::fromMSecsSinceEpoch(query.value(3).toLongLong(), Qt::UTC);
        record.moment.utcOffsetMinutes = query.value(4).toInt();
        record.moment.localDay = QDate::fromString(query.value(5).toString(), Qt::ISODate);
        const QJsonObject answers =
            QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object();
        answersFromJson(record, query.value(2).toString(), answers);
        records.append(record);
    }
    return records;
}

} // namespace painpace
