#include "ui/models/HistoryListModel.h"

namespace tp::ui {

HistoryListModel::HistoryListModel(QObject *parent)
    : TypedListModel(parent)
{
}

int HistoryListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant HistoryListModel::data(const QModelIndex &index, int role) const
{
    return validRow(index) ? valueOf(m_rows.at(index.row()), role) : QVariant();
}

QHash<int, QByteArray> HistoryListModel::roleNames() const
{
    return {
        {UuidRole, "uuid"},
        {SiteNameRole, "siteName"},
        {IsPhoneRole, "isPhone"},
        {ScriptTitleRole, "scriptTitle"},
        {StartedTextRole, "startedText"},
        {SubmittedRole, "submitted"},
        {StateTextRole, "stateText"},
        {SyncStateRole, "syncState"},
        {OverallTextRole, "overallText"},
        {PassedRole, "passed"},
        {ModeTextRole, "modeText"},
        {AnsweredRole, "answered"},
    };
}

void HistoryListModel::setRows(const QList<HistoryRow> &rows)
{
    replaceRows(m_rows, rows, &HistoryListModel::valueOf);
}

QVariant HistoryListModel::valueOf(const HistoryRow &row, int role)
{
    switch (role) {
    case UuidRole:
        return row.uuid;
    case SiteNameRole:
        return row.siteName;
    case IsPhoneRole:
        return row.isPhone;
    case ScriptTitleRole:
        return row.scriptTitle;
    case StartedTextRole:
        return row.startedText;
    case SubmittedRole:
        return row.submitted;
    case StateTextRole:
        return row.stateText;
    case SyncStateRole:
        return row.syncState;
    case OverallTextRole:
        return row.overallText;
    case PassedRole:
        return row.passed;
    case ModeTextRole:
        return row.modeText;
    case AnsweredRole:
        return row.answered;
    default:
        return {};
    }
}

} // namespace tp::ui
