#include "formsnapshot.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace painpace::formsnapshot {

namespace {

const QString kInputsKey = QStringLiteral("inputs");
const QString kKindKey = QStringLiteral("kind");
const QString kValueKey = QStringLiteral("value");

// A line edit that belongs to a spin box or a combo box is part of that input.
bool isPartOfAnotherInput(const QWidget* widget) {
    const QWidget* parent = widget->parentWidget();
    return qobject_cast<const QAbstractSpinBox*>(parent) || qobject_cast<const QComboBox*>(parent);
}

QList<QWidget*> inputsOf(const QWidget* form) {
    QList<QWidget*> inputs;
    for (QWidget* widget : form->findChildren<QWidget*>()) {
        if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
            if (button->isCheckable())
                inputs << widget;
        } else if (qobject_cast<QAbstractSpinBox*>(widget) || qobject_cast<QComboBox*>(widget) ||
                   qobject_cast<QPlainTextEdit*>(widget)) {
            inputs << widget;
        } else if (qobject_cast<QLineEdit*>(widget) && !isPartOfAnotherInput(widget)) {
            inputs << widget;
        }
    }
    return inputs;
}

QJsonObject valueOf(const QWidget* input) {
    if (auto* button = qobject_cast<const QAbstractButton*>(input))
        return {{kKindKey, QStringLiteral("check")}, {kValueKey, button->isChecked()}};
    if (auto* dateTime = qobject_cast<const QDateTimeEdit*>(input))
        return {{kKindKey, QStringLiteral("datetime")},
                {kValueKey, dateTime->dateTime().toString(Qt::ISODate)}};
    if (auto* spin = qobject_cast<const QSpinBox*>(input))
        return {{kKindKey, QStringLiteral("int")}, {kValueKey, spin->value()}};
    if (auto* spin = qobject_cast<const QDoubleSpinBox*>(input))
        return {{kKindKey, QStringLiteral("double")}, {kValueKey, spin->value()}};
    if (auto* combo = qobject_cast<const QComboBox*>(input))
        return {{kKindKey, QStringLiteral("choice")},
                {kValueKey, combo->isEditable() ? QJsonValue(combo->currentText())
                                                : QJsonValue(combo->currentIndex())}};
    if (auto* line = qobject_cast<const QLineEdit*>(input))
        return {{kKindKey, QStringLiteral("line")}, {kValueKey, line->text()}};
    if (auto* text = qobject_cast<const QPlainTextEdit*>(input))
        return {{kKindKey, QStringLiteral("text")}, {kValueKey, text->toPlainText()}};
    return {{kKindKey, QStringLiteral("other")}};
}

void setValue(QWidget* input, const QJsonValue& value) {
    if (auto* button = qobject_cast<QAbstractButton*>(input))
        button->setChecked(value.toBool());
    else if (auto* dateTime = qobject_cast<QDateTimeEdit*>(input))
        dateTime->setDateTime(QDateTime::fromString(value.toString(), Qt::ISODate));
    else if (auto* spin = qobject_cast<QSpinBox*>(input))
        spin->setValue(value.toInt());
    else if (auto* spin = qobject_cast<QDoubleSpinBox*>(input))
        spin->setValue(value.toDouble());
    else if (auto* combo = qobject_cast<QComboBox*>(input))
        combo->isEditable() ? combo->setCurrentText(value.toString())
                            : combo->setCurrentIndex(value.toInt());
    else if (auto* line = qobject_cast<QLineEdit*>(input))
        line->setText(value.toString());
    else if (auto* text = qobject_cast<QPlainTextEdit*>(input))
        text->setPlainText(value.toString());
}

} // namespace

QJsonObject take(const QWidget* form) {
    QJsonArray values;
    for (const QWidget* input : inputsOf(form))
        values.append(valueOf(input));
    return {{kInputsKey, values}};
}

bool restore(QWidget* form, const QJsonObject& snapshot) {
    const QList<QWidget*> inputs = inputsOf(form);
    const QJsonArray values = snapshot.value(kInputsKey).toArray();
    if (values.size() != inputs.size())
        return false;
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        if (values[i].toObject().value(kKindKey) != valueOf(inputs[i]).value(kKindKey))
            return false;
    }
    for (qsizetype i = 0; i < inputs.size(); ++i)
        setValue(inputs[i], values[i].toObject().value(kValueKey));
    return true;
}

void watch(QWidget* form, QObject* context, const std::function<void()>& changed) {
    for (QWidget* input : inputsOf(form)) {
        if (auto* button = qobject_cast<QAbstractButton*>(input))
            QObject::connect(button, &QAbstractButton::toggled, context, changed);
        else if (auto* dateTime = qobject_cast<QDateTimeEdit*>(input))
            QObject::connect(dateTime, &QDateTimeEdit::dateTimeChanged, context, changed);
        else if (auto* spin = qobject_cast<QSpinBox*>(input))
            QObject::connect(spin, &QSpinBox::valueChanged, context, changed);
        else if (auto* spin = qobject_cast<QDoubleSpinBox*>(input))
            QObject::connect(spin, &QDoubleSpinBox::valueChanged, context, changed);
        else if (auto* combo = qobject_cast<QComboBox*>(input))
            QObject::connect(combo, &QComboBox::currentTextChanged, context, changed);
        else if (auto* line = qobject_cast<QLineEdit*>(input))
            QObject::connect(line, &QLineEdit::textChanged, context, changed);
        else if (auto* text = qobject_cast<QPlainTextEdit*>(input))
            QObject::connect(text, &QPlainTextEdit::textChanged, context, changed);
    }
}

} // namespace painpace::formsnapshot
