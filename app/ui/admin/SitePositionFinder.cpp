#include "ui/admin/SitePositionFinder.h"

#include "location/PositionFixer.h"
#include "location/PositionSource.h"

#include <QLocale>

namespace tp::ui {

SitePositionFinder::SitePositionFinder(const AppOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
}

SitePositionFinder::~SitePositionFinder() = default;

bool SitePositionFinder::busy() const
{
    return m_fixer && m_fixer->isActive();
}

void SitePositionFinder::locate()
{
    if (busy())
        return;
    // Made on the first tap, not with the admin screens: positioning starts only when asked.
    if (!m_fixer) {
        const PositionSourceOptions sourceOptions =
            m_options.nmeaReplayFile.isEmpty()
                ? PositionSourceOptions::systemDefault()
                : PositionSourceOptions::replay(m_options.nmeaReplayFile);
        QGeoPositionInfoSource *source =
            createPositionSource(sourceOptions, nullptr, &m_sourceError);
        m_fixer = new PositionFixer(source, this);
        m_fixer->setNoFixTimeout(m_options.positionTimeoutMs);
        connect(m_fixer, &PositionFixer::fixChanged, this, &SitePositionFinder::onFix);
        connect(m_fixer, &PositionFixer::activeChanged, this, &SitePositionFinder::changed);
        connect(m_fixer, &PositionFixer::noFix, this, [this] {
            fail(tr("No position from this device within %n second(s). Try again in the open, or "
                    "type the coordinates.",
                    nullptr, (m_options.positionTimeoutMs + 999) / 1000));
        });
        connect(m_fixer, &PositionFixer::error, this, [this](const QString &) {
            fail(tr("This device cannot give its position now. Type the coordinates."));
        });
        if (!source)
            m_sourceError = tr("This device has no positioning. Type the coordinates.");
    }
    if (!m_fixer->source()) {
        fail(m_sourceError);
        return;
    }
    m_failed = false;
    m_status = tr("Finding this device's position…");
    m_fixer->start();
    emit changed();
}

void SitePositionFinder::onFix()
{
    const auto fix = m_fixer->latestFix();
    if (!fix || !m_fixer->isActive())
        return;
    m_fixer->stop();
    m_failed = false;
    m_status = fix->accuracy ? tr("This device's position, within %1 m.")
                                   .arg(QLocale().toString(*fix->accuracy, 'f', 0))
                             : tr("This device's position; its accuracy is not known.");
    emit found(fix->latitude, fix->longitude, fix->accuracy.value_or(-1));
    emit changed();
}

void SitePositionFinder::fail(const QString &message)
{
    if (m_fixer)
        m_fixer->stop();
    m_failed = true;
    m_status = message;
    emit changed();
}

void SitePositionFinder::reset()
{
    if (m_fixer)
        m_fixer->stop();
    m_status.clear();
    m_failed = false;
    emit changed();
}

} // namespace tp::ui
