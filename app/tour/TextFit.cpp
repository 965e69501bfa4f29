#include "TextFit.h"

#include <QQuickItem>

namespace {

bool showsWholeOnHover(const QQuickItem *item)
{
    for (const QQuickItem *up = item; up; up = up->parentItem()) {
        if (up->property("wholeTextOnHover").toBool())
            return true;
    }
    return false;
}

QString nearestName(const QQuickItem *item)
{
    for (const QQuickItem *up = item; up; up = up->parentItem()) {
        if (!up->objectName().isEmpty())
            return up->objectName();
    }
    return QStringLiteral("the window");
}

bool shown(const QQuickItem *item)
{
    for (const QQuickItem *up = item; up; up = up->parentItem()) {
        if (up->opacity() <= 0.0)
            return false;
    }
    return item->isVisible() && item->width() > 0 && item->height() > 0;
}

void collect(QQuickItem *item, QStringList &problems)
{
    if (!item->isVisible())
        return;
    // Text and Label (QQuickText), not text inputs, whose text scrolls.
    if (item->inherits("QQuickText") && shown(item)) {
        const QString text = item->property("text").toString();
        const bool truncated = item->property("truncated").toBool();
        const bool noWrapNoElide =
            item->property("wrapMode").toInt() == 0 && item->property("elide").toInt() == 0;
        const bool overflows = noWrapNoElide && !text.isEmpty() &&
                               item->property("contentWidth").toReal() > item->width() + 1.0;
        if ((truncated || overflows) && !showsWholeOnHover(item)) {
            problems << QStringLiteral("\"%1\" is %2 (in %3, %4 px wide)")
                            .arg(text.left(60),
                                 truncated ? QStringLiteral("cut off")
                                           : QStringLiteral("wider than its box"),
                                 nearestName(item))
                            .arg(qRound(item->width()));
        }
    }
    const QList<QQuickItem *> children = item->childItems();
    for (QQuickItem *child : children)
        collect(child, problems);
}

} // namespace

QStringList cutOffTexts(QQuickItem *root)
{
    QStringList problems;
    if (root)
        collect(root, problems);
    problems.removeDuplicates();
    return problems;
}
