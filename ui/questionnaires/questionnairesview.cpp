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
#include "edit/editstack.h"
#include "fiqrform.h"
#include "storage/database.h"
#include "storage/markstatisticsrepository.h"
#include "storage/questionnairerepository.h"
#include "storage/storageerror.h"

namespace painpace {

namespace {

constexpr int kRecordRole = Qt::UserRole + 1;

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
    auto* acrButton = new QPushButton(tr("&ACR 2016 criteria"), this);
    auto* fiqrButton = new QPushButton(tr("&FIQR (impact)"), this);
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
    connect(m_acr, &AcrForm::saveRequested, this, [this] {
        QuestionnaireRecord record;
        record.moment = DiaryMoment::now();
        record.answers = m_acr->answers();
        save(record);
    });
    connect(m_fiqr, &FiqrForm::saveRequested, this, [this] {
        QuestionnaireRecord record;
        record.moment = DiaryMoment::now();
        record.answers = m_fiqr->answers();
        save(record);
        m_fiqr->clear();
    });
    connect(&m_database.notifier(), &DiaryNotifier::questionnairesChanged, this,
            &QuestionnairesView::reloadHistory);
    showAcr();
    reloadHistory();
}

void QuestionnairesView::showAcr() {
    // The WPI starts from the past week's body-map marks; the person confirms or corrects it.
    const QDate today = QDate::currentDate();
    const QList<QString> regions =
        MarkStatisticsRepository(m_database).regionsMarked(today.addDays(-6), today);
    m_acr->prefill(wpiAreasForRegions(regions));
    m_forms->setCurrentWidget(m_acr);
}

void QuestionnairesView::showFiqr() {
    m_forms->setCurrentWidget(m_fiqr);
}

void QuestionnairesView::save(const QuestionnaireRecord& record) {
    try {
        DiaryEdits(m_database, m_undoStack).addQuestionnaire(record);
        m_message->setText(tr("Saved. Edit ▸ Undo takes it back."));
    } catch (const ValidationError& error) {
        m_message->setText(error.message());
    } catch (const StorageError& error) {
        m_message->setText(tr("Not saved: %1").arg(error.message()));
    }
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
