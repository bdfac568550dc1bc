#pragma once

#include <QGroupBox>

class QVBoxLayout;

namespace painpace {

class EditStack;

class Database;

// Today's planned pacing sessions on the Today view, each with a Start button and a tick once
// done. Hidden when there is nothing planned today.
class TodaySessionsPanel : public QGroupBox {
    Q_OBJECT
public:
    TodaySessionsPanel(const Database& database, EditStack& undoStack, QWidget* parent = nullptr);

    QStringList sessionTexts() const;

public slots:
    void refresh();

private:
    const Database& m_database;
    EditStack& m_undoStack;
    QVBoxLayout* m_rows = nullptr;
    QWidget* m_content = nullptr;
    bool m_refreshing = false;
};

} // namespace painpace
