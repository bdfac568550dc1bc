#pragma once

#include <QDialog>
#include <QString>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace painpace {

// Asks for the passphrase of an encrypted export: twice when a new file is written (both must
// match), once to open one. OK is offered only for a passphrase long enough to protect health
// data (sealedfile::kShortestPassphrase). What is typed goes with the dialog (ask() makes it on
// the stack); it is never stored in settings.
class PassphraseDialog : public QDialog {
    Q_OBJECT
public:
    enum class Purpose { Protect, Open };
    PassphraseDialog(Purpose purpose, const QString& explanation, QWidget* parent);

    QString passphrase() const;
    QLineEdit* firstField() const { return m_first; }
    QLineEdit* secondField() const { return m_second; }
    QDialogButtonBox* buttons() const { return m_buttons; }

    // The dialog, modal; nothing when it was cancelled.
    static std::optional<QString> ask(Purpose purpose, const QString& explanation, QWidget* parent);

private:
    void updateState();

    Purpose m_purpose;
    QLineEdit* m_first = nullptr;
    QLineEdit* m_second = nullptr;
    QLabel* m_hint = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace painpace
