#include "checkindetailsform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTextDocument>
#include <QVBoxLayout>

#include "common/durationspinbox.h"
#include "common/unansweredfield.h"
#include "diary/checkinvalidator.h"
#include "diary/validationissue.h"
#include "edit/diaryedits.h"
#include "scorescale.h"
#include "spasmtable.h"
#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "storage/storageerror.h"
#include "therapyusetable.h"
#include "triggerlevelpicker.h"

namespace painpace {

namespace {

constexpr int kUnanswered = -1;

// Check boxes do not wrap their text; long warning signs are broken into lines here so the form
// fits a small window.
QString wrapped(const QString& text, int width = 58) {
    QStringList lines{QString()};
    for (const QString& word : text.split(QLatin1Char(' '))) {
        if (!lines.last().isEmpty() && lines.last().size() + 1 + word.size() > width)
            lines.append(QString());
        lines.last() += (lines.last().isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    return lines.join(QLatin1Char('\n'));
}

// A minutes field whose lowest value means "not answered" and shows as a dash.
QSpinBox* optionalMinutes(int max, QWidget* parent) {
    auto* box = new QSpinBox(parent);
    box->setRange(kUnanswered, max);
    box->setSpecialValueText(QStringLiteral("—"));
    box->setSuffix(CheckInDetailsForm::tr(" min"));
    box->setValue(kUnanswered);
    UnansweredField::install(box);
    return box;
}

} // namespace

CheckInDetailsForm::CheckInDetailsForm(const Database& database, EditStack& edits, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_edits(edits) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_issues = new QLabel(this);
    m_issues->setWordWrap(true);
    m_issues->setVisible(false);
    layout->addWidget(m_issues);
    m_columns = new QGridLayout;
    m_measuresGroup = buildMeasures();
    m_triggersGroup = buildTriggers();
    m_therapiesGroup = buildTherapies();
    layout->addLayout(m_columns);
    layout->addWidget(buildSpasms());
    layout->addWidget(buildRedFlags());
    fitToWidth(kThreeColumnsFrom);
    reloadCatalogue();
    connect(&m_database.notifier(), &DiaryNotifier::catalogueChanged, this,
            &CheckInDetailsForm::reloadCatalogue);
    connect(this, &CheckInDetailsForm::changed, this, &CheckInDetailsForm::recheckIssues);
}

void CheckInDetailsForm::recheckIssues() {
    if (m_marked.isEmpty() && !m_issues->isVisible())
        return; // nothing shown to take back
    // A field put right loses its mark at once; what is still wrong stays marked. The core's own
    // rules decide, on what the form holds now.
    CheckIn probe;
    probe.moment = DiaryMoment::now();
    fillIn(probe);
    ValidationIssues remaining;
    for (const ValidationIssue& issue : validateCheckIn(probe)) {
        if (widgetFor(issue.field))
            remaining.append(issue);
    }
    showIssues(remaining);
}

QWidget* CheckInDetailsForm::buildMeasures() {
    auto* box = new QGroupBox(tr("How you are"), this);
    auto* form = new QFormLayout(box);
    // Created in the order shown, so Tab follows the screen (tested).
    m_stiffness = optionalMinutes(24 * 60, box);
    m_stiffness->setSingleStep(5);
    // The 0-10 scores are one click each (docs/architecture.md, "The full check-in").
    m_fatigue = new ScoreScale(tr("Fatigue"), box);
    m_sleep = new DurationSpinBox(24 * 60, box);
    m_sleepQuality = new ScoreScale(tr("Sleep quality"), box);
    m_stress = new ScoreScale(tr("Stress level"), box);
    m_mood = new ScoreScale(tr("Mood"), box);
    m_fog = new QComboBox(box);
    m_fog->addItem(QStringLiteral("—"), kUnanswered);
    m_fog->addItem(tr("0 clear"), 0);
    m_fog->addItem(tr("1 mild"), 1);
    m_fog->addItem(tr("2 moderate"), 2);
    m_fog->addItem(tr("3 severe"), 3);
    m_flare = new QCheckBox(tr("Flare &day (much worse than usual)"), box);
    // As wide as the score rows: a field across a wide window is hard to follow to its value.
    for (QWidget* field : std::initializer_list<QWidget*>{m_stiffness, m_sleep, m_fog})
        field->setMaximumWidth(m_fatigue->maximumWidth());
    form->addRow(tr("Morning st&iffness:"), m_stiffness);
    form->addRow(tr("Fati&gue (0-10):"), m_fatigue);
    form->addRow(tr("Sleep (ho&urs):"), m_sleep);
    form->addRow(tr("Sleep qualit&y (0-10):"), m_sleepQuality);
    form->addRow(tr("Stress level (0-10, 10 e&xtreme):"), m_stress);
    form->addRow(tr("&Mood (0-10, 10 best):"), m_mood);
    form->addRow(tr("Fi&bro fog:"), m_fog);
    form->addRow(m_flare);
    m_note = new QPlainTextEdit(box);
    m_note->setPlaceholderText(tr("A note, if you like"));
    m_note->setTabChangesFocus(true); // Tab moves on, as everywhere else in the form
    m_note->setFixedHeight(64);
    form->addRow(m_note);
    for (QSpinBox* spin : std::initializer_list<QSpinBox*>{m_stiffness, m_sleep})
        connect(spin, &QSpinBox::valueChanged, this, &CheckInDetailsForm::changed);
    for (ScoreScale* score : scores())
        connect(score, &ChoiceRow::chosenChanged, this, &CheckInDetailsForm::changed);
    connect(m_fog, &QComboBox::currentIndexChanged, this, &CheckInDetailsForm::changed);
    connect(m_flare, &QCheckBox::toggled, this, &CheckInDetailsForm::changed);
    connect(m_note, &QPlainTextEdit::textChanged, this, &CheckInDetailsForm::changed);
    return box;
}

QWidget* CheckInDetailsForm::buildTriggers() {
    auto* box = new QGroupBox(tr("Triggers today"), this);
    auto* layout = new QVBoxLayout(box);
    m_triggerBox = new QWidget(box);
    new QGridLayout(m_triggerBox);
    layout->addWidget(m_triggerBox);
    m_addTrigger = new QPushButton(tr("Add your own trigger…"), box);
    layout->addWidget(m_addTrigger, 0, Qt::AlignLeft);
    connect(m_addTrigger, &QPushButton::clicked, this, [this] { askForOwnItem(true); });
    return box;
}

void CheckInDetailsForm::askForOwnItem(bool trigger) {
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, trigger ? tr("Your own trigger") : tr("Your own therapy"),
                              tr("Name:"), QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const QString problem = trigger ? addOwnTrigger(name) : addOwnTherapy(name);
    if (!problem.isEmpty())
        QMessageBox::information(this, tr("Not added"), problem);
}

QString CheckInDetailsForm::addOwnTrigger(const QString& name) {
    try {
        // The notifier reloads every open form's catalogue, this one included.
        const TriggerDefinition added = DiaryEdits(m_database, m_edits).addOwnTrigger(name);
        if (TriggerLevelPicker* level = m_triggers.value(added.code))
            level->setLevel(TriggerLevel::ALittle);
        return {};
    } catch (const ValidationError& error) {
        return error.message();
    } catch (const StorageError& error) {
        return error.message();
    }
}

QString CheckInDetailsForm::addOwnTherapy(const QString& name) {
    try {
        TherapyDefinition therapy;
        therapy.name = name;
        QList<TherapyUse> uses = m_therapies->uses(QDate::currentDate());
        const TherapyDefinition added = DiaryEdits(m_database, m_edits).addOwnTherapy(therapy);
        uses.append({added.code, std::nullopt, QString(), std::nullopt, std::nullopt});
        m_therapies->setUses(uses);
        return {};
    } catch (const ValidationError& error) {
        return error.message();
    } catch (const StorageError& error) {
        return error.message();
    }
}

QWidget* CheckInDetailsForm::buildTherapies() {
    auto* box = new QGroupBox(tr("Therapies taken"), this);
    auto* layout = new QVBoxLayout(box);
    m_therapies = new TherapyUseTable(box);
    layout->addWidget(m_therapies);
    auto* add = new QPushButton(tr("Add your own therapy…"), box);
    layout->addWidget(add, 0, Qt::AlignLeft);
    connect(add, &QPushButton::clicked, this, [this] { askForOwnItem(false); });
    connect(m_therapies, &TherapyUseTable::changed, this, &CheckInDetailsForm::changed);
    return box;
}

QWidget* CheckInDetailsForm::buildSpasms() {
    auto* box = new QGroupBox(tr("Spasms and twitches"), this);
    auto* layout = new QVBoxLayout(box);
    m_spasms = new SpasmTable(box);
    layout->addWidget(m_spasms);
    connect(m_spasms, &SpasmTable::changed, this, &CheckInDetailsForm::changed);
    return box;
}

QWidget* CheckInDetailsForm::buildRedFlags() {
    auto* box = new QGroupBox(tr("Warning signs (tick any you have now)"), this);
    auto* column = new QVBoxLayout(box);
    auto* layout = new QGridLayout;
    m_redFlagGrid = layout;
    column->addLayout(layout);
    const auto& catalogue = redFlagCatalogue();
    for (int i = 0; i < static_cast<int>(catalogue.size()); ++i) {
        auto* check = new QCheckBox(
            wrapped(QCoreApplication::translate("RedFlag", catalogue[i].description)), box);
        check->setProperty("redFlag", static_cast<int>(catalogue[i].flag));
        layout->addWidget(check, i / 2, i % 2);
        m_redFlagBoxes.append(check);
        connect(check, &QCheckBox::toggled, this, &CheckInDetailsForm::updateAdvice);
        connect(check, &QCheckBox::toggled, this, &CheckInDetailsForm::changed);
    }
    m_advice = new QLabel(box);
    m_advice->setWordWrap(true);
    m_advice->setTextFormat(Qt::PlainText);
    QFont font = m_advice->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    m_advice->setFont(font);
    m_advice->setVisible(false);
    column->addWidget(m_advice);
    return box;
}

void CheckInDetailsForm::reloadCatalogue() {
    CatalogueRepository catalogue(m_database);
    auto* grid = static_cast<QGridLayout*>(m_triggerBox->layout());
    QHash<QString, TriggerLevel> levels; // what was chosen survives a catalogue change
    for (auto it = m_triggers.begin(); it != m_triggers.end(); ++it)
        levels.insert(it.key(), it.value()->level());
    while (QLayoutItem* item = grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_triggers.clear();
    int row = 0;
    // Levels made now would come last in the Tab order: they go between the note and the
    // button below them, as shown.
    QWidget* previous = m_note;
    for (const TriggerDefinition& trigger : catalogue.triggers()) {
        auto* level = new TriggerLevelPicker(trigger.name, m_triggerBox);
        auto* label = new QLabel(trigger.name, m_triggerBox);
        grid->addWidget(label, row, 0);
        grid->addWidget(level, row, 1);
        m_triggers.insert(trigger.code, level);
        level->setLevel(levels.value(trigger.code, TriggerLevel::None));
        connect(level, &TriggerLevelPicker::levelChanged, this, &CheckInDetailsForm::changed);
        for (QAbstractButton* button : level->buttons()) {
            QWidget::setTabOrder(previous, button);
            previous = button;
        }
        ++row;
    }
    QWidget::setTabOrder(previous, m_addTrigger);
    m_therapies->setCatalogue(catalogue.therapies());
}

void CheckInDetailsForm::fitToWidth(int width) {
    const int count = width >= kThreeColumnsFrom ? 3 : (width >= kTwoColumnsFrom ? 2 : 1);
    if (count == m_columnCount)
        return;
    m_columnCount = count;
    for (QWidget* group : {m_measuresGroup, m_triggersGroup, m_therapiesGroup})
        m_columns->removeWidget(group);
    for (int column = 0; column < 3; ++column)
        m_columns->setColumnStretch(column, 0);
    if (count == 3) {
        m_columns->addWidget(m_measuresGroup, 0, 0, Qt::AlignTop);
        m_columns->addWidget(m_triggersGroup, 0, 1, Qt::AlignTop);
        m_columns->addWidget(m_therapiesGroup, 0, 2, Qt::AlignTop);
        m_columns->setColumnStretch(1, 1);
        m_columns->setColumnStretch(2, 1);
    } else if (count == 2) {
        // The doses table needs the room of a whole row; the other two sit side by side above.
        m_columns->addWidget(m_measuresGroup, 0, 0, Qt::AlignTop);
        m_columns->addWidget(m_triggersGroup, 0, 1, Qt::AlignTop);
        m_columns->addWidget(m_therapiesGroup, 1, 0, 1, 2);
        m_columns->setColumnStretch(1, 1);
    } else {
        m_columns->addWidget(m_measuresGroup, 0, 0);
        m_columns->addWidget(m_triggersGroup, 1, 0);
        m_columns->addWidget(m_therapiesGroup, 2, 0);
    }
    const int perRow = count == 1 ? 1 : 2;
    for (int i = 0; i < m_redFlagBoxes.size(); ++i)
        m_redFlagGrid->addWidget(m_redFlagBoxes[i], i / perRow, i % perRow);
}

QWidget* CheckInDetailsForm::widgetFor(const QString& field) const {
    const QHash<QString, QWidget*> simple{{QStringLiteral("morningStiffness"), m_stiffness},
                                          {QStringLiteral("fatigue"), m_fatigue},
                                          {QStringLiteral("stress"), m_stress},
                                          {QStringLiteral("mood"), m_mood},
                                          {QStringLiteral("sleep"), m_sleep},
                                          {QStringLiteral("sleepQuality"), m_sleepQuality},
                                          {QStringLiteral("fibroFog"), m_fog},
                                          {QStringLiteral("note"), m_note}};
    if (simple.contains(field))
        return simple.value(field);
    // List fields look like "spasms[2].count".
    const qsizetype open = field.indexOf(QLatin1Char('['));
    const qsizetype close = field.indexOf(QStringLiteral("]."));
    if (open < 0 || close < open)
        return nullptr;
    const QString list = field.left(open);
    const int row = field.mid(open + 1, close - open - 1).toInt();
    const QString part = field.mid(close + 2);
    if (list == QLatin1String("spasms"))
        return m_spasms->cellFor(row, part);
    if (list == QLatin1String("therapies"))
        return m_therapies->cellFor(row, part);
    return nullptr;
}

void CheckInDetailsForm::showIssues(const ValidationIssues& issues) {
    for (QWidget* widget : std::as_const(m_marked)) {
        widget->setStyleSheet(QString());
        widget->setToolTip(QString());
        widget->setAccessibleDescription(QString());
    }
    m_marked.clear();
    QStringList messages;
    for (const ValidationIssue& issue : issues) {
        messages << issue.message;
        if (QWidget* widget = widgetFor(issue.field)) {
            // A thick outline in the text colour marks the field without relying on red alone.
            widget->setStyleSheet(QStringLiteral("border: 2px dashed palette(text);"));
            widget->setToolTip(issue.message);
            widget->setAccessibleDescription(issue.message);
            m_marked.append(widget);
        }
    }
    m_issues->setText(messages.join(QLatin1Char('\n')));
    m_issues->setVisible(!messages.isEmpty());
}

QString CheckInDetailsForm::issueText() const {
    return m_issues->isVisible() ? m_issues->text() : QString();
}

void CheckInDetailsForm::updateAdvice() {
    const QString advice = careAdvice(careUrgency(redFlags()));
    m_advice->setVisible(!advice.isEmpty());
    m_advice->setText(advice);
}

QList<RedFlag> CheckInDetailsForm::redFlags() const {
    QList<RedFlag> flags;
    for (const QCheckBox* check : m_redFlagBoxes) {
        if (check->isChecked())
            flags.append(static_cast<RedFlag>(check->property("redFlag").toInt()));
    }
    return flags;
}

QCheckBox* CheckInDetailsForm::redFlagBox(RedFlag flag) const {
    for (QCheckBox* check : m_redFlagBoxes) {
        if (check->property("redFlag").toInt() == static_cast<int>(flag))
            return check;
    }
    return nullptr;
}

void CheckInDetailsForm::fillIn(CheckIn& entry) const {
    // Every field is written, empty ones as empty: an editor that kept the old value of a
    // field the person cleared would store what they took away.
    const auto minutesOf = [](const QSpinBox* spin) -> std::optional<Minutes> {
        if (spin->value() < 0)
            return std::nullopt;
        return Minutes{spin->value()};
    };
    entry.morningStiffness = minutesOf(m_stiffness);
    entry.fatigue = m_fatigue->value();
    entry.stress = m_stress->value();
    entry.mood = m_mood->value();
    entry.sleep = minutesOf(m_sleep);
    entry.sleepQuality = m_sleepQuality->value();
    entry.fibroFog = m_fog->currentData().toInt() != kUnanswered
                         ? std::optional<int>(m_fog->currentData().toInt())
                         : std::nullopt;
    entry.flare = m_flare->isChecked();
    const QString note = m_note->toPlainText();
    entry.note = note == m_shownNote ? m_loadedNote : note.trimmed();
    entry.triggers.clear();
    for (auto it = m_triggers.begin(); it != m_triggers.end(); ++it) {
        const TriggerLevel level = it.value()->level();
        if (level != TriggerLevel::None)
            entry.triggers.append({it.key(), level});
    }
    entry.therapies = m_therapies->uses(entry.moment.localDay.isValid() ? entry.moment.localDay
                                                                        : QDate::currentDate());
    entry.spasms = m_spasms->spasms();
    entry.redFlags = redFlags();
}

void CheckInDetailsForm::copyRoutine(const CheckIn& previous) {
    for (TriggerLevelPicker* level : std::as_const(m_triggers))
        level->setLevel(TriggerLevel::None);
    for (const TriggerRating& rating : previous.triggers) {
        if (TriggerLevelPicker* level = m_triggers.value(rating.triggerCode))
            level->setLevel(rating.level);
    }
    // The same therapies with the same doses; the times are today's to set.
    QList<TherapyUse> routine = previous.therapies;
    for (TherapyUse& use : routine)
        use.takenAtUtc.reset();
    m_therapies->setUses(routine);
}

bool CheckInDetailsForm::isEmpty() const {
    CheckIn probe;
    fillIn(probe);
    return probe == CheckIn{};
}

void CheckInDetailsForm::clear() {
    for (QSpinBox* spin : std::initializer_list<QSpinBox*>{m_stiffness, m_sleep})
        spin->setValue(kUnanswered);
    for (ScoreScale* score : scores())
        score->setValue(std::nullopt);
    m_fog->setCurrentIndex(0);
    m_flare->setChecked(false);
    // Clearing an empty note still rebuilds its document, the largest cost of clearing the form
    // after a save; a note with something to undo is cleared so its history goes with the save.
    if (!m_note->document()->isEmpty() || m_note->document()->isUndoAvailable())
        m_note->clear();
    m_loadedNote.clear();
    m_shownNote.clear();
    for (TriggerLevelPicker* level : std::as_const(m_triggers))
        level->setLevel(TriggerLevel::None);
    m_therapies->clear();
    m_spasms->setSpasms({});
    showIssues({});
    for (QCheckBox* check : m_redFlagBoxes)
        check->setChecked(false);
}

} // namespace painpace

namespace painpace {

void CheckInDetailsForm::load(const CheckIn& entry) {
    clear();
    m_stiffness->setValue(entry.morningStiffness ? entry.morningStiffness->count : kUnanswered);
    m_fatigue->setValue(entry.fatigue);
    m_stress->setValue(entry.stress);
    m_mood->setValue(entry.mood);
    m_sleep->setValue(entry.sleep ? entry.sleep->count : kUnanswered);
    m_sleepQuality->setValue(entry.sleepQuality);
    m_fog->setCurrentIndex(m_fog->findData(entry.fibroFog.value_or(kUnanswered)));
    m_flare->setChecked(entry.flare);
    m_note->setPlainText(entry.note);
    m_loadedNote = entry.note;
    m_shownNote = m_note->toPlainText();
    copyRoutine(entry);
    m_therapies->setUses(entry.therapies); // with their own times
    m_spasms->setSpasms(entry.spasms);
    for (QCheckBox* check : m_redFlagBoxes)
        check->setChecked(
            entry.redFlags.contains(static_cast<RedFlag>(check->property("redFlag").toInt())));
}

} // namespace painpace
