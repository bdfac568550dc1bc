#include "jsonwording.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>

namespace painpace {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("JsonWording", text);
}

struct Container {
    bool object = false;
    bool expectingKey = false;
    QSet<QString> keys;
};

int hexDigit(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The four hex digits of a \u escape whose 'u' is at `at`, or -1.
int escapedUnit(const QByteArray& json, qsizetype at) {
    if (at + 4 >= json.size())
        return -1;
    int unit = 0;
    for (qsizetype i = at + 1; i <= at + 4; ++i) {
        const int digit = hexDigit(json[i]);
        if (digit < 0)
            return -1;
        unit = unit * 16 + digit;
    }
    return unit;
}

bool isHighSurrogate(int unit) {
    return unit >= 0xD800 && unit <= 0xDBFF;
}

bool isLowSurrogate(int unit) {
    return unit >= 0xDC00 && unit <= 0xDFFF;
}

// Reads the string whose opening quote is at `start`: its text (escapes decoded, enough to compare
// keys) and the offset after its closing quote. A lone surrogate escape is a problem.
struct StringRead {
    QString text;
    qsizetype end = 0;
    std::optional<JsonWordingProblem> problem;
};

StringRead readString(const QByteArray& json, qsizetype start) {
    StringRead read;
    QByteArray plain;
    qsizetype i = start + 1;
    const auto flushPlain = [&] {
        read.text += QString::fromUtf8(plain);
        plain.clear();
    };
    while (i < json.size() && json[i] != '"') {
        if (json[i] != '\\') {
            plain.append(json[i++]);
            continue;
        }
        const char escape = i + 1 < json.size() ? json[i + 1] : '\0';
        if (escape != 'u') {
            plain.append(escape);
            i += 2;
            continue;
        }
        flushPlain();
        const int unit = escapedUnit(json, i + 1);
        const bool paired = isHighSurrogate(unit) && i + 7 < json.size() && json[i + 6] == '\\' &&
                            json[i + 7] == 'u' && isLowSurrogate(escapedUnit(json, i + 7));
        if ((isHighSurrogate(unit) && !paired) || isLowSurrogate(unit)) {
            read.problem = JsonWordingProblem{
                i, tr("a text holds half of a character (\\u%1 without its other half)")
                       .arg(QString::number(unit, 16))};
            return read;
        }
        read.text += QChar(static_cast<char16_t>(unit));
        if (paired) {
            read.text += QChar(static_cast<char16_t>(escapedUnit(json, i + 7)));
            i += 6;
        }
        i += 6;
    }
    flushPlain();
    read.end = i + 1;
    return read;
}

} // namespace

std::optional<JsonWordingProblem> findJsonWordingProblem(const QByteArray& json) {
    QList<Container> open;
    for (qsizetype i = 0; i < json.size();) {
        const char c = json[i];
        if (c == '"') {
            StringRead read = readString(json, i);
            if (read.problem)
                return read.problem;
            if (!open.isEmpty() && open.last().object && open.last().expectingKey) {
                Container& object = open.last();
                if (object.keys.contains(read.text))
                    return JsonWordingProblem{
                        i, tr("\"%1\" is given twice in one object; PainPace does not guess "
                              "which one is meant")
                               .arg(read.text.left(40))};
                object.keys.insert(read.text);
                object.expectingKey = false;
            }
            i = read.end;
            continue;
        }
        if (c == '{')
            open.append({true, true, {}});
        else if (c == '[')
            open.append({false, false, {}});
        else if ((c == '}' || c == ']') && !open.isEmpty())
            open.removeLast();
        else if (c == ',' && !open.isEmpty() && open.last().object)
            open.last().expectingKey = true;
        ++i;
    }
    return std::nullopt;
}

} // namespace painpace
