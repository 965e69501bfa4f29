#include "location/PositionSource.h"

#include "location/LocationLog.h"
#include "location/NmeaReplaySource.h"

#include <QGeoPositionInfoSource>

#include <cmath>
#include <memory>

namespace tp {

// Why a replay is not Qt's "nmea" plugin (createSource("nmea", {{"nmea.source", file}})): on
// Qt 6.4.2 that plugin takes only `nmea.source` for positions and replays a file with
// QNmeaPositionInfoSource in SimulationMode. With the GPSD receiver logs, that mode
// - has no playback speed, so tests would wait for the log in real time;
// - sets no UERE, so every fix carries a NaN accuracy and no check-in could be verified;
// - times updates only by the sentences' timestamps: a receiver's stretch without a fix and so
//   without times (telit-he910.nmea, a phone indoors) passes in no time, and a log whose date
//   moves on (iTrek.nmea) waits 13 hours for its first fix;
// - takes each epoch's fix flag from the sentence after it, which drops the last fix before a
//   loss (3 of the 4 fixes of tomtom-mkII.nmea come out).
// So the log is played by NmeaLogPlayer, epoch by epoch as recorded and at any speed, into
// QNmeaPositionInfoSource in RealTimeMode, exactly as a live receiver on a serial port would be
// read. Qt hides the nmea plugin inside QTest (QT_QTESTLIB_RUNNING); this path does not need it.
QGeoPositionInfoSource *createPositionSource(const PositionSourceOptions &options, QObject *parent,
                                             QString *error)
{
    QString message;
    QGeoPositionInfoSource *source = nullptr;
    if (options.kind == PositionSourceOptions::Kind::SystemDefault) {
        source = QGeoPositionInfoSource::createDefaultSource(parent);
        if (!source)
            message = QStringLiteral("no positioning is available on this device");
    } else if (!std::isfinite(options.speed) || options.speed <= 0) {
        message = QStringLiteral("the replay speed must be above 0, not %1").arg(options.speed);
    } else {
        auto replay = std::make_unique<NmeaReplaySource>(parent);
        if (replay->load(options.nmeaFile, options.speed, &message))
            source = replay.release();
    }
    if (source && options.kind == PositionSourceOptions::Kind::SystemDefault)
        qCInfo(lcLocation).noquote() << "position source: the device's" << source->sourceName();
    else if (source)
        qCInfo(lcLocation).noquote() << "position source: the recorded NMEA log" << options.nmeaFile
                                     << "replayed at" << options.speed << "x";
    else
        qCInfo(lcLocation).noquote() << "no position source:" << message;
    if (error)
        *error = message;
    return source;
}

} // namespace tp
