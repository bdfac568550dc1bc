#include "unreadjsonfields.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

namespace painpace {

namespace {

thread_local UnreadJsonFields* t_recording = nullptr;

// "checkIns[3].marks[0].hue" → "checkIns[].marks[].hue": one note for the same field everywhere.
QString withoutIndexes(const QString& path) {
    static const QRegularExpression kIndex(QStringLiteral("\\[\\d+\\]"));
    return QString(path).replace(kIndex, QStringLiteral("[]"));
}

} // namespace

UnreadJsonFields::UnreadJsonFields()
    : m_outer(t_recording) {
    t_recording = this;
}

UnreadJsonFields::~UnreadJsonFields() {
    t_recording = m_outer;
}

bool UnreadJsonFields::recording() {
    return t_recording != nullptr;
}

void UnreadJsonFields::noteLookedAt(const QString& path) {
    if (t_recording)
        t_recording->m_lookedAt.insert(path);
}

void UnreadJsonFields::collect(const QJsonObject& object, const QString& path, QStringList& order,
                               QHash<QString, Unread>& unread) const {
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString field = path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key();
        if (!m_lookedAt.contains(field)) {
            // A field given as null says nothing, so leaving it out loses nothing.
            if (it.value().isNull())
                continue;
            const QString kind = withoutIndexes(field);
            Unread& entry = unread[kind];
            if (entry.count++ == 0) {
                entry.firstPath = field;
                order.append(kind);
            }
        } else if (it.value().isObject()) {
            collect(it.value().toObject(), field, order, unread);
        } else if (it.value().isArray()) {
            collect(it.value().toArray(), field, order, unread);
        }
    }
}

void UnreadJsonFields::collect(const QJsonArray& array, const QString& path, QStringList& order,
                               QHash<QString, Unread>& unread) const {
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString element = QStringLiteral("%1[%2]").arg(path).arg(i);
        if (array.at(i).isObject())
            collect(array.at(i).toObject(), element, order, unread);
        else if (array.at(i).isArray())
            collect(array.at(i).toArray(), element, order, unread);
    }
}

QStringList UnreadJsonFields::notes(const QJsonObject& root) const {
    QStringList order;
    QHash<QString, Unread> unread;
    collect(root, QString(), order, unread);
    QStringList notes;
    for (const QString& kind : order) {
        const Unread& entry = unread.value(kind);
        const QString where =
            entry.count == 1
                ? entry.firstPath
                : QCoreApplication::translate("UnreadJsonFields", "%1 and %n more like it", nullptr,
                                              entry.count - 1)
                      .arg(entry.firstPath);
        notes.append(QCoreApplication::translate("UnreadJsonFields",
                                                 "%1: this field is not one PainPace reads; it "
                                                 "was not imported.")
                         .arg(where));
    }
    return notes;
}

} // namespace painpace
