#include "diaryexchange.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>

#include "common/backgroundjob.h"
#include "edit/diaryedits.h"
#include "edit/editstack.h"
#include "exchangejobs.h"
#include "passphrasedialog.h"

namespace painpace {

namespace {

QString defaultName(const QString& suffix) {
    return QStringLiteral("painpace-export-%1%2")
        .arg(QDate::currentDate().toString(Qt::ISODate), suffix);
}

} // namespace

DiaryExchange::DiaryExchange(const Database& database, EditStack& undoStack, QWidget* window)
    : QObject(window)
    , m_database(database)
    , m_undoStack(undoStack)
    , m_window(window) {
    m_confirm = [this](const QString& question) {
        QMessageBox box(QMessageBox::Question, tr("Import"), question, QMessageBox::NoButton,
                        m_window);
        QPushButton* import = box.addButton(tr("&Import"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(import);
        box.exec();
        return box.clickedButton() == import;
    };
    m_report = [this](const QString& message, bool problem) {
        if (problem)
            QMessageBox::warning(m_window, tr("PainPace"), message);
        else
            QMessageBox::information(m_window, tr("PainPace"), message);
    };
    m_askPassphrase = [this](bool protect, const QString& explanation) {
        return PassphraseDialog::ask(protect ? PassphraseDialog::Purpose::Protect
                                             : PassphraseDialog::Purpose::Open,
                                     explanation, m_window);
    };
}

void DiaryExchange::setPassphraseAsker(PassphraseAsker ask) {
    m_askPassphrase = std::move(ask);
}

QProgressDialog* DiaryExchange::progress() const {
    return m_progress;
}

void DiaryExchange::setConfirmation(std::function<bool(const QString&)> confirm) {
    m_confirm = std::move(confirm);
}

void DiaryExchange::setReporter(std::function<void(const QString&, bool)> report) {
    m_report = std::move(report);
}

QProgressDialog* DiaryExchange::showProgress(const QString& label, int maximum) {
    auto* dialog = new QProgressDialog(label, tr("Cancel"), 0, maximum, m_window);
    dialog->setWindowTitle(tr("PainPace"));
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setMinimumDuration(300); // quick work finishes without a dialog flashing up
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_progress = dialog;
    return dialog;
}

void DiaryExchange::finish(const QString& message, bool problem) {
    if (m_progress)
        m_progress->close();
    m_busy = false;
    m_report(message, problem);
    emit finished(message, problem);
}

void DiaryExchange::chooseAndExport(ExchangeFormat format) {
    const QString home = QDir::homePath();
    QString path;
    if (format == ExchangeFormat::Json) {
        path =
            QFileDialog::getSaveFileName(m_window, tr("Export everything as JSON"),
                                         QDir(home).filePath(defaultName(QStringLiteral(".json"))),
                                         tr("PainPace export (*.json)"));
    } else if (format == ExchangeFormat::EncryptedJson) {
        path = QFileDialog::getSaveFileName(
            m_window, tr("Export everything as an encrypted file"),
            QDir(home).filePath(defaultName(QStringLiteral(".painpace"))),
            tr("Encrypted PainPace export (*.painpace)"));
        if (path.isEmpty())
            return;
        const std::optional<QString> passphrase = m_askPassphrase(
            true, tr("The file can be opened only with this passphrase, in PainPace on any "
                     "computer. Keep the passphrase apart from the file; if it is lost, so is "
                     "what the file holds."));
        if (passphrase)
            exportTo(format, path, *passphrase);
        return;
    } else {
        const QString folder = QFileDialog::getExistingDirectory(
            m_window, tr("Where should the folder of CSV files go?"), home);
        if (!folder.isEmpty())
            path = QDir(folder).filePath(defaultName(QStringLiteral("-csv")));
    }
    if (!path.isEmpty())
        exportTo(format, path);
}

void DiaryExchange::exportTo(ExchangeFormat format, const QString& path,
                             const QString& passphrase) {
    if (m_busy)
        return;
    m_busy = true;
    QProgressDialog* progress = showProgress(tr("Exporting your diary…"), 0);
    progress->setCancelButton(nullptr); // an export only reads; it is quick and safe to finish
    const Database::SharedFile diary = m_database.sharedFile();
    runInBackground<ExportOutcome>(
        this, nullptr,
        [diary, format, path, passphrase](QPromise<ExportOutcome>& promise) {
            runExport(promise, diary, format, path, passphrase);
        },
        [this, path, format](const ExportOutcome& outcome) {
            if (!outcome.error.isEmpty()) {
                finish(tr("The export could not be written: %1").arg(outcome.error), true);
                return;
            }
            const QString kept =
                format == ExchangeFormat::EncryptedJson
                    ? tr("It is encrypted: only its passphrase opens it.")
                    : tr("The file is readable only by you; keep it somewhere safe.");
            finish(tr("Exported %1 check-ins, %2 questionnaires, %3 pacing plans and %4 therapy "
                      "trials to %5. %6")
                       .arg(QLocale().toString(outcome.checkIns))
                       .arg(outcome.questionnaires)
                       .arg(outcome.pacingPlans)
                       .arg(outcome.trials)
                       .arg(QDir::toNativeSeparators(path), kept),
                   false);
        });
}

void DiaryExchange::chooseAndImport() {
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Import"), QDir::homePath(),
        tr("PainPace export or spreadsheet (*.json *.painpace *.csv);;All files (*)"));
    if (!path.isEmpty())
        importFrom(path);
}

void DiaryExchange::importFrom(const QString& path, const QString& passphrase) {
    if (m_busy)
        return;
    m_busy = true;
    QProgressDialog* progress =
        showProgress(tr("Reading and checking %1…").arg(QFileInfo(path).fileName()), 0);
    const Database::SharedFile diary = m_database.sharedFile();
    runInBackground<ImportPreview>(
        this, progress,
        [diary, path, passphrase](QPromise<ImportPreview>& promise) {
            runImportCheck(promise, diary, path, passphrase);
        },
        [this, path, passphrase](const ImportPreview& preview) {
            // Reading changes nothing: a cancel lets it finish and drops what was read.
            if (m_progress && m_progress->wasCanceled()) {
                finish(tr("The import was cancelled; your diary is unchanged."), false);
                return;
            }
            if (preview.needsPassphrase) {
                askPassphraseAndImport(path, !passphrase.isEmpty());
                return;
            }
            if (!preview.error.isEmpty()) {
                finish(
                    tr("Nothing was imported; your diary is unchanged.\n\n%1").arg(preview.error),
                    true);
                return;
            }
            confirmAndWrite(path, preview);
        });
}

void DiaryExchange::askPassphraseAndImport(const QString& path, bool afterAWrongOne) {
    if (m_progress)
        m_progress->close();
    m_busy = false;
    const QString name = QFileInfo(path).fileName();
    const std::optional<QString> passphrase = m_askPassphrase(
        false, afterAWrongOne ? tr("That passphrase does not open %1. Try again, with the "
                                   "passphrase chosen when the file was exported.")
                                    .arg(name)
                              : tr("%1 is encrypted. Its passphrase opens it.").arg(name));
    if (!passphrase) {
        finish(tr("Nothing was imported; your diary is unchanged."), false);
        return;
    }
    importFrom(path, *passphrase);
}

void DiaryExchange::confirmAndWrite(const QString& path, const ImportPreview& preview) {
    if (m_progress)
        m_progress->close();
    if (preview.summary.added() == 0) {
        finish(tr("Everything in %1 is in your diary already; nothing was added.")
                   .arg(QFileInfo(path).fileName()),
               false);
        return;
    }
    QString question = tr("Add %1 from %2 to your diary?")
                           .arg(preview.summary.addedText(), QFileInfo(path).fileName());
    if (preview.summary.alreadyThere() > 0)
        question +=
            QLatin1Char(' ') + tr("%1 records are in your diary already and stay as they are.")
                                   .arg(preview.summary.alreadyThere());
    if (!preview.notes.isEmpty())
        question += QStringLiteral("\n\n") + preview.notes.join(QLatin1Char('\n'));
    question += QStringLiteral("\n\n") + tr("Edit ▸ Undo takes the import out again.");
    if (!m_confirm(question)) {
        finish(tr("Nothing was imported."), false);
        return;
    }
    writeImport(path, preview);
}

void DiaryExchange::writeImport(const QString& path, const ImportPreview& preview) {
    const auto total = static_cast<int>(preview.document->recordCount());
    QProgressDialog* progress =
        showProgress(tr("Importing %1…").arg(QFileInfo(path).fileName()), total);
    const Database::SharedFile diary = m_database.sharedFile();
    const std::shared_ptr<const DiaryDocument> document = preview.document;
    const CancelFlag cancel = std::make_shared<std::atomic_bool>(false);
    connect(progress, &QProgressDialog::canceled, this, [progress, cancel] {
        cancel->store(true);
        progress->setLabelText(tr("Cancelling: taking back what was written…"));
    });
    runInBackground<ImportOutcome>(
        this, progress,
        [diary, document, cancel](QPromise<ImportOutcome>& promise) {
            runImportWrite(promise, diary, document, cancel);
        },
        [this, path, document](const ImportOutcome& outcome) {
            if (outcome.cancelled) {
                finish(tr("The import was cancelled; your diary is unchanged."), false);
                return;
            }
            if (!outcome.error.isEmpty()) {
                finish(
                    tr("Nothing was imported; your diary is unchanged.\n\n%1").arg(outcome.error),
                    true);
                return;
            }
            // The import was written on another connection: the views of this one reload.
            m_database.notifier().announceEverythingChanged();
            DiaryEdits(m_database, m_undoStack)
                .recordImport(document, outcome.summary.addedIds, path);
            finish(
                tr("Imported %1. Edit ▸ Undo takes it out again.").arg(outcome.summary.addedText()),
                false);
        });
}

} // namespace painpace
