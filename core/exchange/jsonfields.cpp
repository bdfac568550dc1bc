#include "jsonfields.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

#include "diary/validationissue.h"
#include "unreadjsonfields.h"

namespace painpace {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("JsonFields", text);
}

bool isWhole(double value, double limit) {
    return std::isfinite(value) && std::trunc(value) == value && std::fabs(value) <= limit;
}

QString typeName(const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::Bool:
        return tr("true/false");
    case QJsonValue::Double:
        return tr("a number");
    case QJsonValue::String:
        return tr("text");
    case QJsonValue::Array:
        return tr("a list");
    case QJsonValue::Object:
        return tr("an object");
    default:
        return tr("nothing");
    }
}

} // namespace

JsonFields::JsonFields(QJsonObject object, QString path)
    : m_object(std::move(object))
    , m_path(std::move(path)) {}

JsonFields JsonFields::element(const QJsonArray& array, qsizetype index, const QString& arrayPath) {
    const QString path = QStringLiteral("%1[%2]").arg(arrayPath).arg(index);
    if (!array.at(index).isObject())
        failAt(path, tr("an object was expected, not %1").arg(typeName(array.at(index))));
    return {array.at(index).toObject(), path};
}

QString JsonFields::pathOf(const char* name) const {
    const QString field = QLatin1String(name);
    return m_path.isEmpty() ? field : m_path + QLatin1Char('.') + field;
}

bool JsonFields::has(const char* name) const {
    if (UnreadJsonFields::recording())
        UnreadJsonFields::noteLookedAt(pathOf(name));
    const QJsonValue value = m_object.value(QLatin1String(name));
    return !value.isUndefined() && !value.isNull();
}

void JsonFields::failAt(const QString& path, const QString& message) {
    throw ValidationError({{path, QStringLiteral("%1: %2").arg(path, message)}});
}

void JsonFields::fail(const char* name, const QString& message) const {
    failAt(pathOf(name), message);
}

void JsonFields::failUnknown(const char* name, const QString& value,
                             const QStringList& allowed) const {
    fail(name, tr("unknown value '%1' (one of: %2)")
                   .arg(value.left(40), allowed.join(QStringLiteral(", "))));
}

QJsonValue JsonFields::required(const char* name) const {
    if (!has(name))
        fail(name, tr("this field is missing"));
    return m_object.value(QLatin1String(name));
}

int JsonFields::wholeNumber(const char* name) const {
    const QJsonValue value = required(name);
    if (!value.isDouble())
        fail(name, tr("a whole number was expected, not %1").arg(typeName(value)));
    if (!isWhole(value.toDouble(), std::numeric_limits<int>::max()))
        fail(name, tr("a whole number was expected, not %1").arg(value.toDouble()));
    return static_cast<int>(value.toDouble());
}

std::optional<int> JsonFields::wholeNumberIn(const QJsonValue& value, int low, int high) {
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::trunc(number) != number || number < low || number > high)
        return std::nullopt;
    return static_cast<int>(number);
}

std::optional<int> JsonFields::optionalWholeNumber(const char* name) const {
    return has(name) ? std::optional<int>(wholeNumber(name)) : std::nullopt;
}

qint64 JsonFields::bigWholeNumber(const char* name) const {
    const QJsonValue value = required(name);
    // Doubles hold integers exactly up to 2^53; beyond that a number in a file is not exact.
    constexpr double kExactLimit = 9007199254740992.0;
    if (!value.isDouble() || !isWhole(value.toDouble(), kExactLimit))
        fail(name, tr("a whole number up to 2^53 was expected"));
    return static_cast<qint64>(value.toDouble());
}

double JsonFields::number(const char* name) const {
    const QJsonValue value = required(name);
    if (!value.isDouble() || !std::isfinite(value.toDouble()))
        fail(name, tr("a number was expected, not %1").arg(typeName(value)));
    return value.toDouble();
}

std::optional<double> JsonFields::optionalNumber(const char* name) const {
    return has(name) ? std::optional<double>(number(name)) : std::nullopt;
}

QString JsonFields::text(const char* name) const {
    const QJsonValue value = required(name);
    if (!value.isString())
        fail(name, tr("text was expected, not %1").arg(typeName(value)));
    return value.toString();
}

QString JsonFields::optionalText(const char* name) const {
    return has(name) ? text(name) : QString();
}

bool JsonFields::flag(const char* name) const {
    if (!has(name))
        return false;
    const QJsonValue value = m_object.value(QLatin1String(name));
    if (!value.isBool())
        fail(name, tr("true or false was expected, not %1").arg(typeName(value)));
    return value.toBool();
}

QDate JsonFields::date(const char* name) const {
    const QString value = text(name);
    const QDate day = QDate::fromString(value, Qt::ISODate);
    if (!day.isValid() || value.size() != 10)
        fail(name, tr("a date like 2024-03-31 was expected, not '%1'").arg(value.left(40)));
    if (day < kEarliestDiaryDate || day > kLatestDiaryDate)
        fail(name, tr("the date %1 is outside the years %2 to %3")
                       .arg(value)
                       .arg(kEarliestDiaryDate.year())
                       .arg(kLatestDiaryDate.year()));
    return day;
}

std::optional<QDate> JsonFields::optionalDate(const char* name) const {
    return has(name) ? std::optional<QDate>(date(name)) : std::nullopt;
}

QDateTime JsonFields::instant(const char* name) const {
    const QString value = text(name);
    const QDateTime instant = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (!instant.isValid() || instant.timeSpec() == Qt::LocalTime)
        fail(name, tr("a date and time with its offset like 2024-03-31T08:15:00Z was expected, "
                      "not '%1'")
                       .arg(value.left(40)));
    if (instant.date() < kEarliestDiaryDate || instant.date() > kLatestDiaryDate)
        fail(name, tr("the time %1 is outside the years %2 to %3")
                       .arg(value)
                       .arg(kEarliestDiaryDate.year())
                       .arg(kLatestDiaryDate.year()));
    return instant.toUTC();
}

QUuid JsonFields::uuid(const char* name) const {
    const QString value = text(name);
    const QUuid uuid = QUuid::fromString(value);
    if (uuid.isNull())
        fail(name, tr("an id like 123e4567-e89b-12d3-a456-426614174000 was expected, not '%1'")
                       .arg(value.left(40)));
    return uuid;
}

QJsonArray JsonFields::array(const char* name) const {
    if (!has(name))
        return {};
    const QJsonValue value = m_object.value(QLatin1String(name));
    if (!value.isArray())
        fail(name, tr("a list was expected, not %1").arg(typeName(value)));
    return value.toArray();
}

JsonFields JsonFields::object(const char* name) const {
    const QJsonValue value = required(name);
    if (!value.isObject())
        fail(name, tr("an object was expected, not %1").arg(typeName(value)));
    return {value.toObject(), pathOf(name)};
}

} // namespace painpace
