#include "guidetopics.h"

#include <QCoreApplication>
#include <QFile>

namespace painpace {

namespace {
QString title(const char* text) {
    return QCoreApplication::translate("GuideTopics", text);
}
} // namespace

const QList<GuideTopic>& guideTopics() {
    using Part = GuideTopic::Part;
    static const QList<GuideTopic> topics = {
        {QStringLiteral("welcome"), title("Welcome to PainPace"), Part::Start},
        {QStringLiteral("today"), title("Today"), Part::View},
        {QStringLiteral("body-map"), title("Body map"), Part::View},
        {QStringLiteral("calendar"), title("Calendar"), Part::View},
        {QStringLiteral("entries"), title("Entries"), Part::View},
        {QStringLiteral("charts"), title("Charts"), Part::View},
        {QStringLiteral("pacing"), title("Pacing"), Part::View},
        {QStringLiteral("trials"), title("Trials"), Part::View},
        {QStringLiteral("questionnaires"), title("Questionnaires"), Part::View},
        {QStringLiteral("report"), title("Report for your doctor"), Part::View},
        {QStringLiteral("pain-scale"), title("The pain scale (0 to 10)"), Part::Measure},
        {QStringLiteral("daily-scores"), title("Stiffness, fatigue, sleep and mood"),
         Part::Measure},
        {QStringLiteral("spasms-flares"), title("Spasms and flares"), Part::Measure},
        {QStringLiteral("wpi"), title("Widespread Pain Index (WPI)"), Part::Measure},
        {QStringLiteral("sss"), title("Symptom Severity Scale (SSS)"), Part::Measure},
        {QStringLiteral("fiqr"), title("FIQR"), Part::Measure},
        {QStringLiteral("baseline"), title("Baseline"), Part::Measure},
        {QStringLiteral("boom-bust"), title("The boom–bust cycle"), Part::Measure},
        {QStringLiteral("trial-analysis"), title("How a trial is judged"), Part::Measure},
        {QStringLiteral("intervals"), title("95% intervals"), Part::Measure},
        {QStringLiteral("warning-signs"), title("Warning signs"), Part::Measure},
    };
    return topics;
}

QString guideFolder() {
    return QStringLiteral(":/painpace/guide");
}

QString guidePageHtml(const QString& id) {
    QFile file(guideFolder() + QLatin1Char('/') + id + QStringLiteral(".html"));
    if (id.isEmpty() || !file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace painpace
