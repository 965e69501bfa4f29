#include "location/NmeaReplaySource.h"

#include "location/NmeaLogPlayer.h"

#include <QList>

namespace tp {

NmeaReplaySource::NmeaReplaySource(QObject *parent)
    : QNmeaPositionInfoSource(RealTimeMode, parent)
    , m_player(new NmeaLogPlayer(this))
{
    setUserEquivalentRangeError(kTypicalUereMetres);
}

bool NmeaReplaySource::load(const QString &fileName, double speed, QString *error)
{
    if (!m_player->load(fileName, error))
        return false;
    m_player->setSpeed(speed);
    setDevice(m_player);
    return true;
}

void NmeaReplaySource::startUpdates()
{
    // The base class skips data already waiting when it starts: play only once it has.
    QNmeaPositionInfoSource::startUpdates();
    if (error() == NoError)
        m_player->play();
}

void NmeaReplaySource::stopUpdates()
{
    QNmeaPositionInfoSource::stopUpdates();
    m_player->pause();
}

void NmeaReplaySource::requestUpdate(int timeout)
{
    QNmeaPositionInfoSource::requestUpdate(timeout);
    if (error() == NoError)
        m_player->play();
}

bool NmeaReplaySource::parsePosInfoFromNmeaData(const char *data, int size,
                                                QGeoPositionInfo *posInfo, bool *hasFix)
{
    const bool parsed =
        QNmeaPositionInfoSource::parsePosInfoFromNmeaData(data, size, posInfo, hasFix);
    // Qt 6.4 takes any GSA fix mode above 0 for a fix, but mode 1 means "no fix" (2 and 3 are
    // 2D and 3D fixes). Receivers that lost their fix keep sending their last position in RMC
    // with status V and a GSA of mode 1: taken for a fix, it would pass for a live position.
    if (parsed && hasFix && *hasFix && size > 6 && qstrncmp(data + 3, "GSA", 3) == 0) {
        const QList<QByteArray> fields = QByteArray(data, size).split(',');
        *hasFix = fields.size() > 2 && fields[2].toInt() >= 2;
    }
    return parsed;
}

} // namespace tp
