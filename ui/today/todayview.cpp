#include "todayview.h"

#include <QApplication>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

#include "common/cachedtextlabel.h"
#include "common/nextstepaccent.h"
#include "common/refreshwhenshown.h"
#include "common/textslot.h"
#include "common/timeformat.h"
#include "diary/checkindetailsform.h"
#include "diary/validationissue.h"
#include "edit/checkincomposition.h"
#include "edit/diaryedits.h"
#include "edit/draftkeeper.h"
#include "edit/editstack.h"
#include "exchange/checkinjson.h"
#include "pacing/todaysessionspanel.h"
#include "painscalebuttons.h"
#include "storage/checkinrepository.h"
#include "storage/database.h"
#include "storage/draftrepository.h"
#include "storage/storageerror.h"
#include "trials/todaytrialpanel.h"

namespace painpace {

TodayView::TodayView(const Database& database, EditStack& undoStack,
                     CheckInComposition& composition, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_undoStack(undoStack)
    , m_composition(composition) {
    buildLayout();
    connect(m_painScale, &PainScaleButtons::valueChanged, this, &TodayView::updateSaveState);
    // Everything entered is kept as a draft in the diary (DraftKeeper says when).
    m_drafts = std::make_unique<DraftKeeper>(this, [this] { storeDraft(); });
    connect(m_painScale, &PainScaleButtons::valueChanged, m_drafts.get(), &DraftKeeper::changed);
    connect(m_details, &CheckInDetailsForm::changed, m_drafts.get(), &DraftKeeper::changed);
    connect(&m_composition, &CheckInComposition::marksChanged, m_drafts.get(),
            &DraftKeeper::changed);
    connect(&m_composition, &CheckInComposition::marksChanged, this, &TodayView::showMarkCount);
    connect(m_saveButton, &QPushButton::clicked, this, &TodayView::saveQuickCheckIn);
    for (int score = 0; score <= 10; ++score)
        m_painScale->button(score)->installEventFilter(this);
    const DiaryNotifier& notifier = m_database.notifier();
    auto* refresher = new RefreshWhenShown(this, [this] { refresh(); });
    // The message about the last save is one line: it is kept right even while Today is hidden.
    connect(&notifier, &DiaryNotifier::checkInStored, refresher,
            [this, refresher](const CheckIn& entry) {
                followLastSaved(entry.uuid, &entry);
                refresher->update([=, this] { followSavedEntry(entry); });
            });
    connect(&notifier, &DiaryNotifier::checkInRemoved, refresher,
            [this, refresher](qint64, QDate, QUuid uuid) {
                followLastSaved(uuid, nullptr);
                refresher->update([=, this] { followRemovedEntry(uuid); });
            });
    // Many entries changed at once (an import, a restore, or the undo of either): the message
    // looks its entry up again.
    connect(&notifier, &DiaryNotifier::diaryReloaded, refresher, [this, refresher] {
        if (m_lastSaved) {
            const auto stored = CheckInRepository(m_database).findByUuid(m_lastSaved->uuid);
            followLastSaved(m_lastSaved->uuid, stored ? &*stored : nullptr);
        }
        refresher->request();
    });
    refresher->loadWhenFirstShown();
    updateSaveState();
    restoreDraft();
}

TodayView::~TodayView() = default;

namespace {
const QString kDraftSlot = QStringLiteral("today");
}

// What is entered now, as the check-in it will become (its pain is set by the caller): the
// draft and the save build it the same way.
CheckIn TodayView::pendingEntry() const {
    CheckIn entry;
    entry.moment = DiaryMoment::now();
    entry.uuid = m_composition.uuid(); // the uuid the body map's steps know it by
    entry.marks = m_composition.marks();
    m_details->fillIn(entry);
    return entry;
}

void TodayView::storeDraft() {
    try {
        if (!hasUnsavedInput()) {
            DraftRepository(m_database).clear(kDraftSlot);
            return;
        }
        const CheckIn entry = pendingEntry();
        const auto pain = m_painScale->value();
        DraftRepository(m_database)
            .save(kDraftSlot, {{QStringLiteral("pain"), pain ? QJsonValue(*pain) : QJsonValue()},
                               {QStringLiteral("entry"), checkInToJson(entry)}});
    } catch (const StorageError& error) {
        m_feedback->setText(tr("Your input could not be kept as a draft: %1").arg(error.message()));
    }
}

void TodayView::restoreDraft() {
    try {
        const auto draft = DraftRepository(m_database).load(kDraftSlot);
        if (!draft)
            return;
        const CheckIn entry = checkInFromJson(draft->value(QStringLiteral("entry")).toObject());
        m_details->load(entry);
        m_composition.restore(entry.uuid, entry.marks);
        if (!m_details->isEmpty())
            m_moreButton->setChecked(true);
        const QJsonValue pain = draft->value(QStringLiteral("pain"));
        m_painScale->setValue(pain.isDouble() ? std::optional<int>(pain.toInt()) : std::nullopt);
        updateSaveState();
        m_feedback->setText(tr("PainPace kept what you had entered last time. Save it, or change "
                               "it first."));
    } catch (const std::exception&) {
        // A draft that cannot be read is dropped rather than blocking the view.
        DraftRepository(m_database).clear(kDraftSlot);
    }
}

QString TodayView::unsavedInputName() const {
    return hasUnsavedInput() ? tr("your new check-in (Today)") : QString();
}

void TodayView::discardInput() {
    m_painScale->setValue(std::nullopt);
    m_details->clear();
    m_composition.startNew();
    storeDraft();
    updateSaveState();
}

bool TodayView::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool confirms = key->key() == Qt::Key_Space || key->key() == Qt::Key_Return ||
                              key->key() == Qt::Key_Enter;
        const auto picked = m_painScale->value();
        if (confirms && key->modifiers() == Qt::NoModifier && picked &&
            watched == m_painScale->button(*picked)) {
            saveQuickCheckIn();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TodayView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    // The optional fields take as many columns as fit, so nothing scrolls sideways.
    const int column = std::min(width(), kReadableWidth);
    m_details->fitToWidth(column);
    // The four buttons under the scale fit one row from about 900 px; below, two rows of two.
    arrangeActionButtons(column < 900);
}

void TodayView::arrangeActionButtons(bool twoRows) {
    const QList<QPushButton*> buttons{m_moreButton, m_sameAsLast, m_bodyMapButton,
                                      m_backfillButton};
    const int perRow = twoRows ? 2 : 4;
    for (int i = 0; i < buttons.size(); ++i)
        m_actionButtons->addWidget(buttons[i], i / perRow, i % perRow);
    // What is left of the row stays empty, so the buttons keep their own widths.
    for (int column = 0; column < 5; ++column)
        m_actionButtons->setColumnStretch(column, column == perRow ? 1 : 0);
}

void TodayView::buildLayout() {
    // The full entry is long; it scrolls inside the view so a small window still reaches it all.
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    m_scroll = scroll;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    auto* page = new QWidget(scroll);
    scroll->setWidget(page);
    outer->addWidget(scroll);
    // A centred column of readable width (docs/design.md, "Width").
    auto* centring = new QHBoxLayout(page);
    centring->setContentsMargins(0, 0, 0, 0);
    auto* content = new QWidget(page);
    content->setMaximumWidth(kReadableWidth);
    m_column = content;
    centring->addWidget(content);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(14);

    // A plain one-line heading: a rich-text or wrapping label here would be laid out again as a
    // document on every change of the view (docs/architecture.md, "Speed").
    m_greeting = new QLabel(tr("Welcome to PainPace"), this);
    m_greeting->setTextFormat(Qt::PlainText);
    QFont headingFont = m_greeting->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_greeting->setFont(headingFont);
    layout->addWidget(m_greeting);
    // Shown only while the diary is empty, so it costs nothing once the person has begun.
    m_welcome = new CachedTextLabel(this);
    m_welcome->setTextFormat(Qt::RichText);
    m_welcome->setText(
        tr("<p>Your diary is private: it stays on this computer. Start with a check-in below: "
           "pick a number for your pain and save. That is all it takes; everything else is "
           "optional.</p><p><i>PainPace is a diary for managing your symptoms, not a "
           "diagnosis.</i></p>"));
    m_welcome->setVisible(false);
    layout->addWidget(m_welcome);

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
    m_band = new CachedTextLabel(this); // changes with every number picked: laid out once each time
    // The hint, the message and today's list change with every save; their slots keep the view
    // from being laid out again while they fit (docs/architecture.md, "Speed").
    saveRow->addWidget(new TextSlot(m_band, this), 1);
    m_saveButton = new QPushButton(tr("&Save check-in"), this);
    NextStepAccent::mark(m_saveButton);
    m_saveButton->setDefault(true);
    m_saveButton->setAutoDefault(true);
    m_saveButton->setMinimumHeight(44);
    saveRow->addWidget(m_saveButton);
    layout->addLayout(saveRow);

    m_feedback = new CachedTextLabel(this);
    // Room for two lines whether or not there is a message, so saving does not shift the view
    // under the person's pointer (and the window repaints only the message).
    m_feedback->setMinimumHeight(2 * m_feedback->fontMetrics().lineSpacing());
    m_feedback->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(new TextSlot(m_feedback, this));

    layout->addWidget(new TodayTrialPanel(m_database, m_undoStack, this));
    layout->addWidget(new TodaySessionsPanel(m_database, m_undoStack, this));
    buildDetails(layout);

    m_todayList = new CachedTextLabel(this);
    layout->addWidget(new TextSlot(m_todayList, this));
    layout->addStretch();
}

// The optional part of the check-in, folded away until asked for so the view stays calm.
void TodayView::buildDetails(QVBoxLayout* layout) {
    auto* buttons = new QGridLayout;
    m_moreButton = new QPushButton(tr("More about now (optional) ▸"), this);
    m_moreButton->setCheckable(true);
    m_sameAsLast = new QPushButton(tr("Same &routine as last time"), this);
    m_sameAsLast->setToolTip(tr("Copies the triggers and therapies of your previous check-in."));
    m_bodyMapButton = new QPushButton(tr("Mark &where it hurts…"), this);
    m_backfillButton = new QPushButton(tr("Add a chec&k-in for another time…"), this);
    m_backfillButton->setToolTip(
        tr("For a time you missed: opens a new check-in on the Calendar, on the latest day "
           "without one."));
    for (QPushButton* button : {m_moreButton, m_sameAsLast, m_bodyMapButton, m_backfillButton})
        button->setMinimumHeight(36);
    m_actionButtons = buttons;
    arrangeActionButtons(false);
    layout->addLayout(buttons);
    m_details = new CheckInDetailsForm(m_database, m_undoStack, this);
    m_details->setVisible(false);
    layout->addWidget(m_details);
    // A second Save after the last field (the warning signs), so a long check-in ends where
    // the person is, with its outcome beside it; the focus then goes back to the pain scale.
    m_bottomRow = new QWidget(this);
    auto* bottom = new QHBoxLayout(m_bottomRow);
    bottom->setContentsMargins(0, 0, 0, 0);
    m_bottomFeedback = new CachedTextLabel(m_bottomRow);
    bottom->addWidget(m_bottomFeedback, 1);
    m_bottomSave = new QPushButton(tr("Save check-in"), m_bottomRow);
    NextStepAccent::mark(m_bottomSave);
    m_bottomSave->setMinimumHeight(44);
    bottom->addWidget(m_bottomSave);
    m_bottomRow->setVisible(false);
    layout->addWidget(m_bottomRow);
    connect(m_bottomSave, &QPushButton::clicked, this, &TodayView::saveQuickCheckIn);
    connect(m_moreButton, &QPushButton::toggled, this, [this](bool open) {
        m_details->setVisible(open);
        m_bottomRow->setVisible(open);
        m_moreButton->setText(open ? tr("More about now (optional) ▾")
                                   : tr("More about now (optional) ▸"));
    });
    connect(m_sameAsLast, &QPushButton::clicked, this, &TodayView::copyLastRoutine);
    connect(m_bodyMapButton, &QPushButton::clicked, this, &TodayView::bodyMapRequested);
    connect(m_backfillButton, &QPushButton::clicked, this, &TodayView::backfillRequested);
    connect(m_details, &CheckInDetailsForm::changed, this, &TodayView::updateSaveState);
}

void TodayView::copyLastRoutine() {
    // A quick check-in holds no routine: the routine is the latest one that has one.
    const auto last = CheckInRepository(m_database).latestWithRoutine();
    if (!last) {
        m_feedback->setText(tr("No earlier check-in has triggers or therapies to copy yet."));
        return;
    }
    m_moreButton->setChecked(true);
    m_details->copyRoutine(*last);
    m_feedback->setText(
        tr("Copied %1 and %2 from the check-in of %3 at %4.")
            .arg(QCoreApplication::translate("CheckInDescription", "%n trigger(s)", nullptr,
                                             int(last->triggers.size())),
                 QCoreApplication::translate("CheckInDescription", "%n therapy(ies)", nullptr,
                                             int(last->therapies.size())),
                 QLocale().toString(last->moment.localDay, QLocale::ShortFormat),
                 shortTime(last->moment.localTime().time())));
}

QString TodayView::feedback() const {
    return m_feedback->text();
}

QString TodayView::bottomFeedback() const {
    return m_bottomFeedback->text();
}

bool TodayView::hasUnsavedInput() const {
    return m_painScale->value().has_value() || !m_details->isEmpty() ||
           !m_composition.marks().isEmpty();
}

// The marks made for this check-in are part of it: the button says how many will be saved.
void TodayView::showMarkCount() {
    const int count = static_cast<int>(m_composition.marks().size());
    m_bodyMapButton->setText(count == 0 ? tr("Mark &where it hurts…")
                                        : tr("Mark &where it hurts… (%n marked)", nullptr, count));
    updateSaveState();
}

void TodayView::updateSaveState() {
    const auto pain = m_painScale->value();
    m_saveButton->setEnabled(pain.has_value());
    m_bottomSave->setEnabled(pain.has_value());
    m_sameAsLast->setEnabled(true);
    m_band->setText(pain ? tr("%1 of 10: %2").arg(*pain).arg(painBandName(*pain))
                         : tr("Pick a number, then save."));
    m_bottomFeedback->setText(pain ? tr("Pain %1 of 10: %2").arg(*pain).arg(painBandName(*pain))
                                   : tr("Pick a number for your pain at the top, then save."));
}

// The form is long and the field at fault may be out of sight: it is scrolled to and takes the
// focus, and the message says what is wrong in words, not only "look at the marks".
void TodayView::showWhyNotSaved(const ValidationIssues& issues) {
    m_moreButton->setChecked(true);
    m_details->showIssues(issues);
    const QString first = issues.isEmpty() ? QString() : issues.first().message;
    m_feedback->setText(issues.size() > 1
                            ? tr("Not saved yet: %1 This and %n more are marked below.", nullptr,
                                 static_cast<int>(issues.size() - 1))
                                  .arg(first)
                            : tr("Not saved yet: %1 It is marked below.").arg(first));
    m_bottomFeedback->setText(m_feedback->text());
    if (QWidget* field = m_details->firstMarkedField()) {
        m_scroll->widget()->layout()->activate(); // the section may have opened just now
        m_scroll->ensureWidgetVisible(field);
        field->setFocus(Qt::OtherFocusReason);
    }
}

void TodayView::saveQuickCheckIn() {
    saveInput();
}

bool TodayView::saveInput() {
    const QPointer<QWidget> focusedBefore = QApplication::focusWidget();
    const auto pain = m_painScale->value();
    if (!pain) {
        m_feedback->setText(tr("Pick a number for your pain first, then save."));
        return false;
    }
    CheckIn entry = pendingEntry();
    entry.pain = *pain;
    try {
        DiaryEdits(m_database, m_undoStack)
            .clearingDraft(kDraftSlot)
            .saveCheckIn(std::nullopt, entry, tr("check-in with pain %1").arg(entry.pain));
    } catch (const ValidationError& error) {
        showWhyNotSaved(error.issues());
        return false;
    } catch (const StorageError& error) {
        m_feedback->setText(tr("Not saved: %1").arg(error.message()));
        return false;
    }
    m_painScale->setValue(std::nullopt);
    m_details->clear();
    m_composition.startNew();
    m_drafts->cancel(); // the draft went with the save, and nothing is left to keep
    updateSaveState();
    // Ready for the next check-in by keyboard too: Save is disabled now, and the focus would
    // otherwise move on to whatever comes after it.
    if (!focusedBefore || focusedBefore == m_saveButton || focusedBefore == m_bottomSave ||
        m_painScale->isAncestorOf(focusedBefore))
        m_painScale->setFocus(Qt::OtherFocusReason);
    m_lastSaved = entry;
    m_feedback->setText(savedMessage(entry));
    m_bottomFeedback->setText(m_feedback->text());
    return true;
}

// The message about the last save follows it: an undo (or a delete elsewhere) that takes the
// entry out says so, and a redo that brings it back says it is saved again. A message that still
// said "Saved" after an undo would tell the person the opposite of what the diary holds.
void TodayView::followLastSaved(const QUuid& uuid, const CheckIn* stored) {
    if (!m_lastSaved || m_lastSaved->uuid != uuid)
        return;
    const QString message =
        stored ? savedMessage(*stored)
               : tr("Pain %1 at %2 is taken out of the diary. The Edit menu brings it back.")
                     .arg(m_lastSaved->pain)
                     .arg(shortTime(m_lastSaved->moment.localTime().time()));
    m_feedback->setText(message);
    m_bottomFeedback->setText(message);
}

// What was saved and how to take it back, after the full advice when it has warning signs.
QString TodayView::savedMessage(const CheckIn& entry) {
    const QString pattern =
        entry.marks.isEmpty()
            ? tr("Saved pain %1 at %2. Edit ▸ Undo takes it back.")
            : tr("Saved pain %1 at %2 with %n body-map mark(s). Edit ▸ Undo takes it back.",
                 nullptr, int(entry.marks.size()));
    const QString saved =
        pattern.arg(QString::number(entry.pain), shortTime(entry.moment.localTime().time()));
    const QString advice = careAdvice(careUrgency(entry.redFlags));
    return advice.isEmpty() ? saved
                            : QStringLiteral("<b>%1</b><br>%2").arg(advice.toHtmlEscaped(), saved);
}

QString TodayView::todaySummary() const {
    if (m_todaysHeadlines.isEmpty())
        return tr("Nothing logged today yet.");
    QStringList parts;
    for (const Headline& headline : m_todaysHeadlines)
        parts << headline.words;
    return tr("Today: %1.").arg(parts.join(QStringLiteral(" · ")));
}

TodayView::Headline TodayView::headlineOf(CheckIn entry) {
    std::sort(entry.redFlags.begin(), entry.redFlags.end());
    QString words =
        tr("%1 pain %2").arg(shortTime(entry.moment.localTime().time())).arg(entry.pain);
    // An entry with warning signs keeps saying so wherever it is shown.
    if (const QString care = careHeadline(careUrgency(entry.redFlags)); !care.isEmpty())
        words += QStringLiteral(" (⚠ %1)").arg(care);
    return {std::move(entry), std::move(words)};
}

void TodayView::reloadTodaysHeadlines() {
    m_listedDay = QDate::currentDate();
    m_listedDayEndsAt = QDateTime(m_listedDay.addDays(1), QTime(0, 0)).toMSecsSinceEpoch();
    m_todaysHeadlines.clear();
    for (CheckIn& entry : CheckInRepository(m_database).headlinesBetween(m_listedDay, m_listedDay))
        m_todaysHeadlines << headlineOf(std::move(entry));
}

void TodayView::showHeadlines() {
    // The welcome goes only while Today is out of sight: taken away at the first save, it moved
    // every control under the pointer by its height (docs/design.md, "Nothing moves"). Without
    // it no heading is needed: the view's title says Today.
    if (m_diaryEmpty || !isVisible()) {
        m_greeting->setVisible(m_diaryEmpty);
        m_welcome->setVisible(m_diaryEmpty);
    }
    m_todayList->setText(todaySummary());
}

// Today's list follows each change from what the announcement says, without reading the diary
// again: that read had cost as much as the save itself (docs/architecture.md, "Speed").
//
// Whether the day is still the listed one is known from the clock alone, without asking the time
// zone (a tenth of the list's work at each save): the list ends at the instant of the listed
// day's midnight, and an entry saved on a later day (the person crossed into a zone past
// midnight) starts the new day's list too.
bool TodayView::followsTheSameDay(const QDate& entryDay) {
    if (QDateTime::currentMSecsSinceEpoch() < m_listedDayEndsAt && entryDay <= m_listedDay)
        return true;
    refresh(); // midnight passed: "today" is another day now
    return false;
}

void TodayView::followSavedEntry(const CheckIn& entry) {
    if (!followsTheSameDay(entry.moment.localDay))
        return;
    m_todaysHeadlines.removeIf(
        [&entry](const Headline& listed) { return listed.entry.uuid == entry.uuid; });
    if (entry.moment.localDay == m_listedDay) {
        // In the diary's own order: by the moment, then by row.
        const auto later = std::find_if(
            m_todaysHeadlines.begin(), m_todaysHeadlines.end(), [&entry](const Headline& listed) {
                return std::pair(listed.entry.moment.utc, listed.entry.id) >
                       std::pair(entry.moment.utc, entry.id);
            });
        m_todaysHeadlines.insert(later, headlineOf(entry));
    }
    m_diaryEmpty = false;
    showHeadlines();
}

void TodayView::followRemovedEntry(const QUuid& uuid) {
    if (!followsTheSameDay(m_listedDay))
        return;
    // What was removed is known: nothing to read, unless the diary may now be empty.
    m_todaysHeadlines.removeIf(
        [&uuid](const Headline& listed) { return listed.entry.uuid == uuid; });
    if (m_todaysHeadlines.isEmpty())
        m_diaryEmpty = CheckInRepository(m_database).isEmpty();
    showHeadlines();
}

void TodayView::hideEvent(QHideEvent* event) {
    QWidget::hideEvent(event);
    m_welcome->setVisible(m_diaryEmpty);
}

void TodayView::refresh() {
    m_diaryEmpty = CheckInRepository(m_database).isEmpty();
    reloadTodaysHeadlines();
    showHeadlines();
}

} // namespace painpace
