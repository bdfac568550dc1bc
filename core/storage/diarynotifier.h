#pragma once

#include <QDate>
#include <QObject>
#include <QUuid>

#include "diary/checkin.h"

namespace painpace {

// The one object that tells views what changed in the stored diary, so each view refreshes only
// what it shows. Repositories announce a change once it is committed for good, after the
// outermost commit (announce.h), and never a change that was rolled back. A check-in's signals
// say which record (row id and uuid) and which diary day.
class DiaryNotifier : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

signals:
    // A new or changed check-in; a new one is announced as added first.
    void checkInAdded(qint64 id, QDate day, QUuid uuid);
    void checkInSaved(qint64 id, QDate day, QUuid uuid);
    // The same save with the entry as stored, announced just before checkInSaved, for a view
    // that can show it without reading it back (docs/architecture.md, "Speed").
    void checkInStored(const painpace::CheckIn& entry);
    void checkInRemoved(qint64 id, QDate day, QUuid uuid);
    // Many entries changed at once (import, demo data): views reload whatever they show.
    void diaryReloaded();
    void catalogueChanged();
    void questionnairesChanged();
    void pacingChanged();
    void trialsChanged();

public:
    // Everything may have changed (an import, or undoing one): every view reloads.
    void announceEverythingChanged() {
        emit diaryReloaded();
        emit catalogueChanged();
        emit questionnairesChanged();
        emit pacingChanged();
        emit trialsChanged();
    }
};

} // namespace painpace
