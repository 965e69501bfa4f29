#pragma once

#include "ui/manager/AuditListModel.h"

#include <QHash>

namespace tp::ui {

// The rows of an audit list (`audits`) that match the search text (site, shopper, state, kind,
// day), in the chosen order, for the review screens. It holds the rows loaded: the list loads
// the rest of its pages as it scrolls, and a new page adds rows here without resetting the
// rows shown.
class AuditFilterModel : public tp::ui::AuditListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_CLASSINFO("QML.Creatable", "true") // the lists it shows are not

    Q_PROPERTY(tp::ui::AuditListModel *audits READ audits WRITE setAudits NOTIFY auditsChanged)
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY searchTextChanged)
    Q_PROPERTY(Order order READ order WRITE setOrder NOTIFY orderChanged)

public:
    enum class Order
    {
        Newest, // as the server sends them: the newest first
        Site,
        LowestScore,
        HighestScore,
        State
    };
    Q_ENUM(Order)

    explicit AuditFilterModel(QObject *parent = nullptr);

    AuditListModel *audits() const { return m_audits; }
    void setAudits(AuditListModel *audits);
    QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);
    Order order() const { return m_order; }
    void setOrder(Order order);

    Q_INVOKABLE QString uuidAt(int row) const { return AuditListModel::uuidAt(row); }

signals:
    void auditsChanged();
    void searchTextChanged();
    void orderChanged();

private:
    void sourceReset();
    void sourceAppended();
    void rebuild();
    void show(const QList<int> &sourceRows);
    QString foldedNeedle() const;
    bool matches(int sourceRow, const QString &needle) const;
    void sortRows(QList<int> &sourceRows) const;

    AuditListModel *m_audits = nullptr;
    QString m_searchText;
    Order m_order = Order::Newest;
    // By source row: the words searched, case-folded once, and the site's place in the sites
    // sorted by name (a region has a few dozen sites and thousands of audits).
    QList<QString> m_searchKeys;
    QList<int> m_siteRanks;
    QHash<QString, int> m_rankOf; // every site label of the source, to its place by name
    QList<int> m_shown;           // the source rows shown, in order
    QString m_shownNeedle;        // the search m_shown was filtered with
    qsizetype m_shownFrom = 0;    // of how many source rows
};

} // namespace tp::ui
