#pragma once

#include <QWidget>

#include <memory>

#include "edit/unsavedinput.h"

class QStandardItemModel;
class QStackedWidget;
class QTableView;
class QLabel;
class QPushButton;

namespace painpace {

class EditStack;

class AcrForm;
class Database;
class DraftKeeper;
class FiqrForm;
struct QuestionnaireRecord;

// The questionnaires page: fill in the ACR 2016 criteria or the FIQR, and see every earlier
// result with its date in a history list. Answers not saved yet are kept as drafts and come back
// after a crash, and the window asks about them before it closes (docs/architecture.md, "Input
// that is not saved yet").
class QuestionnairesView : public QWidget, public UnsavedInput {
    Q_OBJECT
public:
    QuestionnairesView(const Database& database, EditStack& undoStack, QWidget* parent = nullptr);
    ~QuestionnairesView() override;

    QString unsavedInputName() const override;
    bool saveUnsavedInput() override;
    void discardUnsavedInput() override;
    void showUnsavedInput() override;
    // Writes the drafts of both forms now (the keepers do it within a second).
    void storeDrafts();
    QString message() const;

    AcrForm* acrForm() const { return m_acr; }
    FiqrForm* fiqrForm() const { return m_fiqr; }
    QTableView* history() const { return m_history; }
    void showAcr();
    void showFiqr();
    void deleteSelected();

public slots:
    void reloadHistory();

private:
    bool saveAcr();
    bool saveFiqr();
    bool save(const QuestionnaireRecord& record, const QString& draftSlot);
    void storeDraft(const QString& slot, bool changed, const QuestionnaireRecord& record);
    void restoreDrafts();
    void prefillAcr();

    const Database& m_database;
    EditStack& m_undoStack;
    QStackedWidget* m_forms = nullptr;
    AcrForm* m_acr = nullptr;
    FiqrForm* m_fiqr = nullptr;
    QTableView* m_history = nullptr;
    QStandardItemModel* m_model = nullptr;
    QLabel* m_message = nullptr;
    std::unique_ptr<DraftKeeper> m_acrDraft; // before the widgets go (draftkeeper.h)
    std::unique_ptr<DraftKeeper> m_fiqrDraft;
};

} // namespace painpace
