#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QUuid>

#include <optional>
#include <span>

#include "diary/enumcodes.h"

namespace painpace {

// Reads the fields of one JSON object strictly and names every problem by its full path
// ("checkIns[12].spasms[0].count"), so an imported file can be fixed where it is wrong. A wrong
// type, a fraction where a whole number belongs, a number too large for its field or an invalid
// date throws ValidationError; ranges that depend on the field's meaning are left to the
// validators of the records.
class JsonFields {
public:
    JsonFields(QJsonObject object, QString path);

    // The object at `index` of `array`, whose own path is `arrayPath`.
    static JsonFields element(const QJsonArray& array, qsizetype index, const QString& arrayPath);

    QString pathOf(const char* name) const;
    const QString& path() const { return m_path; }
    bool has(const char* name) const; // present and not null
    // A field PainPace writes for people who read the file and works out again from the others
    // on import (a questionnaire's score); looked at, so no note calls it unread.
    void derived(const char* name) const { has(name); }

    int wholeNumber(const char* name) const;
    std::optional<int> optionalWholeNumber(const char* name) const;
    qint64 bigWholeNumber(const char* name) const;
    double number(const char* name) const;
    std::optional<double> optionalNumber(const char* name) const;
    QString text(const char* name) const;         // required, may be empty
    QString optionalText(const char* name) const; // empty when absent or null
    bool flag(const char* name) const;            // false when absent
    QDate date(const char* name) const;
    std::optional<QDate> optionalDate(const char* name) const;
    QDateTime instant(const char* name) const; // ISO 8601 with an offset, returned in UTC
    QUuid uuid(const char* name) const;
    QJsonArray array(const char* name) const; // empty when absent
    JsonFields object(const char* name) const;

    // A stable code of one of the enum's values.
    template <typename Enum>
    Enum code(const char* name, std::span<const EnumCode<Enum>> codes) const {
        const QString value = text(name);
        const std::optional<Enum> known = enumFromCode<Enum>(codes, value);
        if (!known) {
            QStringList allowed;
            for (const auto& row : codes)
                allowed.append(QLatin1String(row.code));
            failUnknown(name, value, allowed);
        }
        return *known;
    }

    // An element of a list of small whole numbers (weekdays, body areas, answers): the number
    // when `value` is one from `low` to `high`, else nothing. Never casts a number out of range.
    static std::optional<int> wholeNumberIn(const QJsonValue& value, int low, int high);

    [[noreturn]] void fail(const char* name, const QString& message) const;
    [[noreturn]] static void failAt(const QString& path, const QString& message);

private:
    [[noreturn]] void failUnknown(const char* name, const QString& value,
                                  const QStringList& allowed) const;
    QJsonValue required(const char* name) const;

    QJsonObject m_object;
    QString m_path;
};

// Dates a diary can hold: anything else in a file is a mistake, not a diary entry.
inline const QDate kEarliestDiaryDate{1900, 1, 1};
inline const QDate kLatestDiaryDate{2199, 12, 31};

} // namespace painpace
