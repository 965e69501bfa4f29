#include "ui/manager/AuditDetail.h"

namespace tp::ui {

AuditDetail::AuditDetail(QObject *parent)
    : QObject(parent)
    , m_sections(new ChartRowModel(this))
    , m_items(new AuditItemModel(this))
    , m_timeline(new LabelTextModel(this))
    , m_trustReasons(new LabelTextModel(this))
    , m_actions(new ActionListModel(this))
    , m_photos(new PhotoModel(this))
{
}

void AuditDetail::setData(const AuditDetailData &data)
{
    m_data = data;
    m_sections->setRows(data.sections);
    QList<AuditItemRow> shown;
    for (const AuditItemRow &item : data.items) {
        if (!item.hidden)
            shown << item;
    }
    m_items->setRows(shown);
    m_timeline->setRows(data.timeline);
    QList<LabelText> reasons;
    for (const QString &reason : data.trustReasons)
        reasons << LabelText{reason, QString()};
    m_trustReasons->setRows(reasons);
    m_actions->setRows(data.actions);
    emit changed();
}

} // namespace tp::ui
