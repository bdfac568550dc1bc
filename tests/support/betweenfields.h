#pragma once

#include <QLineEdit>
#include <QTest>
#include <QVBoxLayout>
#include <QWidget>

#include <gtest/gtest.h>

namespace painpace::testing {

// A widget made with `name` between two text fields in a shown window, the focus in the first,
// so Tab, Backtab and keys act on it as in a form.
template <typename Widget> struct BetweenFields {
    QWidget window;
    QLineEdit* before = new QLineEdit(&window);
    Widget* widget;
    QLineEdit* after;

    explicit BetweenFields(const QString& name)
        : widget(new Widget(name, &window))
        , after(new QLineEdit(&window)) {
        auto* layout = new QVBoxLayout(&window);
        layout->addWidget(before);
        layout->addWidget(widget);
        layout->addWidget(after);
        window.show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        before->setFocus();
    }
};

} // namespace painpace::testing
