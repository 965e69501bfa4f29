#include "ui/admin/SiteCheckInModel.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace tp::ui {

namespace {

constexpr double kEarthRadiusMetres = 6371000;
constexpr double kPi = 3.14159265358979323846;

QString distanceText(double metres)
{
    return metres < 1000 ? QLocale().toString(metres, 'f', 0) + QStringLiteral(" m")
                         : QLocale().toString(metres / 1000, 'f', 1) + QStringLiteral(" km");
}

} // namespace

int SiteCheckInModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SiteCheckInModel::valueOf(const SiteCheckInRow &row, int role) const
{
    switch (role) {
    case AuditRole:
        return row.audit;
    case EastRole:
        return row.eastMetres;
    case NorthRole:
        return row.northMetres;
    case AccuracyRole:
        return row.accuracy;
    case WithinRadiusRole:
        return row.withinRadius;
    case TextRole:
        return row.text;
    }
    return {};
}

QVariant SiteCheckInModel::data(const QModelIndex &index, int role) const
{
    return validRow(index) ? valueOf(m_rows.at(index.row()), role) : QVariant();
}

QHash<int, QByteArray> SiteCheckInModel::roleNames() const
{
    return {
        {AuditRole, "audit"},       {EastRole, "eastMetres"},           {NorthRole, "northMetres"},
        {AccuracyRole, "accuracy"}, {WithinRadiusRole, "withinRadius"}, {TextRole, "text"}};
}

int SiteCheckInModel::insideCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const SiteCheckInRow &row) { return row.withinRadius; }));
}

QString SiteCheckInModel::summary() const
{
    if (m_loading)
        return tr("Reading the last audits' check-ins…");
    if (!m_error.isEmpty())
        return tr("The check-ins cannot be shown: %1").arg(m_error);
    if (!m_hasPlace)
        return tr("Save the store's latitude and longitude to see its check-ins.");
    if (m_rows.isEmpty())
        return tr("No check-ins yet among the store's last audits.");
    return tr("%n check-in(s) inside the circle", nullptr, insideCount()) + QStringLiteral(", ") +
           tr("%n outside", nullptr, outsideCount()) + QLatin1Char('.');
}

void SiteCheckInModel::setLoading()
{
    m_loading = true;
    m_error.clear();
    emit summaryChanged();
}

void SiteCheckInModel::load(const QJsonObject &answer)
{
    const QJsonValue latitude = answer.value(QLatin1String("latitude"));
    const QJsonValue longitude = answer.value(QLatin1String("longitude"));
    m_hasPlace = latitude.isDouble() && longitude.isDouble();
    m_radius = answer.value(QLatin1String("checkInRadius")).toDouble();
    QList<SiteCheckInRow> rows;
    double farthest = 0;
    if (m_hasPlace) {
        const double lat0 = latitude.toDouble() * kPi / 180;
        for (const QJsonValue &value : answer.value(QLatin1String("checkIns")).toArray()) {
            const QJsonObject checkIn = value.toObject();
            SiteCheckInRow row;
            row.audit = checkIn.value(QLatin1String("audit")).toString();
            // Within a few kilometres a plane is exact enough for a drawing.
            row.northMetres =
                (checkIn.value(QLatin1String("latitude")).toDouble() - latitude.toDouble()) * kPi /
                180 * kEarthRadiusMetres;
            row.eastMetres =
                (checkIn.value(QLatin1String("longitude")).toDouble() - longitude.toDouble()) *
                kPi / 180 * kEarthRadiusMetres * std::cos(lat0);
            row.accuracy = checkIn.value(QLatin1String("accuracy")).toDouble(-1);
            row.withinRadius = checkIn.value(QLatin1String("withinRadius")).toBool();
            const double distance = checkIn.value(QLatin1String("distance")).toDouble();
            const QDateTime at =
                QDateTime::fromString(checkIn.value(QLatin1String("at")).toString(), Qt::ISODate);
            row.text =
                (row.accuracy >= 0
                     ? tr("%1 from the store, within %2, %3")
                           .arg(distanceText(distance), distanceText(row.accuracy))
                     : tr("%1 from the store, accuracy not known, %2").arg(distanceText(distance)))
                    .arg(QLocale().toString(at.toLocalTime(), QLocale::ShortFormat));
            farthest = std::max(farthest, distance);
            rows.append(row);
        }
    }
    m_farthest = farthest;
    m_loading = false;
    m_error.clear();
    resetRows(m_rows, rows);
    emit summaryChanged();
}

void SiteCheckInModel::fail(const QString &message)
{
    m_loading = false;
    m_error = message;
    resetRows(m_rows, {});
    emit summaryChanged();
}

void SiteCheckInModel::clear()
{
    m_loading = false;
    m_error.clear();
    m_hasPlace = false;
    m_radius = 0;
    m_farthest = 0;
    resetRows(m_rows, {});
    emit summaryChanged();
}

} // namespace tp::ui
