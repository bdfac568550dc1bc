#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace painpace {

class Database;

// Unsaved input, one draft per slot (e.g. "today"), stored as JSON in the diary itself: private
// like the entries and as durable. Drafts are not validated; they are what was typed so far.
class DraftRepository {
public:
    explicit DraftRepository(const Database& database);

    void save(const QString& slot, const QJsonObject& draft);
    std::optional<QJsonObject> load(const QString& slot) const;
    void clear(const QString& slot);

private:
    const Database& m_database;
};

} // namespace painpace
