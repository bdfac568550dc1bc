#include "checkincomposition.h"

namespace painpace {

CheckInComposition::CheckInComposition(QObject* parent)
    : QObject(parent)
    , m_uuid(QUuid::createUuid()) {}

void CheckInComposition::setMarks(const QList<PainMark>& marks) {
    if (marks == m_marks)
        return;
    m_marks = marks;
    emit marksChanged();
}

void CheckInComposition::restore(const QUuid& uuid, const QList<PainMark>& marks) {
    m_uuid = uuid.isNull() ? QUuid::createUuid() : uuid;
    m_marks = marks;
    emit marksChanged();
}

void CheckInComposition::startNew() {
    m_uuid = QUuid::createUuid();
    m_marks.clear();
    emit marksChanged();
}

} // namespace painpace
