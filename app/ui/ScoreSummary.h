#pragma once

#include "core/Score.h"
#include "core/Script.h"
#include "ui/models/SummaryListModel.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace tp::ui {

// The live score of the audit on screen (and its record once submitted): how much is answered,
// overall, per touchpoint and department, critical failures and what is still missing.
class ScoreSummary : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the score summary belongs to an AuditSession")

    Q_PROPERTY(int answeredCount READ answeredCount NOTIFY changed)
    Q_PROPERTY(int shownCount READ shownCount NOTIFY changed)
    Q_PROPERTY(QString overallText READ overallText NOTIFY changed)
    Q_PROPERTY(bool passed READ passed NOTIFY changed)
    Q_PROPERTY(QString npsText READ npsText NOTIFY changed)
    Q_PROPERTY(tp::ui::SummaryListModel *touchpoints READ touchpoints CONSTANT)
    Q_PROPERTY(tp::ui::SummaryListModel *departments READ departments CONSTANT)
    Q_PROPERTY(tp::ui::SummaryListModel *criticalFailures READ criticalFailures CONSTANT)
    Q_PROPERTY(tp::ui::SummaryListModel *missingRequired READ missingRequired CONSTANT)

public:
    explicit ScoreSummary(QObject *parent);

    int answeredCount() const { return m_answered; }
    int shownCount() const { return m_shown; }
    QString overallText() const;
    bool passed() const { return m_score.passed; }
    QString npsText() const;
    SummaryListModel *touchpoints() const { return m_touchpoints; }
    SummaryListModel *departments() const { return m_departments; }
    SummaryListModel *criticalFailures() const { return m_criticalFailures; }
    SummaryListModel *missingRequired() const { return m_missingRequired; }

    void update(const Script &script, const ScoreResult &score);

signals:
    void changed();

private:
    ScoreResult m_score;
    int m_answered = 0;
    int m_shown = 0;
    SummaryListModel *m_touchpoints;
    SummaryListModel *m_departments;
    SummaryListModel *m_criticalFailures;
    SummaryListModel *m_missingRequired;
};

// "72.5 %", or "–" without a score; in the phone's locale.
QString percentText(const std::optional<Centi> &percent);

} // namespace tp::ui
