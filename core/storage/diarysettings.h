#pragma once

#include <QString>

#include <optional>

namespace painpace {

class Database;

// Settings that belong to one diary rather than to the computer, kept in the diary file: they go
// with it to another computer, and another diary does not inherit them.
class DiarySettings {
public:
    explicit DiarySettings(const Database& database);

    static constexpr int kDefaultMarkIntensity = 5;

    // The intensity a new body-map mark starts at: the last one the person chose in this diary.
    int markIntensity() const;
    // Throws ValidationError outside 0–10, StorageError when the diary cannot be written.
    void setMarkIntensity(int intensity);

    // A diary written by the demo generator: made-up entries, marked so the window can say so.
    bool isDemo() const;
    void markAsDemo();

private:
    std::optional<QString> value(const QString& name) const;
    void setValue(const QString& name, const QString& value);

    const Database& m_database;
};

} // namespace painpace
