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
}

DialogDraft::~DialogDraft() = default;

void DialogDraft::store() {
    try {
        QJsonObject draft{{kFormKey, formsnapshot::take(&m_dialog)}};
        if (m_extras.take)
            draft.insert(kExtraKey, m_extras.take());
        DraftRepository(m_database).save(m_slot, draft);
    } catch (const StorageError& error) {
        // The dialog still holds the input; a draft is a second copy, so say it and go on.
        qWarning("PainPace: a draft of the dialog could not be kept: %s",
                 qPrintable(error.message()));
    }
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
