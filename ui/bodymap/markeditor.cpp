#include "markeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include "bodymap/bodyregioncatalogue.h"
#include "today/painscalebuttons.h"

namespace painpace {

MarkEditor::MarkEditor(QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_region = new QLabel(this);
    QFont bold = m_region->font();
    bold.setBold(true);
    m_region->setFont(bold);
    m_region->setWordWrap(true);
    layout->addWidget(m_region);

    layout->addWidget(new QLabel(tr("How strong? (0-10)"), this));
    m_intensity = new PainScaleButtons(this);
    m_intensity->setCompact(true);
    layout->addWidget(m_intensity);

    auto* form = new QFormLayout;
    m_quality = new QComboBox(this);
    for (const auto& row : kPainQualityCodes)
        m_quality->addItem(tr(row.label), QVariant::fromValue(static_cast<int>(row.value)));
    form->addRow(tr("&Feels:"), m_quality);
    layout->addLayout(form);

    m_triggerPoint = new QCheckBox(tr("&Trigger point (a tender knot)"), this);
    layout->addWidget(m_triggerPoint);

    auto* referral = new QHBoxLayout;
    m_referral = new QLabel(this);
    m_referral->setWordWrap(true);
    referral->addWidget(m_referral, 1);
    m_clearReferral = new QPushButton(tr("Remove arrow"), this);
    referral->addWidget(m_clearReferral);
    layout->addLayout(referral);

    m_delete = new QPushButton(tr("&Delete mark"), this);
    layout->addWidget(m_delete, 0, Qt::AlignLeft);

    connect(m_intensity, &PainScaleButtons::valueChanged, this, &MarkEditor::intensityChosen);
    connect(m_quality, &QComboBox::activated, this, [this](int index) {
        emit qualityChosen(static_cast<PainQuality>(m_quality->itemData(index).toInt()));
    });
    connect(m_triggerPoint, &QCheckBox::clicked, this, &MarkEditor::triggerPointChosen);
    connect(m_clearReferral, &QPushButton::clicked, this, &MarkEditor::referralCleared);
    connect(m_delete, &QPushButton::clicked, this, &MarkEditor::deleteRequested);
}

void MarkEditor::showMark(const PainMark& mark) {
    const QSignalBlocker blockQuality(m_quality);
    const QSignalBlocker blockTrigger(m_triggerPoint);
    m_region->setText(bodyRegionName(mark.regionCode));
    m_intensity->setValue(mark.intensity);
    m_quality->setCurrentIndex(m_quality->findData(static_cast<int>(mark.quality)));
    m_triggerPoint->setChecked(mark.triggerPoint);
    m_referral->setText(mark.referredTo ? tr("Pain spreads to where the arrow points.")
                                        : tr("Drag from the mark to show where the pain "
                                             "spreads. Shift+drag moves it."));
    m_clearReferral->setVisible(mark.referredTo.has_value());
}

} // namespace painpace
