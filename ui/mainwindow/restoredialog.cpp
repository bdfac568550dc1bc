#include "restoredialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include "common/timeformat.h"
#include "storage/diarybackups.h"

namespace painpace {

RestoreDialog::RestoreDialog(const QList<BackupFile>& backups, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Restore from backup"));
    auto* layout = new QVBoxLayout(this);
    m_note = new QLabel(tr("Choose the copy to go back to. Edit ▸ Undo takes the restore back, and "
                           "your diary as it is now is backed up first, so you can also come "
                           "back to it the same way later."),
                        this);
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Backups"));
    for (const BackupFile& backup : backups) {
        const int entries = DiaryBackups::entryCount(backup.path);
        const QString count =
            entries < 0 ? tr("cannot be read") : tr("%n check-in(s)", nullptr, entries);
        auto* item = new QListWidgetItem(tr("%1 — %2").arg(takenText(backup.taken), count), m_list);
        item->setData(Qt::UserRole, backup.path);
        if (entries < 0)
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
    }
    m_list->setCurrentRow(backups.isEmpty() ? -1 : 0);
    layout->addWidget(m_list);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    restore->setEnabled(!backups.isEmpty());
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, 360);
}

void RestoreDialog::explainDamage(const QString& reason) {
    m_note->setText(tr("PainPace could not open this diary: %1\n\nChoose a backup to put in its "
                       "place. The damaged file is kept in the backups folder first, so "
                       "nothing in it is thrown away.")
                        .arg(reason));
}

QString RestoreDialog::takenText(const QDateTime& taken) {
    return tr("%1 at %2")
        .arg(QLocale().toString(taken.date(), QLocale::LongFormat), shortTime(taken.time()));
}

QString RestoreDialog::outcomeText(const RestoreChanges& changes) {
    // Short enough to stand beside the diary's name in the status bar of the smallest window;
    // the backup's date is in the Edit menu's "Undo Restore the backup of …".
    if (changes.isEmpty())
        return tr("That backup holds what your diary holds: nothing changed.");
    return tr("Backup restored: %n entry(ies) changed. Undo takes it back.", nullptr,
              changes.added + changes.replaced + changes.removed);
}

QString RestoreDialog::chosenPath() const {
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

} // namespace painpace
