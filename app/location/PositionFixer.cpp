#include "location/PositionFixer.h"

#include "location/LocationLog.h"

#include <QDateTime>
#include <QGeoCoordinate>
#include <QGeoPositionInfo>

#include <cmath>

namespace tp {

namespace {

std::optional<double> horizontalAccuracy(const QGeoPositionInfo &info)
{
    if (!info.hasAttribute(QGeoPositionInfo::HorizontalAccuracy))
        return std::nullopt;
    const double accuracy = info.attribute(QGeoPositionInfo::HorizontalAccuracy);
    if (!std::isfinite(accuracy) || accuracy < 0)
        return std::nullopt; // e.g. NaN from an NMEA source without a UERE
    return accuracy;
}

bool isBetter(const CheckIn &candidate, const std::optional<CheckIn> &best)
{
    if (!best)
        return true;
    if (!candidate.accuracy)
        return false;
    return !best->accuracy || *candidate.accuracy < *best->accuracy;
}

} // namespace

PositionFixer::PositionFixer(QGeoPositionInfoSource *source, QObject *parent)
    : QObject(parent)
    , m_source(source)
{
    m_noFixTimer.setSingleShot(true);
    connect(&m_noFixTimer, &QTimer::timeout, this, &PositionFixer::onNoFixTimeout);
    if (!m_source)
        return;
    m_source->setParent(this);
    connect(m_source, &QGeoPositionInfoSource::positionUpdated, this,
            &PositionFixer::onPositionUpdated);
    connect(m_source, &QGeoPositionInfoSource::errorOccurred, this, &PositionFixer::onSourceError);
}

void PositionFixer::setNoFixTimeout(int milliseconds)
{
    m_noFixTimeoutMs = milliseconds;
    if (m_noFixTimer.isActive())
        m_noFixTimer.start(m_noFixTimeoutMs);
}

void PositionFixer::start()
{
    if (m_active)
        return;
    if (!m_source) {
        qCInfo(lcLocation) << "check-in without a position source";
        emit error(QStringLiteral("no position source"));
        return;
    }
    const bool hadFix = m_latest || m_best;
    m_latest.reset();
    m_best.reset();
    m_fixCount = 0;
    m_active = true;
    if (hadFix)
        emit fixChanged();
    emit activeChanged();
    m_noFixTimer.start(m_noFixTimeoutMs);
    m_source->startUpdates();
}

void PositionFixer::stop()
{
    if (!m_active)
        return;
    m_active = false;
    m_noFixTimer.stop();
    if (m_source)
        m_source->stopUpdates();
    emit activeChanged();
}

void PositionFixer::onPositionUpdated(const QGeoPositionInfo &info)
{
    if (!m_active || !info.isValid() || !info.coordinate().isValid())
        return;
    CheckIn fix;
    fix.latitude = info.coordinate().latitude();
    fix.longitude = info.coordinate().longitude();
    fix.accuracy = horizontalAccuracy(info);
    // When the phone got it, not the receiver's own timestamp: a replayed log carries the day it
    // was recorded, and a receiver's clock can be wrong before its first fix.
    fix.at = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);

    if (m_fixCount == 0 || !m_latest) {
        // Where the phone is never goes into the log: only that a fix came, and how good.
        qCInfo(lcLocation).noquote()
            << (m_fixCount == 0 ? "first fix" : "fix regained") << "accuracy"
            << (fix.accuracy ? QStringLiteral("%1 m").arg(*fix.accuracy, 0, 'f', 1)
                             : QStringLiteral("unknown"));
    }
    ++m_fixCount;
    if (isBetter(fix, m_best))
        m_best = fix;
    m_latest = fix;
    m_noFixTimer.start(m_noFixTimeoutMs);
    emit fixChanged();
}

void PositionFixer::onSourceError(QGeoPositionInfoSource::Error sourceError)
{
    switch (sourceError) {
    case QGeoPositionInfoSource::NoError:
    case QGeoPositionInfoSource::UpdateTimeoutError: // the no-fix timer reports this its own way
        return;
    case QGeoPositionInfoSource::AccessError:
        qCInfo(lcLocation) << "position source: no permission to use the location";
        emit error(QStringLiteral("no permission to use the location"));
        return;
    case QGeoPositionInfoSource::ClosedError:
        qCInfo(lcLocation) << "position source: location services were turned off";
        emit error(QStringLiteral("location services were turned off"));
        return;
    case QGeoPositionInfoSource::UnknownSourceError:
        break;
    }
    qCWarning(lcLocation) << "the position source failed";
    emit error(QStringLiteral("the position source failed"));
}

void PositionFixer::onNoFixTimeout()
{
    if (m_latest) {
        qCInfo(lcLocation).noquote() << "fix lost: no position for" << m_noFixTimeoutMs << "ms";
        m_latest.reset();
        emit fixChanged();
    } else {
        qCInfo(lcLocation).noquote() << "no fix for" << m_noFixTimeoutMs << "ms";
    }
    emit noFix();
}

} // namespace tp
