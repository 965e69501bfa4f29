#include "ui/AuditSession.h"

#include "core/AuditChecker.h"
#include "core/JsonWriters.h"
#include "core/Trust.h"
#include "storage/PhotoFiles.h"
#include "storage/SyncStore.h"
#include "ui/AppContext.h"
#include "ui/CheckInController.h"
#include "ui/ItemRows.h"
#include "ui/Labels.h"
#include "ui/LiveClocks.h"
#include "ui/UiLog.h"

#include <QDateTime>
#include <QJSValue>
#include <QJsonArray>
#include <QLocale>

namespace tp::ui {

namespace {

std::optional<SitePlace> placeOf(const storage::SiteInfo &site)
{
    if (site.kind != QLatin1String("store") || !site.latitude || !site.longitude)
        return std::nullopt;
    return SitePlace{*site.latitude, *site.longitude, site.radiusMetres};
}

} // namespace

AuditSession::AuditSession(AppContext &context, storage::StoredAudit stored,
                           std::shared_ptr<const Script> script, storage::SiteInfo site,
                           QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_stored(std::move(stored))
    , m_script(std::move(script))
    , m_site(std::move(site))
    , m_sections(new SectionListModel(this))
    , m_items(new ItemListModel(this))
    , m_moments(new MomentListModel(this))
    , m_clocks(new ClockListModel(this))
    , m_summary(new ScoreSummary(this))
    , m_trust(new TrustSummary(this))
{
    const QStringList position = m_stored.resumePosition.split(QLatin1Char(':'));
    const Stage firstStage = isPhone() ? Stage::Moments : Stage::CheckIn;
    m_stage = readOnly() ? Stage::Summary : stageFromName(position.value(0)).value_or(firstStage);
    m_section = qBound(0, position.value(1).toInt(), qMax(0, sectionCount() - 1));
    if (!isPhone() && placeOf(m_site))
        m_checkIn = new CheckInController(context.options, *placeOf(m_site), this);
    rescore();
    refreshSections();
    refreshItems();
    refreshMoments();
    refreshClocks();
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        refreshClocks();
        emit clockTick();
    });
    if (!readOnly())
        m_tick.start();
}

AuditSession::~AuditSession() = default;

void AuditSession::setStage(Stage stage)
{
    if (stage == m_stage || readOnly())
        return;
    m_stage = stage;
    savePosition();
    emit positionChanged();
}

void AuditSession::setCurrentSection(int section)
{
    section = qBound(0, section, qMax(0, sectionCount() - 1));
    if (section == m_section)
        return;
    m_section = section;
    refreshItems(true);
    savePosition();
    emit positionChanged();
}

bool AuditSession::nextSection()
{
    if (m_section + 1 >= sectionCount()) {
        setStage(Stage::Summary);
        return false;
    }
    setCurrentSection(m_section + 1);
    return true;
}

void AuditSession::goToSection(int section)
{
    if (section < 0 || readOnly())
        return;
    setCurrentSection(section);
    setStage(Stage::Questions);
}

bool AuditSession::setChecklistOption(const QString &itemId, const QString &optionId, bool ticked)
{
    QJsonArray options = m_stored.audit.answers.value(itemId).value.toArray();
    const bool present = options.contains(optionId);
    if (ticked == present)
        return true;
    if (ticked) {
        options.append(optionId);
    } else {
        for (qsizetype i = options.size() - 1; i >= 0; --i) {
            if (options.at(i).toString() == optionId)
                options.removeAt(i);
        }
    }
    return setValue(itemId, options.toVariantList());
}

bool AuditSession::previousSection()
{
    if (m_section == 0)
        return false;
    setCurrentSection(m_section - 1);
    return true;
}

void AuditSession::savePosition()
{
    if (readOnly())
        return;
    const QString position = stageName(m_stage) + QLatin1Char(':') + QString::number(m_section);
    check(m_context.audits->saveResumePosition(uuid(), position));
}

QString AuditSession::sectionTitle() const
{
    return m_script->sections.value(m_section).title;
}

QString AuditSession::sectionDescription() const
{
    return m_script->sections.value(m_section).description;
}

bool AuditSession::check(const storage::WriteResult &result)
{
    const QString error = result.ok() ? QString() : result.error;
    if (error != m_lastError) {
        m_lastError = error;
        emit lastErrorChanged();
    }
    return result.ok();
}

void AuditSession::markSaved()
{
    m_savedText =
        tr("Saved %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat));
    emit savedChanged();
}

bool AuditSession::validateAnswer(const QString &itemId, const Answer &answer)
{
    // The same checker as the server's, on a one-answer audit: a value the server would refuse
    // is refused here, while the shopper can still correct it.
    Audit probe;
    probe.uuid = uuid();
    probe.scriptId = m_script->id;
    probe.scriptVersion = m_script->version;
    probe.site = m_stored.audit.site;
    probe.auditor = m_stored.audit.auditor;
    probe.startedAt = m_stored.audit.startedAt;
    probe.answers.insert(itemId, answer);
    const Issues issues = checkAudit(*m_script, probe);
    if (issues.isEmpty())
        return true;
    return check(storage::WriteResult::failure(issues.first().message));
}

bool AuditSession::setValue(const QString &itemId, const QVariant &value)
{
    Answer answer = m_stored.audit.answers.value(itemId);
    // A JavaScript array or object from QML arrives wrapped in a QJSValue.
    const QVariant plain = value.metaType() == QMetaType::fromType<QJSValue>()
                               ? value.value<QJSValue>().toVariant()
                               : value;
    answer.value = QJsonValue::fromVariant(plain);
    answer.notApplicable = false;
    if (!m_script->findItem(itemId) || !validateAnswer(itemId, answer))
        return check(storage::WriteResult::failure(tr("That answer cannot be saved.")));
    if (!check(m_context.audits->saveValue(uuid(), itemId, answer.value)))
        return false;
    answer.answeredAt = storage::nowTimestamp();
    m_stored.audit.answers.insert(itemId, answer);
    afterAnswerChange();
    return true;
}

bool AuditSession::clearValue(const QString &itemId)
{
    if (!check(m_context.audits->clearValue(uuid(), itemId)))
        return false;
    m_stored.audit.answers[itemId].value = QJsonValue(QJsonValue::Undefined);
    afterAnswerChange();
    return true;
}

bool AuditSession::setNotApplicable(const QString &itemId, bool notApplicable)
{
    const Item *item = m_script->findItem(itemId);
    if (!item || (notApplicable && !item->allowNA))
        return check(storage::WriteResult::failure(tr("This item cannot be marked N/A.")));
    if (!check(m_context.audits->setNotApplicable(uuid(), itemId, notApplicable)))
        return false;
    Answer &answer = m_stored.audit.answers[itemId];
    answer.notApplicable = notApplicable;
    if (notApplicable)
        answer.value = QJsonValue(QJsonValue::Undefined);
    afterAnswerChange();
    return true;
}

bool AuditSession::setNote(const QString &itemId, const QString &note)
{
    if (note.size() > 4000)
        return check(storage::WriteResult::failure(tr("A note can have at most 4000 characters.")));
    if (m_stored.audit.answers.value(itemId).note == note)
        return true;
    if (!check(m_context.audits->saveNote(uuid(), itemId, note)))
        return false;
    m_stored.audit.answers[itemId].note = note;
    afterAnswerChange();
    return true;
}

bool AuditSession::addPhoto(const QString &itemId, const QUrl &file)
{
    QString error;
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    const auto photo =
        storage::importPhoto(*m_context.database, path, m_context.options.photoFolder, &error);
    if (!photo)
        return check(storage::WriteResult::failure(error));
    if (!check(m_context.audits->attachPhoto(uuid(), itemId, photo->sha256)))
        return false;
    QStringList &photos = m_stored.audit.answers[itemId].photos;
    if (!photos.contains(photo->sha256))
        photos << photo->sha256;
    afterAnswerChange();
    return true;
}

bool AuditSession::removePhoto(const QString &itemId, const QString &sha256)
{
    if (!check(m_context.audits->detachPhoto(uuid(), itemId, sha256)))
        return false;
    m_stored.audit.answers[itemId].photos.removeAll(sha256);
    afterAnswerChange();
    return true;
}

bool AuditSession::tapMoment(const QString &event)
{
    if (!isTimelineEvent(m_script->channel, event))
        return check(storage::WriteResult::failure(tr("Unknown moment: %1").arg(event)));
    const qint64 elapsed = m_stored.clock.elapsedMs();
    if (!check(m_context.audits->addMoment(uuid(), event, elapsed)))
        return false;
    m_stored.audit.timeline.append(TimelineEvent{event, elapsed, storage::nowTimestamp()});
    refreshMoments();
    refreshClocks();
    afterAnswerChange();
    return true;
}

bool AuditSession::undoLastMoment()
{
    if (m_stored.audit.timeline.isEmpty())
        return false;
    if (!check(m_context.audits->removeLastMoment(uuid())))
        return false;
    m_stored.audit.timeline.removeLast();
    refreshMoments();
    refreshClocks();
    afterAnswerChange();
    return true;
}

bool AuditSession::hasMoment(const QString &event) const
{
    return std::any_of(m_stored.audit.timeline.cbegin(), m_stored.audit.timeline.cend(),
                       [&event](const TimelineEvent &e) { return e.event == event; });
}

bool AuditSession::confirmCheckIn()
{
    if (!m_checkIn)
        return check(
            storage::WriteResult::failure(tr("This site has no position to check in at.")));
    const std::optional<CheckIn> fix = m_checkIn->bestFix();
    const CheckInResult result = evaluateCheckIn(*placeOf(m_site), fix);
    storage::CheckInRecord record;
    record.hasFix = fix.has_value();
    if (fix)
        record.position = *fix;
    record.position.at = storage::nowTimestamp();
    record.status = checkInStatusName(result.status);
    record.reason = result.reason;
    record.distanceMetres = result.distanceMetres;
    if (!check(m_context.audits->saveCheckIn(uuid(), record))) {
        qCWarning(lcUi) << "check-in of" << uuid() << "not saved:" << m_lastError;
        return false;
    }
    m_checkIn->stop();
    m_stored.audit.checkIn = fix ? std::optional<CheckIn>(record.position) : std::nullopt;
    m_stored.checkInStatus = record.status;
    m_stored.checkInReason = record.reason;
    m_stored.checkInDistance = record.distanceMetres;
    const auto metres = [](const std::optional<double> &value) {
        return value ? QString::number(qRound(*value)) + QLatin1String(" m")
                     : QStringLiteral("unknown");
    };
    qCInfo(lcUi).noquote() << QStringLiteral("check-in %1: %2, distance %3, accuracy %4")
                                  .arg(uuid(),
                                       result.verified() ? QStringLiteral("verified")
                                                         : record.status + QLatin1String(" (") +
                                                               result.reason + QLatin1Char(')'),
                                       metres(result.distanceMetres),
                                       metres(result.accuracyMetres));
    markSaved();
    updateTrust();
    emit answersChanged();
    setStage(Stage::Moments);
    return true;
}

bool AuditSession::submit()
{
    const QJsonObject trust = trustToJson(assessTrust(*m_script, m_stored.audit, placeOf(m_site)));
    if (!check(m_context.audits->submit(uuid(), *m_script, trust))) {
        qCWarning(lcUi) << "submit of" << uuid() << "failed:" << m_lastError;
        return false;
    }
    if (auto reloaded = m_context.audits->load(uuid()))
        m_stored = *reloaded;
    if (!m_stored.audit.assignment.isEmpty())
        m_context.organisation->setAssignmentState(m_stored.audit.assignment,
                                                   QStringLiteral("submitted"));
    qCInfo(lcUi).noquote()
        << QStringLiteral("submitted %1: %2 of %3 answered, %4 moments, %5 critical failures")
               .arg(uuid())
               .arg(m_summary->answeredCount())
               .arg(m_summary->shownCount())
               .arg(m_stored.audit.timeline.size())
               .arg(m_score.criticalFailures.size());
    m_tick.stop();
    if (m_checkIn)
        m_checkIn->stop();
    m_stage = Stage::Summary;
    rescore();
    refreshItems();
    markSaved();
    emit stateChanged();
    emit positionChanged();
    emit answersChanged();
    emit clockTick();
    emit submitted();
    return true;
}

void AuditSession::afterAnswerChange()
{
    markSaved();
    rescore();
    refreshSections();
    refreshItems();
    emit answersChanged();
}

void AuditSession::rescore()
{
    m_score = scoreAudit(*m_script, m_stored.audit);
    m_summary->update(*m_script, m_score);
    updateTrust();
}

void AuditSession::updateTrust()
{
    m_trust->update(*m_script, m_stored, placeOf(m_site));
}

QString AuditSession::elapsedText() const
{
    if (readOnly())
        return QString();
    return formatClock(double(m_stored.clock.elapsedMs()) / 1000.0);
}

QString AuditSession::syncText() const
{
    if (!readOnly())
        return QString();
    const storage::AuditSyncInfo info = storage::SyncStore(*m_context.database).syncInfo(uuid());
    switch (info.state) {
    case storage::AuditSyncState::OnPhone:
        return tr("Saved on this phone; it is sent when the phone reaches the server.");
    case storage::AuditSyncState::Uploading:
        return info.lastError.isEmpty()
                   ? tr("Being sent to the server…")
                   : tr("Not sent yet (%1); it will be tried again.").arg(info.lastError);
    case storage::AuditSyncState::OnServer:
        return tr("On the server.");
    case storage::AuditSyncState::Refused:
        return tr("The server did not accept it: %1. It stays on this phone.").arg(info.lastError);
    }
    return QString();
}

QString AuditSession::momentLabel(const QString &event) const
{
    return ui::momentLabel(event);
}

void AuditSession::refreshSections()
{
    QList<SectionRow> rows;
    for (int s = 0; s < m_script->sections.size(); ++s) {
        const Section &section = m_script->sections.at(s);
        int shown = 0, answered = 0;
        for (int index : section.items) {
            const ItemState state = m_score.items.value(index).state;
            if (state == ItemState::Hidden)
                continue;
            ++shown;
            if (state != ItemState::Unanswered)
                ++answered;
        }
        rows << SectionRow{section.title,
                           groupLabel(section.touchpoint),
                           groupLabel(section.department),
                           answered,
                           shown,
                           percentText(m_score.sections.value(s).percent)};
    }
    m_sections->setRows(rows);
}

void AuditSession::refreshItems(bool otherSection)
{
    QList<ItemRow> rows;
    const Section &section = m_script->sections.at(m_section);
    for (int index : section.items)
        rows << itemRow(index);
    if (otherSection)
        m_items->resetRows(rows);
    else
        m_items->setRows(rows);
}

ItemRow AuditSession::itemRow(int itemIndex) const
{
    ItemRowInput input{*m_script,
                       itemIndex,
                       m_score.items.value(itemIndex),
                       m_stored.audit.answers.value(m_script->items.at(itemIndex).id),
                       m_context.options.photoFolder,
                       readOnly()};
    return makeItemRow(input);
}

void AuditSession::refreshMoments()
{
    QList<MomentRow> rows;
    for (const QString &event : timelineEventNames(m_script->channel)) {
        int count = 0;
        qint64 last = -1;
        for (const TimelineEvent &e : std::as_const(m_stored.audit.timeline)) {
            if (e.event == event) {
                ++count;
                last = e.elapsedMs;
            }
        }
        rows << MomentRow{event, ui::momentLabel(event), count,
                          last < 0 ? QString() : formatClock(double(last) / 1000.0)};
    }
    m_moments->setRows(rows);
}

void AuditSession::refreshClocks()
{
    const qint64 now = readOnly() ? 0 : m_stored.clock.elapsedMs();
    QList<ClockRow> rows;
    for (const LiveClock &clock : liveClocks(m_script->channel, m_stored.audit.timeline, now)) {
        const bool count = metricItemType(clock.metric) == ItemType::Count;
        QString text = QStringLiteral("–");
        if (clock.value)
            text = count ? QString::number(qRound(*clock.value)) : formatClock(*clock.value);
        rows << ClockRow{metricLabel(clock.metric), text, clock.running};
    }
    m_clocks->setRows(rows);
}

} // namespace tp::ui
