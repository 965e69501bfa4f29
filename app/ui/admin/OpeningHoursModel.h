#pragma once

#include "ui/models/TypedListModel.h"

#include <QJsonArray>
#include <QJsonObject>

#include <functional>

namespace tp::ui {

struct OpeningHoursRow
{
    int day = 1; // 1 Monday .. 7 Sunday
    QString dayName;
    bool closed = false;
    QString opens; // HH:MM as typed; empty with `closes`: not known
    QString closes;
    QString moreHours; // further ranges of the day ("14:00-18:00"), kept as loaded
    QString problem;   // the server's problem with this day, in words
};

// A site's week in the site form: one row per day, Monday first, each closed, open from one time
// to another, or not known (both times empty). It reads the hours as the server sends them and
// gives them back one key per day; the server's problems come back to the days they concern.
class OpeningHoursModel : public tp::ui::TypedListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the site editor owns the week")
    Q_PROPERTY(bool hasProblems READ hasProblems NOTIFY problemsChanged)

public:
    enum Roles
    {
        DayRole = Qt::UserRole + 1,
        DayNameRole,
        ClosedRole,
        OpensRole,
        ClosesRole,
        MoreHoursRole,
        ProblemRole
    };
    Q_ENUM(Roles)

    explicit OpeningHoursModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void setClosed(int row, bool closed);
    Q_INVOKABLE void setOpens(int row, const QString &time);
    Q_INVOKABLE void setCloses(int row, const QString &time);

    void load(const QJsonObject &hours);
    QJsonObject toJson() const;
    // The details of a refusal (path "site/openingHours/<key>", code, message); others are
    // ignored. Returns whether any concerned the hours.
    bool showProblems(const QJsonArray &details);
    void clearProblems();
    bool hasProblems() const;
    const QList<OpeningHoursRow> &rows() const { return m_rows; }

    static QString problemText(const QString &code, const QString &serverMessage);

signals:
    void problemsChanged();

private:
    QVariant valueOf(const OpeningHoursRow &row, int role) const;
    void edit(int row, const std::function<void(OpeningHoursRow &)> &change);

    QList<OpeningHoursRow> m_rows;
};

} // namespace tp::ui
