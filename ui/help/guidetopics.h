#pragma once

#include <QList>
#include <QString>

namespace painpace {

// The pages of Help ▸ PainPace guide (resources/guide): one per view and one per measure
// (docs/design.md, "Help in the app").
struct GuideTopic {
    enum class Part { Start, View, Measure };
    QString id; // the page's file name without ".html", and what a view's "?" asks for
    QString title;
    Part part = Part::Start;
};

// Every page, in the order the guide lists them.
const QList<GuideTopic>& guideTopics();
// The page's HTML from the resources; empty for an unknown id.
QString guidePageHtml(const QString& id);
// Where the guide's pages are in the resources, for links between them.
QString guideFolder();

} // namespace painpace
