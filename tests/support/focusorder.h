#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QWidget;

namespace painpace::testing {

// The widgets Tab reaches inside `root`, in the order Tab reaches them (visible, enabled and
// taking focus by Tab), starting from its first one.
QList<QWidget*> tabOrder(QWidget* root);

// The same widgets in the order a person reads them on screen. Two widgets are ordered by the
// children of their nearest common ancestor that hold them: side by side (their heights overlap
// by more than half the smaller one) they go left to right, otherwise top to bottom. So a form is
// read row by row, and a column of boxes one box after the other.
QList<QWidget*> readingOrder(QList<QWidget*> widgets, QWidget* root);

// Each place where Tab leaves the reading order, in words ("after A, Tab goes to C, not B"); an
// empty list when Tab follows the screen.
QStringList tabOrderProblems(QWidget* root);

} // namespace painpace::testing
