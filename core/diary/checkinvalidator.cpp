#include "checkinvalidator.h"

#include <QCoreApplication>
#include <QSet>

#include <cmath>

#include "bodymap/bodymapgeometry.h"
#include "bodymap/bodyregioncatalogue.h"

namespace painpace {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("CheckInValidator", text);
}

class IssueCollector {
public:
    void add(const QString& field, const QString& message) { m_issues.append({field, message}); }

    void requireScore(const QString& field, int value, int max, const QString& name) {
        if (value < 0 || value > max)
            add(field,
                tr("%1 must be between 0 and %2 (it was %3).").arg(name).arg(max).arg(value));
    }

    void optionalScore(const QString& field, const std::optional<int>& value, int max,
                       const QString& name) {
        if (value)
            requireScore(field, *value, max, name);
    }

    void optionalMinutes(const QString& field, const std::optional<Minutes>& value,
                         const QString& name) {
        if (value && (value->count < 0 || value->count > limits::kMinutesPerDay))
            add(field, tr("%1 must be between 0 and %2 minutes (it was %3).")
                           .arg(name)
                           .arg(limits::kMinutesPerDay)
                           .arg(value->count));
    }

    ValidationIssues take() { return std::move(m_issues); }

private:
    ValidationIssues m_issues;
};

bool isNormalized(const QPointF& point) {
    return point.x() >= 0.0 && point.x() <= 1.0 && point.y() >= 0.0 && point.y() <= 1.0;
}

QString indexed(const char* list, qsizetype index, const char* field) {
    return QStringLiteral("%1[%2].%3")
        .arg(QLatin1String(list))
        .arg(index)
        .arg(QLatin1String(field));
}

void validateMoment(const CheckIn& checkIn, IssueCollector& issues) {
    const DiaryMoment& moment = checkIn.moment;
    if (!moment.isValid()) {
        issues.add(QStringLiteral("moment"), tr("The entry needs a date and time."));
        return;
    }
    if (std::abs(moment.utcOffsetMinutes) > limits::kMaxUtcOffsetMinutes)
        issues.add(QStringLiteral("moment"), tr("The time zone offset is not a real one."));
    // The local day is where the local clock put the instant: never more than a day from UTC.
    if (std::abs(moment.utc.date().daysTo(moment.localDay)) > 1)
        issues.add(QStringLiteral("moment"),
                   tr("The calendar day does not match the time of the entry."));
}

void validateMarks(const CheckIn& checkIn, IssueCollector& issues) {
    for (qsizetype i = 0; i < checkIn.marks.size(); ++i) {
        const PainMark& mark = checkIn.marks[i];
        const auto* region = findBodyRegion(mark.regionCode);
        if (!region)
            issues.add(indexed("marks", i, "region"),
                       tr("'%1' is not a body region PainPace knows.").arg(mark.regionCode));
        else if (region->view != mark.view)
            issues.add(indexed("marks", i, "region"),
                       tr("The region does not belong to the view the mark was made on."));
        if (!isNormalized(mark.point))
            issues.add(indexed("marks", i, "point"), tr("The mark lies outside the body map."));
        else if (region && region->view == mark.view &&
                 BodyMapGeometry::forView(mark.view).regionAt(mark.point) != mark.regionCode)
            issues.add(indexed("marks", i, "point"),
                       tr("The mark's point is not inside %1.").arg(region->name));
        if (mark.referredTo && !isNormalized(*mark.referredTo))
            issues.add(indexed("marks", i, "referredTo"),
                       tr("The referred pain point lies outside the body map."));
        issues.requireScore(indexed("marks", i, "intensity"), mark.intensity, 10,
                            tr("Mark intensity"));
    }
}

void validateSpasms(const CheckIn& checkIn, IssueCollector& issues) {
    for (qsizetype i = 0; i < checkIn.spasms.size(); ++i) {
        const SpasmEvent& spasm = checkIn.spasms[i];
        if (!findBodyRegion(spasm.regionCode))
            issues.add(indexed("spasms", i, "region"),
                       tr("Choose where the spasm was from the body regions."));
        if (spasm.count < 1 || spasm.count > limits::kMaxSpasmCount)
            issues.add(
                indexed("spasms", i, "count"),
                tr("The number of spasms must be between 1 and %1.").arg(limits::kMaxSpasmCount));
        if (spasm.duration.count < 0 || spasm.duration.count > limits::kSecondsPerDay)
            issues.add(indexed("spasms", i, "duration"),
                       tr("A spasm lasts between 0 seconds and one day."));
        issues.requireScore(indexed("spasms", i, "intensity"), spasm.intensity, 10,
                            tr("Spasm intensity"));
    }
}

void validateTriggers(const CheckIn& checkIn, IssueCollector& issues) {
    QSet<QString> seen;
    for (qsizetype i = 0; i < checkIn.triggers.size(); ++i) {
        const TriggerRating& rating = checkIn.triggers[i];
        if (rating.triggerCode.trimmed().isEmpty())
            issues.add(indexed("triggers", i, "trigger"), tr("Choose a trigger."));
        else if (seen.contains(rating.triggerCode))
            issues.add(indexed("triggers", i, "trigger"),
                       tr("Each trigger can be rated once per entry."));
        seen.insert(rating.triggerCode);
        if (rating.level == TriggerLevel::None)
            issues.add(indexed("triggers", i, "level"),
                       tr("A trigger rated 'none' is left out rather than stored."));
    }
}

void validateTherapies(const CheckIn& checkIn, IssueCollector& issues) {
    for (qsizetype i = 0; i < checkIn.therapies.size(); ++i) {
        const TherapyUse& use = checkIn.therapies[i];
        if (use.therapyCode.trimmed().isEmpty())
            issues.add(indexed("therapies", i, "therapy"), tr("Choose a therapy."));
        if (use.dose &&
            (!std::isfinite(*use.dose) || *use.dose < 0 || *use.dose > limits::kMaxDose))
            issues.add(
                indexed("therapies", i, "dose"),
                tr("The dose must be a number from 0 to %L1.").arg(limits::kMaxDose, 0, 'f', 0));
        if (use.dose && use.unit.trimmed().isEmpty())
            issues.add(indexed("therapies", i, "unit"), tr("Give the unit of the dose (mg, ml…)."));
        if (use.unit.size() > limits::kMaxUnitLength)
            issues.add(indexed("therapies", i, "unit"), tr("The unit is too long."));
        issues.optionalMinutes(indexed("therapies", i, "duration"), use.duration, tr("Duration"));
        if (use.takenAtUtc && !use.takenAtUtc->isValid())
            issues.add(indexed("therapies", i, "takenAt"), tr("The time taken is not valid."));
    }
}

void validateRedFlags(const CheckIn& checkIn, IssueCollector& issues) {
    QList<RedFlag> seen;
    for (RedFlag flag : checkIn.redFlags) {
        if (seen.contains(flag))
            issues.add(QStringLiteral("redFlags"), tr("A warning sign is listed twice."));
        seen.append(flag);
    }
}

} // namespace

ValidationIssues validateCheckIn(const CheckIn& checkIn) {
    IssueCollector issues;
    validateMoment(checkIn, issues);
    issues.requireScore(QStringLiteral("pain"), checkIn.pain, 10, tr("Pain"));
    issues.optionalMinutes(QStringLiteral("morningStiffness"), checkIn.morningStiffness,
                           tr("Morning stiffness"));
    issues.optionalScore(QStringLiteral("fatigue"), checkIn.fatigue, 10, tr("Fatigue"));
    issues.optionalScore(QStringLiteral("stress"), checkIn.stress, 10, tr("Stress"));
    issues.optionalScore(QStringLiteral("mood"), checkIn.mood, 10, tr("Mood"));
    issues.optionalMinutes(QStringLiteral("sleep"), checkIn.sleep, tr("Sleep"));
    issues.optionalScore(QStringLiteral("sleepQuality"), checkIn.sleepQuality, 10,
                         tr("Sleep quality"));
    issues.optionalScore(QStringLiteral("fibroFog"), checkIn.fibroFog, 3, tr("Fibro fog"));
    if (checkIn.note.size() > limits::kMaxNoteLength)
        issues.add(QStringLiteral("note"),
                   tr("The note is longer than %1 characters.").arg(limits::kMaxNoteLength));
    validateMarks(checkIn, issues);
    validateSpasms(checkIn, issues);
    validateTriggers(checkIn, issues);
    validateTherapies(checkIn, issues);
    validateRedFlags(checkIn, issues);
    return issues.take();
}

} // namespace painpace
