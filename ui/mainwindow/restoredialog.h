#pragma once

#include <QDialog>

#include "storage/backuprotation.h"

class QLabel;
class QListWidget;

namespace painpace {

// Lists the diary's backups, newest first, with their date and number of check-ins, and says
// that the current diary is backed up before a restore (so a restore can be undone by restoring
// that copy).
class RestoreDialog : public QDialog {
    Q_OBJECT
public:
    RestoreDialog(const QList<BackupFile>& backups, QWidget* parent = nullptr);

    // For a diary that could not be opened: says why, and that the damaged file is kept.
    void explainDamage(const QString& reason);

    QLabel* note() const { return m_note; }
    QListWidget* list() const { return m_list; }
    QString chosenPath() const;

private:
    QLabel* m_note = nullptr;
    QListWidget* m_list = nullptr;
};

} // namespace painpace
