#pragma once

#include <QDate>
#include <QList>
#include <QWidget>

#include <memory>
#include <optional>

#include "diary/checkin.h"
#include "diary/validationissue.h"
#include "edit/unsavedinput.h"

class QGridLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QTimer;
class QVBoxLayout;

namespace painpace {

class CachedTextLabel;
class CheckInComposition;
class DraftKeeper;
class EditStack;

class CheckInDetailsForm;
class Database;
class PainScaleButtons;

// The view that opens by default: record how the pain is right now in two interactions (pick a
// number, save), and see what was logged today. On an empty diary it greets the person first.
class TodayView : public QWidget, public UnsavedInput {
    Q_OBJECT
public:
    // The widest Today's content grows: room for three columns of optional fields, and no more.
    static constexpr int kReadableWidth = 1400;
    QWidget* column() const { return m_column; }
    // `composition` holds what the body map adds to the check-in being filled in here.
    TodayView(const Database& database, EditStack& undoStack, CheckInComposition& composition,
              QWidget* parent = nullptr);
    ~TodayView() override;

    QString unsavedInputName() const override;
    bool saveUnsavedInput() override { return saveInput(); }
    void discardUnsavedInput() override { discardInput(); }
    void showUnsavedInput() override {}

    PainScaleButtons* painScale() const { return m_painScale; }
    QPushButton* saveButton() const { return m_saveButton; }
    // The Save after the last field of the full check-in, and what it says beside it.
    QPushButton* bottomSaveButton() const { return m_bottomSave; }
    QString bottomFeedback() const;
    // What the view lists for today (it follows the diary's announcements).
    QString todaySummary() const;
    CheckInDetailsForm* details() const { return m_details; }
    QPushButton* sameAsLastTimeButton() const { return m_sameAsLast; }
    QPushButton* moreButton() const { return m_moreButton; }
    QPushButton* backfillButton() const { return m_backfillButton; }
    QPushButton* bodyMapButton() const { return m_bodyMapButton; }
    QString feedback() const;

    // Something picked or typed that is not saved yet.
    bool hasUnsavedInput() const;
    // Saves what is entered; false (with the reason shown) when it cannot be saved.
    bool saveInput();
    // Drops what is entered, and its draft, on purpose.
    void discardInput();
    // Stores what is entered so far as a draft now (it is also stored shortly after each change).
    void storeDraft();

public slots:
    void refresh();

signals:
    // The person wants to mark where it hurts (the body map is one click away).
    void bodyMapRequested();
    // The person wants to fill in a check-in for another time.
    void backfillRequested();

private slots:
    void saveQuickCheckIn();

protected:
    void resizeEvent(QResizeEvent* event) override;
    // Space or Enter on the number just picked saves (a number key, then Space or Enter).
    bool eventFilter(QObject* watched, QEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void showWhyNotSaved(const ValidationIssues& issues);
    static QString savedMessage(const CheckIn& entry);
    void buildLayout();
    void buildDetails(QVBoxLayout* layout);
    CheckIn pendingEntry() const;
    void arrangeActionButtons(bool twoRows);
    void copyLastRoutine();
    void restoreDraft();
    void updateSaveState();
    void showMarkCount();
    // One entry was saved or removed: only today's list is read again, and only when the entry
    // is (or was) today's, so editing an old entry costs Today nothing.
    bool followsTheSameDay(const QDate& entryDay);
    void followSavedEntry(const CheckIn& entry);
    void followRemovedEntry(const QUuid& uuid);
    void followLastSaved(const QUuid& uuid, const CheckIn* stored);
    void reloadTodaysHeadlines();
    void showHeadlines();

    const Database& m_database;
    EditStack& m_undoStack;
    CheckInComposition& m_composition;
    QLabel* m_greeting = nullptr;
    QLabel* m_welcome = nullptr;
    QLabel* m_question = nullptr;
    PainScaleButtons* m_painScale = nullptr;
    QLabel* m_band = nullptr;
    QPushButton* m_saveButton = nullptr;
    QWidget* m_bottomRow = nullptr;
    QPushButton* m_bottomSave = nullptr;
    CachedTextLabel* m_bottomFeedback = nullptr;
    QPushButton* m_bodyMapButton = nullptr;
    QPushButton* m_backfillButton = nullptr;
    QPushButton* m_moreButton = nullptr;
    QGridLayout* m_actionButtons = nullptr;
    QPushButton* m_sameAsLast = nullptr;
    CheckInDetailsForm* m_details = nullptr;
    std::unique_ptr<DraftKeeper> m_drafts; // before the widgets go (draftkeeper.h)
    QLabel* m_feedback = nullptr;
    QWidget* m_column = nullptr; // the centred content
    QScrollArea* m_scroll = nullptr;
    QLabel* m_todayList = nullptr;
    // Today's entries (numbers, note and warning signs only), as listed, each with its words in
    // the list, so a save words only the entry it adds.
    struct Headline {
        CheckIn entry;
        QString words;
    };
    static Headline headlineOf(CheckIn entry);
    QDate m_listedDay;
    qint64 m_listedDayEndsAt = 0; // milliseconds since the epoch: the next local midnight
    QList<Headline> m_todaysHeadlines;
    std::optional<CheckIn> m_lastSaved; // for the message about it
    bool m_diaryEmpty = true;
};

} // namespace painpace
