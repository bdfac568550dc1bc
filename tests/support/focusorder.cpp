#include "focusorder.h"

#include <QAbstractButton>
#include <QLabel>
#include <QWidget>

#include <algorithm>

namespace painpace::testing {

namespace {

bool takesTabFocus(const QWidget* widget, const QWidget* root) {
    return widget != root && root->isAncestorOf(widget) && widget->isVisibleTo(root) &&
           widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy();
}

// The ancestors of `widget` from `root`'s child down to the widget itself.
QList<const QWidget*> pathFrom(const QWidget* root, const QWidget* widget) {
    QList<const QWidget*> path;
    for (const QWidget* each = widget; each && each != root; each = each->parentWidget())
        path.prepend(each);
    return path;
}

bool readBefore(const QWidget* a, const QWidget* b, const QWidget* root) {
    const QList<const QWidget*> pathA = pathFrom(root, a);
    const QList<const QWidget*> pathB = pathFrom(root, b);
    qsizetype common = 0;
    while (common < pathA.size() && common < pathB.size() && pathA[common] == pathB[common])
        ++common;
    if (common == pathA.size() || common == pathB.size())
        return pathA.size() < pathB.size(); // a container before what it holds
    const QRect first = pathA[common]->geometry();
    const QRect second = pathB[common]->geometry();
    const int overlap =
        std::min(first.bottom(), second.bottom()) - std::max(first.top(), second.top());
    const bool sideBySide = overlap > std::min(first.height(), second.height()) / 2;
    if (sideBySide)
        return first.left() < second.left();
    return first.top() < second.top();
}

QString describe(const QWidget* widget) {
    if (const auto* button = qobject_cast<const QAbstractButton*>(widget))
        return QStringLiteral("\"%1\"").arg(button->text());
    if (!widget->accessibleName().isEmpty())
        return QStringLiteral("\"%1\"").arg(widget->accessibleName());
    // A field is named by the label that is its buddy, as the person sees it.
    for (const QLabel* label : widget->window()->findChildren<QLabel*>()) {
        if (label->buddy() == widget)
            return QStringLiteral("\"%1\"").arg(label->text());
    }
    return QStringLiteral("%1 %2").arg(QString::fromLatin1(widget->metaObject()->className()),
                                       widget->objectName());
}

} // namespace

QList<QWidget*> tabOrder(QWidget* root) {
    QList<QWidget*> order;
    for (QWidget* each = root->nextInFocusChain(); each && each != root;
         each = each->nextInFocusChain()) {
        if (order.contains(each))
            break;
        if (takesTabFocus(each, root))
            order.append(each);
    }
    return order;
}

QList<QWidget*> readingOrder(QList<QWidget*> widgets, QWidget* root) {
    std::stable_sort(widgets.begin(), widgets.end(),
                     [root](QWidget* a, QWidget* b) { return readBefore(a, b, root); });
    return widgets;
}

QStringList tabOrderProblems(QWidget* root) {
    const QList<QWidget*> tab = tabOrder(root);
    const QList<QWidget*> reading = readingOrder(tab, root);
    QStringList problems;
    for (qsizetype i = 1; i < tab.size(); ++i) {
        if (tab[i] != reading[i]) {
            problems << QStringLiteral("after %1, Tab goes to %2, not %3")
                            .arg(describe(tab[i - 1]), describe(tab[i]), describe(reading[i]));
            break; // the first step off the screen's order; the rest follows from it
        }
    }
    return problems;
}

} // namespace painpace::testing
