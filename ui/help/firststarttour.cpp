#include "firststarttour.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace painpace {

namespace {
const QString kSeenKey = QStringLiteral("guide/tourSeen");
constexpr int kTextWidth = 420;

QWidget* stepPage(const QString& title, const QString& text, QWidget* parent) {
    auto* page = new QWidget(parent);
    auto* heading = new QLabel(title, page);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    heading->setFont(font);
    auto* body = new QLabel(text, page);
    body->setWordWrap(true);
    body->setTextFormat(Qt::RichText);
    body->setFixedWidth(kTextWidth);
    auto* column = new QVBoxLayout(page);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(heading);
    column->addWidget(body);
    column->addStretch(1);
    return page;
}
} // namespace

FirstStartTour::FirstStartTour(QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Welcome to PainPace"));
    m_steps = new QStackedWidget(this);
    m_steps->addWidget(stepPage(
        tr("1. Log in seconds"),
        tr("<p>On <b>Today</b>, click how much it hurts now (0 to 10) and press <b>Save "
           "check-in</b>. That is all a check-in needs.</p><p>Add more only when you want: "
           "sleep, fatigue, triggers, medicines, spasms, a note, or marks on the <b>Body "
           "map</b>.</p>"),
        m_steps));
    m_steps->addWidget(stepPage(
        tr("2. Look back and see patterns"),
        tr("<p>The <b>Calendar</b> colours each day by its pain; <b>Entries</b> lists every "
           "check-in to correct or find one; <b>Charts</b> show weeks and years.</p><p>Every "
           "change can be taken back with Edit ▸ Undo (Ctrl+Z).</p>"),
        m_steps));
    m_steps->addWidget(stepPage(
        tr("3. Plan, test and share"),
        tr("<p><b>Pacing</b> plans steady activity, <b>Trials</b> test a therapy fairly on "
           "yourself, and File ▸ Report makes a summary for your doctor.</p><p>The <b>?</b> "
           "beside each view's title, or F1, opens its page of the guide.</p>"),
        m_steps));

    m_counter = new QLabel(this);
    m_skip = new QPushButton(tr("&Skip the tour"), this);
    m_back = new QPushButton(tr("&Back"), this);
    m_next = new QPushButton(tr("&Next"), this);
    m_next->setDefault(true);
    connect(m_skip, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_back, &QPushButton::clicked, this, [this] { goTo(step() - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] {
        if (step() + 1 < kStepCount)
            goTo(step() + 1);
        else
            accept();
    });
    // Seen however it ends: Skip, Done, Escape or the window's close button.
    connect(this, &QDialog::finished, this, [] { markSeen(); });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_counter);
    buttons->addStretch(1);
    buttons->addWidget(m_skip);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_steps, 1);
    layout->addLayout(buttons);
    goTo(0);
}

int FirstStartTour::step() const {
    return m_steps->currentIndex();
}

void FirstStartTour::goTo(int step) {
    m_steps->setCurrentIndex(qBound(0, step, kStepCount - 1));
    const bool last = this->step() == kStepCount - 1;
    m_back->setEnabled(this->step() > 0);
    m_next->setText(last ? tr("&Done") : tr("&Next"));
    m_skip->setVisible(!last);
    m_counter->setText(tr("Step %1 of %2").arg(this->step() + 1).arg(kStepCount));
}

bool FirstStartTour::wasSeen() {
    return QSettings().value(kSeenKey, false).toBool();
}

void FirstStartTour::markSeen() {
    QSettings().setValue(kSeenKey, true);
}

} // namespace painpace
