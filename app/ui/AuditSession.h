#pragma once

#include "core/Score.h"
#include "core/Script.h"
#include "storage/AuditStore.h"
#include "storage/OrganisationStore.h"
#include "ui/AuditStage.h"
#include "ui/CheckInController.h"
#include "ui/ScoreSummary.h"
#include "ui/TrustSummary.h"
#include "ui/models/ClockListModel.h"
#include "ui/models/ItemListModel.h"
#include "ui/models/MomentListModel.h"
#include "ui/models/SectionListModel.h"

#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace tp::ui {

struct AppContext;

// One audit on the phone, as the visit and call screens work with it. Every change is written
// to the device database first; the screen shows it only once that write has returned.
class AuditSession : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("an audit is opened through FieldApp")

    Q_PROPERTY(QString uuid READ uuid CONSTANT)
    Q_PROPERTY(QString title READ title CONSTANT)
    Q_PROPERTY(QString siteName READ siteName CONSTANT)
    Q_PROPERTY(QString siteAddress READ siteAddress CONSTANT)
    Q_PROPERTY(QString sitePhone READ sitePhone CONSTANT)
    Q_PROPERTY(bool isPhone READ isPhone CONSTANT)
    Q_PROPERTY(bool isSelfAudit READ isSelfAudit CONSTANT)
    Q_PROPERTY(bool readOnly READ readOnly NOTIFY stateChanged)
    Q_PROPERTY(tp::ui::audit_stages::Stage stage READ stage WRITE setStage NOTIFY positionChanged)
    Q_PROPERTY(
        int currentSection READ currentSection WRITE setCurrentSection NOTIFY positionChanged)
    Q_PROPERTY(int sectionCount READ sectionCount CONSTANT)
    Q_PROPERTY(QString sectionTitle READ sectionTitle NOTIFY positionChanged)
    Q_PROPERTY(QString sectionDescription READ sectionDescription NOTIFY positionChanged)
    Q_PROPERTY(tp::ui::SectionListModel *sections READ sections CONSTANT)
    Q_PROPERTY(tp::ui::ItemListModel *items READ items CONSTANT)
    Q_PROPERTY(tp::ui::MomentListModel *moments READ moments CONSTANT)
    Q_PROPERTY(tp::ui::ClockListModel *clocks READ clocks CONSTANT)
    Q_PROPERTY(tp::ui::ScoreSummary *summary READ summary CONSTANT)
    Q_PROPERTY(tp::ui::TrustSummary *trust READ trust CONSTANT)
    Q_PROPERTY(QString elapsedText READ elapsedText NOTIFY clockTick)
    Q_PROPERTY(QString savedText READ savedText NOTIFY savedChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(tp::ui::CheckInController *checkIn READ checkInController CONSTANT)
    Q_PROPERTY(QString syncText READ syncText NOTIFY syncChanged)

public:
    AuditSession(AppContext &context, storage::StoredAudit stored,
                 std::shared_ptr<const Script> script, storage::SiteInfo site,
                 QObject *parent = nullptr);
    ~AuditSession() override;

    QString uuid() const { return m_stored.audit.uuid; }
    QString title() const { return m_script->title; }
    QString siteName() const { return m_site.name; }
    QString siteAddress() const { return m_site.address; }
    QString sitePhone() const { return m_site.phone; }
    bool isPhone() const { return m_script->channel == Channel::Phone; }
    bool isSelfAudit() const { return m_stored.audit.mode == AuditMode::SelfAudit; }
    bool readOnly() const { return m_stored.state == storage::AuditState::Submitted; }
    Stage stage() const { return m_stage; }
    void setStage(Stage stage);
    int currentSection() const { return m_section; }
    void setCurrentSection(int section);
    int sectionCount() const { return int(m_script->sections.size()); }
    QString sectionTitle() const;
    QString sectionDescription() const;
    SectionListModel *sections() const { return m_sections; }
    ItemListModel *items() const { return m_items; }
    MomentListModel *moments() const { return m_moments; }
    ClockListModel *clocks() const { return m_clocks; }
    ScoreSummary *summary() const { return m_summary; }
    TrustSummary *trust() const { return m_trust; }
    QString elapsedText() const;
    QString savedText() const { return m_savedText; }
    QString lastError() const { return m_lastError; }
    CheckInController *checkInController() const { return m_checkIn; }
    QString syncText() const; // where the submitted audit is: on the phone, sent, refused (why)
    void notifySyncChanged() { emit syncChanged(); }

    const storage::StoredAudit &stored() const { return m_stored; }
    const Script &script() const { return *m_script; }
    const ScoreResult &score() const { return m_score; }

    Q_INVOKABLE bool setValue(const QString &itemId, const QVariant &value);
    Q_INVOKABLE bool clearValue(const QString &itemId);
    Q_INVOKABLE bool setNotApplicable(const QString &itemId, bool notApplicable);
    Q_INVOKABLE bool setNote(const QString &itemId, const QString &note);
    Q_INVOKABLE bool addPhoto(const QString &itemId, const QUrl &file);
    Q_INVOKABLE bool removePhoto(const QString &itemId, const QString &sha256);
    Q_INVOKABLE bool tapMoment(const QString &event);
    Q_INVOKABLE bool undoLastMoment();
    Q_INVOKABLE bool hasMoment(const QString &event) const;
    // Records the check-in the shopper accepted: the controller's fix, or none.
    Q_INVOKABLE bool confirmCheckIn();
    Q_INVOKABLE bool setChecklistOption(const QString &itemId, const QString &optionId,
                                        bool ticked);
    Q_INVOKABLE void goToSection(int section); // opens the questions at this section
    Q_INVOKABLE bool nextSection();
    Q_INVOKABLE bool previousSection();
    Q_INVOKABLE bool submit();
    Q_INVOKABLE QString momentLabel(const QString &event) const;

signals:
    void stateChanged();
    void positionChanged();
    void answersChanged();
    void savedChanged();
    void lastErrorChanged();
    void clockTick();
    void submitted();
    void syncChanged();

private:
    bool check(const storage::WriteResult &result);
    bool validateAnswer(const QString &itemId, const Answer &answer);
    void afterAnswerChange();
    void rescore();
    void updateTrust();
    void refreshSections();
    void refreshItems(bool otherSection = false);
    void refreshMoments();
    void refreshClocks();
    void savePosition();
    void markSaved();
    ItemRow itemRow(int itemIndex) const;

    AppContext &m_context;
    storage::StoredAudit m_stored;
    std::shared_ptr<const Script> m_script;
    storage::SiteInfo m_site;
    ScoreResult m_score;
    Stage m_stage = Stage::CheckIn;
    int m_section = 0;
    QString m_savedText;
    QString m_lastError;
    SectionListModel *m_sections;
    ItemListModel *m_items;
    MomentListModel *m_moments;
    ClockListModel *m_clocks;
    ScoreSummary *m_summary;
    TrustSummary *m_trust;
    CheckInController *m_checkIn = nullptr;
    QTimer m_tick;
};

} // namespace tp::ui
