#include "spasmtable.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include "regionchoice.h"

namespace painpace {

namespace {

enum Column { Kind, Region, Count, Duration, DurationUnit, Intensity, Context, ColumnCount };

template <typename Enum, std::size_t N>
QComboBox* enumChoice(const std::array<EnumCode<Enum>, N>& codes, Enum value, QWidget* parent) {
    auto* box = new QComboBox(parent);
    for (const auto& row : codes)
        box->addItem(SpasmTable::tr(row.label), static_cast<int>(row.value));
    box->setCurrentIndex(box->findData(static_cast<int>(value)));
    return box;
}

QSpinBox* number(int min, int max, int value, QWidget* parent) {
    auto* box = new QSpinBox(parent);
    box->setRange(min, max);
    box->setValue(value);
    return box;
}

} // namespace

SpasmTable::SpasmTable(QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setHorizontalHeaderLabels({tr("Kind"), tr("Where"), tr("How many"), tr("How long"),
                                        tr("Unit"), tr("Intensity"), tr("When")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(Region, QHeaderView::Stretch);
    // As tall as its rows: the page scrolls, never a box inside it (docs/architecture.md,
    // "The full check-in").
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_table);
    auto* buttons = new QHBoxLayout;
    // No Alt letter: the form around it uses all of this button's letters (tested).
    auto* add = new QPushButton(tr("Add spasm"), this);
    auto* remove = new QPushButton(tr("Remove"), this);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        SpasmEvent spasm;
        spasm.regionCode = QStringLiteral("back.lumbar.left");
        spasm.duration = Seconds{30};
        spasm.intensity = 5;
        addRow(spasm);
        emit changed();
        // Ready to say where: typing searches the regions.
        auto* where =
            static_cast<RegionChoice*>(m_table->cellWidget(m_table->rowCount() - 1, Region));
        where->setFocus(Qt::OtherFocusReason);
        // Once the taller table is laid out, the page scrolls the new field into sight.
        QTimer::singleShot(0, where, [this, where] {
            for (QWidget* up = parentWidget(); up; up = up->parentWidget()) {
                if (auto* page = qobject_cast<QScrollArea*>(up)) {
                    page->ensureWidgetVisible(where);
                    break;
                }
            }
        });
        where->lineEdit()->selectAll();
    });
    fitToRows();
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0) {
            m_table->removeRow(m_table->currentRow());
            fitToRows();
            emit changed();
        }
    });
}

void SpasmTable::addRow(const SpasmEvent& spasm) {
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto* region = new RegionChoice(m_table);
    region->setRegionCode(spasm.regionCode);
    // Whole minutes read better than seconds for long spasms.
    const bool minutes = spasm.duration.count >= 120 && spasm.duration.count % 60 == 0;
    auto* unit = new QComboBox(m_table);
    unit->addItem(tr("seconds"), 1);
    unit->addItem(tr("minutes"), 60);
    unit->setCurrentIndex(minutes ? 1 : 0);
    m_table->setCellWidget(row, Kind, enumChoice(kSpasmKindCodes, spasm.kind, m_table));
    m_table->setCellWidget(row, Region, region);
    m_table->setCellWidget(row, Count, number(1, 1000, spasm.count, m_table));
    m_table->setCellWidget(row, Duration,
                           number(0, 24 * 60 * 60,
                                  minutes ? spasm.duration.count / 60 : spasm.duration.count,
                                  m_table));
    m_table->setCellWidget(row, DurationUnit, unit);
    m_table->setCellWidget(row, Intensity, number(0, 10, spasm.intensity, m_table));
    m_table->setCellWidget(row, Context, enumChoice(kSpasmContextCodes, spasm.context, m_table));
    fitToRows();
    for (int column = 0; column < ColumnCount; ++column) {
        QWidget* cell = m_table->cellWidget(row, column);
        if (auto* combo = qobject_cast<QComboBox*>(cell))
            connect(combo, &QComboBox::currentIndexChanged, this, &SpasmTable::changed);
        if (auto* spin = qobject_cast<QSpinBox*>(cell))
            connect(spin, &QSpinBox::valueChanged, this, &SpasmTable::changed);
    }
}

void SpasmTable::fitToRows() {
    int height = 2 * m_table->frameWidth() + m_table->horizontalHeader()->sizeHint().height();
    for (int row = 0; row < m_table->rowCount(); ++row)
        height += m_table->rowHeight(row);
    // An empty table keeps room for one row, so it reads as a table to fill in.
    if (m_table->rowCount() == 0)
        height += m_table->verticalHeader()->defaultSectionSize();
    m_table->setFixedHeight(height);
}

QWidget* SpasmTable::cellFor(int row, const QString& field) const {
    static const QHash<QString, int> columns{{QStringLiteral("region"), Region},
                                             {QStringLiteral("count"), Count},
                                             {QStringLiteral("duration"), Duration},
                                             {QStringLiteral("intensity"), Intensity}};
    return columns.contains(field) ? m_table->cellWidget(row, columns.value(field)) : nullptr;
}

QList<SpasmEvent> SpasmTable::spasms() const {
    QList<SpasmEvent> spasms;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        auto combo = [&](int column) {
            return qobject_cast<QComboBox*>(m_table->cellWidget(row, column));
        };
        auto spin = [&](int column) {
            return qobject_cast<QSpinBox*>(m_table->cellWidget(row, column));
        };
        SpasmEvent spasm;
        spasm.kind = static_cast<SpasmKind>(combo(Kind)->currentData().toInt());
        spasm.regionCode =
            static_cast<RegionChoice*>(m_table->cellWidget(row, Region))->regionCode();
        spasm.count = spin(Count)->value();
        spasm.duration =
            Seconds{spin(Duration)->value() * combo(DurationUnit)->currentData().toInt()};
        spasm.intensity = spin(Intensity)->value();
        spasm.context = static_cast<SpasmContext>(combo(Context)->currentData().toInt());
        spasms.append(spasm);
    }
    return spasms;
}

void SpasmTable::setSpasms(const QList<SpasmEvent>& spasms) {
    m_table->setRowCount(0);
    for (const SpasmEvent& spasm : spasms)
        addRow(spasm);
    fitToRows();
}

} // namespace painpace
