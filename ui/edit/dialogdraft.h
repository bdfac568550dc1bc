#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <memory>

class QDialog;
class QWizardPage;

namespace painpace {

class Database;
class DraftKeeper;

// Keeps what is typed into a dialog (the plan and trial wizards) as a draft while it is open, so
// a crash or a power cut in the middle of setting up a plan loses at most the last second. The
// next time the same dialog opens, the draft is put back. Cancel drops it; after OK the caller's
// save removes it in the same write (DiaryEdits::clearingDraft), and a save that fails leaves it
// for next time. See docs/architecture.md, "Input that is not saved yet".
class DialogDraft {
    Q_DECLARE_TR_FUNCTIONS(DialogDraft)
public:
    // `extra` adds what the inputs do not show (a wizard's drawn seed, the uuid of the record
    // being changed); `fits` says whether a kept draft belongs to this use of the dialog.
    struct Extras {
        std::function<QJsonObject()> take;
        std::function<bool(const QJsonObject&)> fits;
        std::function<void(const QJsonObject&)> restore;
    };
    DialogDraft(const Database& database, QString slot, QDialog& dialog, Extras extras = {});
    ~DialogDraft();
    DialogDraft(const DialogDraft&) = delete;
    DialogDraft& operator=(const DialogDraft&) = delete;

    // Puts a kept draft back; true when there was one that fits.
    bool restore();
    // Runs the dialog; a cancelled one drops its draft.
    int exec();
    // Writes the draft now (the keeper does it within a second). When it cannot be written the
    // dialog says so (a wizard under its page's subtitle) until a later write succeeds.
    void store();
    // What the dialog says about its draft now; empty while drafts are kept.
    QString problem() const { return m_problem; }

private:
    void discard();
    void showProblem(const QString& problem);
    void showProblemOn(QWizardPage* page);

    const Database& m_database;
    QString m_slot;
    QDialog& m_dialog;
    Extras m_extras;
    std::unique_ptr<DraftKeeper> m_keeper;
    QString m_problem;
    QString m_windowTitle;                    // before a problem was shown in it
    QHash<QWizardPage*, QString> m_subtitles; // of the pages showing the problem, as they were
};

} // namespace painpace
