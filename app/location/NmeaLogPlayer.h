#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QTimer>

namespace tp {

// Plays a recorded NMEA log the way the receiver sent it: one epoch at a time (the sentences
// of one fix), spaced as recorded, `speed` times faster. A sequential, read-only device for
// QNmeaPositionInfoSource in RealTimeMode. Only sentences (lines starting with '$') are played:
// the '#' comments of the GPSD logs are left out.
class NmeaLogPlayer : public QIODevice
{
    Q_OBJECT

public:
    explicit NmeaLogPlayer(QObject *parent = nullptr);

    // Reads the whole log and opens the device. False with a message when it cannot be read
    // or holds no NMEA sentence.
    bool load(const QString &fileName, QString *error);
    void setSpeed(double speed) { m_speed = speed; }
    double speed() const { return m_speed; }

    void play(); // starts or resumes; the first epoch comes at once
    void pause();
    bool isPlaying() const { return m_timer.isActive(); }
    bool finished() const { return m_next >= m_epochs.size(); }
    qsizetype epochCount() const { return m_epochs.size(); }

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool canReadLine() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    struct Epoch
    {
        QByteArray sentences;  // '\n'-terminated lines
        qint64 recordedMs = 0; // time since the previous epoch, as recorded
    };

    void releaseNextEpoch();

    QList<Epoch> m_epochs;
    qsizetype m_next = 0;
    QByteArray m_pending; // released, not yet read
    QTimer m_timer;
    double m_speed = 1;
};

} // namespace tp
