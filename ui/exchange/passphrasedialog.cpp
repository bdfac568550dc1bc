#include "passphrasedialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "exchange/sealedfile.h"

namespace painpace {

PassphraseDialog::PassphraseDialog(Purpose purpose, const QString& explanation, QWidget* parent)
    : QDialog(parent)
    , m_purpose(purpose) {
    setWindowTitle(purpose == Purpose::Protect ? tr("Protect the export with a passphrase")
                                               : tr("Passphrase of the encrypted file"));
    // Wide enough that the explanation reads in a few lines rather than a narrow column.
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    auto* layout = new QVBoxLayout(this);
    auto* text = new QLabel(explanation, this);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto* form = new QFormLayout;
    m_first = new QLineEdit(this);
    m_first->setEchoMode(QLineEdit::Password);
    m_first->setAccessibleName(tr("Passphrase"));
    form->addRow(tr("&Passphrase:"), m_first);
    if (purpose == Purpose::Protect) {
        m_second = new QLineEdit(this);
        m_second->setEchoMode(QLineEdit::Password);
        m_second->setAccessibleName(tr("The same passphrase again"));
        form->addRow(tr("&Again:"), m_second);
    }
    layout->addLayout(form);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(purpose == Purpose::Protect ? tr("&Export") : tr("&Open"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_first, &QLineEdit::textChanged, this, &PassphraseDialog::updateState);
    if (m_second)
        connect(m_second, &QLineEdit::textChanged, this, &PassphraseDialog::updateState);
    updateState();
}

QString PassphraseDialog::passphrase() const {
    return m_first->text();
}

void PassphraseDialog::updateState() {
    const QString first = m_first->text();
    QString hint;
    if (first.size() < sealedfile::kShortestPassphrase)
        hint = m_purpose == Purpose::Protect
                   ? tr("Use at least %1 characters; a few words you will remember work well. "
                        "Without the passphrase nobody, not even PainPace, can read the file.")
                         .arg(sealedfile::kShortestPassphrase)
                   : QString();
    else if (m_second && m_second->text() != first)
        hint = tr("Type the same passphrase twice.");
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(first.size() >= sealedfile::kShortestPassphrase &&
                     (!m_second || m_second->text() == first));
}

std::optional<QString> PassphraseDialog::ask(Purpose purpose, const QString& explanation,
                                             QWidget* parent) {
    PassphraseDialog dialog(purpose, explanation, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    const QString passphrase = dialog.passphrase();
    return passphrase;
}

} // namespace painpace
