#include "TestProbe.h"

#include "core/JsonWriters.h"
#include "ui/FieldApp.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QJSEngine>
#include <QLocale>
#include <QMutex>
#include <QMutexLocker>
#include <QPainter>
#include <QTest>
#include <QWindow>

#include <utility>

namespace {

tp::ui::FieldApp *s_app = nullptr;
QMutex s_warningsLock; // the render thread logs too
QStringList s_warnings;
QtMessageHandler s_previousHandler = nullptr;

void recordWarning(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg) {
        QMutexLocker lock(&s_warningsLock);
        s_warnings << message;
    }
    if (s_previousHandler)
        s_previousHandler(type, context, message);
}

} // namespace

void TestProbe::collectWarnings() const
{
    const QtMessageHandler previous = qInstallMessageHandler(recordWarning);
    if (previous != recordWarning)
        s_previousHandler = previous;
    takeWarnings();
}

void TestProbe::keyClick(QObject *window, int key, int modifiers) const
{
    if (auto *target = qobject_cast<QWindow *>(window))
        QTest::keyClick(target, Qt::Key(key), Qt::KeyboardModifiers(modifiers));
    else
        qWarning("TestProbe::keyClick: not a window");
}

QString TestProbe::setLocale(const QString &name) const
{
    const QString previous = QLocale().name();
    QLocale::setDefault(QLocale(name));
    return previous;
}

QStringList TestProbe::takeWarnings() const
{
    QMutexLocker lock(&s_warningsLock);
    return std::exchange(s_warnings, {});
}

TestProbe::TestProbe(tp::ui::FieldApp *app, QObject *parent)
    : QObject(parent)
    , m_app(app)
{
}

void TestProbe::setApp(tp::ui::FieldApp *app)
{
    s_app = app;
}

TestProbe *TestProbe::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(s_app, "TestProbe::create", "the test setup must call TestProbe::setApp first");
    return new TestProbe(s_app); // owned by the engine
}

QVariant TestProbe::storedAudit(const QString &uuid) const
{
    const auto stored = m_app->context().audits->load(uuid);
    if (!stored)
        return QVariantMap();
    return QVariantMap{
        {QStringLiteral("audit"), tp::auditToJson(stored->audit).toVariantMap()},
        {QStringLiteral("state"), tp::storage::auditStateName(stored->state)},
        {QStringLiteral("checkInStatus"), stored->checkInStatus},
        {QStringLiteral("checkInReason"), stored->checkInReason},
        {QStringLiteral("checkInDistance"),
         stored->checkInDistance ? QVariant(*stored->checkInDistance) : QVariant()},
        {QStringLiteral("overall"), tp::centiToJson(stored->overall).toVariant()},
        {QStringLiteral("passed"), stored->passed},
        {QStringLiteral("trust"), stored->trust.toVariantMap()},
        {QStringLiteral("contentSha256"), stored->contentSha256},
    };
}

QVariant TestProbe::scoreJson(const QString &uuid) const
{
    const auto stored = m_app->context().audits->load(uuid);
    if (!stored)
        return QVariantMap();
    const auto script =
        m_app->context().organisation->script(stored->audit.scriptId, stored->audit.scriptVersion);
    if (!script)
        return QVariantMap();
    return tp::scoreToJson(*script, tp::scoreAudit(*script, stored->audit)).toVariantMap();
}

QVariant TestProbe::outbox() const
{
    QVariantList rows;
    for (const tp::storage::OutboxEntry &entry : m_app->context().audits->outbox()) {
        rows << QVariantMap{{QStringLiteral("audit"), entry.audit},
                            {QStringLiteral("contentSha256"), entry.contentSha256},
                            {QStringLiteral("attempts"), entry.attempts},
                            {QStringLiteral("confirmed"), !entry.confirmedAt.isEmpty()}};
    }
    return rows;
}

int TestProbe::outboxCount() const
{
    return int(m_app->context().audits->outbox().size());
}

QUrl TestProbe::makePhoto(const QString &name) const
{
    const QString folder =
        QFileInfo(m_app->context().options.databaseFile).dir().filePath(QStringLiteral("picked"));
    QDir().mkpath(folder);
    QImage image(320, 240, QImage::Format_RGB32);
    image.fill(QColor(0x00, 0x69, 0x5c));
    QPainter painter(&image);
    painter.fillRect(40, 40, 240, 160, Qt::white);
    painter.drawText(image.rect(), Qt::AlignCenter, name);
    painter.end();
    const QString file = QDir(folder).filePath(name + QStringLiteral(".png"));
    return image.save(file) ? QUrl::fromLocalFile(file) : QUrl();
}

QStringList TestProbe::auditUuids(const QString &auditor) const
{
    QStringList uuids;
    for (const tp::storage::AuditSummary &summary : m_app->context().audits->list(auditor))
        uuids << summary.uuid;
    return uuids;
}
