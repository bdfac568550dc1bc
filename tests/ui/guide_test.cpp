// Help ▸ PainPace guide covers every view and every measure (docs/design.md, "Help in the app"),
// its links all lead somewhere, and the first-start tour is three steps that can be skipped.
#include <QApplication>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <gtest/gtest.h>

#include "help/firststarttour.h"
#include "help/guidedialog.h"
#include "help/guidetopics.h"
#include "mainwindow/mainwindow.h"
#include "support/screenshots.h"

using namespace painpace;

namespace {

QStringList topicIds() {
    QStringList ids;
    for (const GuideTopic& topic : guideTopics())
        ids << topic.id;
    return ids;
}

QString everyPage() {
    QString all;
    for (const QString& id : topicIds())
        all += guidePageHtml(id);
    return all;
}

} // namespace

TEST(GuideTest, EveryTopicHasItsPageUnderItsOwnTitle) {
    ASSERT_EQ(guideTopics().size(), 21);
    for (const GuideTopic& topic : guideTopics()) {
        const QString html = guidePageHtml(topic.id);
        EXPECT_TRUE(html.startsWith(QStringLiteral("<h1>%1</h1>").arg(topic.title)))
            << topic.id.toStdString();
        EXPECT_GT(html.size(), 300) << topic.id.toStdString();
    }
    EXPECT_TRUE(guidePageHtml(QStringLiteral("no-such-page")).isEmpty());
}

TEST(GuideTest, EveryLinkLeadsToAPageOfTheGuide) {
    static const QRegularExpression link(QStringLiteral("href=\"([^\"]*)\""));
    int links = 0;
    for (const QString& id : topicIds()) {
        for (const auto& match : link.globalMatch(guidePageHtml(id))) {
            ++links;
            const QString target = match.captured(1);
            ASSERT_TRUE(target.endsWith(QStringLiteral(".html"))) << target.toStdString();
            EXPECT_TRUE(topicIds().contains(target.chopped(5)))
                << id.toStdString() << " links to " << target.toStdString();
        }
    }
    EXPECT_GE(links, 30);
}

// Each view, and each measure or method the issue names, has a page; each measure's page says
// how PainPace works it out and where it comes from.
TEST(GuideTest, CoversEveryViewAndEveryMeasureWithHowAndSource) {
    for (const char* view : {"today", "body-map", "calendar", "entries", "charts", "pacing",
                             "trials", "questionnaires", "report"})
        EXPECT_TRUE(topicIds().contains(QLatin1String(view))) << view;
    for (const GuideTopic& topic : guideTopics()) {
        if (topic.part != GuideTopic::Part::Measure)
            continue;
        const QString html = guidePageHtml(topic.id);
        EXPECT_TRUE(html.contains(QStringLiteral("<h2>How PainPace"))) << topic.id.toStdString();
        EXPECT_TRUE(html.contains(QStringLiteral("<h2>Source</h2>"))) << topic.id.toStdString();
    }
    const QString all = everyPage().simplified();
    for (const char* term :
         {"WPI", "SSS", "FIQR", "baseline", "boom–bust", "cycle", "median", "same time last year",
          "95% interval", "carry-over", "7-day mean", "flare", "spasm"})
        EXPECT_TRUE(all.contains(QString::fromUtf8(term), Qt::CaseInsensitive)) << term;
    // The exact numbers the code uses (docs/architecture.md and the core's constants).
    for (const char* figure :
         {"0.8 × the average", "1.5 × the planned amount", "within the next 3", "WPI ≥ 7 and",
          "sum ÷ 3", "0–23 remission", "at least 4 of them", "at least 14 days",
          "at least 1 pain point", "fewer than 2 complete"})
        EXPECT_TRUE(all.contains(QString::fromUtf8(figure))) << figure;
}

TEST(GuideTest, LinksAndBackMoveThroughPagesAndTheListFollows) {
    GuideDialog guide;
    guide.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&guide));
    EXPECT_EQ(guide.currentTopic(), QStringLiteral("welcome")); // the first page by default
    guide.showTopic(QStringLiteral("wpi"));
    EXPECT_EQ(guide.currentTopic(), QStringLiteral("wpi"));
    EXPECT_EQ(guide.contents()->currentItem()->text().trimmed(),
              QStringLiteral("Widespread Pain Index (WPI)"));
    EXPECT_TRUE(guide.browser()->toPlainText().contains(QStringLiteral("19 areas")));
    guide.browser()->setSource(QUrl(QStringLiteral("sss.html"))); // as a click on its link does
    EXPECT_EQ(guide.currentTopic(), QStringLiteral("sss"));
    EXPECT_EQ(guide.contents()->currentItem()->text().trimmed(),
              QStringLiteral("Symptom Severity Scale (SSS)"));
    QPushButton* back = nullptr;
    for (QPushButton* button : guide.findChildren<QPushButton*>()) {
        if (button->text() == QStringLiteral("&Back"))
            back = button;
    }
    ASSERT_NE(back, nullptr);
    ASSERT_TRUE(back->isEnabled());
    QTest::mouseClick(back, Qt::LeftButton);
    EXPECT_EQ(guide.currentTopic(), QStringLiteral("wpi"));
    // Choosing in the list opens the page; headings are not pages.
    for (int row = 0; row < guide.contents()->count(); ++row) {
        QListWidgetItem* item = guide.contents()->item(row);
        if (item->text().trimmed() == QStringLiteral("Calendar"))
            guide.contents()->setCurrentItem(item);
        if (item->text() == QStringLiteral("The views")) {
            EXPECT_EQ(item->flags(), Qt::NoItemFlags);
        }
    }
    EXPECT_EQ(guide.currentTopic(), QStringLiteral("calendar"));
    guide.showTopic(QStringLiteral("no-such-page"));
    EXPECT_EQ(guide.currentTopic(), QStringLiteral("welcome"));
    guide.showTopic(QStringLiteral("trial-analysis"));
    EXPECT_TRUE(painpace::testing::saveLightAndDark(guide, QStringLiteral("guide")));
}

TEST(FirstStartTourTest, ThreeStepsWithBackAndDone) {
    FirstStartTour tour;
    tour.show();
    EXPECT_EQ(tour.step(), 0);
    EXPECT_FALSE(tour.backButton()->isEnabled());
    EXPECT_TRUE(tour.skipButton()->isVisible());
    QTest::mouseClick(tour.nextButton(), Qt::LeftButton);
    QTest::mouseClick(tour.nextButton(), Qt::LeftButton);
    EXPECT_EQ(tour.step(), 2);
    EXPECT_EQ(tour.nextButton()->text(), QStringLiteral("&Done"));
    EXPECT_FALSE(tour.skipButton()->isVisible());
    EXPECT_TRUE(painpace::testing::saveLightAndDark(tour, QStringLiteral("tour-last-step")));
    QTest::mouseClick(tour.backButton(), Qt::LeftButton);
    EXPECT_EQ(tour.step(), 1);
    EXPECT_EQ(tour.nextButton()->text(), QStringLiteral("&Next"));
    QTest::mouseClick(tour.nextButton(), Qt::LeftButton);
    QTest::mouseClick(tour.nextButton(), Qt::LeftButton);
    EXPECT_EQ(tour.result(), QDialog::Accepted);
    EXPECT_FALSE(tour.isVisible());
}

// Offered on the first start only; skipping counts as seen, and Help ▸ Tour shows it again.
TEST(FirstStartTourTest, IsOfferedOnceAndSkipCountsAsSeen) {
    QSettings().remove(QStringLiteral("guide/tourSeen"));
    QTemporaryDir dir;
    MainWindow window;
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_TRUE(window.openDiary(dir.filePath(QStringLiteral("diary.sqlite"))));
    EXPECT_FALSE(FirstStartTour::wasSeen());
    ASSERT_TRUE(window.offerTourOnFirstStart());
    auto* tour = window.findChild<FirstStartTour*>();
    ASSERT_NE(tour, nullptr);
    EXPECT_TRUE(tour->isVisible());
    EXPECT_TRUE(tour->isModal()); // over the window, until it is skipped or done
    QTest::mouseClick(tour->skipButton(), Qt::LeftButton);
    QApplication::processEvents();
    EXPECT_TRUE(FirstStartTour::wasSeen());
    EXPECT_FALSE(window.offerTourOnFirstStart());
    QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_EQ(window.findChild<FirstStartTour*>(), nullptr);
    window.showTour();
    EXPECT_NE(window.findChild<FirstStartTour*>(), nullptr);
    window.findChild<FirstStartTour*>()->reject();
}
