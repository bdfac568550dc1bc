#pragma once

#include <QString>

#include <optional>
#include <span>

namespace painpace {

// One row of a table that gives an enum value its stable storage code and its readable label.
// Codes are what the database and exports hold; labels are for people and are translated.
template <typename Enum> struct EnumCode {
    Enum value;
    const char* code;
    const char* label;
};

template <typename Enum> QString codeOf(std::span<const EnumCode<Enum>> table, Enum value) {
    for (const auto& row : table) {
        if (row.value == value)
            return QString::fromLatin1(row.code);
    }
    return {};
}

template <typename Enum> const char* labelOf(std::span<const EnumCode<Enum>> table, Enum value) {
    for (const auto& row : table) {
        if (row.value == value)
            return row.label;
    }
    return "";
}

template <typename Enum>
std::optional<Enum> enumFromCode(std::span<const EnumCode<Enum>> table, const QString& code) {
    for (const auto& row : table) {
        if (code == QLatin1String(row.code))
            return row.value;
    }
    return std::nullopt;
}

} // namespace painpace
