#pragma once

#include <QWidget>

class QStandardItemModel;
class QStackedWidget;
class QTableView;
class QLabel;
class QPushButton;

namespace painpace {

class EditStack;

class AcrForm;
class Database;
class FiqrForm;
struct QuestionnaireRecord;

// The questionnaires page: fill in the ACR 2016 criteria or the FIQR, and see every earlier
// result with its date in a history list.
class QuestionnairesView : public QWidget {
    Q_OBJECT
public:
    QuestionnairesView(const Database& database, EditStack& undoStack, QWidget* parent = nullptr);

    AcrForm* acrForm() const { return m_acr; }
    FiqrForm* fiqrForm() const { return m_fiqr; }
    QTableView* history() const { return m_history; }
    void showAcr();
    void showFiqr();
    void deleteSelected();

public slots:
    void reloadHistory();

private:
    void save(const QuestionnaireRecord& record);

    const Database& m_database;
    EditStack& m_undoStack;
    QStackedWidget* m_forms = nullptr;
    AcrForm* m_acr = nullptr;
    FiqrForm* m_fiqr = nullptr;
    QTableView* m_history = nullptr;
    QStandardItemModel* m_model = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace painpace
