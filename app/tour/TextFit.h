#pragma once

#include <QStringList>

class QQuickItem;

// The texts on screen that do not show whole: elided or cut at their line limit, or wider than
// their box without wrapping. A text may be elided when an item around it shows it whole on
// hover or press and says so with a `wholeTextOnHover: true` property (a table row with its
// tooltip). Each problem names the text and the nearest item with an objectName.
QStringList cutOffTexts(QQuickItem *root);
