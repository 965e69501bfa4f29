// The admin part of the screen tour: the users with one user's form, a new user with the
// initial password to hand over, the regions with one region's form, the stores and support
// lines with one store's form (scrolled to its opening hours, then to its check-ins drawn around
// its circle), and the settings. Walked with --server only (without one an admin
// has nothing to administer).
#include "ScreenTour.h"

#include "ui/FieldApp.h"

#include <QQuickItem>

QList<ScreenTour::Step> ScreenTour::adminSteps()
{
    if (!syncing())
        return {};
    tp::ui::AdminController *admin = m_app.admin();
    auto setTab = [this](int tab) {
        QQuickItem *page = find(QStringLiteral("adminPage"));
        return page && page->setProperty("tab", tab);
    };
    return {
        {QStringLiteral("admin-users"), QStringLiteral("userList"),
         [this, admin] {
             m_app.signOut();
             m_app.session()->signIn(QStringLiteral("admin"), QStringLiteral("touchpoint-demo"));
             return waitFor([admin] { return admin->users()->count() > 0 && !admin->busy(); },
                            20000);
         }},
        {QStringLiteral("admin-user"), QStringLiteral("userForm"),
         [admin] {
             admin->editUser(QStringLiteral("manager2"));
             return admin->user()->property("open").toBool();
         }},
        {QStringLiteral("admin-new-user"), QStringLiteral("initialPasswordCard"),
         [admin] {
             admin->newUser();
             return !admin->user()->property("initialPassword").toString().isEmpty();
         }},
        {QStringLiteral("admin-regions"), QStringLiteral("regionList"),
         [admin, setTab] {
             admin->closeUser();
             return setTab(1) && admin->regions()->count() > 0;
         }},
        {QStringLiteral("admin-region"), QStringLiteral("regionForm"),
         [admin] {
             admin->editRegion(QStringLiteral("americas"));
             return admin->region()->property("open").toBool();
         }},
        {QStringLiteral("admin-sites"), QStringLiteral("siteList"),
         [admin, setTab] {
             admin->closeRegion();
             return setTab(2) && admin->sites()->count() > 0;
         }},
        {QStringLiteral("admin-site"), QStringLiteral("siteForm"),
         [admin] {
             admin->editSite(QStringLiteral("store-bend"));
             return admin->site()->property("open").toBool();
         }},
        {QStringLiteral("admin-site-hours"), QStringLiteral("siteForm"),
         [this] {
             return scrollTo(QStringLiteral("siteForm"), QStringLiteral("openingHoursEditor"));
         }},
        {QStringLiteral("admin-site-check-ins"), QStringLiteral("siteForm"),
         [this, admin] {
             return waitFor([admin] { return !admin->siteCheckIns()->loading(); }, 10000) &&
                    scrollTo(QStringLiteral("siteForm"), QStringLiteral("checkInDrawing"));
         }},
        {QStringLiteral("admin-settings"), QStringLiteral("adminSettingsView"),
         [admin, setTab] {
             admin->closeSite();
             return setTab(3);
         }},
    };
}
