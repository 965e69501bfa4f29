#pragma once

#include "ui/models/TypedListModel.h"

#include <QString>

namespace tp::ui {

struct HistoryRow
{
    QString uuid;
    QString siteName;
    bool isPhone = false;
    QString scriptTitle;
    QString startedText;
    bool submitted = false;
    QString stateText;
    QString syncState;
    QString overallText;
    bool passed = false;
    QString modeText;
    int answered = 0;
};

// The audits on this phone, newest first, with their score and where each one is.
class HistoryListModel : public tp::ui::TypedListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("lists come from the app's controllers")

public:
    enum Roles
    {
        UuidRole = Qt::UserRole + 1,
        SiteNameRole,
        IsPhoneRole,
        ScriptTitleRole,
        StartedTextRole,
        SubmittedRole,
        StateTextRole,
        SyncStateRole,
        OverallTextRole,
        PassedRole,
        ModeTextRole,
        AnsweredRole,
    };

    explicit HistoryListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(const QList<HistoryRow> &rows);
    const QList<HistoryRow> &rows() const { return m_rows; }

private:
    static QVariant valueOf(const HistoryRow &row, int role);

    QList<HistoryRow> m_rows;
};

} // namespace tp::ui
