#pragma once

#include <QDate>
#include <QDialog>
#include <QPageSize>
#include <QPointer>

#include <functional>
#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QPrinter;
class QProgressDialog;
class QPushButton;

namespace painpace {

class Database;
struct ReportOutcome;

// File ▸ Report…: the period (the last 4 weeks to 12 months, or chosen dates) and the paper, then
// Save as PDF… or Print…. The report is made on a pool thread with a progress dialog, so the
// window never freezes.
class ReportDialog : public QDialog {
    Q_OBJECT
public:
    ReportDialog(const Database& database, QWidget* parent = nullptr);
    ~ReportDialog() override;

    QDate from() const;
    QDate to() const;
    QPageSize::PageSizeId paper() const;
    void setPeriod(const QDate& from, const QDate& to); // chosen dates

    void savePdf(const QString& path);
    void print(std::unique_ptr<QPrinter> printer);
    bool isBusy() const { return m_busy; }
    QLabel* status() const { return m_status; }

signals:
    void finished(const QString& message, bool problem);

protected:
    // Closing waits while a report is being made: the job paints on this dialog's printer.
    void reject() override;

private:
    void choosePdf();
    void choosePrinter();
    void periodChanged();
    void start(const QString& path, QPrinter* printer);
    void reportFinished(const QString& path, const ReportOutcome& outcome);

    const Database& m_database;
    QComboBox* m_period = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_paper = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_print = nullptr;
    QLabel* m_status = nullptr;
    QPointer<QProgressDialog> m_progress;
    std::unique_ptr<QPrinter> m_printer;
    bool m_busy = false;
};

} // namespace painpace
