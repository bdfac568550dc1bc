#include "diarycsv.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimeZone>

#include <memory>

#include "csvcells.h"
#include "csvtable.h"
#include "diary/validationissue.h"
#include "diaryjson.h"

namespace painpace {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("DiaryCsv", text);
}

const QString kUuid = QStringLiteral("uuid");

QList<QStringList> rowsOf(const CsvFileSpec& spec, const QJsonObject& root,
                          const QString& parentList) {
    QList<QStringList> rows;
    const auto appendRecord = [&](const QJsonObject& record, const QString& parentUuid) {
        QStringList cells;
        if (spec.isChild())
            cells.append(parentUuid);
        for (const CsvColumn& column : spec.columns) {
            if (column.written)
                cells.append(csvCellText(record, column));
        }
        rows.append(cells);
    };
    if (!spec.isChild()) {
        for (const QJsonValue& record : root.value(spec.listKey).toArray())
            appendRecord(record.toObject(), {});
        return rows;
    }
    for (const QJsonValue& parentValue : root.value(parentList).toArray()) {
        const QJsonObject parent = parentValue.toObject();
        const QString parentUuid = parent.value(kUuid).toString();
        for (const QJsonValue& child : parent.value(spec.listKey).toArray()) {
            if (child.isObject()) {
                appendRecord(child.toObject(), parentUuid);
            } else { // a list of plain values, one per row
                rows.append({parentUuid, child.toString()});
            }
        }
    }
    return rows;
}

QString listKeyOf(const QString& fileName) {
    const CsvFileSpec* spec = csvFileSpec(fileName);
    return spec ? spec->listKey : QString();
}

// What a file's header says about where each JSON key of its records is.
struct FileColumns {
    QString fileName;
    QHash<QString, int> cellOfKey; // JSON key → index of its cell in a row
    QHash<QString, QString> headerOfKey;
};

// Where each record built from a CSV row came from, to turn the JSON paths of validation
// messages ("checkIns[3].spasms[1].count") back into places in the files.
struct RowOrigin {
    std::shared_ptr<const FileColumns> file;
    int line = 0;
};

class OriginMap {
public:
    void add(const QString& path, RowOrigin origin) { m_origins.insert(path, std::move(origin)); }

    ValidationIssue translate(const ValidationIssue& issue) const {
        QString path = issue.field;
        QString message = issue.message;
        if (message.startsWith(path + QStringLiteral(": ")))
            message = message.mid(path.size() + 2);
        while (!path.isEmpty()) {
            const auto found = m_origins.constFind(path);
            if (found != m_origins.constEnd())
                return placed(*found, issue.field.mid(path.size() + 1), message);
            path = parentOf(path);
        }
        return issue;
    }

private:
    static QString parentOf(const QString& path) {
        const qsizetype cut =
            std::max(path.lastIndexOf(QLatin1Char('.')), path.lastIndexOf(QLatin1Char('[')));
        return cut <= 0 ? QString() : path.left(cut);
    }

    static ValidationIssue placed(const RowOrigin& origin, const QString& rest,
                                  const QString& message) {
        const FileColumns& file = *origin.file;
        QString bestKey;
        for (auto it = file.cellOfKey.begin(); it != file.cellOfKey.end(); ++it) {
            const QString& key = it.key();
            const bool matches = rest == key || rest.startsWith(key + QLatin1Char('.')) ||
                                 rest.startsWith(key + QLatin1Char('['));
            if (matches && key.size() > bestKey.size())
                bestKey = key;
        }
        QString place;
        if (!bestKey.isEmpty()) {
            const int column = file.cellOfKey.value(bestKey) + 1;
            place = QStringLiteral("%1 (%2)").arg(csvPlace(file.fileName, origin.line, column),
                                                  file.headerOfKey.value(bestKey).trimmed());
        } else {
            place = tr("%1 line %2").arg(file.fileName).arg(origin.line);
        }
        return {place, QStringLiteral("%1: %2").arg(place, message)};
    }

    QHash<QString, RowOrigin> m_origins;
};

// The columns of one file's header: which spec column each header cell is, and which cells are
// not PainPace's.
struct HeaderMap {
    QList<const CsvColumn*> columnOfCell; // nullptr: unknown, or the parent's uuid
    int parentCell = -1;
    int elementCell = -1; // for a list of plain values: the cell holding the value
    std::shared_ptr<FileColumns> columns;
};

HeaderMap mapHeader(const CsvFileSpec& spec, const CsvTable& table, QStringList& notes) {
    HeaderMap map;
    map.columns = std::make_shared<FileColumns>();
    map.columns->fileName = table.fileName;
    QHash<const CsvColumn*, int> seen;
    for (qsizetype i = 0; i < table.header.cells.size(); ++i) {
        const CsvCell& cell = table.header.cells[i];
        const QString name = normalizedHeader(cell.text);
        const CsvColumn* match = nullptr;
        for (const CsvColumn& column : spec.columns) {
            if (column.name == name || column.aliases.contains(name))
                match = &column;
        }
        if (spec.isChild() && name == spec.parentColumn) {
            map.parentCell = static_cast<int>(i);
        } else if (!match) {
            notes.append(tr("%1: the column '%2' (column %3) is not one PainPace reads; its values "
                            "were not imported.")
                             .arg(table.fileName, cell.text.left(60))
                             .arg(cell.column));
        } else if (seen.contains(match)) {
            const QString place = csvPlace(table.fileName, table.header.line, cell.column);
            throw ValidationError(
                {{place, tr("%1: '%2' is the same column as column %3")
                             .arg(place, cell.text.left(60))
                             .arg(table.header.cells[seen.value(match)].column)}});
        } else {
            seen.insert(match, static_cast<int>(i));
            if (match->kind == CsvKind::Element)
                map.elementCell = static_cast<int>(i);
            if (!match->jsonKey.isEmpty()) {
                map.columns->cellOfKey.insert(match->jsonKey, static_cast<int>(i));
                map.columns->headerOfKey.insert(match->jsonKey, cell.text);
            }
        }
        map.columnOfCell.append(name == spec.parentColumn ? nullptr : match);
    }
    if (spec.isChild() && map.parentCell < 0) {
        const QString place = csvPlace(table.fileName, table.header.line, 1);
        throw ValidationError({{place, tr("%1: the column '%2' is needed to know which record each "
                                          "row belongs to")
                                           .arg(place, spec.parentColumn)}});
    }
    return map;
}

// Fills at and utcOffsetMinutes from day, time and the offset when the file leaves them out.
void resolveMoment(QJsonObject& record, const CsvTable& table, const CsvRow& row,
                   const HeaderMap& header) {
    const QDate day =
        QDate::fromString(record.value(QStringLiteral("day")).toString(), Qt::ISODate);
    QTime time(12, 0);
    for (qsizetype i = 0; i < row.cells.size() && i < header.columnOfCell.size(); ++i) {
        const CsvColumn* column = header.columnOfCell[i];
        if (column && column->kind == CsvKind::LocalTime &&
            !row.cells[i].text.trimmed().isEmpty()) {
            const QString text = row.cells[i].text.trimmed();
            time = QTime::fromString(text, text.size() > 5 ? QStringLiteral("H:mm:ss")
                                                           : QStringLiteral("H:mm"));
            if (!time.isValid()) {
                const QString place = QStringLiteral("%1 (%2)").arg(
                    csvPlace(table.fileName, row.line, row.cells[i].column),
                    table.header.cells[i].text.trimmed());
                throw ValidationError({{place, tr("%1: a time like 08:30 was expected, not '%2'")
                                                   .arg(place, text.left(40))}});
            }
        }
    }
    const bool hasAt = record.contains(QStringLiteral("at"));
    if (!hasAt && !day.isValid()) {
        const int cell = header.columns->cellOfKey.value(QStringLiteral("day"), -1);
        const QString place =
            cell < 0 ? tr("%1 line %2").arg(table.fileName).arg(row.line)
                     : QStringLiteral("%1 (%2)").arg(csvPlace(table.fileName, row.line, cell + 1),
                                                     table.header.cells[cell].text.trimmed());
        const QString text = cell < 0 ? QString() : row.cells.value(cell).text.trimmed();
        throw ValidationError(
            {{place,
              text.isEmpty()
                  ? tr("%1: the day of the record is missing (a date like 2026-03-31)").arg(place)
                  : tr("%1: a date like 2026-03-31 was expected, not '%2'")
                        .arg(place, text.left(40))}});
    }
    if (!record.contains(QStringLiteral("utcOffsetMinutes"))) {
        const QDateTime local =
            hasAt ? QDateTime::fromString(record.value(QStringLiteral("at")).toString(),
                                          Qt::ISODateWithMs)
                  : QDateTime(day, time);
        if (local.isValid())
            record.insert(QStringLiteral("utcOffsetMinutes"),
                          QTimeZone::systemTimeZone().offsetFromUtc(local) / 60);
    }
    if (!hasAt && day.isValid()) {
        const int offset = record.value(QStringLiteral("utcOffsetMinutes")).toInt();
        const QDateTime moment(day, time, Qt::OffsetFromUTC, offset * 60);
        record.insert(QStringLiteral("at"), moment.toUTC().toString(Qt::ISODateWithMs));
    }
}

QUuid uuidFromContents(const CsvTable& table, const CsvRow& row) {
    // A fixed namespace for PainPace's imports: the same row always gets the same id.
    static const QUuid kNamespace(QStringLiteral("{8f0c5c8e-3d5e-4b8a-9d7e-6a1f2b3c4d5e}"));
    QStringList texts{table.fileName};
    for (const CsvCell& cell : row.cells)
        texts.append(cell.text);
    return QUuid::createUuidV5(kNamespace, texts.join(QChar(0x1F)));
}

// Child rows are gathered per parent and list, and put into their parents once all are read.
using ChildLists = QHash<QString, QJsonArray>; // list key ("spasms") → rows

struct ReadState {
    QHash<QString, QList<QJsonObject>> lists;        // list key → records of top-level files
    QHash<QString, QHash<QString, int>> indexByUuid; // file → uuid → index in its list
    QHash<QString, QHash<int, ChildLists>> children; // parent list key → parent index → lists
    OriginMap origins;
    QStringList notes;
};

RowOrigin originOf(const CsvRow& row, const HeaderMap& header) {
    return {header.columns, row.line};
}

QJsonObject recordOf(const CsvFileSpec& spec, const CsvTable& table, const CsvRow& row,
                     const HeaderMap& header) {
    QJsonObject record;
    for (qsizetype i = 0; i < row.cells.size(); ++i) {
        if (const CsvColumn* column = header.columnOfCell.value(i))
            readCsvCell(record, *column, table.header.cells[i].text.trimmed(), row.cells[i], table,
                        row);
    }
    if (spec.hasMoment())
        resolveMoment(record, table, row, header);
    const bool hasUuidColumn = std::any_of(spec.columns.begin(), spec.columns.end(),
                                           [](const CsvColumn& c) { return c.jsonKey == kUuid; });
    if (hasUuidColumn && !record.contains(kUuid))
        record.insert(kUuid, uuidFromContents(table, row).toString(QUuid::WithoutBraces));
    return record;
}

void readTopLevel(const CsvFileSpec& spec, const CsvTable& table, ReadState& state) {
    const HeaderMap header = mapHeader(spec, table, state.notes);
    QList<QJsonObject>& list = state.lists[spec.listKey];
    QHash<QString, int>& byUuid = state.indexByUuid[spec.fileName];
    for (const CsvRow& row : table.rows) {
        const QJsonObject record = recordOf(spec, table, row, header);
        const QString path = QStringLiteral("%1[%2]").arg(spec.listKey).arg(list.size());
        state.origins.add(path, originOf(row, header));
        byUuid.insert(record.value(kUuid).toString().toLower(), static_cast<int>(list.size()));
        list.append(record);
    }
}

void readChildren(const CsvFileSpec& spec, const CsvTable& table, ReadState& state) {
    const HeaderMap header = mapHeader(spec, table, state.notes);
    const QString parentList = listKeyOf(spec.parentFile);
    const QHash<QString, int>& byUuid = state.indexByUuid[spec.parentFile];
    QHash<int, ChildLists>& childrenOf = state.children[parentList];
    for (const CsvRow& row : table.rows) {
        const CsvCell parentCell = row.cells.value(header.parentCell);
        const auto parent = byUuid.constFind(parentCell.text.trimmed().toLower());
        if (parent == byUuid.constEnd()) {
            const QString place = QStringLiteral("%1 (%2)").arg(
                csvPlace(table.fileName, row.line, parentCell.column), spec.parentColumn);
            throw ValidationError(
                {{place, tr("%1: '%2' is not the uuid of a row of %3")
                             .arg(place, parentCell.text.left(40), spec.parentFile)}});
        }
        QJsonArray& children = childrenOf[*parent][spec.listKey];
        state.origins.add(QStringLiteral("%1[%2].%3[%4]")
                              .arg(parentList)
                              .arg(*parent)
                              .arg(spec.listKey)
                              .arg(children.size()),
                          originOf(row, header));
        if (header.elementCell >= 0)
            children.append(row.cells.value(header.elementCell).text.trimmed());
        else
            children.append(recordOf(spec, table, row, header));
    }
}

QJsonObject rootOf(const ReadState& state) {
    QJsonObject root{{QStringLiteral("format"), QLatin1String(kDiaryJsonFormat)},
                     {QStringLiteral("formatVersion"), kDiaryJsonVersion}};
    for (auto list = state.lists.begin(); list != state.lists.end(); ++list) {
        const QHash<int, ChildLists> children = state.children.value(list.key());
        QJsonArray records;
        for (qsizetype i = 0; i < list->size(); ++i) {
            QJsonObject record = list->at(i);
            const ChildLists lists = children.value(static_cast<int>(i));
            for (auto child = lists.begin(); child != lists.end(); ++child)
                record.insert(child.key(), child.value());
            records.append(record);
        }
        root.insert(list.key(), records);
    }
    return root;
}

} // namespace

QMap<QString, QByteArray> diaryToCsv(const DiaryDocument& document) {
    const QJsonObject root = diaryToJsonObject(document);
    QMap<QString, QByteArray> files;
    for (const CsvFileSpec& spec : csvFileSpecs()) {
        QStringList header;
        if (spec.isChild())
            header.append(spec.parentColumn);
        for (const CsvColumn& column : spec.columns) {
            if (column.written)
                header.append(column.name);
        }
        files.insert(spec.fileName,
                     writeCsv(header, rowsOf(spec, root, listKeyOf(spec.parentFile))));
    }
    return files;
}

CsvImport diaryFromCsv(const QList<CsvInputFile>& files) {
    ReadState state;
    QHash<QString, CsvTable> tables;
    for (const CsvInputFile& file : files) {
        if (!csvFileSpec(file.role)) {
            state.notes.append(tr("%1 is not one of the files PainPace reads; it was not "
                                  "imported.")
                                   .arg(file.name));
            continue;
        }
        tables.insert(csvFileSpec(file.role)->fileName, CsvTable::parse(file.bytes, file.name));
    }
    for (const CsvFileSpec& spec : csvFileSpecs()) { // parents come before their children
        const auto table = tables.constFind(spec.fileName);
        if (table == tables.constEnd())
            continue;
        if (spec.isChild())
            readChildren(spec, *table, state);
        else
            readTopLevel(spec, *table, state);
    }
    try {
        return {diaryFromJsonObject(rootOf(state)), state.notes};
    } catch (const ValidationError& error) {
        ValidationIssues issues;
        for (const ValidationIssue& issue : error.issues())
            issues.append(state.origins.translate(issue));
        throw ValidationError(issues);
    }
}

} // namespace painpace
