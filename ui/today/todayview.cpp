#include "todayview.h"

#include "common/timeformat.h"
#include "diary/editcheckincommand.h"
#include "diary/validationissue.h"
#include "painscalebuttons.h"
#include "storage/checkinrepository.h"
#include "storage/database.h"
#include "storage/storageerror.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace painpace {

TodayView::TodayView(const Database& database, QUndoStack& undoStack, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_undoStack(undoStack) {
    buildLayout();
    connect(m_painScale, &PainScaleButtons::valueChanged, this, &TodayView::updateSaveState);
    connect(m_saveButton, &QPushButton::clicked, this, &TodayView::saveQuickCheckIn);
    const DiaryNotifier& notifier = m_database.notifier();
    connect(&notifier, &DiaryNotifier::checkInSaved, this, &TodayView::refresh);
    connect(&notifier, &DiaryNotifier::checkInRemoved, this, &TodayView::refresh);
    connect(&notifier, &DiaryNotifier::diaryReloaded, this, &TodayView::refresh);
    refresh();
    updateSaveState();
}

void TodayView::buildLayout() {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(14);

    m_greeting = new QLabel(this);
    m_greeting->setWordWrap(true);
    m_greeting->setTextFormat(Qt::RichText);
    layout->addWidget(m_greeting);

    m_question = new QLabel(tr("How is your pain right now?"), this);
    QFont questionFont = m_question->font();
    questionFont.setPointSizeF(questionFont.pointSizeF() * 1.6);
    m_question->setFont(questionFont);
    layout->addWidget(m_question);

    auto* scaleEnds = new QHBoxLayout;
    scaleEnds->addWidget(new QLabel(tr("0 = no pain"), this));
    scaleEnds->addStretch();
    scaleEnds->addWidget(new QLabel(tr("10 = worst imaginable"), this));
    layout->addLayout(scaleEnds);

    m_painScale = new PainScaleButtons(this);
    m_question->setBuddy(m_painScale);
    layout->addWidget(m_painScale);

    auto* saveRow = new QHBoxLayout;
    m_band = new QLabel(this);
    saveRow->addWidget(m_band, 1);
    m_saveButton = new QPushButton(tr("&Save check-in"), this);
    m_saveButton->setDefault(true);
    m_saveButton->setAutoDefault(true);
    m_saveButton->setMinimumHeight(44);
    saveRow->addWidget(m_saveButton);
    layout->addLayout(saveRow);

    m_bodyMapButton = new QPushButton(tr("Mark &where it hurts…"), this);
    m_bodyMapButton->setMinimumHeight(36);
    layout->addWidget(m_bodyMapButton, 0, Qt::AlignLeft);
    connect(m_bodyMapButton, &QPushButton::clicked, this, &TodayView::bodyMapRequested);

    m_feedback = new QLabel(this);
    m_feedback->setWordWrap(true);
    layout->addWidget(m_feedback);

    m_todayList = new QLabel(this);
    m_todayList->setWordWrap(true);
    m_todayList->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_todayList);
    layout->addStretch();
}

void TodayView::updateSaveState() {
    const auto pain = m_painScale->value();
    m_saveButton->setEnabled(pain.has_value());
    m_band->setText(pain ? tr("%1 of 10: %2").arg(*pain).arg(painBandName(*pain))
                         : tr("Pick a number, then save."));
}

void TodayView::saveQuickCheckIn() {
    const auto pain = m_painScale->value();
    if (!pain)
        return;
    CheckIn entry;
    entry.moment = DiaryMoment::now();
    entry.pain = *pain;
    try {
        m_undoStack.push(EditCheckInCommand::apply(m_database, std::nullopt, entry,
                                                   tr("check-in with pain %1").arg(entry.pain)));
    } catch (const ValidationError& error) {
        m_feedback->setText(error.message());
        return;
    } catch (const StorageError& error) {
        m_feedback->setText(tr("Not saved: %1").arg(error.message()));
        return;
    }
    m_painScale->setValue(std::nullopt);
    updateSaveState();
    m_feedback->setText(tr("Saved pain %1 at %2. Edit ▸ Undo takes it back.")
                            .arg(entry.pain)
                            .arg(shortTime(entry.moment.localTime().time())));
}

QString TodayView::todaySummary() const {
    const QDate today = QDate::currentDate();
    const QList<CheckIn> entries = CheckInRepository(m_database).between(today, today);
    if (entries.isEmpty())
        return tr("Nothing logged today yet.");
    QStringList parts;
    for (const CheckIn& entry : entries)
        parts << tr("%1 pain %2").arg(shortTime(entry.moment.localTime().time())).arg(entry.pain);
    return tr("Today: %1.").arg(parts.join(QStringLiteral(" · ")));
}

void TodayView::refresh() {
    const int total = CheckInRepository(m_database).count();
    if (total == 0) {
        m_greeting->setText(
            tr("<h2>Welcome to PainPace</h2><p>Your diary is empty and private: it stays on this "
               "computer. Start with your first check-in below: pick a number for your pain and "
               "save. That is all it takes; everything else is optional.</p><p><i>PainPace is a "
               "diary for managing your symptoms, not a diagnosis.</i></p>"));
    } else {
        m_greeting->setText(tr("<h2>Today</h2>"));
    }
    m_todayList->setText(todaySummary());
}

} // namespace painpace
