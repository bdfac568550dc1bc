#include "builtincatalogue.h"

#include <QCoreApplication>

namespace painpace {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("Catalogue", text);
}

TherapyDefinition therapy(const char* code, const char* name, TherapyKind kind,
                          std::optional<int> minutes = std::nullopt,
                          std::optional<double> dose = std::nullopt, const char* unit = "") {
    return {QString::fromLatin1(code), tr(name), kind, dose,
            QString::fromLatin1(unit), minutes,  true};
}

} // namespace

const QList<TriggerDefinition>& builtInTriggers() {
    static const QList<TriggerDefinition> triggers = [] {
        const std::pair<const char*, const char*> rows[] = {
            {"stress", QT_TRANSLATE_NOOP("Catalogue", "Emotional stress")},
            {"cold_damp_weather", QT_TRANSLATE_NOOP("Catalogue", "Cold or damp weather")},
            {"long_sitting", QT_TRANSLATE_NOOP("Catalogue", "Long sitting")},
            {"long_standing", QT_TRANSLATE_NOOP("Catalogue", "Long standing")},
            {"poor_posture", QT_TRANSLATE_NOOP("Catalogue", "Poor posture")},
            {"overexertion", QT_TRANSLATE_NOOP("Catalogue", "Overexertion")},
            {"inactivity", QT_TRANSLATE_NOOP("Catalogue", "Inactivity, lack of movement")},
            {"poor_sleep", QT_TRANSLATE_NOOP("Catalogue", "Poor sleep")},
            {"dehydration", QT_TRANSLATE_NOOP("Catalogue", "Dehydration")},
            {"missed_meal", QT_TRANSLATE_NOOP("Catalogue", "Missed meal or low minerals")},
            {"medication_change", QT_TRANSLATE_NOOP("Catalogue", "New or changed medication")},
            {"illness", QT_TRANSLATE_NOOP("Catalogue", "Infection or illness")},
            {"strain_injury", QT_TRANSLATE_NOOP("Catalogue", "Physical strain or injury")},
            {"travel", QT_TRANSLATE_NOOP("Catalogue", "Travel")},
        };
        QList<TriggerDefinition> list;
        for (const auto& [code, name] : rows)
            list.append({QString::fromLatin1(code), tr(name), true});
        return list;
    }();
    return triggers;
}

const QList<TherapyDefinition>& builtInTherapies() {
    using K = TherapyKind;
    // Heat is used 15 to 20 minutes at a time (domain.md); other minutes are common defaults.
    static const QList<TherapyDefinition> therapies = {
        therapy("walking", QT_TRANSLATE_NOOP("Catalogue", "Walking"), K::Exercise, 10),
        therapy("stretching", QT_TRANSLATE_NOOP("Catalogue", "Gentle stretching"), K::Exercise, 10),
        therapy("yoga", QT_TRANSLATE_NOOP("Catalogue", "Yoga"), K::Exercise, 20),
        therapy("swimming", QT_TRANSLATE_NOOP("Catalogue", "Swimming"), K::Exercise, 20),
        therapy("water_aerobics", QT_TRANSLATE_NOOP("Catalogue", "Water aerobics"), K::Exercise,
                30),
        therapy("tai_chi", QT_TRANSLATE_NOOP("Catalogue", "Tai chi"), K::Exercise, 20),
        therapy("physio_exercises", QT_TRANSLATE_NOOP("Catalogue", "Physiotherapy exercises"),
                K::Exercise, 15),
        therapy("heating_pad", QT_TRANSLATE_NOOP("Catalogue", "Heating pad"), K::Heat, 20),
        therapy("warm_bath", QT_TRANSLATE_NOOP("Catalogue", "Warm bath"), K::Heat, 20),
        therapy("moist_heat", QT_TRANSLATE_NOOP("Catalogue", "Moist heat pack"), K::Heat, 20),
        therapy("massage", QT_TRANSLATE_NOOP("Catalogue", "Massage"), K::ManualTherapy, 30),
        therapy("myofascial_release", QT_TRANSLATE_NOOP("Catalogue", "Myofascial release"),
                K::ManualTherapy, 30),
        therapy("dry_needling", QT_TRANSLATE_NOOP("Catalogue", "Dry needling"), K::ManualTherapy),
        therapy("tens", QT_TRANSLATE_NOOP("Catalogue", "Electrical stimulation (TENS)"),
                K::ManualTherapy, 30),
        therapy("acupuncture", QT_TRANSLATE_NOOP("Catalogue", "Acupuncture"), K::ManualTherapy),
        therapy("chiropractic", QT_TRANSLATE_NOOP("Catalogue", "Chiropractic care"),
                K::ManualTherapy),
        therapy("deep_breathing", QT_TRANSLATE_NOOP("Catalogue", "Deep breathing"), K::MindBody, 5),
        therapy("muscle_relaxation",
                QT_TRANSLATE_NOOP("Catalogue", "Progressive muscle relaxation"), K::MindBody, 15),
        therapy("meditation", QT_TRANSLATE_NOOP("Catalogue", "Meditation"), K::MindBody, 10),
        therapy("mindfulness", QT_TRANSLATE_NOOP("Catalogue", "Mindfulness"), K::MindBody, 10),
        therapy("journaling", QT_TRANSLATE_NOOP("Catalogue", "Journaling"), K::MindBody, 10),
        therapy("cbt", QT_TRANSLATE_NOOP("Catalogue", "Cognitive behavioural therapy"), K::MindBody,
                50),
        therapy("bedtime_routine", QT_TRANSLATE_NOOP("Catalogue", "Bedtime routine"),
                K::SleepHabit),
        therapy("no_evening_screens",
                QT_TRANSLATE_NOOP("Catalogue", "No screens or caffeine in the evening"),
                K::SleepHabit),
        therapy("cool_dark_room", QT_TRANSLATE_NOOP("Catalogue", "Cool dark room"), K::SleepHabit),
        therapy("lumbar_support", QT_TRANSLATE_NOOP("Catalogue", "Lumbar support chair"),
                K::Ergonomics),
        therapy("sitting_breaks", QT_TRANSLATE_NOOP("Catalogue", "Sitting breaks"), K::Ergonomics),
        therapy("supportive_bed", QT_TRANSLATE_NOOP("Catalogue", "Supportive mattress and pillow"),
                K::Ergonomics),
        therapy("duloxetine", QT_TRANSLATE_NOOP("Catalogue", "Duloxetine"), K::Medication,
                std::nullopt, 60.0, "mg"),
        therapy("amitriptyline", QT_TRANSLATE_NOOP("Catalogue", "Amitriptyline"), K::Medication,
                std::nullopt, 10.0, "mg"),
        therapy("pregabalin", QT_TRANSLATE_NOOP("Catalogue", "Pregabalin"), K::Medication,
                std::nullopt, 75.0, "mg"),
        therapy("muscle_relaxant", QT_TRANSLATE_NOOP("Catalogue", "Muscle relaxant"),
                K::Medication),
        therapy("topical_menthol", QT_TRANSLATE_NOOP("Catalogue", "Topical menthol"),
                K::Medication),
        therapy("topical_capsaicin", QT_TRANSLATE_NOOP("Catalogue", "Topical capsaicin"),
                K::Medication),
        therapy("magnesium", QT_TRANSLATE_NOOP("Catalogue", "Magnesium"), K::Supplement,
                std::nullopt, 300.0, "mg"),
        therapy("vitamin_d", QT_TRANSLATE_NOOP("Catalogue", "Vitamin D"), K::Supplement,
                std::nullopt, 1000.0, "IU"),
        therapy("omega_3", QT_TRANSLATE_NOOP("Catalogue", "Omega-3"), K::Supplement, std::nullopt,
                1000.0, "mg"),
        therapy("potassium", QT_TRANSLATE_NOOP("Catalogue", "Potassium"), K::Supplement),
        therapy("hydration", QT_TRANSLATE_NOOP("Catalogue", "Hydration"), K::Supplement,
                std::nullopt, 250.0, "ml"),
    };
    return therapies;
}

QString ownItemCode(const QString& name) {
    QString slug;
    for (QChar c : name.trimmed().toLower()) {
        if (c.isLetterOrNumber())
            slug += c;
        else if (!slug.endsWith(QLatin1Char('_')))
            slug += QLatin1Char('_');
    }
    while (slug.endsWith(QLatin1Char('_')))
        slug.chop(1);
    return QStringLiteral("own.") + slug;
}

} // namespace painpace
