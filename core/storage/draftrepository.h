#pragma once

#include <QJsonObject>
#include <QString>

#include <functional>
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
    // Runs `write` (the save that makes the draft obsolete) and removes the draft in one
    // transaction: a crash leaves either the draft or the saved record, never both, so a draft
    // is never offered again for input that was saved.
    void clearAlongside(const QString& slot, const std::function<void()>& write);

private:
    const Database& m_database;
};

} // namespace painpace
