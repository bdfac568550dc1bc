#pragma once

#include <QJsonObject>
#include <QSet>
#include <QStringList>

namespace painpace {

// Finds the fields of an imported JSON file that PainPace never read, so the import can say what
// it leaves out, as a CSV import does for an unknown column (docs/architecture.md, "Imports").
// While one of these lives on a thread, every field JsonFields looks at there is recorded by its
// path.
class UnreadJsonFields {
public:
    UnreadJsonFields();
    ~UnreadJsonFields();
    UnreadJsonFields(const UnreadJsonFields&) = delete;
    UnreadJsonFields& operator=(const UnreadJsonFields&) = delete;

    // Called by JsonFields for every field it looks at ("checkIns[3].marks[0].x"), when
    // recording() says that one of these lives on this thread.
    static bool recording();
    static void noteLookedAt(const QString& path);

    // One note per field name that `root` has and nothing looked at, counting the records that
    // have it: "checkIns[3].mood2 and 119 more like it: …". Records in the file's order, the
    // fields of one record by name (Qt keeps an object's keys sorted).
    QStringList notes(const QJsonObject& root) const;

private:
    struct Unread {
        QString firstPath;
        int count = 0;
    };
    void collect(const QJsonObject& object, const QString& path, QStringList& order,
                 QHash<QString, Unread>& unread) const;
    void collect(const QJsonArray& array, const QString& path, QStringList& order,
                 QHash<QString, Unread>& unread) const;

    QSet<QString> m_lookedAt;
    UnreadJsonFields* m_outer = nullptr;
};

} // namespace painpace
