#pragma once

#include <QWidget>

#include "common/lineicon.h"

class QLabel;
class QToolButton;

namespace painpace {

// The title of the view in front, with a "?" beside it that opens the view's page of the
// PainPace guide (docs/design.md, "Help in the app").
class PageHeader : public QWidget {
    Q_OBJECT
public:
    explicit PageHeader(QWidget* parent = nullptr);

    void setTitle(const QString& title);
    QString title() const;
    QToolButton* helpButton() const { return m_help; }

signals:
    void helpRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateIcon();

    QLabel* m_title = nullptr;
    QToolButton* m_help = nullptr;
    LineIcon m_helpIcon{QStringLiteral("help")};
};

} // namespace painpace
