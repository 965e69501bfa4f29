#include "location/NmeaLogPlayer.h"

#include <QFile>

#include <cstring>
#include <optional>

namespace tp {

namespace {

constexpr qint64 kDefaultEpochMs = 1000;    // receivers send one epoch a second
constexpr qint64 kMaxRecordedGapMs = 10000; // a longer gap, or a clock jump, plays as one epoch
constexpr qint64 kMaxLogBytes = 64 << 20;   // the GPSD logs are a few kB
constexpr qint64 kDayMs = 24 * 3600 * 1000;

// "GGA", "RMC", ... of a sentence ("$GPGGA,..."), or empty when it is not one.
QByteArray sentenceType(const QByteArray &line)
{
    if (line.size() < 6 || line[0] != '$')
        return {};
    return line.mid(3, 3);
}

// The UTC time of day (ms) that a GGA, RMC, ZDA or GLL sentence carries.
std::optional<qint64> sentenceTime(const QByteArray &line, const QByteArray &type)
{
    int field = -1;
    if (type == "GGA" || type == "RMC" || type == "ZDA")
        field = 1;
    else if (type == "GLL")
        field = 5;
    else
        return std::nullopt;
    const qsizetype star = line.indexOf('*');
    const QList<QByteArray> fields = (star < 0 ? line : line.first(star)).split(',');
    if (fields.size() <= field || fields[field].size() < 6)
        return std::nullopt;
    const QByteArray &text = fields[field];
    bool hoursOk = false, minutesOk = false, secondsOk = false;
    const int hours = text.first(2).toInt(&hoursOk);
    const int minutes = text.mid(2, 2).toInt(&minutesOk);
    const double seconds = text.mid(4).toDouble(&secondsOk);
    if (!hoursOk || !minutesOk || !secondsOk || hours > 23 || minutes > 59 || seconds < 0 ||
        seconds >= 61)
        return std::nullopt;
    return (hours * 3600 + minutes * 60) * qint64(1000) + qRound64(seconds * 1000);
}

} // namespace

NmeaLogPlayer::NmeaLogPlayer(QObject *parent)
    : QIODevice(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &NmeaLogPlayer::releaseNextEpoch);
}

bool NmeaLogPlayer::load(const QString &fileName, QString *error)
{
    if (isOpen()) {
        *error = QStringLiteral("a log is already loaded");
        return false;
    }
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *error =
            QStringLiteral("cannot read the NMEA log %1: %2").arg(fileName, file.errorString());
        return false;
    }
    if (file.size() > kMaxLogBytes) {
        *error = QStringLiteral("the NMEA log %1 is larger than %2 bytes")
                     .arg(fileName)
                     .arg(kMaxLogBytes);
        return false;
    }

    // An epoch ends where a sentence carries another time than the epoch's, or where a sentence
    // type comes again (how the epochs of a receiver without a fix, and so without times, are
    // told apart). GSV comes in several parts per epoch.
    QList<std::optional<qint64>> times;
    QByteArray sentences;
    std::optional<qint64> time;
    QList<QByteArray> types;
    const auto endEpoch = [&] {
        if (sentences.isEmpty())
            return;
        m_epochs.append({sentences, 0});
        times.append(time);
        sentences.clear();
        time.reset();
        types.clear();
    };
    for (const QByteArray &raw : file.readAll().split('\n')) {
        const QByteArray line = raw.trimmed();
        if (!line.startsWith('$'))
            continue; // the '#' comments of the GPSD logs, blank lines, line noise
        const QByteArray type = sentenceType(line);
        const auto lineTime = sentenceTime(line, type);
        const bool repeated = !type.isEmpty() && type != "GSV" && types.contains(type);
        const bool otherTime = lineTime && time && *lineTime != *time;
        if (repeated || otherTime)
            endEpoch();
        sentences += line + '\n';
        if (!type.isEmpty())
            types.append(type);
        if (lineTime && !time)
            time = lineTime;
    }
    endEpoch();
    if (m_epochs.isEmpty()) {
        *error = QStringLiteral("the NMEA log %1 has no sentences").arg(fileName);
        return false;
    }

    for (qsizetype i = 1; i < m_epochs.size(); ++i) {
        qint64 gap = kDefaultEpochMs;
        if (times[i] && times[i - 1]) {
            qint64 recorded = *times[i] - *times[i - 1];
            if (recorded < 0)
                recorded += kDayMs; // past midnight
            if (recorded > 0 && recorded <= kMaxRecordedGapMs)
                gap = recorded;
        }
        m_epochs[i].recordedMs = gap;
    }
    return open(QIODevice::ReadOnly);
}

void NmeaLogPlayer::play()
{
    if (m_timer.isActive() || finished())
        return;
    m_timer.start(m_next == 0 ? 0 : int(qRound64(m_epochs[m_next].recordedMs / m_speed)));
}

void NmeaLogPlayer::pause()
{
    m_timer.stop();
}

void NmeaLogPlayer::releaseNextEpoch()
{
    if (finished())
        return;
    m_pending += m_epochs[m_next++].sentences;
    emit readyRead();
    if (finished())
        emit readChannelFinished();
    else
        m_timer.start(int(qRound64(m_epochs[m_next].recordedMs / m_speed)));
}

qint64 NmeaLogPlayer::bytesAvailable() const
{
    return m_pending.size() + QIODevice::bytesAvailable();
}

bool NmeaLogPlayer::canReadLine() const
{
    return m_pending.contains('\n') || QIODevice::canReadLine();
}

qint64 NmeaLogPlayer::readData(char *data, qint64 maxSize)
{
    const qint64 count = std::min<qint64>(maxSize, m_pending.size());
    std::memcpy(data, m_pending.constData(), size_t(count));
    m_pending.remove(0, count);
    return count;
}

qint64 NmeaLogPlayer::writeData(const char *, qint64)
{
    return -1;
}

} // namespace tp
