#include "viewframe.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QResizeEvent>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

#include "navigationsidebar.h"
#include "pageheader.h"

namespace painpace {

ViewFrame::ViewFrame(QWidget* parent)
    : QWidget(parent) {
    m_sidebar = new NavigationSidebar(this);
    m_header = new PageHeader(this);
    m_pages = new QTabWidget(this);
    m_pages->setDocumentMode(true);
    m_pages->tabBar()->hide();
    auto* line = new QFrame(this);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Plain);
    line->setForegroundRole(QPalette::Mid);

    auto* column = new QVBoxLayout;
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_header);
    column->addWidget(m_pages, 1);
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    row->addWidget(m_sidebar);
    row->addWidget(line);
    row->addLayout(column, 1);

    connect(m_sidebar, &NavigationSidebar::pageChosen, m_pages, &QTabWidget::setCurrentIndex);
    connect(m_pages, &QTabWidget::currentChanged, this, &ViewFrame::showCurrent);
    connect(m_header, &PageHeader::helpRequested, this,
            [this] { emit helpRequested(currentTopic()); });
    setTabOrder(m_sidebar, m_header);
}

void ViewFrame::addView(QWidget* view, const QString& text, const QString& iconName,
                        const QString& topic) {
    m_topics.append(topic);
    m_sidebar->addPage(text, iconName);
    // The tab keeps the plain name: its hidden bar would otherwise hold the same Alt letter as
    // the sidebar, and a letter held twice does nothing.
    m_pages->addTab(view, QString(text).remove(QLatin1Char('&')));
    if (m_pages->count() == 1)
        showCurrent(0);
}

QString ViewFrame::currentTopic() const {
    return m_topics.value(m_pages->currentIndex());
}

void ViewFrame::showCurrent(int index) {
    m_sidebar->setCurrentIndex(index);
    m_header->setTitle(m_pages->tabText(index));
}

void ViewFrame::resizeEvent(QResizeEvent* event) {
    m_sidebar->setCompact(event->size().width() < kCompactBelow);
    QWidget::resizeEvent(event);
}

} // namespace painpace
