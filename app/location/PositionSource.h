#pragma once

#include <QString>

class QGeoPositionInfoSource;
class QObject;

namespace tp {

struct PositionSourceOptions
{
    enum class Kind
    {
        SystemDefault, // the platform's positioning (GPS, network)
        NmeaReplay     // a recorded NMEA log, for demo mode and tests
    };
    Kind kind = Kind::SystemDefault;
    QString nmeaFile; // NmeaReplay: a file path, or a Qt resource path (":/...")
    double speed = 1; // NmeaReplay: 1 plays the log as recorded, 10 ten times faster

    static PositionSourceOptions systemDefault() { return {}; }
    static PositionSourceOptions replay(const QString &file, double speed = 1)
    {
        return {Kind::NmeaReplay, file, speed};
    }
};

// The position source the options name, or nullptr with the reason in *error (when given):
// no positioning on this platform, an unreadable log, a speed that is not above 0.
QGeoPositionInfoSource *createPositionSource(const PositionSourceOptions &options, QObject *parent,
                                             QString *error = nullptr);

} // namespace tp
