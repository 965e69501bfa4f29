#include "http/SecretSafeLogging.h"

#include <QLoggingCategory>

namespace tp::server {

namespace {

QLoggingCategory::CategoryFilter previousFilter = nullptr;

void filterCategory(QLoggingCategory *category)
{
    if (previousFilter)
        previousFilter(category);
    if (qstrncmp(category->categoryName(), "qt.httpserver", 13) == 0)
        category->setEnabled(QtDebugMsg, false);
}

} // namespace

void keepSecretsOutOfLogs()
{
    previousFilter = QLoggingCategory::installFilter(filterCategory);
}

} // namespace tp::server
