#include "ui/admin/AdminController.h"

#include "ui/Labels.h"
#include "ui/SyncController.h"

#include <QJsonArray>
#include <QRandomGenerator>

namespace tp::ui {

namespace {

const QString kUsers = QStringLiteral("/users");
const QString kSites = QStringLiteral("/sites");

QString regionsText(const QStringList &regions, const QHash<QString, QString> &names)
{
    QStringList shown;
    for (const QString &region : regions)
        shown.append(names.value(region, region));
    return shown.join(QLatin1String(", "));
}

std::optional<double> number(const QString &text, bool *bad)
{
    if (text.trimmed().isEmpty())
        return std::nullopt;
    bool ok = false;
    const double value = QLocale().toDouble(text.trimmed(), &ok);
    const double plain = ok ? value : text.trimmed().toDouble(&ok);
    if (!ok)
        *bad = true;
    return plain;
}

} // namespace

AdminController::AdminController(AppContext &context, SyncController *sync, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_sync(sync)
    , m_api(new sync::ManagerApi(context.options.serverUrl, this))
    , m_users(new UserListModel(this))
    , m_regions(new AdminRegionModel(this))
    , m_sites(new AdminSiteModel(this))
    , m_regionChoices(new ChoiceListModel(this))
    , m_siteChoices(new ChoiceListModel(this))
    , m_roleChoices(new ChoiceListModel(this))
    , m_user(new UserEditor(this))
    , m_region(new RegionEditor(this))
    , m_site(new SiteEditor(this))
    , m_sitePosition(new SitePositionFinder(context.options, this))
    , m_siteCheckIns(new SiteCheckInModel(this))
{
    QList<ChoiceRow> roles;
    for (Role role :
         {Role::Shopper, Role::Executive, Role::RegionalManager, Role::StoreManager, Role::Admin})
        roles.append({{}, int(role), roleLabel(roleName(role)), false}); // as QML sees the enum
    m_roleChoices->setRows(roles);
    connect(m_sync, &SyncController::tokenChanged, this, [this] {
        m_api->setToken(m_sync->token());
        if (m_active && m_regionNames.isEmpty())
            refresh();
    });
    connect(m_user, &UserEditor::changed, this, &AdminController::fillUserChoices);
    connect(m_sitePosition, &SitePositionFinder::found, this,
            [this](double latitude, double longitude) {
                if (!m_site->m_open)
                    return;
                m_site->m_latitude = QString::number(latitude, 'f', 6);
                m_site->m_longitude = QString::number(longitude, 'f', 6);
                emit m_site->changed();
            });
}

void AdminController::setActive(bool active, bool wholeOrganisation)
{
    if (active == m_active && wholeOrganisation == m_wholeOrganisation)
        return;
    m_active = active;
    m_wholeOrganisation = wholeOrganisation;
    closeUser();
    closeRegion();
    closeSite();
    m_error.clear();
    m_notice.clear();
    emit stateChanged();
    if (active) {
        refresh();
        return;
    }
    m_regionNames.clear();
    // The previous admin's lists go once the sign-in screen has replaced theirs: emptied under
    // a list still making its rows, Qt Quick warns (DelegateModel::cancel).
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!m_active) {
                m_users->setRows({});
                m_regions->setRows({});
                m_sites->setRows({});
            }
        },
        Qt::QueuedConnection);
}

void AdminController::start()
{
    ++m_pending;
    emit stateChanged();
}

void AdminController::finish()
{
    if (m_pending > 0)
        --m_pending;
    emit stateChanged();
}

void AdminController::fail(const QString &message)
{
    m_error = message;
    m_notice.clear();
    emit stateChanged();
}

void AdminController::fetchAll(const QString &path, const QUrlQuery &query, QJsonArray rows,
                               Rows done)
{
    m_api->get(path, query, [this, path, rows, done](const sync::ManagerApi::Answer &a) mutable {
        if (!a.reply.ok()) {
            fail(a.reply.message);
            finish();
            return;
        }
        for (const QJsonValue &row : a.body.toArray())
            rows.append(row);
        if (a.next) {
            fetchAll(path, *a.next, rows, done);
            return;
        }
        done(rows);
        finish();
    });
}

void AdminController::refresh()
{
    m_api->setToken(m_sync->token());
    if (!m_api->ready())
        return;
    m_error.clear();
    start();
    fetchAll(QStringLiteral("/regions"), {}, {}, [this](const QJsonArray &regions) {
        m_regionNames.clear();
        for (const QJsonValue &value : regions) {
            const QJsonObject region = value.toObject();
            m_regionNames.insert(region.value(QLatin1String("id")).toString(),
                                 region.value(QLatin1String("name")).toString());
        }
        start();
        fetchAll(kSites, {}, {}, [this](const QJsonArray &sites) {
            QList<AdminSiteRow> rows;
            for (const QJsonValue &value : sites) {
                const QJsonObject site = value.toObject();
                AdminSiteRow row;
                row.id = site.value(QLatin1String("id")).toString();
                row.name = site.value(QLatin1String("name")).toString();
                row.region = site.value(QLatin1String("region")).toString();
                row.regionText = m_regionNames.value(row.region, row.region);
                row.isPhone =
                    site.value(QLatin1String("kind")).toString() == QLatin1String("phone");
                row.address = site.value(QLatin1String("address")).toString();
                row.phone = site.value(QLatin1String("phone")).toString();
                row.timezone = site.value(QLatin1String("timezone")).toString();
                row.placeText = row.isPhone ? row.phone : row.address;
                row.json = site;
                rows.append(row);
            }
            m_sites->setRows(rows);
            fillRegionRows();
            fillUserChoices();
            if (!m_wholeOrganisation)
                return;
            start();
            fetchAll(kUsers, {}, {}, [this](const QJsonArray &users) {
                QList<UserRow> rows;
                for (const QJsonValue &value : users) {
                    const QJsonObject user = value.toObject();
                    UserRow row;
                    row.username = user.value(QLatin1String("username")).toString();
                    row.displayName = user.value(QLatin1String("displayName")).toString();
                    const QString role = user.value(QLatin1String("role")).toString();
                    row.role = roleFromName(role).value_or(Role::Shopper);
                    row.roleText = roleLabel(role);
                    for (const QJsonValue &region : user.value(QLatin1String("regions")).toArray())
                        row.regions.append(region.toString());
                    row.site = user.value(QLatin1String("site")).toString();
                    const AdminSiteRow *site = m_sites->find(row.site);
                    row.placeText = !row.regions.isEmpty() ? regionsText(row.regions, m_regionNames)
                                    : site                 ? site->name
                                                           : row.site;
                    row.disabled = user.value(QLatin1String("disabled")).toBool();
                    rows.append(row);
                }
                m_users->setRows(rows);
                if (m_user->m_open && !m_user->m_isNew)
                    editUser(m_user->m_username); // shows what the server now has
            });
        });
    });
    if (!m_wholeOrganisation)
        return;
    start();
    m_api->get(QStringLiteral("/settings"), {}, [this](const sync::ManagerApi::Answer &a) {
        if (a.reply.ok()) {
            m_countNotRejected =
                a.body.toObject().value(QLatin1String("reportAudits")).toString() ==
                QLatin1String("not_rejected");
            emit settingsChanged();
        }
        finish();
    });
    finish();
}

void AdminController::fillUserChoices()
{
    QList<ChoiceRow> regions;
    for (auto it = m_regionNames.cbegin(); it != m_regionNames.cend(); ++it)
        regions.append({it.key(), it.key(), it.value(), m_user->m_regions.contains(it.key())});
    std::sort(regions.begin(), regions.end(),
              [](const ChoiceRow &a, const ChoiceRow &b) { return a.label < b.label; });
    m_regionChoices->setRows(regions);
    QList<ChoiceRow> sites;
    for (const AdminSiteRow &site : m_sites->rows()) {
        if (!site.isPhone)
            sites.append({site.id, site.id, site.name, site.id == m_user->m_site});
    }
    m_siteChoices->setRows(sites);
}

void AdminController::change(const QByteArray &verb, const QString &path, const QJsonObject &body,
                             const QString &done, std::function<void(const QJsonObject &)> after,
                             std::function<void(const QJsonArray &)> refused)
{
    m_error.clear();
    m_notice.clear();
    start();
    auto answered = [this, done, after, refused](const sync::ManagerApi::Answer &a) {
        if (a.reply.ok()) {
            m_notice = done;
            if (after)
                after(a.body.toObject());
            refresh();
        } else {
            // The server's reason, with the first problem it found in the fields.
            QString message = a.reply.message;
            const QJsonArray details = a.reply.json.value(QLatin1String("error"))
                                           .toObject()
                                           .value(QLatin1String("details"))
                                           .toArray();
            if (!details.isEmpty())
                message += QStringLiteral(": ") +
                           details.first().toObject().value(QLatin1String("message")).toString();
            if (refused)
                refused(details);
            fail(message);
        }
        finish();
    };
    if (verb == "PUT")
        m_api->put(path, body, answered);
    else
        m_api->post(path, body, answered);
}

QString AdminController::makeInitialPassword()
{
    static const QString letters =
        QStringLiteral("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789");
    QString password;
    for (int i = 0; i < 12; ++i)
        password.append(letters.at(QRandomGenerator::system()->bounded(int(letters.size()))));
    return password;
}

void AdminController::editUser(const QString &username)
{
    const UserRow *row = m_users->find(username);
    if (!row)
        return;
    const bool sameUser = m_user->m_open && m_user->m_username == username;
    m_user->m_open = true;
    m_user->m_isNew = false;
    m_user->m_username = row->username;
    m_user->m_displayName = row->displayName;
    m_user->m_role = row->role;
    m_user->m_regions = row->regions;
    m_user->m_site = row->site;
    m_user->m_disabled = row->disabled;
    if (!sameUser)
        m_user->m_initialPassword.clear();
    emit m_user->changed();
}

void AdminController::newUser()
{
    m_user->m_open = true;
    m_user->m_isNew = true;
    m_user->m_username.clear();
    m_user->m_displayName.clear();
    m_user->m_role = Role::Shopper;
    m_user->m_regions.clear();
    m_user->m_site.clear();
    m_user->m_disabled = false;
    m_user->m_initialPassword = makeInitialPassword();
    emit m_user->changed();
}

void AdminController::closeUser()
{
    m_user->m_open = false;
    m_user->m_initialPassword.clear();
    emit m_user->changed();
}

QJsonObject AdminController::userBody(bool withPassword) const
{
    QJsonObject body{{QStringLiteral("displayName"), m_user->m_displayName.trimmed()},
                     {QStringLiteral("role"), roleName(m_user->m_role)}};
    if (m_user->m_role == Role::RegionalManager)
        body.insert(QStringLiteral("regions"), QJsonArray::fromStringList(m_user->m_regions));
    if (m_user->m_role == Role::StoreManager)
        body.insert(QStringLiteral("site"), m_user->m_site);
    if (withPassword)
        body.insert(QStringLiteral("password"), m_user->m_initialPassword);
    return body;
}

void AdminController::saveUser()
{
    if (m_user->m_isNew) {
        QJsonObject body = userBody(true);
        body.insert(QStringLiteral("username"), m_user->m_username.trimmed());
        const QString username = m_user->m_username.trimmed();
        change("POST", kUsers, body,
               tr("%1 can sign in with the initial password shown, and then chooses their own.")
                   .arg(username),
               [this, username](const QJsonObject &) {
                   m_user->m_isNew = false;
                   m_user->m_username = username;
                   emit m_user->changed();
               });
        return;
    }
    change("PUT", kUsers + QLatin1Char('/') + m_user->m_username, userBody(false),
           tr("%1 is saved.").arg(m_user->m_displayName));
}

void AdminController::setUserDisabled(bool disabled)
{
    const QString path = kUsers + QLatin1Char('/') + m_user->m_username +
                         (disabled ? QStringLiteral("/disable") : QStringLiteral("/enable"));
    change("POST", path, {},
           disabled ? tr("%1 can no longer sign in.").arg(m_user->m_displayName)
                    : tr("%1 can sign in again.").arg(m_user->m_displayName));
}

void AdminController::unlockUser()
{
    change("POST", kUsers + QLatin1Char('/') + m_user->m_username + QStringLiteral("/unlock"), {},
           tr("%1's failed sign-ins are forgotten: they can sign in at once.")
               .arg(m_user->m_displayName));
}

void AdminController::giveNewPassword()
{
    m_user->m_initialPassword = makeInitialPassword();
    emit m_user->changed();
    change("PUT", kUsers + QLatin1Char('/') + m_user->m_username, userBody(true),
           tr("%1 signs in with the new initial password shown, and then chooses their own.")
               .arg(m_user->m_displayName));
}

void AdminController::editSite(const QString &id)
{
    m_sitePosition->reset();
    const AdminSiteRow *row = m_sites->find(id);
    if (!row)
        return;
    const QJsonObject &site = row->json;
    auto text = [&site](const char *field) {
        const QJsonValue value = site.value(QLatin1String(field));
        return value.isDouble() ? QLocale().toString(value.toDouble(), 'g', 10) : QString();
    };
    m_site->m_open = true;
    m_site->m_isNew = false;
    m_site->m_siteId = row->id;
    m_site->m_name = row->name;
    m_site->m_region = row->region;
    m_site->m_isPhone = row->isPhone;
    m_site->m_address = row->address;
    m_site->m_phone = row->phone;
    m_site->m_latitude = text("latitude");
    m_site->m_longitude = text("longitude");
    m_site->m_checkInRadius = text("checkInRadius");
    m_site->m_timezone = row->timezone;
    m_site->m_loaded = site;
    m_site->openingHours()->load(site.value(QLatin1String("openingHours")).toObject());
    emit m_site->changed();
    fetchSiteCheckIns();
}

void AdminController::fetchSiteCheckIns()
{
    if (m_site->m_isPhone || m_site->m_isNew) {
        m_siteCheckIns->clear();
        return;
    }
    const QString id = m_site->m_siteId;
    m_siteCheckIns->setLoading();
    m_api->get(kSites + QLatin1Char('/') + id + QStringLiteral("/check-ins"), {},
               [this, id](const sync::ManagerApi::Answer &a) {
                   if (!m_site->m_open || m_site->m_siteId != id)
                       return; // another site is open by now
                   if (a.reply.ok())
                       m_siteCheckIns->load(a.body.toObject());
                   else
                       m_siteCheckIns->fail(a.reply.message);
               });
}

void AdminController::newSite(bool isPhone)
{
    m_sitePosition->reset();
    m_site->m_open = true;
    m_site->m_isNew = true;
    m_site->m_siteId.clear();
    m_site->m_name.clear();
    m_site->m_region = m_regionNames.isEmpty() ? QString() : m_regionNames.keys().first();
    m_site->m_isPhone = isPhone;
    m_site->m_address.clear();
    m_site->m_phone.clear();
    m_site->m_latitude.clear();
    m_site->m_longitude.clear();
    m_site->m_checkInRadius = isPhone ? QString() : QStringLiteral("100");
    m_site->m_timezone = QStringLiteral("UTC");
    m_site->m_loaded = {};
    m_site->openingHours()->load({});
    m_siteCheckIns->clear();
    emit m_site->changed();
}

void AdminController::closeSite()
{
    m_sitePosition->reset();
    m_site->m_open = false;
    emit m_site->changed();
}

void AdminController::saveSite()
{
    bool bad = false;
    const auto latitude = number(m_site->m_latitude, &bad);
    const auto longitude = number(m_site->m_longitude, &bad);
    const auto radius = number(m_site->m_checkInRadius, &bad);
    if (bad) {
        fail(tr("Latitude, longitude and radius are numbers, such as 44.0582 or 100."));
        return;
    }
    QJsonObject body = m_site->m_loaded;
    body.insert(QStringLiteral("id"), m_site->m_siteId.trimmed());
    body.insert(QStringLiteral("name"), m_site->m_name.trimmed());
    body.insert(QStringLiteral("region"), m_site->m_region);
    body.insert(QStringLiteral("kind"),
                m_site->m_isPhone ? QStringLiteral("phone") : QStringLiteral("store"));
    body.insert(QStringLiteral("address"), m_site->m_address.trimmed());
    body.insert(QStringLiteral("phone"), m_site->m_phone.trimmed());
    body.insert(QStringLiteral("timezone"), m_site->m_timezone.trimmed());
    body.insert(QStringLiteral("openingHours"), m_site->openingHours()->toJson());
    m_site->openingHours()->clearProblems();
    const std::pair<const char *, std::optional<double>> numbers[] = {
        {"latitude", latitude}, {"longitude", longitude}, {"checkInRadius", radius}};
    for (const auto &[field, value] : numbers) {
        if (value)
            body.insert(QLatin1String(field), *value);
        else
            body.remove(QLatin1String(field));
    }
    const QString id = m_site->m_siteId.trimmed();
    change(
        "POST", kSites, body, tr("%1 is saved.").arg(m_site->m_name.trimmed()),
        [this, id](const QJsonObject &stored) {
            m_site->m_isNew = false;
            m_site->m_siteId = id;
            m_site->m_loaded = stored;
            // As the server stored them: in their canonical form.
            m_site->openingHours()->load(stored.value(QLatin1String("openingHours")).toObject());
            emit m_site->changed();
            fetchSiteCheckIns(); // the radius may have changed
        },
        [this](const QJsonArray &details) { m_site->openingHours()->showProblems(details); });
}

void AdminController::setCountNotRejected(bool notRejected)
{
    change("PUT", QStringLiteral("/settings"),
           {{QStringLiteral("reportAudits"),
             notRejected ? QStringLiteral("not_rejected") : QStringLiteral("approved")}},
           notRejected ? tr("Reports count every audit that is not rejected.")
                       : tr("Reports count approved audits only."));
}

} // namespace tp::ui
