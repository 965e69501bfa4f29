#pragma once

#include "ui/models/TypedListModel.h"

#include <initializer_list>

namespace tp::ui {

// A list a search field narrows: rows whose words contain the search text have the `matches`
// role, and the view shows only those; the rows stay in the model, nothing is fetched again.
// A subclass names this base in full (tp::ui::SearchableListModel), as for TypedListModel.
class SearchableListModel : public tp::ui::TypedListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY searchTextChanged)

public:
    using TypedListModel::TypedListModel;

    QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);

signals:
    void searchTextChanged();

protected:
    virtual int matchesRole() const = 0;
    // True when the search is empty or one of the words contains it (case aside).
    bool matchesSearch(std::initializer_list<const QString *> words) const;

private:
    QString m_searchText;
};

} // namespace tp::ui
