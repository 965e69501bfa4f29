#pragma once

#include "ui/manager/ActionListModel.h"
#include "ui/manager/AuditItemModel.h"
#include "ui/manager/ChartRowModel.h"
#include "ui/manager/LabelTextModel.h"
#include "ui/manager/ManagerRows.h"
#include "ui/manager/PhotoModel.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace tp::ui {

// The audit open on the audit detail screen: its header (site, script, who and when, review),
// its score per section, answers, timeline, trust, photos and corrective actions.
class AuditDetail : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the review controller owns the open audit")

    Q_PROPERTY(QString uuid READ uuid NOTIFY changed)
    Q_PROPERTY(QString siteLabel READ siteLabel NOTIFY changed)
    Q_PROPERTY(QString scriptText READ scriptText NOTIFY changed)
    Q_PROPERTY(QString modeText READ modeText NOTIFY changed)
    Q_PROPERTY(QString auditorText READ auditorText NOTIFY changed)
    Q_PROPERTY(QString startedText READ startedText NOTIFY changed)
    Q_PROPERTY(tp::review_states::ReviewState reviewState READ reviewState NOTIFY changed)
    Q_PROPERTY(QString stateText READ stateText NOTIFY changed)
    Q_PROPERTY(QString reviewText READ reviewText NOTIFY changed)
    Q_PROPERTY(QString overallText READ overallText NOTIFY changed)
    Q_PROPERTY(bool passed READ passed NOTIFY changed)
    Q_PROPERTY(int criticalFailures READ criticalFailures NOTIFY changed)
    Q_PROPERTY(QString checkInText READ checkInText NOTIFY changed)
    Q_PROPERTY(bool checkInVerified READ checkInVerified NOTIFY changed)
    Q_PROPERTY(bool trusted READ trusted NOTIFY changed)
    Q_PROPERTY(QString timeOnSiteText READ timeOnSiteText NOTIFY changed)
    Q_PROPERTY(tp::ui::ChartRowModel *sections READ sections CONSTANT)
    Q_PROPERTY(tp::ui::AuditItemModel *items READ items CONSTANT)
    Q_PROPERTY(tp::ui::LabelTextModel *timeline READ timeline CONSTANT)
    Q_PROPERTY(tp::ui::LabelTextModel *trustReasons READ trustReasons CONSTANT)
    Q_PROPERTY(tp::ui::ActionListModel *actions READ actions CONSTANT)
    Q_PROPERTY(tp::ui::PhotoModel *photos READ photos CONSTANT)

public:
    explicit AuditDetail(QObject *parent = nullptr);

    // Everything but the photos, which arrive one by one.
    void setData(const AuditDetailData &data);
    const AuditDetailData &data() const { return m_data; }
    bool isEmpty() const { return m_data.uuid.isEmpty(); }

    QString uuid() const { return m_data.uuid; }
    QString siteLabel() const { return m_data.siteLabel; }
    QString scriptText() const { return m_data.scriptText; }
    QString modeText() const { return m_data.modeText; }
    QString auditorText() const { return m_data.auditorText; }
    QString startedText() const { return m_data.startedText; }
    tp::review_states::ReviewState reviewState() const { return m_data.state; }
    QString stateText() const { return m_data.stateText; }
    QString reviewText() const { return m_data.reviewText; }
    QString overallText() const { return m_data.overallText; }
    bool passed() const { return m_data.passed; }
    int criticalFailures() const { return m_data.criticalFailures; }
    QString checkInText() const { return m_data.checkInText; }
    bool checkInVerified() const { return m_data.checkInVerified; }
    bool trusted() const { return m_data.trusted; }
    QString timeOnSiteText() const { return m_data.timeOnSiteText; }
    ChartRowModel *sections() const { return m_sections; }
    AuditItemModel *items() const { return m_items; }
    LabelTextModel *timeline() const { return m_timeline; }
    LabelTextModel *trustReasons() const { return m_trustReasons; }
    ActionListModel *actions() const { return m_actions; }
    PhotoModel *photos() const { return m_photos; }

signals:
    void changed();

private:
    AuditDetailData m_data;
    ChartRowModel *m_sections;
    AuditItemModel *m_items;
    LabelTextModel *m_timeline;
    LabelTextModel *m_trustReasons;
    ActionListModel *m_actions;
    PhotoModel *m_photos;
};

} // namespace tp::ui
