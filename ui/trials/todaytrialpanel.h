#pragma once

#include <QGroupBox>

class QLabel;
class QPushButton;

namespace painpace {

class EditStack;

class Database;

// The running trial on the Today view: which day and period it is ("Day 9 of 42: Heating pad
// period") and whether today followed it. Hidden when no trial runs today.
class TodayTrialPanel : public QGroupBox {
    Q_OBJECT
public:
    TodayTrialPanel(const Database& database, EditStack& undoStack, QWidget* parent = nullptr);

    QLabel* dayText() const { return m_day; }
    QPushButton* followedButton() const { return m_followed; }
    QPushButton* notFollowedButton() const { return m_notFollowed; }

public slots:
    void refresh();

private:
    void answer(bool followed);

    const Database& m_database;
    EditStack& m_undoStack;
    qint64 m_trialId = 0;
    QLabel* m_day = nullptr;
    QPushButton* m_followed = nullptr;
    QPushButton* m_notFollowed = nullptr;
};

} // namespace painpace
