#include "questionnairesview.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include "acrform.h"
#include "bodymap/widespreadpainindex.h"
#include "diary/validationissue.h"
#include "edit/diaryedits.h"
#include "edit/draftkeeper.h"
#include "edit/editstack.h"
#include "fiqrform.h"
#include "storage/database.h"
#include "storage/draftrepository.h"
#include "storage/markstatisticsrepository.h"
#include "storage/questionnairerepository.h"
#include "storage/storageerror.h"

namespace painpace {

namespace {

constexpr int kRecordRole = Qt::UserRole + 1;
const QString kAcrDraftSlot = QStringLiteral("acr-form");
const QString kFiqrDraftSlot = QStringLiteral("fiqr-form");
const QString kKindKey = QStringLiteral("kind");
const QString kAnswersKey = QStringLiteral("answers");

QuestionnaireRecord recordNow(std::variant<Acr2016Answers, FiqrAnswers> answers) {
    QuestionnaireRecord record;
    record.moment = DiaryMoment::now();
    record.answers = std::move(answers);
    return record;
}

QString summaryOf(const QuestionnaireRecord& record) {
    const QLocale locale;
    if (record.isAcr2016()) {
        const Acr2016Result r = scoreAcr2016(std::get<Acr2016Answers>(record.answers));
        return QuestionnairesView::tr("WPI %1, SSS %2, severity %3; criteria %4")
            .arg(r.wpi)
            .arg(r.sss)
            .arg(r.severity)
            .arg(r.criteriaMet ? QuestionnairesView::tr("met") : QuestionnairesView::tr("not met"));
    }
    const auto r = scoreFiqr(std::get<FiqrAnswers>(record.answers));
    return r ? QuestionnairesView::tr("%1 of 100, %2")
                   .arg(locale.toString(r->total, 'f', 1), fiqrBandName(r->band))
             : QString();
}

} // namespace

QuestionnairesView::QuestionnairesView(const Database& database, EditStack& undoStack,
                                       QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_undoStack(undoStack) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    auto* buttons = new QHBoxLayout;
    auto* acrButton = new QPushButton(tr("AC&R 2016 criteria"), this);
    auto* fiqrButton = new QPushButton(tr("F&IQR (impact)"), this);
    buttons->addWidget(acrButton);
    buttons->addWidget(fiqrButton);
    buttons->addStretch();
    layout->addLayout(buttons);

    m_forms = new QStackedWidget(this);
    m_acr = new AcrForm(m_forms);
    m_fiqr = new FiqrForm(m_forms);
    m_forms->addWidget(m_acr);
    m_forms->addWidget(m_fiqr);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_forms);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(scroll, 3);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    auto* historyRow = new QHBoxLayout;
    historyRow->addWidget(new QLabel(tr("<b>Your results</b>"), this));
    historyRow->addStretch();
    auto* deleteButton = new QPushButton(tr("&Delete result"), this);
    historyRow->addWidget(deleteButton);
    layout->addLayout(historyRow);
    m_model = new QStandardItemModel(0, 3, this);
    m_model->setHorizontalHeaderLabels({tr("Date"), tr("Questionnaire"), tr("Result")});
    m_history = new QTableView(this);
    m_history->setModel(m_model);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->verticalHeader()->hide();
    layout->addWidget(m_history, 1);

    connect(acrButton, &QPushButton::clicked, this, &QuestionnairesView::showAcr);
    connect(fiqrButton, &QPushButton::clicked, this, &QuestionnairesView::showFiqr);
    connect(deleteButton, &QPushButton::clicked, this, &QuestionnairesView::deleteSelected);
    connect(m_acr, &AcrForm::saveRequested, this, &QuestionnairesView::saveAcr);
    connect(m_fiqr, &FiqrForm::saveRequested, this, &QuestionnairesView::saveFiqr);
    connect(&m_database.notifier(), &DiaryNotifier::questionnairesChanged, this,
            &QuestionnairesView::reloadHistory);
    showAcr();
    reloadHistory();
    m_acrDraft = std::make_unique<DraftKeeper>(m_acr, [this] {
        storeDraft(kAcrDraftSlot, m_acr->hasChanges(), recordNow(m_acr->answers()));
    });
    m_fiqrDraft = std::make_unique<DraftKeeper>(m_fiqr, [this] {
        storeDraft(kFiqrDraftSlot, m_fiqr->hasChanges(), recordNow(m_fiqr->answers()));
    });
    restoreDrafts();
    connect(m_acr, &AcrForm::changed, m_acrDraft.get(), &DraftKeeper::changed);
    connect(m_fiqr, &FiqrForm::changed, m_fiqrDraft.get(), &DraftKeeper::changed);
}

QuestionnairesView::~QuestionnairesView() = default;

QString QuestionnairesView::message() const {
    return m_message->text();
}

void QuestionnairesView::storeDraft(const QString& slot, bool changed,
                                    const QuestionnaireRecord& record) {
    try {
        if (!changed) {
            DraftRepository(m_database).clear(slot);
            return;
        }
        DraftRepository(m_database)
            .save(slot, {{kKindKey, record.kindCode()}, {kAnswersKey, answersToJson(record)}});
    } catch (const StorageError& error) {
        m_message->setText(
            tr("Your answers could not be kept as a draft: %1").arg(error.message()));
    }
}

void QuestionnairesView::storeDrafts() {
    storeDraft(kAcrDraftSlot, m_acr->hasChanges(), recordNow(m_acr->answers()));
    storeDraft(kFiqrDraftSlot, m_fiqr->hasChanges(), recordNow(m_fiqr->answers()));
}

// Answers left unsaved when PainPace last stopped come back in their form.
void QuestionnairesView::restoreDrafts() {
    bool restored = false;
    for (const QString& slot : {kFiqrDraftSlot, kAcrDraftSlot}) {
        try {
            const auto draft = DraftRepository(m_database).load(slot);
            if (!draft)
                continue;
            QuestionnaireRecord record;
            answersFromJson(record, draft->value(kKindKey).toString(),
                            draft->value(kAnswersKey).toObject());
            if (record.isAcr2016() && slot == kAcrDraftSlot) {
                m_acr->setAnswers(std::get<Acr2016Answers>(record.answers));
                m_forms->setCurrentWidget(m_acr);
            } else if (!record.isAcr2016() && slot == kFiqrDraftSlot) {
                m_fiqr->setAnswers(std::get<FiqrAnswers>(record.answers));
                m_forms->setCurrentWidget(m_fiqr);
            }
            restored = true;
        } catch (const std::exception&) {
            // A draft that cannot be read must not block the view.
            DraftRepository(m_database).clear(slot);
        }
    }
    if (restored)
        m_message->setText(tr("PainPace kept the answers you had not saved last time. Save them, "
                              "or change them first."));
}

QString QuestionnairesView::unsavedInputName() const {
    QStringList forms;
    if (m_acr->hasChanges())
        forms << tr("ACR 2016");
    if (m_fiqr->hasChanges())
        forms << tr("FIQR");
    if (forms.isEmpty())
        return {};
    return tr("your %1 answers (Questionnaires)").arg(forms.join(tr(" and ")));
}

bool QuestionnairesView::saveUnsavedInput() {
    if (m_acr->hasChanges() && !saveAcr())
        return false;
    return !m_fiqr->hasChanges() || saveFiqr();
}

void QuestionnairesView::discardUnsavedInput() {
    m_fiqr->clear();
    m_acr->setAnswers({});
    prefillAcr();          // ticked again from the body map, as for a fresh form
    m_fiqrDraft->cancel(); // clearing the forms is no change to keep
    m_acrDraft->cancel();
    try {
        DraftRepository(m_database).clear(kAcrDraftSlot);
        DraftRepository(m_database).clear(kFiqrDraftSlot);
    } catch (const StorageError& error) {
        m_message->setText(tr("An old draft could not be removed: %1").arg(error.message()));
    }
}

void QuestionnairesView::showUnsavedInput() {
    m_forms->setCurrentWidget(m_acr->hasChanges() || !m_fiqr->hasChanges()
                                  ? static_cast<QWidget*>(m_acr)
                                  : static_cast<QWidget*>(m_fiqr));
}

bool QuestionnairesView::saveAcr() {
    if (!save(recordNow(m_acr->answers()), kAcrDraftSlot))
        return false;
    m_acr->markUntouched(); // the answers stay in view, and are saved
    m_acrDraft->cancel();
    return true;
}

bool QuestionnairesView::saveFiqr() {
    if (!save(recordNow(m_fiqr->answers()), kFiqrDraftSlot))
        return false;
    m_fiqr->clear();
    m_fiqrDraft->cancel();
    return true;
}

void QuestionnairesView::showAcr() {
    // Answers the person already changed are never replaced by the pre-fill.
    if (!m_acr->hasChanges())
        prefillAcr();
    m_forms->setCurrentWidget(m_acr);
}

// The WPI starts from the past week's body-map marks; the person confirms or corrects it.
void QuestionnairesView::prefillAcr() {
    const QDate today = QDate::currentDate();
    const QList<QString> regions =
        MarkStatisticsRepository(m_database).regionsMarked(today.addDays(-6), today);
    m_acr->prefill(wpiAreasForRegions(regions));
}

void QuestionnairesView::showFiqr() {
    m_forms->setCurrentWidget(m_fiqr);
}

bool QuestionnairesView::save(const QuestionnaireRecord& record, const QString& draftSlot) {
    try {
        DiaryEdits(m_database, m_undoStack).clearingDraft(draftSlot).addQuestionnaire(record);
        m_message->setText(tr("Saved. Edit ▸ Undo takes it back."));
        return true;
    } catch (const ValidationError& error) {
        m_message->setText(error.message());
    } catch (const StorageError& error) {
        m_message->setText(tr("Not saved: %1").arg(error.message()));
    }
    return false;
}

void QuestionnairesView::deleteSelected() {
    const QModelIndexList rows = m_history->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const auto record = m_model->item(rows.first().row(), 0)->data(kRecordRole).value<qint64>();
    for (const QuestionnaireRecord& stored : QuestionnaireRepository(m_database).history()) {
        if (stored.id != record)
            continue;
        try {
            DiaryEdits(m_database, m_undoStack).deleteQuestionnaire(stored);
        } catch (const StorageError& error) {
            m_message->setText(error.message());
        }
        return;
    }
}

void QuestionnairesView::reloadHistory() {
    m_model->removeRows(0, m_model->rowCount());
    for (const QuestionnaireRecord& record : QuestionnaireRepository(m_database).history()) {
        auto* date =
            new QStandardItem(QLocale().toString(record.moment.localDay, QLocale::ShortFormat));
        date->setData(QVariant::fromValue(record.id), kRecordRole);
        m_model->appendRow(
            {date, new QStandardItem(record.version()), new QStandardItem(summaryOf(record))});
    }
    m_history->resizeColumnsToContents();
}

} // namespace painpace
