#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

#include "diarydocument.h"

namespace painpace {

// The identity and version of PainPace's JSON export. The version goes up whenever a reader of
// the previous version could misread a file; resources/schema/ has the JSON Schema of each one.
inline constexpr const char* kDiaryJsonFormat = "painpace-diary";
inline constexpr int kDiaryJsonVersion = 1;

// The whole diary as one JSON document (UTF-8, indented, keys in a fixed order), so the same
// diary always gives the same bytes.
QByteArray diaryToJson(const DiaryDocument& document);
QJsonObject diaryToJsonObject(const DiaryDocument& document);

// Reads an export back. Everything is checked before anything is returned: the JSON syntax (a
// broken file names its line and column), the format and its version, every record's fields and
// ranges, and that no uuid appears twice. Throws ValidationError whose fields name the record and
// field ("checkIns[12].pain"); catalogue codes are checked by the import against the diary.
DiaryDocument diaryFromJson(const QByteArray& json);
DiaryDocument diaryFromJsonObject(const QJsonObject& root);

// diaryFromJson, and a note for each field of the file that PainPace does not read (a file from a
// newer PainPace or another program), so the person learns what the import leaves out.
struct JsonImport {
    DiaryDocument document;
    QStringList notes;
};
JsonImport importDiaryJson(const QByteArray& json);

} // namespace painpace
