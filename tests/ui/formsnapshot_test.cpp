// The draft of a dialog as the values of its inputs (ui/edit/formsnapshot.h).
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

#include <gtest/gtest.h>

#include "edit/formsnapshot.h"

using namespace painpace;

namespace {

// A form with one input of each kind the snapshot knows.
struct SampleForm {
    SampleForm() {
        auto* layout = new QVBoxLayout(&root);
        name = new QLineEdit(&root);
        count = new QSpinBox(&root);
        count->setRange(0, 50);
        amount = new QDoubleSpinBox(&root);
        start = new QDateEdit(QDate(2026, 1, 1), &root);
        choice = new QComboBox(&root);
        choice->addItems({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
        flag = new QCheckBox(&root);
        note = new QPlainTextEdit(&root);
        for (QWidget* input :
             std::initializer_list<QWidget*>{name, count, amount, start, choice, flag, note})
            layout->addWidget(input);
    }
    QWidget root;
    QLineEdit* name;
    QSpinBox* count;
    QDoubleSpinBox* amount;
    QDateEdit* start;
    QComboBox* choice;
    QCheckBox* flag;
    QPlainTextEdit* note;
};

} // namespace

TEST(FormSnapshotTest, EveryKindOfInputComesBackAsItWas) {
    SampleForm typed;
    typed.name->setText(QStringLiteral("Swimming"));
    typed.count->setValue(12);
    typed.amount->setValue(2.5);
    typed.start->setDate(QDate(2026, 11, 30));
    typed.choice->setCurrentIndex(2);
    typed.flag->setChecked(true);
    typed.note->setPlainText(QStringLiteral("Warm pool only"));
    const QJsonObject snapshot = formsnapshot::take(&typed.root);

    SampleForm fresh;
    ASSERT_TRUE(formsnapshot::restore(&fresh.root, snapshot));
    EXPECT_EQ(fresh.name->text(), QStringLiteral("Swimming"));
    EXPECT_EQ(fresh.count->value(), 12);
    EXPECT_DOUBLE_EQ(fresh.amount->value(), 2.5);
    EXPECT_EQ(fresh.start->date(), QDate(2026, 11, 30));
    EXPECT_EQ(fresh.choice->currentIndex(), 2);
    EXPECT_TRUE(fresh.flag->isChecked());
    EXPECT_EQ(fresh.note->toPlainText(), QStringLiteral("Warm pool only"));
}

TEST(FormSnapshotTest, ASnapshotOfAnotherFormChangesNothing) {
    SampleForm typed;
    typed.count->setValue(30);
    const QJsonObject snapshot = formsnapshot::take(&typed.root);
    SampleForm other;
    other.count->setValue(5);
    new QCheckBox(&other.root); // one input more: another version of the form
    EXPECT_FALSE(formsnapshot::restore(&other.root, snapshot));
    EXPECT_EQ(other.count->value(), 5);
    EXPECT_FALSE(formsnapshot::restore(&other.root, QJsonObject{}));
}

TEST(FormSnapshotTest, EveryChangeOfAnInputIsSeen) {
    SampleForm form;
    int changes = 0;
    QObject context;
    formsnapshot::watch(&form.root, &context, [&] { ++changes; });
    form.name->setText(QStringLiteral("x"));
    form.count->setValue(3);
    form.amount->setValue(1.5);
    form.start->setDate(QDate(2026, 2, 2));
    form.choice->setCurrentIndex(1);
    form.flag->setChecked(true);
    form.note->setPlainText(QStringLiteral("y"));
    EXPECT_EQ(changes, 7);
}
