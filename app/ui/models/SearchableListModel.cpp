#include "ui/models/SearchableListModel.h"

namespace tp::ui {

void SearchableListModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1), {matchesRole()});
    emit searchTextChanged();
}

bool SearchableListModel::matchesSearch(std::initializer_list<const QString *> words) const
{
    const QString needle = m_searchText.trimmed();
    if (needle.isEmpty())
        return true;
    for (const QString *word : words) {
        if (word->contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace tp::ui
