#pragma once

#include <QDialog>

#include "storage/backuprotation.h"
#include "storage/diaryrestorer.h"

class QLabel;
class QListWidget;

namespace painpace {

// Lists the diary's backups, newest first, with their date and number of check-ins, and says
// that a restore can be undone (Edit ▸ Undo) and that the diary as it is now is backed up first.
class RestoreDialog : public QDialog {
    Q_OBJECT
public:
    RestoreDialog(const QList<BackupFile>& backups, QWidget* parent = nullptr);

    // For a diary that could not be opened: says why, and that the damaged file is kept.
    void explainDamage(const QString& reason);

    QLabel* note() const { return m_note; }
    QListWidget* list() const { return m_list; }
    QString chosenPath() const;

    // "3 December 2026 at 09:14": how a backup is named in the list, the undo menu and messages.
    static QString takenText(const QDateTime& taken);
    // The status line after a restore: what changed, and that Undo takes it back.
    static QString outcomeText(const RestoreChanges& changes);

private:
    QLabel* m_note = nullptr;
    QListWidget* m_list = nullptr;
};

} // namespace painpace
