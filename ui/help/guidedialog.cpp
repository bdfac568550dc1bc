#include "guidedialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

#include "guidetopics.h"

namespace painpace {

namespace {
constexpr int kIdRole = Qt::UserRole;

QUrl pageUrl(const QString& id) {
    return QUrl(QStringLiteral("qrc") + guideFolder() + QLatin1Char('/') + id +
                QStringLiteral(".html"));
}

QString partName(GuideTopic::Part part) {
    switch (part) {
    case GuideTopic::Part::Start:
        return GuideDialog::tr("Getting started");
    case GuideTopic::Part::View:
        return GuideDialog::tr("The views");
    case GuideTopic::Part::Measure:
        return GuideDialog::tr("Measures and methods");
    }
    return {};
}
} // namespace

GuideDialog::GuideDialog(QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("PainPace guide"));
    m_contents = new QListWidget(this);
    m_contents->setAccessibleName(tr("Guide pages"));
    m_browser = new QTextBrowser(this);
    m_browser->setOpenExternalLinks(true);
    m_browser->setAccessibleName(tr("Guide page"));
    m_browser->document()->setDocumentMargin(16); // the text does not touch the frame
    auto* split = new QSplitter(this);
    split->addWidget(m_contents);
    split->addWidget(m_browser);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    split->setSizes({240, 520});

    m_back = new QPushButton(tr("&Back"), this);
    m_back->setEnabled(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_back, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QPushButton::setEnabled);
    connect(m_browser, &QTextBrowser::sourceChanged, this, &GuideDialog::followSource);
    connect(m_contents, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item && !item->data(kIdRole).toString().isEmpty() &&
            item->data(kIdRole).toString() != currentTopic() && !m_following)
            m_browser->setSource(pageUrl(item->data(kIdRole).toString()));
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    resize(820, 600);
    fillContents();
    showTopic(QString());
}

void GuideDialog::fillContents() {
    std::optional<GuideTopic::Part> part;
    for (const GuideTopic& topic : guideTopics()) {
        if (part != topic.part) {
            part = topic.part;
            auto* heading = new QListWidgetItem(partName(topic.part), m_contents);
            QFont bold = heading->font();
            bold.setBold(true);
            heading->setFont(bold);
            heading->setFlags(Qt::NoItemFlags); // a heading, not a page
        }
        auto* item = new QListWidgetItem(QStringLiteral("   ") + topic.title, m_contents);
        item->setData(kIdRole, topic.id);
    }
}

void GuideDialog::showTopic(const QString& id) {
    const bool known = std::any_of(guideTopics().cbegin(), guideTopics().cend(),
                                   [&id](const GuideTopic& topic) { return topic.id == id; });
    m_browser->setSource(pageUrl(known ? id : guideTopics().first().id));
}

QString GuideDialog::currentTopic() const {
    return QFileInfo(m_browser->source().path()).completeBaseName();
}

// A link followed, Back, or a page chosen: the list shows which page is open. The page comes
// from the signal: while it is sent, source() still names the page before.
void GuideDialog::followSource(const QUrl& source) {
    const QString id = QFileInfo(source.path()).completeBaseName();
    for (int row = 0; row < m_contents->count(); ++row) {
        if (m_contents->item(row)->data(kIdRole).toString() == id) {
            m_following = true; // the page is already on its way
            m_contents->setCurrentRow(row);
            m_following = false;
            return;
        }
    }
}

} // namespace painpace
