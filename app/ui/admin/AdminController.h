#pragma once

#include "core/Role.h"
#include "sync/ManagerApi.h"
#include "ui/AppContext.h"
#include "ui/admin/AdminRegionModel.h"
#include "ui/admin/AdminSiteModel.h"
#include "ui/admin/RegionEditor.h"
#include "ui/admin/SiteCheckInModel.h"
#include "ui/admin/SiteEditor.h"
#include "ui/admin/SitePositionFinder.h"
#include "ui/admin/UserEditor.h"
#include "ui/admin/UserListModel.h"
#include "ui/models/ChoiceListModel.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace tp::ui {

class SyncController;

// An admin's screens: the organisation's users (create with an initial password, edit role and
// regions or site, disable, enable, unlock, give a new initial password), its regions (create,
// rename), its stores and support lines (name, address, coordinates, check-in radius, time
// zone, line number), and the setting of which audits the reports count. Every change is one
// request to the server; its answer (or its refusal, in words) is shown, and the lists are fetched
// again. A regional manager has the stores and support lines of their own regions here, and nothing
// else.
class AdminController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the field app owns the admin controller")

    Q_PROPERTY(tp::ui::UserListModel *users READ users CONSTANT)
    Q_PROPERTY(tp::ui::AdminRegionModel *regions READ regions CONSTANT)
    Q_PROPERTY(tp::ui::AdminSiteModel *sites READ sites CONSTANT)
    Q_PROPERTY(tp::ui::ChoiceListModel *regionChoices READ regionChoices CONSTANT)
    Q_PROPERTY(tp::ui::ChoiceListModel *siteChoices READ siteChoices CONSTANT)
    Q_PROPERTY(tp::ui::ChoiceListModel *roleChoices READ roleChoices CONSTANT)
    Q_PROPERTY(tp::ui::UserEditor *user READ user CONSTANT)
    Q_PROPERTY(tp::ui::RegionEditor *region READ region CONSTANT)
    Q_PROPERTY(tp::ui::SiteEditor *site READ site CONSTANT)
    Q_PROPERTY(tp::ui::SitePositionFinder *sitePosition READ sitePosition CONSTANT)
    Q_PROPERTY(tp::ui::SiteCheckInModel *siteCheckIns READ siteCheckIns CONSTANT)
    Q_PROPERTY(bool wholeOrganisation READ wholeOrganisation NOTIFY stateChanged)
    Q_PROPERTY(bool countNotRejected READ countNotRejected NOTIFY settingsChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY stateChanged)
    Q_PROPERTY(QString error READ error NOTIFY stateChanged)
    Q_PROPERTY(QString notice READ notice NOTIFY stateChanged)

public:
    AdminController(AppContext &context, SyncController *sync, QObject *parent = nullptr);

    UserListModel *users() const { return m_users; }
    AdminRegionModel *regions() const { return m_regions; }
    AdminSiteModel *sites() const { return m_sites; }
    ChoiceListModel *regionChoices() const { return m_regionChoices; }
    ChoiceListModel *siteChoices() const { return m_siteChoices; }
    ChoiceListModel *roleChoices() const { return m_roleChoices; }
    UserEditor *user() const { return m_user; }
    RegionEditor *region() const { return m_region; }
    SiteEditor *site() const { return m_site; }
    SitePositionFinder *sitePosition() const { return m_sitePosition; }
    SiteCheckInModel *siteCheckIns() const { return m_siteCheckIns; }
    bool wholeOrganisation() const { return m_wholeOrganisation; }
    bool countNotRejected() const { return m_countNotRejected; }
    bool busy() const { return m_pending > 0; }
    QString error() const { return m_error; }
    QString notice() const { return m_notice; }

    // Signed in as an admin (the whole organisation), as a regional manager (their regions'
    // sites only), or neither: lists fetched, or forgotten.
    void setActive(bool active, bool wholeOrganisation = true);
    Q_INVOKABLE void refresh();

    Q_INVOKABLE void editUser(const QString &username);
    Q_INVOKABLE void newUser();
    Q_INVOKABLE void saveUser();
    Q_INVOKABLE void setUserDisabled(bool disabled);
    Q_INVOKABLE void unlockUser();
    Q_INVOKABLE void giveNewPassword();
    Q_INVOKABLE void closeUser();

    Q_INVOKABLE void editRegion(const QString &id);
    Q_INVOKABLE void newRegion();
    Q_INVOKABLE void saveRegion();
    Q_INVOKABLE void closeRegion();

    Q_INVOKABLE void editSite(const QString &id);
    Q_INVOKABLE void newSite(bool isPhone);
    Q_INVOKABLE void saveSite();
    Q_INVOKABLE void closeSite();

    Q_INVOKABLE void setCountNotRejected(bool notRejected);

    // A password to hand over: 12 letters and digits that cannot be misread (no 0/O, 1/l).
    static QString makeInitialPassword();

signals:
    void stateChanged();
    void settingsChanged();

private:
    using Rows = std::function<void(const QJsonArray &)>;
    // Every page of a list, then `done` with all rows; an error shows when a page fails.
    void fetchAll(const QString &path, const QUrlQuery &query, QJsonArray rows, Rows done);
    // One change: `what` in words while it runs, then the notice or the server's reason.
    // `refused` gets the details of a refusal (the problems the server found in the fields).
    void change(const QByteArray &verb, const QString &path, const QJsonObject &body,
                const QString &done, std::function<void(const QJsonObject &)> after = {},
                std::function<void(const QJsonArray &)> refused = {});
    void start();
    void finish();
    void fail(const QString &message);
    QJsonObject userBody(bool withPassword) const;
    void fillUserChoices();
    // Each region with its count of stores and support lines, once both lists are in.
    void fillRegionRows();
    // The open store's last check-ins, for the drawing of its circle.
    void fetchSiteCheckIns();

    AppContext &m_context;
    SyncController *m_sync;
    sync::ManagerApi *m_api;
    UserListModel *m_users;
    AdminRegionModel *m_regions;
    AdminSiteModel *m_sites;
    ChoiceListModel *m_regionChoices;
    ChoiceListModel *m_siteChoices;
    ChoiceListModel *m_roleChoices;
    UserEditor *m_user;
    RegionEditor *m_region;
    SiteEditor *m_site;
    SitePositionFinder *m_sitePosition;
    SiteCheckInModel *m_siteCheckIns;
    QHash<QString, QString> m_regionNames;
    bool m_active = false;
    bool m_wholeOrganisation = true;
    bool m_countNotRejected = false;
    int m_pending = 0;
    QString m_error;
    QString m_notice;
};

} // namespace tp::ui
