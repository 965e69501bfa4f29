#pragma once

#include "core/Audit.h"

#include <QGeoPositionInfoSource>
#include <QObject>
#include <QTimer>

#include <optional>

namespace tp {

// Collects position fixes for a check-in. It keeps the latest fix (what the screen shows now)
// and the best one since start() (smallest horizontal accuracy; a fix without accuracy ranks
// below any with one), which is what a check-in should use: GPS often fades as a shopper walks
// in, and the fix from the door is better evidence than the one from the back of the shop.
//
// A position without a valid coordinate is not a fix. When no fix has come for
// noFixTimeout() (since start() or since the last fix), the latest fix is dropped and noFix()
// is emitted, once per silence; the best fix is kept.
class PositionFixer : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool active READ isActive NOTIFY activeChanged)
    Q_PROPERTY(bool hasFix READ hasFix NOTIFY fixChanged)

public:
    static constexpr int kDefaultNoFixTimeoutMs = 30000;

    // Takes ownership of `source`, which may be nullptr (start() then reports an error).
    explicit PositionFixer(QGeoPositionInfoSource *source, QObject *parent = nullptr);

    QGeoPositionInfoSource *source() const { return m_source; }
    void setNoFixTimeout(int milliseconds);
    int noFixTimeout() const { return m_noFixTimeoutMs; }

    bool isActive() const { return m_active; }
    bool hasFix() const { return m_latest.has_value(); }
    std::optional<CheckIn> latestFix() const { return m_latest; }
    std::optional<CheckIn> bestFix() const { return m_best; }
    int fixCount() const { return m_fixCount; } // fixes received since start()

public slots:
    void start(); // forgets earlier fixes; does nothing while active
    void stop();  // keeps the fixes

signals:
    void fixChanged(); // the latest fix (and perhaps the best) changed, or was dropped
    void noFix();
    void error(const QString &message);
    void activeChanged();

private:
    void onPositionUpdated(const QGeoPositionInfo &info);
    void onSourceError(QGeoPositionInfoSource::Error sourceError);
    void onNoFixTimeout();

    QGeoPositionInfoSource *m_source;
    QTimer m_noFixTimer;
    int m_noFixTimeoutMs = kDefaultNoFixTimeoutMs;
    bool m_active = false;
    std::optional<CheckIn> m_latest;
    std::optional<CheckIn> m_best;
    int m_fixCount = 0;
};

} // namespace tp
