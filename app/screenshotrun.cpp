#include "screenshotrun.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextStream>
#include <QWindow>

#include <exception>
#include <functional>
#include <memory>

#include "common/apptheme.h"
#include "contactsheet.h"
#include "help/firststarttour.h"
#include "help/guidedialog.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/restoredialog.h"
#include "reminders/remindersdialog.h"
#include "report/reportdialog.h"
#include "smoketest.h"
#include "storage/diarybackups.h"

namespace painpace {

namespace {

constexpr int kSettleMs = 200;        // for a view's background work and its repaint
constexpr int kReportSettleMs = 1000; // the report lays out its preview on a pool thread

const QList<QSize> kSizes{{720, 480}, {1000, 720}, {1600, 1000}};

struct ThemeShot {
    AppTheme::Choice choice;
    QString name;
};
const QList<ThemeShot> kThemes{{AppTheme::Choice::Light, QStringLiteral("light")},
                               {AppTheme::Choice::Dark, QStringLiteral("dark")}};

void settle(int milliseconds) {
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < milliseconds)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
}

QString fileName(const QString& text) {
    return text.toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
}

class ScreenshotRun {
public:
    explicit ScreenshotRun(const QString& folder)
        : m_folder(folder) {}

    // Empty when every shot was saved, else what failed.
    QString run(const QString& diaryPath);

private:
    QString shootViews(MainWindow& window, const ThemeShot& theme);
    QString shootDialogs(MainWindow& window, const ThemeShot& theme);
    QString shootDialog(QDialog& dialog, const QString& name, const ThemeShot& theme);
    QString save(const QImage& shot, const QString& row, const QString& column,
                 const QString& file);

    QDir m_folder;
    ContactSheet m_sheet;
};

QString ScreenshotRun::save(const QImage& shot, const QString& row, const QString& column,
                            const QString& file) {
    if (shot.isNull() || !shot.save(m_folder.filePath(file)))
        return QStringLiteral("%1 could not be saved").arg(m_folder.filePath(file));
    m_sheet.add(row, column, shot);
    return {};
}

QString ScreenshotRun::shootViews(MainWindow& window, const ThemeShot& theme) {
    QTabWidget* pages = window.pages();
    for (const QSize& size : kSizes) {
        window.resize(size);
        settle(kSettleMs);
        if (window.size() != size)
            return QStringLiteral("the window could not take %1×%2")
                .arg(size.width())
                .arg(size.height());
        const QString column =
            QStringLiteral("%1 %2×%3").arg(theme.name).arg(size.width()).arg(size.height());
        for (int page = 0; page < pages->count(); ++page) {
            pages->setCurrentIndex(page);
            settle(kSettleMs);
            const QString name = pages->tabText(page);
            const QString file = QStringLiteral("%1-%2x%3-%4-%5.png")
                                     .arg(theme.name)
                                     .arg(size.width())
                                     .arg(size.height())
                                     .arg(page + 1)
                                     .arg(fileName(name));
            if (QString problem = save(window.grab().toImage(), name, column, file);
                !problem.isEmpty())
                return problem;
        }
    }
    pages->setCurrentIndex(0);
    return {};
}

QString ScreenshotRun::shootDialog(QDialog& dialog, const QString& name, const ThemeShot& theme) {
    dialog.show();
    settle(qobject_cast<ReportDialog*>(&dialog) ? kReportSettleMs : kSettleMs);
    const QString problem =
        save(dialog.grab().toImage(), name, theme.name + QStringLiteral(" dialog"),
             QStringLiteral("%1-dialog-%2.png").arg(theme.name, fileName(name)));
    dialog.close();
    return problem;
}

QString ScreenshotRun::shootDialogs(MainWindow& window, const ThemeShot& theme) {
    window.resize(1000, 720);
    const std::pair<QString, std::function<std::unique_ptr<QDialog>()>> dialogs[] = {
        {QStringLiteral("Guide"),
         [&window] {
             auto guide = std::make_unique<GuideDialog>(&window);
             guide->showTopic(QStringLiteral("trial-analysis"));
             return guide;
         }},
        {QStringLiteral("First-start tour"),
         [&window] {
             return std::make_unique<FirstStartTour>(&window);
         }},
        {QStringLiteral("Report for your doctor"),
         [&window] {
             return std::make_unique<ReportDialog>(*window.database(), &window);
         }},
        {QStringLiteral("Reminders"),
         [&window] {
             return std::make_unique<RemindersDialog>(&window);
         }},
        {QStringLiteral("Restore from backup"),
         [&window] {
             return std::make_unique<RestoreDialog>(DiaryBackups(*window.database()).list(),
                                                    &window);
         }},
    };
    for (const auto& [name, make] : dialogs) {
        const std::unique_ptr<QDialog> dialog = make();
        if (QString problem = shootDialog(*dialog, name, theme); !problem.isEmpty())
            return problem;
    }
    return {};
}

QString ScreenshotRun::run(const QString& diaryPath) {
    QTemporaryDir temporary;
    if (!temporary.isValid())
        return QStringLiteral("no temporary folder: %1").arg(temporary.errorString());
    // Settings (window size, the tour) go to the temporary folder, not the person's.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, temporary.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, temporary.path());
    FirstStartTour::markSeen();
    const QString copy = temporary.filePath(QStringLiteral("diary.sqlite"));
    if (!QFile::copy(diaryPath, copy))
        return QStringLiteral("%1 could not be copied").arg(QDir::toNativeSeparators(diaryPath));
    // A diary open in a window keeps its latest entries in the write-ahead log beside it.
    const QString log = diaryPath + QStringLiteral("-wal");
    if (QFile::exists(log) && !QFile::copy(log, copy + QStringLiteral("-wal")))
        return QStringLiteral("%1 could not be copied").arg(QDir::toNativeSeparators(log));
    if (!QDir().mkpath(m_folder.path()))
        return QStringLiteral("%1 could not be created").arg(m_folder.path());

    QStringList reported;
    MainWindow window;
    prepareUnattendedWindow(window, reported);
    if (!window.openDiary(copy))
        return QStringLiteral("the diary did not open: %1").arg(reported.join(u' '));
    for (const ThemeShot& theme : kThemes) {
        AppTheme::apply(theme.choice);
        if (QString problem = shootViews(window, theme); !problem.isEmpty())
            return problem;
        if (QString problem = shootDialogs(window, theme); !problem.isEmpty())
            return problem;
    }
    window.close();
    if (!reported.isEmpty())
        return QStringLiteral("the window reported: %1").arg(reported.join(u' '));
    const QString sheet = m_folder.filePath(QStringLiteral("contact-sheet.png"));
    if (!m_sheet.paint().save(sheet))
        return QStringLiteral("%1 could not be saved").arg(sheet);
    QTextStream(stdout) << "screenshots: " << m_sheet.count() << " shots and "
                        << QDir::toNativeSeparators(sheet) << Qt::endl;
    return {};
}

} // namespace

int runScreenshots(const QString& diaryPath, const QString& folder) {
    QString problem;
    try {
        problem = ScreenshotRun(folder).run(diaryPath);
    } catch (const std::exception& error) {
        problem = QString::fromUtf8(error.what());
    }
    if (problem.isEmpty())
        return 0;
    QTextStream(stderr) << "screenshots FAILED: " << problem << Qt::endl;
    return 1;
}

} // namespace painpace
