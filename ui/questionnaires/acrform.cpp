#include "acrform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "formfooter.h"

namespace painpace {

namespace {

QComboBox* severityItem(QWidget* parent) {
    auto* box = new QComboBox(parent);
    box->addItem(AcrForm::tr("0 none"), 0);
    box->addItem(AcrForm::tr("1 mild or now and then"), 1);
    box->addItem(AcrForm::tr("2 moderate or often"), 2);
    box->addItem(AcrForm::tr("3 severe, all the time"), 3);
    return box;
}

QString regionTitle(WpiRegion region) {
    switch (region) {
    case WpiRegion::LeftUpper:
        return AcrForm::tr("Left upper body");
    case WpiRegion::RightUpper:
        return AcrForm::tr("Right upper body");
    case WpiRegion::LeftLower:
        return AcrForm::tr("Left lower body");
    case WpiRegion::RightLower:
        return AcrForm::tr("Right lower body");
    case WpiRegion::Axial:
        return AcrForm::tr("Neck and trunk");
    }
    return {};
}

} // namespace

AcrForm::AcrForm(QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildAreas());
    layout->addWidget(buildSymptoms());
    const FormFooter footer = addFormFooter(layout, this);
    m_result = footer.result;
    m_save = footer.save;
    connect(m_save, &QPushButton::clicked, this, &AcrForm::saveRequested);
    updateResult();
}

QWidget* AcrForm::buildAreas() {
    auto* box = new QGroupBox(tr("Where did you have pain in the past 7 days?"), this);
    auto* layout = new QVBoxLayout(box);
    m_prefillNote = new QLabel(box);
    m_prefillNote->setWordWrap(true);
    layout->addWidget(m_prefillNote);
    // One column per body region under its heading, read (and tabbed) a column at a time.
    auto* columns = new QHBoxLayout;
    QList<QVBoxLayout*> regionColumns;
    for (int region = 0; region < kWpiRegionCount; ++region) {
        auto* column = new QWidget(box);
        auto* columnLayout = new QVBoxLayout(column);
        columnLayout->setContentsMargins(0, 0, 0, 0);
        columnLayout->addWidget(new QLabel(
            QStringLiteral("<b>%1</b>").arg(regionTitle(static_cast<WpiRegion>(region))), column));
        regionColumns.append(columnLayout);
        columns->addWidget(column, 1, Qt::AlignTop);
    }
    for (WpiArea area : allWpiAreas()) {
        QVBoxLayout* column = regionColumns[static_cast<int>(wpiRegionOf(area))];
        auto* check = new QCheckBox(QCoreApplication::translate("WpiArea", wpiAreaName(area)),
                                    column->parentWidget());
        column->addWidget(check);
        m_areas.insert(static_cast<int>(area), check);
        connect(check, &QCheckBox::toggled, this, &AcrForm::updateResult);
    }
    layout->addLayout(columns);
    return box;
}

QWidget* AcrForm::buildSymptoms() {
    auto* box = new QGroupBox(tr("How much trouble in the past 7 days?"), this);
    auto* form = new QFormLayout(box);
    m_fatigue = severityItem(box);
    m_unrefreshed = severityItem(box);
    m_cognitive = severityItem(box);
    form->addRow(tr("Fati&gue:"), m_fatigue);
    form->addRow(tr("&Waking up tired (unrefreshed):"), m_unrefreshed);
    form->addRow(tr("Thin&king or remembering (fibro fog):"), m_cognitive);
    m_headaches = new QCheckBox(tr("Headaches"), box);
    m_abdominal = new QCheckBox(tr("Pain or cramps in the lower belly"), box);
    m_depression = new QCheckBox(tr("Depression"), box);
    form->addRow(new QLabel(tr("In the past 6 months, have you had:"), box));
    form->addRow(m_headaches);
    form->addRow(m_abdominal);
    form->addRow(m_depression);
    m_threeMonths =
        new QCheckBox(tr("These symptoms have been at a similar level for at least 3 months"), box);
    form->addRow(m_threeMonths);
    for (QComboBox* item : {m_fatigue, m_unrefreshed, m_cognitive})
        connect(item, &QComboBox::currentIndexChanged, this, &AcrForm::updateResult);
    for (QCheckBox* item : {m_headaches, m_abdominal, m_depression, m_threeMonths})
        connect(item, &QCheckBox::toggled, this, &AcrForm::updateResult);
    return box;
}

void AcrForm::prefill(const QList<WpiArea>& painfulAreas) {
    for (auto it = m_areas.begin(); it != m_areas.end(); ++it)
        it.value()->setChecked(painfulAreas.contains(static_cast<WpiArea>(it.key())));
    m_prefillNote->setText(
        painfulAreas.isEmpty()
            ? tr("Tick every area that hurt. (No body-map marks in the past 7 days to start from.)")
            : tr("Ticked from your body-map marks of the past 7 days. Please check and correct."));
    markUntouched();
}

void AcrForm::setAnswers(const Acr2016Answers& answers) {
    for (auto it = m_areas.begin(); it != m_areas.end(); ++it)
        it.value()->setChecked(answers.painfulAreas.contains(static_cast<WpiArea>(it.key())));
    m_fatigue->setCurrentIndex(m_fatigue->findData(answers.fatigue));
    m_unrefreshed->setCurrentIndex(m_unrefreshed->findData(answers.wakingUnrefreshed));
    m_cognitive->setCurrentIndex(m_cognitive->findData(answers.cognitiveSymptoms));
    m_headaches->setChecked(answers.headaches);
    m_abdominal->setChecked(answers.lowerAbdominalPain);
    m_depression->setChecked(answers.depression);
    m_threeMonths->setChecked(answers.symptomsForThreeMonths);
}

Acr2016Answers AcrForm::answers() const {
    Acr2016Answers answers;
    for (WpiArea area : allWpiAreas()) {
        if (m_areas.value(static_cast<int>(area))->isChecked())
            answers.painfulAreas.append(area);
    }
    answers.fatigue = m_fatigue->currentData().toInt();
    answers.wakingUnrefreshed = m_unrefreshed->currentData().toInt();
    answers.cognitiveSymptoms = m_cognitive->currentData().toInt();
    answers.headaches = m_headaches->isChecked();
    answers.lowerAbdominalPain = m_abdominal->isChecked();
    answers.depression = m_depression->isChecked();
    answers.symptomsForThreeMonths = m_threeMonths->isChecked();
    return answers;
}

QString AcrForm::resultText() const {
    return m_result->text();
}

void AcrForm::updateResult() {
    emit changed();
    const Acr2016Result result = scoreAcr2016(answers());
    m_result->setText(tr("<b>WPI %1 of 19 · SSS %2 of 12 · severity %3 of 31</b> (%4)<br>Pain in "
                         "%5 of 5 regions. The criteria are %6. This is information for you and "
                         "your doctor, not a diagnosis.")
                          .arg(result.wpi)
                          .arg(result.sss)
                          .arg(result.severity)
                          .arg(kAcr2016Version)
                          .arg(result.regionsWithPain)
                          .arg(result.criteriaMet ? tr("met") : tr("not met")));
}

} // namespace painpace
