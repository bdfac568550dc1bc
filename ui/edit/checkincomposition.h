#pragma once

#include <QList>
#include <QObject>
#include <QUuid>

#include "diary/painmark.h"

namespace painpace {

// The check-in being filled in on Today, as far as the body map adds to it: the marks made for
// it, and the uuid it will be stored under. Nothing of it is in the diary until Today saves it
// (docs/architecture.md, "Marks belong to the check-in being filled in").
class CheckInComposition : public QObject {
    Q_OBJECT
public:
    explicit CheckInComposition(QObject* parent = nullptr);

    const QUuid& uuid() const { return m_uuid; }
    const QList<PainMark>& marks() const { return m_marks; }
    void setMarks(const QList<PainMark>& marks);
    // Takes back a composition kept in a draft.
    void restore(const QUuid& uuid, const QList<PainMark>& marks);
    // The composition was saved or dropped: the next one starts empty, under a new uuid.
    void startNew();

signals:
    void marksChanged();

private:
    QUuid m_uuid;
    QList<PainMark> m_marks;
};

} // namespace painpace
