#pragma once

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

#include "exchange/exchangefiles.h"

class QProgressDialog;
class QWidget;

namespace painpace {

class EditStack;

class Database;
struct ImportPreview;

// File ▸ Export and File ▸ Import: asks where, runs the work in the background with a progress
// dialog (an import can be cancelled and then leaves nothing behind), asks before an import is
// written, and puts the import on the undo stack.
class DiaryExchange : public QObject {
    Q_OBJECT
public:
    DiaryExchange(const Database& database, EditStack& undoStack, QWidget* window);

    void chooseAndExport(ExchangeFormat format);
    void chooseAndImport();
    // `passphrase` protects an ExchangeFormat::EncryptedJson export; an encrypted import asks
    // for its passphrase when it needs one (again after a wrong one).
    void exportTo(ExchangeFormat format, const QString& path, const QString& passphrase = {});
    void importFrom(const QString& path, const QString& passphrase = {});
    bool isBusy() const { return m_busy; }

    // Dialogs by default; tests answer and listen instead.
    void setConfirmation(std::function<bool(const QString& question)> confirm);
    void setReporter(std::function<void(const QString& message, bool problem)> report);
    // Asks for a passphrase: `protect` for a new export (asked twice), else to open a file;
    // nothing when the person cancels.
    using PassphraseAsker =
        std::function<std::optional<QString>(bool protect, const QString& explanation)>;
    void setPassphraseAsker(PassphraseAsker ask);
    // The progress dialog while work runs (null otherwise), so a test can cancel it.
    QProgressDialog* progress() const;

signals:
    // An export or import ended: written, refused, failed or cancelled. `message` says which.
    void finished(const QString& message, bool problem);

private:
    QProgressDialog* showProgress(const QString& label, int maximum);
    void finish(const QString& message, bool problem);
    void askPassphraseAndImport(const QString& path, bool afterAWrongOne);
    void confirmAndWrite(const QString& path, const ImportPreview& preview);
    void writeImport(const QString& path, const ImportPreview& preview);

    const Database& m_database;
    EditStack& m_undoStack;
    QWidget* m_window;
    QPointer<QProgressDialog> m_progress;
    bool m_busy = false;
    std::function<bool(const QString&)> m_confirm;
    std::function<void(const QString&, bool)> m_report;
    PassphraseAsker m_askPassphrase;
};

} // namespace painpace
