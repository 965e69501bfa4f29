#pragma once

#include <QObject>
#include <QString>
#include <QUrl>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class QJSEngine;
class QQmlEngine;

namespace tp::ui {
class FieldApp;
}

// What a QML test needs to check that the screens did what they showed: the audit as the
// device database holds it (not as the screen shows it), its score worked out again from the
// stored audit and script, and the outbox. One per QML engine, over that engine's FieldApp.
class TestProbe : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit TestProbe(tp::ui::FieldApp *app, QObject *parent = nullptr);

    // The FieldApp the next engine's probe reads (set by the Qt Quick Test setup).
    static void setApp(tp::ui::FieldApp *app);
    static TestProbe *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    // Results are plain JavaScript objects (QVariant, so that qmllint takes them as `var`).
    // The stored audit: {"audit": auditToJson(), "state", "checkInStatus", "checkInReason",
    // "checkInDistance", "overall", "passed", "trust", "contentSha256"}; {} when unknown.
    Q_INVOKABLE QVariant storedAudit(const QString &uuid) const;
    // scoreToJson() of the stored audit, scored again with its frozen script version.
    Q_INVOKABLE QVariant scoreJson(const QString &uuid) const;
    // The outbox entries as {"audit", "contentSha256", "attempts", "confirmed"}.
    Q_INVOKABLE QVariant outbox() const;
    Q_INVOKABLE int outboxCount() const;
    // A small PNG in a scratch folder (what the photo picker would hand over).
    Q_INVOKABLE QUrl makePhoto(const QString &name) const;
    // The uuids of the signed-in user's audits, newest first.
    Q_INVOKABLE QStringList auditUuids(const QString &auditor) const;
    // Sets the default locale (numbers, dates) for what is created from now on; returns the
    // previous one's name. A test sets it before creating the window and restores it after.
    Q_INVOKABLE QString setLocale(const QString &name) const;
    // Collects warnings (QML or C++) from now on, still passing them on to the test log. Call
    // it in initTestCase: Qt Quick Test installs its own log handler when a test file starts.
    Q_INVOKABLE void collectWarnings() const;
    // The warnings logged since the last call; a test fails on any.
    Q_INVOKABLE QStringList takeWarnings() const;
    // A key pressed and released in `window` (an app window the test created), as a desk's
    // keyboard does; `modifiers` as Qt.ControlModifier.
    Q_INVOKABLE void keyClick(QObject *window, int key, int modifiers = 0) const;

private:
    tp::ui::FieldApp *m_app;
};
