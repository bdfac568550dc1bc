#include "therapyusetable.h"

#include <QApplication>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollBar>
#include <QSpinBox>
#include <QStyle>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <algorithm>

#include "common/dosespinbox.h"
#include "common/timeformat.h"
#include "common/unansweredfield.h"

namespace painpace {

namespace {

enum Column { Name, Dose, Unit, Minutes_, TakenAt, ColumnCount };
constexpr int kCodeRole = Qt::UserRole;
constexpr const char* kStoredUnit = "storedUnit";

// A time field that may be left empty: the box says whether a time was given. The field shows
// hours and minutes on the machine's clock; until the person changes it, takenAt() gives back
// the stored time exactly, seconds and day included (docs/architecture.md, "Editors keep exact
// values"). A changed time stays on the day it was shown for.
class OptionalTime : public QWidget {
    Q_OBJECT
public:
    explicit OptionalTime(const std::optional<QDateTime>& takenAtUtc, QWidget* parent)
        : QWidget(parent)
        , m_stored(takenAtUtc) {
        auto* layout = new QHBoxLayout(this);
        layout->setContentsMargins(2, 0, 2, 0);
        m_given = new QCheckBox(this);
        m_given->setAccessibleName(TherapyUseTable::tr("Time given"));
        const std::optional<QDateTime> local =
            takenAtUtc ? std::optional<QDateTime>(takenAtUtc->toLocalTime()) : std::nullopt;
        if (local)
            m_shownDay = local->date();
        m_time = new QTimeEdit(minutesOnly(local ? local->time() : QTime::currentTime()), this);
        m_time->setDisplayFormat(QStringLiteral("HH:mm"));
        m_given->setChecked(takenAtUtc.has_value());
        m_time->setEnabled(takenAtUtc.has_value());
        m_shownTime = m_time->time();
        layout->addWidget(m_given);
        layout->addWidget(m_time);
        connect(m_given, &QCheckBox::toggled, m_time, &QTimeEdit::setEnabled);
        connect(m_given, &QCheckBox::toggled, this, &OptionalTime::changed);
        connect(m_time, &QTimeEdit::timeChanged, this, &OptionalTime::changed);
    }
    // The moment taken in UTC; a new time is read on `day` in local time.
    std::optional<QDateTime> takenAt(const QDate& day) const {
        if (!m_given->isChecked())
            return std::nullopt;
        if (m_stored && m_time->time() == m_shownTime)
            return m_stored;
        return QDateTime(m_shownDay.isValid() ? m_shownDay : day, m_time->time()).toUTC();
    }

signals:
    void changed();

private:
    std::optional<QDateTime> m_stored;
    QDate m_shownDay;
    QTime m_shownTime;
    QCheckBox* m_given = nullptr;
    QTimeEdit* m_time = nullptr;
};

} // namespace

TherapyUseTable::TherapyUseTable(QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // Both parts are as tall as what they hold: the page scrolls, never a box inside it
    // (docs/architecture.md, "The full check-in").
    m_checklist = new QListWidget(this);
    m_checklist->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_checklist->setFlow(QListView::TopToBottom); // down the first column, then the next
    m_checklist->setWrapping(true);
    m_checklist->setResizeMode(QListView::Adjust);
    layout->addWidget(m_checklist);
    m_details = new QTableWidget(0, ColumnCount, this);
    m_details->setHorizontalHeaderLabels(
        {tr("Therapy"), tr("Dose"), tr("Unit"), tr("Minutes"), tr("Time")});
    m_details->verticalHeader()->hide();
    // The fields are as wide as they need and the name takes the rest, so the table fits the
    // narrow therapies column instead of scrolling sideways inside it.
    m_details->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_details->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    // A unit is a short word; its text field would ask for the width of a sentence.
    m_details->horizontalHeader()->setSectionResizeMode(Unit, QHeaderView::Fixed);
    m_details->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_details);
    layout->addStretch();
    connect(m_checklist, &QListWidget::itemChanged, this,
            [this](QListWidgetItem* item) { tickChanged(m_checklist->row(item)); });
}

void TherapyUseTable::setCatalogue(const QList<TherapyDefinition>& therapies) {
    const QList<TherapyUse> kept = uses(QDate::currentDate());
    m_updating = true;
    m_catalogue.clear();
    m_checklist->clear();
    for (const TherapyDefinition& therapy : therapies) {
        m_catalogue.insert(therapy.code, therapy);
        auto* item = new QListWidgetItem(therapy.name, m_checklist);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setData(kCodeRole, therapy.code);
    }
    m_updating = false;
    setUses(kept);
    fitChecklist();
}

void TherapyUseTable::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        fitChecklist();
        fitToContents();
    }
}

// The list's height depends only on its items and the font, so it is measured when those
// change: measuring every row's text at each save was a third of a quick check-in's time
// (docs/architecture.md, "Speed").
void TherapyUseTable::fitChecklist() {
    constexpr int kColumnGap = 24;
    m_rowHeight = m_checklist->fontMetrics().height();
    int widestName = 0;
    for (int row = 0; row < m_checklist->count(); ++row) {
        m_rowHeight = std::max(m_rowHeight, m_checklist->sizeHintForRow(row));
        widestName =
            std::max(widestName,
                     m_checklist->fontMetrics().horizontalAdvance(m_checklist->item(row)->text()));
    }
    // The tick box, its gap and the name: every column as wide as the longest name, so the
    // names line up in even columns.
    const int tick =
        m_checklist->style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, m_checklist);
    m_widestRow = tick + widestName + kColumnGap;
    m_checklist->setGridSize(QSize(m_widestRow, m_rowHeight));
    fitChecklistHeight();
}

void TherapyUseTable::fitChecklistHeight() {
    const int rows = static_cast<int>(m_checklist->count());
    const int room = m_checklist->width() - 2 * m_checklist->frameWidth();
    const int columns = std::clamp(room / std::max(1, m_widestRow), 1, 4);
    const int rowsPerColumn = std::max(1, (rows + columns - 1) / columns);
    // Only a single column narrower than its longest name scrolls sideways; then the scroll
    // bar gets its own room below the rows.
    const bool scrolls = room < m_widestRow;
    m_checklist->setHorizontalScrollBarPolicy(scrolls ? Qt::ScrollBarAlwaysOn
                                                      : Qt::ScrollBarAlwaysOff);
    const int bar = scrolls ? m_checklist->horizontalScrollBar()->sizeHint().height() : 0;
    // Half a row to spare: the list starts a new column when a row does not fit whole.
    m_checklist->setFixedHeight(2 * m_checklist->frameWidth() + rowsPerColumn * m_rowHeight +
                                m_rowHeight / 2 + bar);
}

// Every ticked therapy has its row of details and every row its tick (tickChanged and setUses
// keep them together), so the rows say it without reading each of the catalogue's ticks.
bool TherapyUseTable::isEmpty() const {
    return m_details->rowCount() == 0;
}

void TherapyUseTable::fitToContents() {
    m_details->horizontalHeader()->resizeSection(
        Unit, fontMetrics().horizontalAdvance(QStringLiteral("tablets")) + 16);
    int tableHeight =
        2 * m_details->frameWidth() + m_details->horizontalHeader()->sizeHint().height();
    for (int row = 0; row < m_details->rowCount(); ++row)
        tableHeight += m_details->rowHeight(row);
    // Where even the smallest fields do not fit, the table scrolls sideways; its scroll bar
    // must not hide the last row.
    if (m_details->horizontalHeader()->length() > m_details->viewport()->width())
        tableHeight += m_details->horizontalScrollBar()->sizeHint().height();
    m_details->setFixedHeight(tableHeight);
}

void TherapyUseTable::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    fitChecklistHeight();
    fitToContents();
}

int TherapyUseTable::detailRowOf(const QString& code) const {
    for (int row = 0; row < m_details->rowCount(); ++row) {
        if (m_details->item(row, Name)->data(kCodeRole).toString() == code)
            return row;
    }
    return -1;
}

void TherapyUseTable::tickChanged(int row) {
    if (m_updating || row < 0)
        return;
    QListWidgetItem* item = m_checklist->item(row);
    const QString code = item->data(kCodeRole).toString();
    const int detail = detailRowOf(code);
    if (item->checkState() == Qt::Checked && detail < 0) {
        // The usual dose and minutes, ready to adjust.
        const TherapyDefinition definition = m_catalogue.value(code);
        TherapyUse use;
        use.therapyCode = code;
        use.dose = definition.usualDose;
        use.unit = definition.usualUnit;
        if (definition.usualMinutes)
            use.duration = Minutes{*definition.usualMinutes};
        addDetailRow(use);
        // A medicine or supplement: its dose is what comes next, so the field takes the focus
        // with the usual dose selected, to keep or type over (docs/architecture.md, "The full
        // check-in").
        const bool dosed = definition.kind == TherapyKind::Medication ||
                           definition.kind == TherapyKind::Supplement;
        if (dosed) {
            auto* dose = static_cast<QDoubleSpinBox*>(
                m_details->cellWidget(m_details->rowCount() - 1, Dose));
            dose->setFocus(Qt::OtherFocusReason);
            dose->selectAll();
        }
    } else if (item->checkState() != Qt::Checked && detail >= 0) {
        if (m_details->isAncestorOf(QApplication::focusWidget()))
            m_checklist->setFocus(Qt::OtherFocusReason); // as in setUses
        m_details->removeRow(detail);
    }
    fitToContents();
    emit changed();
}

void TherapyUseTable::addDetailRow(const TherapyUse& use) {
    const int row = m_details->rowCount();
    m_details->insertRow(row);
    auto* name = new QTableWidgetItem(m_catalogue.value(use.therapyCode).name);
    name->setData(kCodeRole, use.therapyCode);
    name->setFlags(Qt::ItemIsEnabled);
    m_details->setItem(row, Name, name);
    auto* dose = new DoseSpinBox(m_details);
    dose->setRange(-1, 1'000'000);
    dose->setSpecialValueText(QStringLiteral("—"));
    dose->setExactValue(use.dose.value_or(-1));
    auto* unit = new QLineEdit(use.unit, m_details);
    unit->setMaxLength(32);
    unit->setProperty(kStoredUnit, use.unit); // kept exactly while the field is not changed
    auto* minutes = new QSpinBox(m_details);
    minutes->setRange(-1, 24 * 60);
    minutes->setSpecialValueText(QStringLiteral("—"));
    minutes->setValue(use.duration ? use.duration->count : -1);
    UnansweredField::install(minutes);
    auto* taken = new OptionalTime(use.takenAtUtc, m_details);
    m_details->setCellWidget(row, Dose, dose);
    m_details->setCellWidget(row, Unit, unit);
    m_details->setCellWidget(row, Minutes_, minutes);
    m_details->setCellWidget(row, TakenAt, taken);
    connect(dose, &QDoubleSpinBox::valueChanged, this, &TherapyUseTable::changed);
    connect(unit, &QLineEdit::textChanged, this, &TherapyUseTable::changed);
    connect(minutes, &QSpinBox::valueChanged, this, &TherapyUseTable::changed);
    connect(taken, &OptionalTime::changed, this, &TherapyUseTable::changed);
}

QWidget* TherapyUseTable::cellFor(int row, const QString& field) const {
    static const QHash<QString, int> columns{{QStringLiteral("dose"), Dose},
                                             {QStringLiteral("unit"), Unit},
                                             {QStringLiteral("duration"), Minutes_},
                                             {QStringLiteral("takenAt"), TakenAt}};
    return columns.contains(field) ? m_details->cellWidget(row, columns.value(field)) : nullptr;
}

QList<TherapyUse> TherapyUseTable::uses(const QDate& day) const {
    QList<TherapyUse> uses;
    for (int row = 0; row < m_details->rowCount(); ++row) {
        const QTableWidgetItem* name = m_details->item(row, Name);
        const auto* dose = dynamic_cast<DoseSpinBox*>(m_details->cellWidget(row, Dose));
        const auto* unit = qobject_cast<QLineEdit*>(m_details->cellWidget(row, Unit));
        const auto* minutes = qobject_cast<QSpinBox*>(m_details->cellWidget(row, Minutes_));
        const auto* taken = dynamic_cast<OptionalTime*>(m_details->cellWidget(row, TakenAt));
        if (!name || !dose || !unit || !minutes || !taken)
            continue; // a row being taken away
        TherapyUse use;
        use.therapyCode = name->data(kCodeRole).toString();
        if (dose->value() >= 0)
            use.dose = dose->exactValue();
        const QString storedUnit = unit->property(kStoredUnit).toString();
        use.unit = unit->text() == storedUnit ? storedUnit : unit->text().trimmed();
        if (minutes->value() >= 0)
            use.duration = Minutes{minutes->value()};
        use.takenAtUtc = taken->takenAt(day);
        uses.append(use);
    }
    return uses;
}

void TherapyUseTable::setUses(const QList<TherapyUse>& uses) {
    if (uses.isEmpty() && isEmpty())
        return;
    m_updating = true;
    // A field about to go would hand the focus on while its row is half removed, and whoever
    // reads the table then (a draft being kept) would find rows without fields: the focus
    // moves to the list first.
    if (m_details->isAncestorOf(QApplication::focusWidget()))
        m_checklist->setFocus(Qt::OtherFocusReason);
    m_details->setRowCount(0);
    for (int i = 0; i < m_checklist->count(); ++i) {
        QListWidgetItem* item = m_checklist->item(i);
        const QString code = item->data(kCodeRole).toString();
        const bool used = std::any_of(uses.begin(), uses.end(), [&](const TherapyUse& use) {
            return use.therapyCode == code;
        });
        item->setCheckState(used ? Qt::Checked : Qt::Unchecked);
    }
    for (const TherapyUse& use : uses) {
        if (m_catalogue.contains(use.therapyCode))
            addDetailRow(use);
    }
    fitToContents();
    m_updating = false;
}

} // namespace painpace

#include "therapyusetable.moc"
