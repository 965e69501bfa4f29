#include "ui/CheckInController.h"

#include "location/PositionFixer.h"
#include "location/PositionSource.h"

namespace tp::ui {

CheckInController::CheckInController(const AppOptions &options, const SitePlace &place,
                                     QObject *parent)
    : QObject(parent)
    , m_place(place)
{
    const PositionSourceOptions sourceOptions =
        options.nmeaReplayFile.isEmpty() ? PositionSourceOptions::systemDefault()
                                         : PositionSourceOptions::replay(options.nmeaReplayFile);
    QString error;
    QGeoPositionInfoSource *source = createPositionSource(sourceOptions, nullptr, &error);
    m_fixer = new PositionFixer(source, this);
    m_fixer->setNoFixTimeout(options.positionTimeoutMs);
    if (!source)
        m_error = error.isEmpty() ? tr("No positioning on this device.") : error;
    connect(m_fixer, &PositionFixer::fixChanged, this, &CheckInController::changed);
    connect(m_fixer, &PositionFixer::activeChanged, this, &CheckInController::changed);
    connect(m_fixer, &PositionFixer::noFix, this, [this] {
        m_error = tr("No position fix yet. You can go on; the visit will be marked unverified.");
        emit changed();
    });
    connect(m_fixer, &PositionFixer::error, this, [this](const QString &message) {
        m_error = message;
        emit changed();
    });
}

CheckInController::~CheckInController() = default;

bool CheckInController::active() const
{
    return m_fixer->isActive();
}

bool CheckInController::hasFix() const
{
    return m_fixer->bestFix().has_value();
}

std::optional<CheckIn> CheckInController::bestFix() const
{
    return m_fixer->bestFix();
}

void CheckInController::start()
{
    m_fixer->start();
}

void CheckInController::stop()
{
    m_fixer->stop();
}

CheckInResult CheckInController::preview() const
{
    return evaluateCheckIn(m_place, m_fixer->bestFix());
}

QString CheckInController::accuracyText() const
{
    const auto fix = m_fixer->bestFix();
    if (!fix)
        return tr("Searching for your position…");
    if (!fix->accuracy)
        return tr("Accuracy unknown");
    return tr("Accuracy ± %1 m").arg(qRound(*fix->accuracy));
}

QString CheckInController::distanceText() const
{
    const CheckInResult result = preview();
    if (!result.distanceMetres)
        return QString();
    return tr("%1 from the store").arg(tp::distanceText(*result.distanceMetres));
}

QString CheckInController::verdictText() const
{
    const CheckInResult result = preview();
    if (result.verified())
        return tr("You are at the store: the check-in will be verified.");
    return tr("Check-in would be unverified: %1").arg(result.reason);
}

} // namespace tp::ui
