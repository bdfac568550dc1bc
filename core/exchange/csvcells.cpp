#include "csvcells.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <cmath>

#include "diary/validationissue.h"

namespace painpace {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("CsvCells", text);
}

[[noreturn]] void failAt(const CsvTable& table, const CsvRow& row, const CsvCell& cell,
                         const QString& header, const QString& message) {
    const QString place =
        QStringLiteral("%1 (%2)").arg(csvPlace(table.fileName, row.line, cell.column), header);
    throw ValidationError({{place, QStringLiteral("%1: %2").arg(place, message)}});
}

// A value inside nested objects: "baseline.method" is record["baseline"]["method"].
QJsonValue nestedValue(const QJsonObject& record, const QString& key) {
    const qsizetype dot = key.indexOf(QLatin1Char('.'));
    if (dot < 0)
        return record.value(key);
    return record.value(key.left(dot)).toObject().value(key.mid(dot + 1));
}

void setNested(QJsonObject& record, const QString& key, const QJsonValue& value) {
    const qsizetype dot = key.indexOf(QLatin1Char('.'));
    if (dot < 0) {
        record.insert(key, value);
        return;
    }
    QJsonObject inner = record.value(key.left(dot)).toObject();
    inner.insert(key.mid(dot + 1), value);
    record.insert(key.left(dot), inner);
}

QString localTimeOf(const QJsonObject& record) {
    const QDateTime utc =
        QDateTime::fromString(record.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
    if (!utc.isValid())
        return {};
    const int offset = record.value(QStringLiteral("utcOffsetMinutes")).toInt();
    return utc.toUTC().addSecs(offset * 60).time().toString(QStringLiteral("HH:mm:ss"));
}

QString listText(const QJsonArray& array) {
    QStringList parts;
    for (const QJsonValue& value : array)
        parts.append(value.isDouble() ? csvNumber(value.toDouble()) : value.toString());
    return parts.join(QLatin1Char(';'));
}

QString pausesText(const QJsonArray& pauses) {
    QStringList parts;
    for (const QJsonValue& pause : pauses)
        parts.append(QStringLiteral("%1+%2").arg(
            pause.toObject().value(QStringLiteral("from")).toString(),
            QString::number(pause.toObject().value(QStringLiteral("days")).toInt())));
    return parts.join(QLatin1Char(';'));
}

std::optional<double> numberFrom(QString text) {
    text = text.trimmed();
    // Spreadsheets in many countries write 2,5: read it as 2.5 when there is no point.
    if (!text.contains(QLatin1Char('.')))
        text.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double value = QLocale::c().toDouble(text, &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<bool> booleanFrom(const QString& text) {
    const QString value = text.trimmed().toLower();
    for (const char* yes : {"true", "yes", "y", "1", "x"}) {
        if (value == QLatin1String(yes))
            return true;
    }
    for (const char* no : {"false", "no", "n", "0"}) {
        if (value == QLatin1String(no))
            return false;
    }
    return std::nullopt;
}

} // namespace

QString csvNumber(double value) {
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

namespace {

// A spreadsheet runs a cell that starts with one of these as a formula: a note such as
// =HYPERLINK(…) would run on the computer of whoever opens the export.
bool startsLikeAFormula(const QString& text) {
    static const QString triggers = QStringLiteral("=+-@\t\r");
    if (text.isEmpty())
        return false;
    if (triggers.contains(text.front()))
        return true;
    // An apostrophe before such a start is the guard itself, so it is guarded again: reading it
    // back then gives exactly the text that was written.
    return text.front() == QLatin1Char('\'') && startsLikeAFormula(text.mid(1));
}

// Text as written into a cell: an apostrophe first where a spreadsheet would see a formula
// (README.md, "Your data: export and import").
QString guardedText(const QString& text) {
    return startsLikeAFormula(text) ? QLatin1Char('\'') + text : text;
}

QString unguardedText(const QString& text) {
    return text.startsWith(QLatin1Char('\'')) && startsLikeAFormula(text.mid(1)) ? text.mid(1)
                                                                                 : text;
}

} // namespace

QString csvCellText(const QJsonObject& record, const CsvColumn& column) {
    if (column.kind == CsvKind::LocalTime)
        return localTimeOf(record);
    QJsonValue value = nestedValue(record, column.jsonKey);
    if (column.pairIndex >= 0)
        value = value.isArray() ? value.toArray().at(column.pairIndex) : QJsonValue();
    switch (column.kind) {
    case CsvKind::Boolean:
        return value.isBool() ? (value.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                              : QString();
    case CsvKind::NumberList:
    case CsvKind::TextList:
        return listText(value.toArray());
    case CsvKind::Pauses:
        return pausesText(value.toArray());
    case CsvKind::JsonText:
        return value.isObject()
                   ? QString::fromUtf8(
                         QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact))
                   : QString();
    default:
        return value.isDouble() ? csvNumber(value.toDouble()) : guardedText(value.toString());
    }
}

void readCsvCell(QJsonObject& record, const CsvColumn& column, const QString& header,
                 const CsvCell& cell, const CsvTable& table, const CsvRow& row) {
    const QString text = cell.text;
    if (text.trimmed().isEmpty() || !column.readBack || column.kind == CsvKind::LocalTime ||
        column.kind == CsvKind::Element)
        return;
    QJsonValue value;
    switch (column.kind) {
    case CsvKind::Integer:
    case CsvKind::Number: {
        const auto number = numberFrom(text);
        if (!number)
            failAt(table, row, cell, header,
                   tr("a number was expected, not '%1'").arg(text.left(40)));
        value = *number;
        break;
    }
    case CsvKind::Hours: {
        const auto hours = numberFrom(text);
        if (!hours || *hours < 0 || *hours > 24)
            failAt(table, row, cell, header,
                   tr("hours from 0 to 24 were expected, not '%1'").arg(text.left(40)));
        value = std::round(*hours * 60.0);
        break;
    }
    case CsvKind::Boolean: {
        const auto flag = booleanFrom(text);
        if (!flag)
            failAt(table, row, cell, header,
                   tr("true or false (yes/no, 1/0) was expected, not '%1'").arg(text.left(40)));
        value = *flag;
        break;
    }
    case CsvKind::NumberList: {
        QJsonArray numbers;
        for (const QString& part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const auto number = numberFrom(part);
            if (!number)
                failAt(table, row, cell, header,
                       tr("numbers separated by ';' were expected, not '%1'").arg(text.left(40)));
            numbers.append(*number);
        }
        value = numbers;
        break;
    }
    case CsvKind::TextList: {
        QJsonArray codes;
        for (const QString& part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts))
            codes.append(part.trimmed());
        value = codes;
        break;
    }
    case CsvKind::Pauses: {
        QJsonArray pauses;
        for (const QString& part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const QStringList fields = part.trimmed().split(QLatin1Char('+'));
            bool ok = false;
            const int days = fields.value(1).toInt(&ok);
            if (fields.size() != 2 || !ok)
                failAt(table, row, cell, header,
                       tr("pauses like 2026-10-21+2 (first day + days) were expected"));
            pauses.append(
                QJsonObject{{QStringLiteral("from"), fields[0]}, {QStringLiteral("days"), days}});
        }
        value = pauses;
        break;
    }
    case CsvKind::JsonText: {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            failAt(table, row, cell, header, tr("a JSON object was expected in this cell"));
        value = document.object();
        break;
    }
    default:
        value = unguardedText(text);
        break;
    }
    if (column.pairIndex >= 0) {
        QJsonArray pair = nestedValue(record, column.jsonKey).toArray();
        while (pair.size() < 2)
            pair.append(QJsonValue());
        pair[column.pairIndex] = value;
        value = pair;
    }
    setNested(record, column.jsonKey, value);
}

} // namespace painpace
