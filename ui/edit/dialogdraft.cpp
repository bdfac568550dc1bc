#include "dialogdraft.h"

#include <QDialog>
#include <QWizard>

#include "draftkeeper.h"
#include "formsnapshot.h"
#include "storage/draftrepository.h"
#include "storage/storageerror.h"

namespace painpace {

namespace {
const QString kFormKey = QStringLiteral("form");
const QString kExtraKey = QStringLiteral("extra");
} // namespace

DialogDraft::DialogDraft(const Database& database, QString slot, QDialog& dialog, Extras extras)
    : m_database(database)
    , m_slot(std::move(slot))
    , m_dialog(dialog)
    , m_extras(std::move(extras))
    , m_keeper(std::make_unique<DraftKeeper>(&dialog, [this] { store(); })) {
    formsnapshot::watch(&dialog, m_keeper.get(), [this] { m_keeper->changed(); });
    if (auto* wizard = qobject_cast<QWizard*>(&dialog)) {
        QObject::connect(wizard, &QWizard::currentIdChanged, m_keeper.get(), [this, wizard] {
            if (!m_problem.isEmpty())
                showProblemOn(wizard->currentPage());
        });
    }
}

DialogDraft::~DialogDraft() = default;

void DialogDraft::store() {
    try {
        QJsonObject draft{{kFormKey, formsnapshot::take(&m_dialog)}};
        if (m_extras.take)
            draft.insert(kExtraKey, m_extras.take());
        DraftRepository(m_database).save(m_slot, draft);
        showProblem(QString());
    } catch (const StorageError& error) {
        // The dialog still holds the input; a draft is a second copy, so say it and go on.
        showProblem(tr("What you entered could not be kept as a draft (%1). It is all still "
                       "here: finish and save it when you can.")
                        .arg(error.message()));
    }
}

void DialogDraft::showProblem(const QString& problem) {
    if (problem == m_problem)
        return;
    const bool wasShown = !m_problem.isEmpty();
    m_problem = problem;
    auto* wizard = qobject_cast<QWizard*>(&m_dialog);
    if (wizard && problem.isEmpty()) {
        for (auto it = m_subtitles.cbegin(); it != m_subtitles.cend(); ++it)
            it.key()->setSubTitle(it.value());
        m_subtitles.clear();
    } else if (wizard) {
        for (auto it = m_subtitles.cbegin(); it != m_subtitles.cend(); ++it)
            it.key()->setSubTitle(it.value() + QStringLiteral("\n\n") + problem);
        showProblemOn(wizard->currentPage());
    } else if (problem.isEmpty()) {
        m_dialog.setWindowTitle(m_windowTitle);
        m_dialog.setToolTip(QString());
    } else {
        if (!wasShown)
            m_windowTitle = m_dialog.windowTitle();
        m_dialog.setWindowTitle(tr("%1 (not kept as a draft)").arg(m_windowTitle));
        m_dialog.setToolTip(problem);
    }
}

void DialogDraft::showProblemOn(QWizardPage* page) {
    if (!page || m_subtitles.contains(page))
        return;
    m_subtitles.insert(page, page->subTitle());
    page->setSubTitle(page->subTitle() + QStringLiteral("\n\n") + m_problem);
}

bool DialogDraft::restore() {
    std::optional<QJsonObject> draft;
    try {
        draft = DraftRepository(m_database).load(m_slot);
    } catch (const StorageError&) {
        return false;
    }
    if (!draft)
        return false;
    const QJsonObject extra = draft->value(kExtraKey).toObject();
    if (m_extras.fits && !m_extras.fits(extra))
        return false; // kept for another record: left for that one
    if (!formsnapshot::restore(&m_dialog, draft->value(kFormKey).toObject())) {
        discard(); // from another version of the dialog: it cannot be read back
        return false;
    }
    if (m_extras.restore)
        m_extras.restore(extra);
    m_keeper->cancel(); // putting it back is no change to keep
    if (auto* wizard = qobject_cast<QWizard*>(&m_dialog)) {
        if (QWizardPage* first = wizard->page(wizard->startId()))
            first->setSubTitle(tr("PainPace kept what you entered last time. Go on where you "
                                  "left off, or change it."));
    }
    return true;
}

int DialogDraft::exec() {
    const int result = m_dialog.exec();
    m_keeper->cancel();
    if (result == QDialog::Accepted)
        store(); // kept until the caller's save takes it along
    else
        discard();
    return result;
}

void DialogDraft::discard() {
    try {
        DraftRepository(m_database).clear(m_slot);
    } catch (const StorageError& error) {
        qWarning("PainPace: an old draft could not be removed: %s", qPrintable(error.message()));
    }
}

} // namespace painpace
