#include "dayrangequery.h"

#include "database.h"

namespace painpace {

SqlStatement dayRangeQuery(const Database& database, const QString& sql, const QDate& from,
                           const QDate& to) {
    SqlStatement query(database.connection(), sql);
    query.bind(QStringLiteral(":from"), from.toString(Qt::ISODate))
        .bind(QStringLiteral(":to"), to.toString(Qt::ISODate));
    query.exec();
    return query;
}

} // namespace painpace
