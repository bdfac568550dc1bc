#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPointer>
#include <QUuid>

#include "diary/painmark.h"
#include "editcommand.h"

namespace painpace {

class CheckInComposition;
class Database;

// A change to the body-map marks of one check-in, named by its uuid: while that check-in is
// still being filled in (the composition holds the uuid) the change is made there, and once it
// is stored, to the stored check-in, so a step made before Today's save still finds its marks
// after it. Only the marks change: an undo never takes back an edit of the check-in's other
// fields.
class MarksCommand final : public EditCommand {
    Q_DECLARE_TR_FUNCTIONS(MarksCommand)
public:
    MarksCommand(const Database& database, CheckInComposition* composition, const QUuid& uuid,
                 QList<PainMark> before, QList<PainMark> after, const QString& text);

protected:
    void apply() override { hold(m_after); }
    void revert() override { hold(m_before); }

private:
    void hold(const QList<PainMark>& marks);

    const Database& m_database;
    QPointer<CheckInComposition> m_composition;
    QUuid m_uuid;
    QList<PainMark> m_before;
    QList<PainMark> m_after;
};

} // namespace painpace
