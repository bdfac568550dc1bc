#include "mainwindow.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScopeGuard>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include "backgroundstructurecheck.h"
#include "bodymap/bodymapview.h"
#include "bodymap/bodymapwidget.h"
#include "calendar/calendarview.h"
#include "charts/chartsview.h"
#include "common/apptheme.h"
#include "common/cachedtextlabel.h"
#include "common/wheelguard.h"
#include "demobanner.h"
#include "diary/backfillmoment.h"
#include "diaryopener.h"
#include "diarywindowchannel.h"
#include "edit/checkincomposition.h"
#include "edit/diaryedits.h"
#include "edit/textundofallthrough.h"
#include "entries/entriesview.h"
#include "exchange/diaryexchange.h"
#include "help/firststarttour.h"
#include "help/guidedialog.h"
#include "nodiarypage.h"
#include "pacing/pacingview.h"
#include "questionnaires/questionnairesview.h"
#include "reminders/breakreminder.h"
#include "reminders/reminderscheduler.h"
#include "reminders/remindersdialog.h"
#include "report/reportdialog.h"
#include "restoredialog.h"
#include "storage/checkinrepository.h"
#include "storage/database.h"
#include "storage/diarybackups.h"
#include "storage/diaryrestorer.h"
#include "storage/diarysettings.h"
#include "storage/storageerror.h"
#include "today/painscalebuttons.h"
#include "today/todayview.h"
#include "trials/trialsview.h"
#include "viewframe.h"

namespace painpace {

namespace {
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kDiaryFilter =
    QStringLiteral("PainPace diary (*.sqlite *.painpace *.db);;All files (*)");
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent) {
    setWindowTitle(tr("PainPace"));
    setMinimumSize(720, 480);
    WheelGuard::protectApplication(); // every window and dialog of the app
    // The diary's name and its count, permanent at the right: messages show on the left beside
    // them. The count changes with every save and has a label of its own, so a save lays out and
    // paints a few characters, not the whole path (docs/architecture.md, "Speed").
    m_diaryLabel = new QLabel(this);
    auto* countLabel = new CachedTextLabel(this);
    countLabel->setWordWrap(false);
    // Opaque, so a new count repaints the label alone, not the status bar and the window under it.
    countLabel->setAutoFillBackground(true);
    m_countLabel = countLabel;
    statusBar()->addPermanentWidget(m_diaryLabel);
    statusBar()->addPermanentWidget(m_countLabel);
    m_reportError = [this](const QString& message) {
        QMessageBox::critical(this, tr("PainPace"), message);
    };
    m_askAboutUnsaved = [this](const QStringList& unsaved) {
        const auto answer = QMessageBox::question(
            this, tr("PainPace"),
            tr("Not saved yet: %1.\n\nSave now?").arg(unsaved.join(QStringLiteral("; "))),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Save)
            return UnsavedChoice::Save;
        return answer == QMessageBox::Discard ? UnsavedChoice::Discard : UnsavedChoice::Cancel;
    };
    // Undo and redo failures are told once, here; the commands themselves touch no widget.
    connect(&m_undoStack, &EditStack::stepFailed, this, [this](const QString& message) {
        m_reportError(tr("Could not undo or redo: %1").arg(message));
    });
    m_reminders = new ReminderScheduler(this);
    connect(m_reminders, &ReminderScheduler::reminderDue, this, &MainWindow::remind);
    if (ReminderScheduler::savedEnabled())
        m_reminders->setDailyTime(ReminderScheduler::savedTime());
    m_breaks = new BreakReminder(this);
    connect(m_breaks, &BreakReminder::breakDue, this, &MainWindow::remindBreak);
    if (BreakReminder::savedEnabled())
        m_breaks->setIntervalMinutes(BreakReminder::savedMinutes());
    m_channel = new DiaryWindowChannel(this);
    connect(m_channel, &DiaryWindowChannel::raiseRequested, this, &MainWindow::bringForward);
    createMenus();
    createPageKeys();
    restoreWindowGeometry();
    showNoDiary(QString(), QString());
    updateStatus();
}

MainWindow::~MainWindow() {
    // Undo commands and views refer to the open Database: they go before it does (a view's
    // child widgets would otherwise be destroyed after it, and could still write a draft).
    dropViews();
}

void MainWindow::setErrorReporter(std::function<void(const QString&)> reporter) {
    m_reportError = std::move(reporter);
}

void MainWindow::setUnsavedInputQuestion(
    std::function<UnsavedChoice(const QStringList&)> question) {
    m_askAboutUnsaved = std::move(question);
}

QList<UnsavedInput*> MainWindow::editorsWithUnsavedInput() const {
    QList<UnsavedInput*> editors;
    for (int page = 0; m_pages && page < m_pages->count(); ++page) {
        auto* editor = dynamic_cast<UnsavedInput*>(m_pages->widget(page));
        if (editor && !editor->unsavedInputName().isEmpty())
            editors.append(editor);
    }
    return editors;
}

bool MainWindow::resolveUnsavedInput() {
    const QList<UnsavedInput*> editors = editorsWithUnsavedInput();
    if (editors.isEmpty())
        return true;
    QStringList names;
    for (const UnsavedInput* editor : editors)
        names.append(editor->unsavedInputName());
    switch (m_askAboutUnsaved(names)) {
    case UnsavedChoice::Save:
        for (UnsavedInput* editor : editors) {
            if (!editor->saveUnsavedInput()) {
                // Show why it could not be saved; nothing is closed.
                m_pages->setCurrentWidget(dynamic_cast<QWidget*>(editor));
                editor->showUnsavedInput();
                return false;
            }
        }
        return true;
    case UnsavedChoice::Discard:
        for (UnsavedInput* editor : editors)
            editor->discardUnsavedInput();
        return true;
    case UnsavedChoice::Cancel:
        break;
    }
    return false;
}

// Ctrl+Tab and Ctrl+Shift+Tab turn the pages from wherever the focus is. QTabWidget does it only
// when the key reaches it, and a combo box or a table on the page keeps it.
void MainWindow::createPageKeys() {
    auto turn = [this](int step) {
        if (m_pages && m_pages->count() > 0)
            m_pages->setCurrentIndex((m_pages->currentIndex() + step + m_pages->count()) %
                                     m_pages->count());
    };
    auto* next = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Tab), this);
    connect(next, &QShortcut::activated, this, [turn] { turn(+1); });
    auto* previous = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab), this);
    connect(previous, &QShortcut::activated, this, [turn] { turn(-1); });
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    // Standard actions take the desktop theme's icon where it has one (docs/design.md, "Icons").
    file->addAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New diary…"),
                    QKeySequence::New, this, &MainWindow::newDiary);
    file->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open diary…"),
                    QKeySequence::Open, this, &MainWindow::chooseDiary);
    file->addAction(tr("Open &demo diary"), this, &MainWindow::openDemoDiary);
    file->addSeparator();
    QMenu* exportMenu = file->addMenu(tr("&Export"));
    exportMenu->addAction(tr("Everything as one &JSON file…"), this, [this] {
        if (m_exchange)
            m_exchange->chooseAndExport(ExchangeFormat::Json);
    });
    exportMenu->addAction(tr("Everything as &CSV files (a folder)…"), this, [this] {
        if (m_exchange)
            m_exchange->chooseAndExport(ExchangeFormat::Csv);
    });
    exportMenu->addAction(tr("Everything as an &encrypted file…"), this, [this] {
        if (m_exchange)
            m_exchange->chooseAndExport(ExchangeFormat::EncryptedJson);
    });
    file->addAction(tr("&Import…"), this, [this] {
        if (m_exchange)
            m_exchange->chooseAndImport();
    });
    file->addAction(tr("&Restore from backup…"), this, [this] { restoreFromBackup(); });
    file->addSeparator();
    QAction* report = file->addAction(tr("Re&port for your doctor…"), this, [this] {
        if (!m_database)
            return;
        ReportDialog dialog(*m_database, this);
        dialog.exec();
    });
    report->setShortcut(QKeySequence::Print);
    report->setIcon(QIcon::fromTheme(QStringLiteral("document-print")));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);
    quit->setIcon(QIcon::fromTheme(QStringLiteral("application-exit")));

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undoStack.createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    QAction* redo = m_undoStack.createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    // The keys reach these actions from a text field with nothing of its own to undo.
    new TextUndoFallThrough(this);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(tr("Re&minders…"), this, &MainWindow::editReminders);

    createViewMenu();

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* guide = help->addAction(tr("PainPace &guide"), this, [this] {
        showGuide(m_viewFrame ? m_viewFrame->currentTopic() : QString());
    });
    guide->setShortcut(QKeySequence(Qt::Key_F1)); // not every platform binds HelpContents
    guide->setIcon(QIcon::fromTheme(QStringLiteral("help-contents")));
    help->addAction(tr("&Tour of PainPace"), this, &MainWindow::showTour);
    help->addSeparator();
    QAction* about = help->addAction(tr("&About PainPace"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

// View ▸ Theme: applied to every window at once and kept for the next start (apptheme.h).
void MainWindow::createViewMenu() {
    QMenu* view = menuBar()->addMenu(tr("&View"));
    QMenu* theme = view->addMenu(tr("&Theme"));
    auto* choices = new QActionGroup(this);
    const std::pair<AppTheme::Choice, QString> themes[] = {
        {AppTheme::Choice::System, tr("&System (as the desktop)")},
        {AppTheme::Choice::Light, tr("&Light")},
        {AppTheme::Choice::Dark, tr("&Dark")}};
    for (const auto& entry : themes) {
        // A named copy: clang 14 does not let a lambda capture a structured binding.
        const AppTheme::Choice choice = entry.first;
        QAction* action = theme->addAction(entry.second);
        action->setCheckable(true);
        action->setChecked(choice == AppTheme::applied());
        action->setData(static_cast<int>(choice));
        choices->addAction(action);
        connect(action, &QAction::triggered, this, [choice] {
            AppTheme::save(choice);
            AppTheme::apply(choice);
        });
    }
    m_themeActions = choices;
}

void MainWindow::restoreWindowGeometry() {
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1000, 720);
    restoreState(settings.value(kStateKey).toByteArray());
}

bool MainWindow::exchangeIsIdle() {
    if (!m_exchange || !m_exchange->isBusy())
        return true;
    m_reportError(tr("PainPace is still exporting or importing. Wait for it to finish, or cancel "
                     "the import, first."));
    return false;
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!exchangeIsIdle() || !resolveUnsavedInput()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    event->accept();
}

bool MainWindow::openDiary(const QString& path) {
    if (!exchangeIsIdle() || !resolveUnsavedInput())
        return false;
    try {
        showDiary(openForTheWindow(path));
        return true;
    } catch (const OpenError& error) {
        return handleOpenFailure(path, error);
    } catch (const StorageError& error) {
        m_reportError(error.message());
        if (!m_database)
            showNoDiary(error.message(), path);
        return false;
    }
}

MainWindow::StartOutcome MainWindow::openAtStart(const QString& path) {
    if (DiaryWindowChannel::askToRaise(path))
        return StartOutcome::OtherWindowRaised;
    try {
        showDiary(openForTheWindow(path));
    } catch (const OpenError& error) {
        // Held by a PainPace that did not answer (an older one, or one that hangs): a window
        // here could not show the diary, so say so and do not open one.
        if (error.reason() == OpenError::Reason::Locked) {
            m_reportError(error.message());
            return StartOutcome::HeldElsewhere;
        }
        handleOpenFailure(path, error);
    } catch (const StorageError& error) {
        m_reportError(error.message());
        showNoDiary(error.message(), path);
    }
    return StartOutcome::Ready;
}

bool MainWindow::handleOpenFailure(const QString& path, const OpenError& error) {
    if (error.reason() == OpenError::Reason::Locked && DiaryWindowChannel::askToRaise(path)) {
        m_reportError(tr("%1 is open in another PainPace window, which is now in front. A diary "
                         "is open in one window at a time, so no entry is written twice.")
                          .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
        return false;
    }
    if (error.reason() == OpenError::Reason::Corrupt && !DiaryBackups::listFor(path).isEmpty())
        return restoreDamagedDiary(path, error.message());
    m_reportError(error.message());
    if (!m_database)
        showNoDiary(error.message(), path);
    return false;
}

bool MainWindow::restoreDamagedDiary(const QString& path, const QString& reason) {
    RestoreDialog dialog(DiaryBackups::listFor(path), this);
    dialog.explainDamage(reason);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenPath().isEmpty()) {
        if (!m_database)
            showNoDiary(reason, path);
        return false;
    }
    QString kept;
    try {
        kept = DiaryBackups::keepDamagedCopy(path);
        DiaryBackups::restoreFile(dialog.chosenPath(), path);
    } catch (const StorageError& error) {
        m_reportError(tr("Nothing was restored: %1").arg(error.message()));
        if (!m_database)
            showNoDiary(reason, path);
        return false;
    }
    if (!openDiary(path))
        return false;
    statusBar()->showMessage(tr("The backup is in place. The damaged diary is kept as %1.")
                                 .arg(QDir::toNativeSeparators(kept)));
    return true;
}

void MainWindow::showNoDiary(const QString& reason, const QString& path) {
    dropViews();
    m_database.reset();
    m_channel->stopListening();
    m_refusedPath = path;
    retireNoDiaryPage();
    m_noDiaryPage = new NoDiaryPage(this);
    m_noDiaryPage->showReason(reason, !path.isEmpty() && !DiaryBackups::listFor(path).isEmpty());
    connect(m_noDiaryPage, &NoDiaryPage::restoreRequested, this,
            [this] { restoreDamagedDiary(m_refusedPath, m_noDiaryPage->reasonLabel()->text()); });
    connect(m_noDiaryPage, &NoDiaryPage::openRequested, this, &MainWindow::chooseDiary);
    connect(m_noDiaryPage, &NoDiaryPage::newRequested, this, &MainWindow::newDiary);
    connect(m_noDiaryPage, &NoDiaryPage::demoRequested, this, &MainWindow::openDemoDiary);
    setCentralWidget(m_noDiaryPage);
    m_noDiaryPage->setFocus();
    updateStatus();
}

// Later, not now: the page may be the one whose button started what replaces it.
void MainWindow::retireNoDiaryPage() {
    if (!m_noDiaryPage)
        return;
    if (centralWidget() == m_noDiaryPage)
        takeCentralWidget();
    m_noDiaryPage->hide();
    m_noDiaryPage->deleteLater();
    m_noDiaryPage = nullptr;
}

void MainWindow::bringForward() {
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
}

bool MainWindow::isDemoDiary(const Database& database) {
    return DiarySettings(database).isDemo() ||
           QFileInfo(database.path()) == QFileInfo(diaryopener::demoDiaryPath());
}

// The diary open before the demo, else the one PainPace opens at start.
bool MainWindow::openOwnDiary() {
    return openDiary(m_ownDiaryPath.isEmpty() ? Database::defaultPath() : m_ownDiaryPath);
}

bool MainWindow::openDemoDiary() {
    if (!resolveUnsavedInput())
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        auto database = diaryopener::openDemoDiary(diaryopener::demoDiaryPath());
        QApplication::restoreOverrideCursor();
        showDiary(std::move(database));
        return true;
    } catch (const std::exception& error) {
        QApplication::restoreOverrideCursor();
        m_reportError(QString::fromUtf8(error.what()));
        return false;
    }
}

// Views and undo commands refer to the open Database: they go before it does.
std::unique_ptr<Database> MainWindow::openForTheWindow(const QString& path) {
    Database::Options options;
    options.structureCheck = StructureCheck::BeforeUpgradesOnly;
    return Database::openFile(path, options);
}

// On a thread of its own while the window is built and painted: a 10-year diary takes about
// 10 ms to check, which no longer delays the first paint. Until it answers, SQLite still checks
// every page a read or a write touches and refuses a damaged one, so no entry is written into
// damage unnoticed (docs/architecture.md, "Start-up").
void MainWindow::checkStructureInBackground() {
    delete m_structureCheck; // waits for the check of the diary shown before, if it still runs
    m_structureCheck = new BackgroundStructureCheck(m_database->path(), this);
    connect(m_structureCheck, &BackgroundStructureCheck::damaged, this,
            &MainWindow::leaveDamagedDiary);
}

void MainWindow::leaveDamagedDiary(const QString& path, const QString& reason) {
    if (!m_database || m_database->path() != path)
        return; // another diary is open by now
    showNoDiary(reason, path);
    handleOpenFailure(path, OpenError(OpenError::Reason::Corrupt, reason));
}

void MainWindow::dropViews() {
    m_undoStack.clear();
    delete m_exchange;
    m_exchange = nullptr;
    delete m_centre; // the pages and the demo banner with it
    m_centre = nullptr;
    m_pages = nullptr;
    m_viewFrame = nullptr;
    m_demoBanner = nullptr;
    delete m_composition;
    m_composition = nullptr;
    m_todayView = nullptr;
    m_bodyMapView = nullptr;
    m_calendarView = nullptr;
}

void MainWindow::showDiary(std::unique_ptr<Database> database) {
    dropViews();
    m_database = std::move(database);
    retireNoDiaryPage();

    // The views, under the demo banner when the diary is the demo.
    m_centre = new QWidget(this);
    auto* centre = new QVBoxLayout(m_centre);
    centre->setContentsMargins(0, 0, 0, 0);
    centre->setSpacing(0);
    if (isDemoDiary(*m_database)) {
        m_demoBanner = new DemoBanner(m_centre);
        connect(m_demoBanner, &DemoBanner::backRequested, this, &MainWindow::openOwnDiary);
        centre->addWidget(m_demoBanner);
    } else {
        m_ownDiaryPath = m_database->path();
    }
    auto* frame = new ViewFrame(m_centre);
    centre->addWidget(frame, 1);
    m_pages = frame->pages();
    m_viewFrame = frame;
    connect(frame, &ViewFrame::helpRequested, this, &MainWindow::showGuide);
    // One check-in is filled in at a time: Today holds its numbers, the body map its marks.
    // It outlives the views, which may still keep a draft of it while they go.
    m_composition = new CheckInComposition(this);
    m_todayView = new TodayView(*m_database, m_undoStack, *m_composition, m_pages);
    m_bodyMapView = new BodyMapView(*m_database, m_undoStack, *m_composition, m_pages);
    m_calendarView = new CalendarView(*m_database, m_undoStack, m_pages);
    frame->addView(m_todayView, tr("&Today"), QStringLiteral("today"), QStringLiteral("today"));
    frame->addView(m_bodyMapView, tr("B&ody map"), QStringLiteral("body-map"),
                   QStringLiteral("body-map"));
    frame->addView(m_calendarView, tr("&Calendar"), QStringLiteral("calendar"),
                   QStringLiteral("calendar"));
    frame->addView(new EntriesView(*m_database, m_undoStack, m_pages), tr("E&ntries"),
                   QStringLiteral("entries"), QStringLiteral("entries"));
    frame->addView(new ChartsView(*m_database, m_pages), tr("Ch&arts"), QStringLiteral("charts"),
                   QStringLiteral("charts"));
    frame->addView(new PacingView(*m_database, m_undoStack, m_pages), tr("&Pacing"),
                   QStringLiteral("pacing"), QStringLiteral("pacing"));
    frame->addView(new TrialsView(*m_database, m_undoStack, m_pages), tr("Tria&ls"),
                   QStringLiteral("trials"), QStringLiteral("trials"));
    frame->addView(new QuestionnairesView(*m_database, m_undoStack, m_pages), tr("&Questionnaires"),
                   QStringLiteral("questionnaires"), QStringLiteral("questionnaires"));
    connect(m_todayView, &TodayView::bodyMapRequested, this, &MainWindow::showBodyMap);
    connect(m_todayView, &TodayView::backfillRequested, this, &MainWindow::startBackfill);
    setCentralWidget(m_centre);
    m_exchange = new DiaryExchange(*m_database, m_undoStack, this);
    m_channel->listenFor(m_database->path());

    const DiaryNotifier& notifier = m_database->notifier();
    // The count follows the announcements; only a reload counts again (docs/architecture.md,
    // "Change notifications").
    connect(&notifier, &DiaryNotifier::checkInAdded, this, [this] { showCheckInCount(+1); });
    connect(&notifier, &DiaryNotifier::checkInRemoved, this, [this] { showCheckInCount(-1); });
    connect(&notifier, &DiaryNotifier::diaryReloaded, this, &MainWindow::updateStatus);
    updateStatus();
    m_todayView->painScale()->setFocus();
    checkStructureInBackground();
    // The day's backup once the window is up, so opening never waits for it.
    QTimer::singleShot(kBackupDelayMs, this, &MainWindow::backUpIfDue);
}

bool MainWindow::restoreFromBackup(const QString& chosen) {
    if (!m_database || !exchangeIsIdle() || !resolveUnsavedInput())
        return false;
    const QList<BackupFile> backups = DiaryBackups(*m_database).list();
    QString backup = chosen;
    if (backup.isEmpty()) {
        RestoreDialog dialog(backups, this);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        backup = dialog.chosenPath();
    }
    const auto listed = std::find_if(backups.cbegin(), backups.cend(),
                                     [&](const BackupFile& file) { return file.path == backup; });
    const QString when = listed == backups.cend() ? QFileInfo(backup).fileName()
                                                  : RestoreDialog::takenText(listed->taken);
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const auto restoreCursor = qScopeGuard([] { QApplication::restoreOverrideCursor(); });
        // Undo is the first way back; a copy of the diary as it is now, kept beside the backups
        // and not rotated, is the way back after the window is closed.
        DiaryBackups(*m_database).backUpNow(QDateTime::currentDateTime(), false);
        DiaryDocument document = DiaryRestorer(*m_database).readBackup(backup);
        const RestoreChanges changes =
            DiaryEdits(*m_database, m_undoStack)
                .restoreBackup(std::move(document), tr("Restore the backup of %1").arg(when));
        showUntilTheNextStep(RestoreDialog::outcomeText(changes));
    } catch (const std::exception& error) {
        m_reportError(tr("Nothing was restored: %1").arg(QString::fromUtf8(error.what())));
        return false;
    }
    return true;
}

// A status line about the last step: the next undo or redo makes it untrue, so it goes then.
void MainWindow::showUntilTheNextStep(const QString& message) {
    statusBar()->showMessage(message);
    connect(
        &m_undoStack, &QUndoStack::indexChanged, statusBar(),
        [bar = statusBar(), message] {
            if (bar->currentMessage() == message)
                bar->clearMessage();
        },
        Qt::SingleShotConnection);
}

void MainWindow::backUpIfDue() {
    if (!m_database)
        return;
    try {
        if (const auto path = DiaryBackups(*m_database).backUpIfDue())
            statusBar()->showMessage(tr("Today's backup is saved and checked."), 8000);
    } catch (const std::exception& error) {
        // Not modal: the diary itself is fine; the person is told, and it is tried again
        // next time.
        statusBar()->showMessage(
            tr("Today's backup could not be made: %1").arg(QString::fromUtf8(error.what())));
    }
}

void MainWindow::startBackfill() {
    if (!m_pages)
        return;
    m_pages->setCurrentWidget(m_calendarView);
    m_calendarView->composeFor(backfillDay(*m_database));
}

void MainWindow::showBodyMap() {
    if (!m_pages)
        return;
    m_pages->setCurrentWidget(m_bodyMapView);
    m_bodyMapView->map()->setFocus();
}

void MainWindow::newDiary() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("New diary"), QDir::homePath() + QStringLiteral("/diary.sqlite"), kDiaryFilter,
        nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        // Never replace a file from the "new" dialog: it may be someone's years of entries.
        m_reportError(tr("%1 already exists. Use File ▸ Open diary… to open it.")
                          .arg(QDir::toNativeSeparators(path)));
        return;
    }
    openDiary(path);
}

void MainWindow::chooseDiary() {
    const QString start =
        m_database ? QFileInfo(m_database->path()).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open diary"), start, kDiaryFilter);
    if (!path.isEmpty())
        openDiary(path);
}

QString MainWindow::statusText() const {
    if (m_countLabel->isHidden())
        return m_diaryLabel->text();
    return m_diaryLabel->text() + QLatin1Char(' ') + m_countLabel->text();
}

void MainWindow::updateStatus() {
    m_checkInCount = m_database ? CheckInRepository(*m_database).count() : 0;
    showCheckInCount(0);
    if (m_database)
        setWindowTitle(tr("%1 — PainPace").arg(QFileInfo(m_database->path()).fileName()));
}

void MainWindow::showCheckInCount(int change) {
    m_checkInCount += change;
    if (change == 0) {
        m_diaryLabel->setText(
            m_database ? tr("Diary: %1 —").arg(QDir::toNativeSeparators(m_database->path()))
                       : tr("No diary open"));
        m_countLabel->setHidden(!m_database);
    }
    if (!m_database)
        return;
    m_countLabel->setText(tr("%n check-in(s)", nullptr, m_checkInCount));
    // A label of fixed size takes a new text without laying out the status bar and the window
    // again, so a save repaints only the count (docs/architecture.md, "Speed"). It is sized
    // when a diary opens, with room for two more digits, and grows only when a text outgrows it.
    const QSize needed = m_countLabel->sizeHint();
    if (change == 0 || needed.width() > m_countLabel->minimumWidth() ||
        needed.height() != m_countLabel->minimumHeight()) {
        const int room = m_countLabel->fontMetrics().horizontalAdvance(QStringLiteral("00"));
        m_countLabel->setFixedSize(needed.width() + room, needed.height());
    }
}

void MainWindow::editReminders() {
    RemindersDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const QString problem = dialog.apply(); !problem.isEmpty())
        m_reportError(problem);
    m_reminders->setDailyTime(ReminderScheduler::savedEnabled() ? ReminderScheduler::savedTime()
                                                                : QTime());
    m_breaks->setIntervalMinutes(BreakReminder::savedEnabled() ? BreakReminder::savedMinutes() : 0);
}

void MainWindow::remind() {
    notify(tr("Time for your check-in: how is your pain right now?"));
}

void MainWindow::remindBreak() {
    notify(tr("Time for a short break: stand up, stretch or walk a little, then go on."));
}

void MainWindow::notify(const QString& text) {
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(windowIcon(), this);
            connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
                showNormal();
                activateWindow();
            });
        }
        m_tray->show();
        m_tray->showMessage(tr("PainPace"), text, QSystemTrayIcon::Information, 60'000);
    }
    // In the window too: calm, and still there when the person comes back.
    statusBar()->showMessage(text);
    QApplication::alert(this);
}

void MainWindow::showGuide(const QString& topic) {
    if (!m_guide)
        m_guide = new GuideDialog(this);
    m_guide->showTopic(topic);
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
}

bool MainWindow::offerTourOnFirstStart() {
    if (FirstStartTour::wasSeen())
        return false;
    showTour();
    return true;
}

void MainWindow::showTour() {
    auto* tour = new FirstStartTour(this);
    tour->setAttribute(Qt::WA_DeleteOnClose);
    tour->open(); // over the window, without holding up the start
}

void MainWindow::showAbout() {
    const QString path = m_database ? QDir::toNativeSeparators(m_database->path()) : tr("none");
    QMessageBox::about(
        this, tr("About PainPace"),
        tr("<h3>PainPace %1</h3><p>A private diary for living with fibromyalgia, back pain and "
           "muscle spasms.</p><p>PainPace is a diary for self-management, not a diagnosis. If "
           "something feels wrong or new, talk to a doctor.</p><p>Your entries stay on this "
           "computer; nothing is sent over a network.</p><p>Diary file: %2</p>")
            .arg(QStringLiteral(PAINPACE_VERSION), path.toHtmlEscaped()));
}

} // namespace painpace
