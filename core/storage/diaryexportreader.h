#pragma once

#include "exchange/diarydocument.h"

namespace painpace {

class Database;

// Reads everything that belongs in an export from a diary, oldest first, so the same diary always
// gives the same document.
class DiaryExportReader {
public:
    explicit DiaryExportReader(const Database& database);

    DiaryDocument read() const;

private:
    void readOwnCatalogue(DiaryDocument& document) const;

    const Database& m_database;
};

} // namespace painpace
