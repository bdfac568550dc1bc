#pragma once

#include <functional>
#include <memory>
#include <QMainWindow>
#include <QUndoStack>

class QLabel;
class QTabWidget;

namespace painpace {

class BodyMapView;
class Database;
class TodayView;

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

    const Database* database() const { return m_database.get(); }
    QUndoStack& undoStack() { return m_undoStack; }
    TodayView* todayView() const { return m_todayView; }
    BodyMapView* bodyMapView() const { return m_bodyMapView; }
    QTabWidget* pages() const { return m_pages; }
    void showBodyMap();
    QString statusText() const;

    // Errors go to a message box by default; tests capture them instead.
    void setErrorReporter(std::function<void(const QString&)> reporter);

protected:
    void closeEvent(QCloseEvent* event) override;

private slots:
    void newDiary();
    void chooseDiary();
    void showAbout();
    void updateStatus();

private:
    void createMenus();
    void showDiary(std::unique_ptr<Database> database);
    void restoreWindowGeometry();

    std::unique_ptr<Database> m_database;
    QUndoStack m_undoStack;
    QTabWidget* m_pages = nullptr;
    TodayView* m_todayView = nullptr;
    BodyMapView* m_bodyMapView = nullptr;
    QLabel* m_statusLabel = nullptr;
    std::function<void(const QString&)> m_reportError;
};

} // namespace painpace
