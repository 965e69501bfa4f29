#pragma once

#include <QNmeaPositionInfoSource>

namespace tp {

class NmeaLogPlayer;

// User Equivalent Range Error of a consumer GPS receiver, the figure Qt's documentation gives
// as typical. Qt estimates a fix's horizontal accuracy as 2 x HDOP x UERE; without a UERE a
// fix from NMEA has no accuracy (NaN).
constexpr double kTypicalUereMetres = 5.1;

// Replays a recorded NMEA log as if a receiver were sending it now (see PositionSource.cpp for
// why this is not Qt's "nmea" plugin). Playback starts with startUpdates() or requestUpdate()
// and pauses with stopUpdates().
class NmeaReplaySource : public QNmeaPositionInfoSource
{
    Q_OBJECT

public:
    explicit NmeaReplaySource(QObject *parent = nullptr);

    // Loads the log; speed 1 plays it as recorded, 10 ten times faster.
    bool load(const QString &fileName, double speed, QString *error);
    const NmeaLogPlayer *player() const { return m_player; }

public slots:
    void startUpdates() override;
    void stopUpdates() override;
    void requestUpdate(int timeout = 0) override;

protected:
    bool parsePosInfoFromNmeaData(const char *data, int size, QGeoPositionInfo *posInfo,
                                  bool *hasFix) override;

private:
    NmeaLogPlayer *m_player; // a child: it must outlive the base class's connections to it
};

} // namespace tp
