#include "reportdialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QVBoxLayout>

#include "common/backgroundjob.h"
#include "reportjob.h"
#include "reportwriter.h"
#include "storage/database.h"

namespace painpace {

namespace {
constexpr int kChosenDates = 4;
const int kPeriodMonths[] = {0, 3, 6, 12}; // 0: the last 4 weeks
} // namespace

ReportDialog::ReportDialog(const Database& database, QWidget* parent)
    : QDialog(parent)
    , m_database(database) {
    setWindowTitle(tr("Report for your doctor or physiotherapist"));
    auto* intro = new QLabel(tr("A summary of your diary to print or send: the first page can be "
                                "read in a minute; charts and a day-by-day table follow."));
    intro->setWordWrap(true);
    m_period = new QComboBox;
    m_period->addItems({tr("The last 4 weeks"), tr("The last 3 months"), tr("The last 6 months"),
                        tr("The last 12 months"), tr("Chosen dates")});
    m_period->setCurrentIndex(1);
    m_from = new QDateEdit;
    m_to = new QDateEdit(QDate::currentDate());
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    }
    m_paper = new QComboBox;
    m_paper->addItem(tr("A4"), QPageSize::A4);
    m_paper->addItem(tr("Letter"), QPageSize::Letter);
    m_paper->setCurrentIndex(paperSizeFor(QLocale()) == QPageSize::Letter ? 1 : 0);
    auto* form = new QFormLayout;
    form->addRow(tr("&Period:"), m_period);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    form->addRow(tr("&Paper:"), m_paper);
    m_status = new QLabel;
    m_status->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_save = buttons->addButton(tr("&Save as PDF…"), QDialogButtonBox::AcceptRole);
    m_print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    m_save->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    disconnect(buttons, &QDialogButtonBox::accepted, nullptr, nullptr);
    connect(m_save, &QPushButton::clicked, this, &ReportDialog::choosePdf);
    connect(m_print, &QPushButton::clicked, this, &ReportDialog::choosePrinter);
    connect(m_period, &QComboBox::currentIndexChanged, this, &ReportDialog::periodChanged);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    periodChanged();
    m_save->setFocus();
}

ReportDialog::~ReportDialog() = default;

void ReportDialog::reject() {
    if (!m_busy)
        QDialog::reject();
}

void ReportDialog::periodChanged() {
    const int choice = m_period->currentIndex();
    const bool chosen = choice == kChosenDates;
    m_from->setEnabled(chosen);
    m_to->setEnabled(chosen);
    if (chosen)
        return;
    const QDate today = QDate::currentDate();
    m_to->setDate(today);
    const int months = kPeriodMonths[choice];
    m_from->setDate(months == 0 ? today.addDays(-27) : today.addMonths(-months).addDays(1));
}

QDate ReportDialog::from() const {
    return m_from->date();
}

QDate ReportDialog::to() const {
    return m_to->date();
}

QPageSize::PageSizeId ReportDialog::paper() const {
    return static_cast<QPageSize::PageSizeId>(m_paper->currentData().toInt());
}

void ReportDialog::setPeriod(const QDate& from, const QDate& to) {
    m_period->setCurrentIndex(kChosenDates);
    m_from->setDate(from);
    m_to->setDate(to);
}

void ReportDialog::choosePdf() {
    const QString name = QStringLiteral("painpace-summary-%1-to-%2.pdf")
                             .arg(from().toString(Qt::ISODate), to().toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the report"), QDir::home().filePath(name), tr("PDF document (*.pdf)"));
    if (!path.isEmpty())
        savePdf(path);
}

void ReportDialog::choosePrinter() {
    auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    printer->setPageSize(QPageSize(paper()));
    printer->setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    printer->setDocName(tr("PainPace diary summary"));
    QPrintDialog dialog(printer.get(), this);
    if (dialog.exec() == QDialog::Accepted)
        print(std::move(printer));
}

void ReportDialog::savePdf(const QString& path) {
    start(path, nullptr);
}

void ReportDialog::print(std::unique_ptr<QPrinter> printer) {
    m_printer = std::move(printer);
    start(QString(), m_printer.get());
}

void ReportDialog::start(const QString& path, QPrinter* printer) {
    if (m_busy)
        return;
    if (from() > to()) {
        emit finished(tr("The period ends before it starts; choose the dates again."), true);
        m_status->setText(tr("The period ends before it starts; choose the dates again."));
        return;
    }
    m_busy = true;
    m_save->setEnabled(false);
    m_print->setEnabled(false);
    m_progress = new QProgressDialog(tr("Making the report…"), QString(), 0, 0, this);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    const Database::SharedFile diary = m_database.sharedFile();
    const QDate first = from();
    const QDate last = to();
    const QPageSize::PageSizeId size = paper();
    runInBackground<ReportOutcome>(
        this, nullptr,
        [=](QPromise<ReportOutcome>& promise) {
            runReport(promise, diary, first, last, path, size, printer);
        },
        [this, path](const ReportOutcome& outcome) { reportFinished(path, outcome); });
}

void ReportDialog::reportFinished(const QString& path, const ReportOutcome& outcome) {
    if (m_progress)
        m_progress->close();
    m_busy = false;
    m_save->setEnabled(true);
    m_print->setEnabled(true);
    m_printer.reset();
    QString message;
    if (!outcome.error.isEmpty())
        message = tr("The report could not be made: %1").arg(outcome.error);
    else if (path.isEmpty())
        message = tr("Sent %n page(s) to the printer.", nullptr, outcome.pages);
    else
        message = tr("Saved the report (%n page(s)) to %1. Only you can read the file.", nullptr,
                     outcome.pages)
                      .arg(QDir::toNativeSeparators(path));
    m_status->setText(message);
    emit finished(message, !outcome.error.isEmpty());
}

} // namespace painpace
