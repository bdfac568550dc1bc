#include "todaytrialpanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

#include "common/cachedtextlabel.h"
#include "edit/diaryedits.h"
#include "edit/editstack.h"
#include "storage/database.h"
#include "storage/trialrepository.h"

namespace painpace {

TodayTrialPanel::TodayTrialPanel(const Database& database, EditStack& undoStack, QWidget* parent)
    : QGroupBox(tr("Trial"), parent)
    , m_database(database)
    , m_undoStack(undoStack) {
    auto* row = new QHBoxLayout(this);
    m_day = new CachedTextLabel(this);
    // No Alt letters here: on Today the menus, the pages and the check-in's fields use every
    // letter these words have (docs/architecture.md, "Input: keyboard, mouse wheel and
    // mnemonics"); Tab reaches both buttons.
    m_followed = new QPushButton(tr("Followed today"), this);
    m_notFollowed = new QPushButton(tr("Not today"), this);
    for (QPushButton* button : {m_followed, m_notFollowed})
        button->setCheckable(true);
    row->addWidget(m_day, 1);
    row->addWidget(m_followed);
    row->addWidget(m_notFollowed);
    connect(m_followed, &QPushButton::clicked, this, [this] { answer(true); });
    connect(m_notFollowed, &QPushButton::clicked, this, [this] { answer(false); });
    connect(&m_database.notifier(), &DiaryNotifier::trialsChanged, this, &TodayTrialPanel::refresh);
    refresh();
}

void TodayTrialPanel::refresh() {
    const QDate today = QDate::currentDate();
    const TrialRepository repository(m_database);
    const std::optional<TherapyTrial> trial = repository.runningOn(today);
    setVisible(trial.has_value());
    if (!trial)
        return;
    m_trialId = trial->id;
    const auto info = trialDayOf(trialSchedule(*trial), today);
    const QString arm = info->arm == TrialArm::A   ? trial->therapyName
                        : info->arm == TrialArm::B ? comparisonName(*trial)
                                                   : tr("baseline, your usual routine");
    m_day->setText(
        tr("Day %1 of %2: %3 period.").arg(info->dayNumber).arg(info->totalDays).arg(arm));
    const QHash<QDate, bool> answers = repository.followed(trial->id);
    m_followed->setChecked(answers.contains(today) && answers.value(today));
    m_notFollowed->setChecked(answers.contains(today) && !answers.value(today));
}

void TodayTrialPanel::answer(bool followed) {
    const QDate today = QDate::currentDate();
    const std::optional<TherapyTrial> trial = TrialRepository(m_database).trial(m_trialId);
    if (!trial)
        return;
    const QHash<QDate, bool> answers = TrialRepository(m_database).followed(m_trialId);
    const std::optional<bool> before =
        answers.contains(today) ? std::optional(answers.value(today)) : std::nullopt;
    try {
        DiaryEdits(m_database, m_undoStack).answerAdherence(*trial, today, before, followed);
    } catch (const std::exception& error) {
        QMessageBox::warning(this, tr("Answer not saved"), QString::fromUtf8(error.what()));
    }
    refresh();
}

} // namespace painpace
