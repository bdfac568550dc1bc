#include "csvtable.h"

#include <QCoreApplication>

#include "diary/validationissue.h"
#include "textposition.h"

namespace painpace {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("CsvTable", text);
}

[[noreturn]] void failAt(const QString& fileName, int line, int column, const QString& message) {
    const QString place = csvPlace(fileName, line, column);
    throw ValidationError({{place, QStringLiteral("%1: %2").arg(place, message)}});
}

QChar separatorOf(const QString& text) {
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
    const QStringView header = QStringView(text).left(lineEnd < 0 ? text.size() : lineEnd);
    return header.count(QLatin1Char(';')) > header.count(QLatin1Char(',')) ? QLatin1Char(';')
                                                                           : QLatin1Char(',');
}

// Reads rows one by one, keeping the line and column of every cell.
class CsvReader {
public:
    CsvReader(const QString& text, const QString& fileName)
        : m_text(text)
        , m_fileName(fileName)
        , m_separator(separatorOf(text)) {}

    bool atEnd() const { return m_pos >= m_text.size(); }

    CsvRow readRow() {
        CsvRow row{m_line, {}};
        const qsizetype rowStart = m_pos;
        while (true) {
            row.cells.append(readCell(static_cast<int>(row.cells.size()) + 1));
            if (m_pos - rowStart > kMaxCsvRowBytes)
                failAt(m_fileName, row.line, 1,
                       tr("a row longer than a megabyte is not a diary "
                          "entry"));
            if (atEnd())
                return row;
            const QChar c = m_text[m_pos];
            if (c == m_separator) {
                advance();
                continue;
            }
            skipLineEnd();
            return row;
        }
    }

private:
    void advance() {
        if (m_text[m_pos] == QLatin1Char('\n'))
            ++m_line;
        ++m_pos;
    }

    void skipLineEnd() {
        if (m_text[m_pos] == QLatin1Char('\r'))
            advance();
        if (!atEnd() && m_text[m_pos] == QLatin1Char('\n'))
            advance();
    }

    bool endsCell(QChar c) const {
        return c == m_separator || c == QLatin1Char('\n') || c == QLatin1Char('\r');
    }

    CsvCell readCell(int column) {
        CsvCell cell{QString(), column};
        if (atEnd() || m_text[m_pos] != QLatin1Char('"')) {
            const qsizetype start = m_pos;
            while (!atEnd() && !endsCell(m_text[m_pos]) && m_pos - start <= kMaxCsvRowBytes)
                advance();
            cell.text = m_text.mid(start, m_pos - start);
            return cell;
        }
        const int openLine = m_line;
        advance(); // the opening quote
        while (true) {
            if (atEnd())
                failAt(m_fileName, openLine, cell.column,
                       tr("a quoted cell is never closed (the file may be cut short)"));
            if (cell.text.size() > kMaxCsvRowBytes)
                failAt(m_fileName, openLine, cell.column,
                       tr("a cell longer than a megabyte is not a diary entry"));
            const QChar c = m_text[m_pos];
            advance();
            if (c != QLatin1Char('"')) {
                cell.text += c;
                continue;
            }
            if (!atEnd() && m_text[m_pos] == QLatin1Char('"')) {
                cell.text += c; // a doubled quote stands for one
                advance();
                continue;
            }
            if (!atEnd() && !endsCell(m_text[m_pos]))
                failAt(m_fileName, m_line, cell.column,
                       tr("text after a closing quote; quotes inside a cell are doubled (\"\")"));
            return cell;
        }
    }

    const QString& m_text;
    const QString m_fileName;
    const QChar m_separator;
    qsizetype m_pos = 0;
    int m_line = 1;
};

bool isBlank(const CsvRow& row) {
    return row.cells.size() == 1 && row.cells[0].text.trimmed().isEmpty();
}

QString quoted(const QString& cell) {
    static const QString special = QStringLiteral(",\"\r\n");
    bool needsQuotes = false;
    for (QChar c : cell)
        needsQuotes = needsQuotes || special.contains(c);
    if (!needsQuotes && cell.trimmed() == cell)
        return cell;
    QString escaped = cell;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace

QString csvPlace(const QString& fileName, int line, int column) {
    return tr("%1 line %2, column %3").arg(fileName).arg(line).arg(column);
}

CsvTable CsvTable::parse(const QByteArray& bytes, const QString& fileName) {
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        failAt(fileName, 1, 1,
               tr("the file is in UTF-16; PainPace reads UTF-8 (save it as CSV "
                  "UTF-8)"));
    const QByteArray body = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
    if (const qsizetype bad = firstInvalidUtf8(body); bad >= 0) {
        const TextPosition where = textPositionAt(body, bad);
        const QString place = tr("%1 line %2").arg(fileName).arg(where.line);
        throw ValidationError(
            {{place, tr("%1: the file is not UTF-8 (character %2 of the line; perhaps it is "
                        "Latin-1 or Windows-1252); save it as CSV UTF-8")
                         .arg(place)
                         .arg(where.column)}});
    }
    const QString text = QString::fromUtf8(body);
    CsvReader reader(text, fileName);
    CsvTable table;
    table.fileName = fileName;
    if (reader.atEnd())
        failAt(fileName, 1, 1, tr("the file is empty; a header row was expected"));
    table.header = reader.readRow();
    while (!reader.atEnd()) {
        CsvRow row = reader.readRow();
        if (isBlank(row))
            continue;
        if (row.cells.size() > table.header.cells.size())
            failAt(fileName, row.line, row.cells[table.header.cells.size()].column,
                   tr("%1 cells, but the header names %2 columns")
                       .arg(row.cells.size())
                       .arg(table.header.cells.size()));
        table.rows.append(row);
    }
    return table;
}

QByteArray writeCsv(const QStringList& header, const QList<QStringList>& rows) {
    QString text;
    const auto appendRow = [&text](const QStringList& cells) {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                text += QLatin1Char(',');
            text += quoted(cells[i]);
        }
        text += QStringLiteral("\r\n");
    };
    appendRow(header);
    for (const QStringList& row : rows)
        appendRow(row);
    return text.toUtf8();
}

} // namespace painpace
