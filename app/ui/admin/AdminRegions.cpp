// The admin controller's regions: the list with each region's stores and support lines, and
// the form that creates or renames one.
#include "ui/admin/AdminController.h"

#include <QJsonObject>

#include <algorithm>

namespace tp::ui {

namespace {

QString sitesText(int stores, int lines)
{
    if (stores == 0 && lines == 0)
        return AdminController::tr("No stores or support lines yet");
    QStringList parts;
    if (stores > 0)
        parts << (stores == 1 ? AdminController::tr("1 store")
                              : AdminController::tr("%1 stores").arg(stores));
    if (lines > 0)
        parts << (lines == 1 ? AdminController::tr("1 support line")
                             : AdminController::tr("%1 support lines").arg(lines));
    return parts.join(QStringLiteral(" · "));
}

} // namespace

void AdminController::fillRegionRows()
{
    QList<AdminRegionRow> rows;
    for (auto it = m_regionNames.cbegin(); it != m_regionNames.cend(); ++it) {
        AdminRegionRow row;
        row.id = it.key();
        row.name = it.value();
        for (const AdminSiteRow &site : m_sites->rows()) {
            if (site.region == row.id)
                ++(site.isPhone ? row.lines : row.stores);
        }
        row.sitesText = sitesText(row.stores, row.lines);
        rows.append(row);
    }
    std::sort(rows.begin(), rows.end(), [](const AdminRegionRow &a, const AdminRegionRow &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    m_regions->setRows(rows);
}

void AdminController::editRegion(const QString &id)
{
    const AdminRegionRow *row = m_regions->find(id);
    if (!row)
        return;
    m_region->m_open = true;
    m_region->m_isNew = false;
    m_region->m_regionId = row->id;
    m_region->m_name = row->name;
    emit m_region->changed();
}

void AdminController::newRegion()
{
    m_region->m_open = true;
    m_region->m_isNew = true;
    m_region->m_regionId.clear();
    m_region->m_name.clear();
    emit m_region->changed();
}

void AdminController::closeRegion()
{
    m_region->m_open = false;
    emit m_region->changed();
}

void AdminController::saveRegion()
{
    const QString id = m_region->m_regionId.trimmed();
    const QString name = m_region->m_name.trimmed();
    if (m_region->m_isNew && m_regions->find(id)) {
        fail(tr("There is already a region with the id %1.").arg(id));
        return;
    }
    change("POST", QStringLiteral("/regions"),
           {{QStringLiteral("id"), id}, {QStringLiteral("name"), name}},
           tr("%1 is saved.").arg(name), [this, id](const QJsonObject &) {
               m_region->m_isNew = false;
               m_region->m_regionId = id;
               emit m_region->changed();
           });
}

} // namespace tp::ui
