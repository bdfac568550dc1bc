#pragma once

#include <QMainWindow>

#include <functional>
#include <memory>

#include "edit/editstack.h"

class QActionGroup;
class QLabel;
class QSystemTrayIcon;
class QTabWidget;

namespace painpace {

class BackgroundStructureCheck;
class BodyMapView;
class CalendarView;
class CheckInComposition;
class BreakReminder;
class DiaryExchange;
class ReminderScheduler;
class Database;
class DemoBanner;
class DiaryWindowChannel;
class NoDiaryPage;
class OpenError;
class TodayView;
class UnsavedInput;
class GuideDialog;
class ViewFrame;

// The application window: File, Edit and Help menus, one undo stack for every edit, a status bar
// naming the open diary, and the views of that diary in the centre.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens the diary at `path` (creating it if missing) and shows it. On failure the reason is
    // reported, the previous diary (if any) stays open, and false is returned.
    bool openDiary(const QString& path);
    bool openDemoDiary();
    // Leaves the demo diary for the person's own: the one open before it, else the default.
    bool openOwnDiary();
    // Shown above the views while the demo diary is open (null otherwise).
    DemoBanner* demoBanner() const { return m_demoBanner; }
    // The diary named at start. When another PainPace window has it open, that window is
    // brought forward (OtherWindowRaised) or, if it does not answer, the person is told
    // (HeldElsewhere): either way this start ends without showing a window. A damaged diary
    // offers its backups; other refusals leave the window with the no-diary page (Ready).
    enum class StartOutcome { Ready, OtherWindowRaised, HeldElsewhere };
    StartOutcome openAtStart(const QString& path);
    // Brings the window forward, as a second start on its diary asks.
    void bringForward();

    const Database* database() const { return m_database.get(); }
    EditStack& undoStack() { return m_undoStack; }
    TodayView* todayView() const { return m_todayView; }
    BodyMapView* bodyMapView() const { return m_bodyMapView; }
    CalendarView* calendarView() const { return m_calendarView; }
    QTabWidget* pages() const { return m_pages; }
    // The sidebar, title and views of the open diary (null while none is open).
    ViewFrame* viewFrame() const { return m_viewFrame; }
    // Help ▸ PainPace guide at `topic` (its first page when empty): one window, kept open
    // beside the diary and brought forward again.
    void showGuide(const QString& topic);
    GuideDialog* guide() const { return m_guide; }
    // The three-step tour, offered once on the first start; false when it was seen or skipped.
    bool offerTourOnFirstStart();
    void showTour();
    void showBodyMap();
    // Opens a check-in for another time on the Calendar, on the latest recently missed day.
    void startBackfill();
    ReminderScheduler* reminders() const { return m_reminders; }
    // Shows the daily reminder: a tray message where there is a tray, else in the window.
    void remind();
    // A gentle nudge to take a break from sitting, the same way.
    void remindBreak();
    // Writes the day's checked backup of the open diary if there is none yet (7 daily and 4
    // weekly copies are kept beside it).
    void backUpIfDue();
    // Replaces the open diary with a backup (chosen in a dialog when `chosen` is empty), after
    // backing up the diary as it is. True when the backup is in place and open.
    bool restoreFromBackup(const QString& chosen = QString());
    static constexpr int kBackupDelayMs = 3000;
    BreakReminder* breakReminder() const { return m_breaks; }
    // Export and import of the open diary (null without one).
    DiaryExchange* exchange() const { return m_exchange; }
    QString statusText() const;
    // View ▸ Theme's choices, one checked (for tests).
    QActionGroup* themeActions() const { return m_themeActions; }
    // Shown instead of the views while no diary is open (null while one is).
    NoDiaryPage* noDiaryPage() const { return m_noDiaryPage; }

    // Errors go to a message box by default; tests capture them instead.
    void setErrorReporter(std::function<void(const QString&)> reporter);

    // What to do with input that is entered but not saved (a new check-in on Today, changes in
    // an editor on Calendar or Entries) when the window closes, another diary opens or a backup
    // is restored. The question gets what is unsaved, in words. Asks the person by default;
    // tests answer instead.
    enum class UnsavedChoice { Save, Discard, Cancel };
    void setUnsavedInputQuestion(std::function<UnsavedChoice(const QStringList& unsaved)> question);

protected:
    void closeEvent(QCloseEvent* event) override;

private slots:
    void newDiary();
    void chooseDiary();
    void showAbout();
    void editReminders();
    void notify(const QString& text);
    // Counts the check-ins again and shows the status.
    void updateStatus();

private:
    void showCheckInCount(int change);
    void createMenus();
    void createViewMenu();
    void createPageKeys();
    void showDiary(std::unique_ptr<Database> database);
    // Opens the diary at `path` as the window does: SQLite's structure check then runs in the
    // background once the diary is shown (docs/architecture.md, "Start-up").
    static std::unique_ptr<Database> openForTheWindow(const QString& path);
    void checkStructureInBackground();
    // The background check found the open diary damaged: it is closed, and the person is told
    // and offered its backups as when an open finds the damage.
    void leaveDamagedDiary(const QString& path, const QString& reason);
    void dropViews();
    static bool isDemoDiary(const Database& database);
    // Says why `path` was refused and offers what can be done; false as openDiary returns.
    bool handleOpenFailure(const QString& path, const OpenError& error);
    // Offers the backups of the damaged diary at `path`; true once one is in place and open.
    bool restoreDamagedDiary(const QString& path, const QString& reason);
    void showNoDiary(const QString& reason, const QString& path);
    void retireNoDiaryPage();
    void restoreWindowGeometry();
    void showUntilTheNextStep(const QString& message);
    // True when it is fine to go on: nothing unsaved, or saved, or discarded on purpose.
    bool resolveUnsavedInput();
    QList<UnsavedInput*> editorsWithUnsavedInput() const;
    // False (and says why) while an export or import runs: the diary must stay as it is.
    bool exchangeIsIdle();

    std::unique_ptr<Database> m_database;
    BackgroundStructureCheck* m_structureCheck = nullptr; // of the open diary, while it runs
    EditStack m_undoStack;
    QWidget* m_centre = nullptr; // holds the demo banner and the pages
    DemoBanner* m_demoBanner = nullptr;
    QString m_ownDiaryPath; // the last diary opened that is not the demo
    QTabWidget* m_pages = nullptr;
    ViewFrame* m_viewFrame = nullptr;
    GuideDialog* m_guide = nullptr;
    TodayView* m_todayView = nullptr;
    BodyMapView* m_bodyMapView = nullptr;
    CalendarView* m_calendarView = nullptr;
    CheckInComposition* m_composition = nullptr;
    QLabel* m_diaryLabel = nullptr; // "Diary: <path> —", or that none is open
    QLabel* m_countLabel = nullptr; // "<n> check-ins"
    QActionGroup* m_themeActions = nullptr;
    int m_checkInCount = 0;
    ReminderScheduler* m_reminders = nullptr;
    BreakReminder* m_breaks = nullptr;
    QSystemTrayIcon* m_tray = nullptr;
    DiaryExchange* m_exchange = nullptr;
    DiaryWindowChannel* m_channel = nullptr;
    NoDiaryPage* m_noDiaryPage = nullptr;
    QString m_refusedPath; // the diary the no-diary page is about
    std::function<void(const QString&)> m_reportError;
    std::function<UnsavedChoice(const QStringList&)> m_askAboutUnsaved;
};

} // namespace painpace
