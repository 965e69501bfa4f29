// touchpoint-server export: CSV of audits or answers, the PDF of one audit, the PDF of a region
// report, from the database given by --db, through the same view functions as the API
// (api/ReviewViews.h, api/Reports.h) and the exports shared with the app (app/export).

#include "cli/Commands.h"
#include "cli/Options.h"

#include "api/Reports.h"
#include "api/ReviewViews.h"
#include "auth/AuthService.h"
#include "auth/Passwords.h"
#include "export/CsvExport.h"
#include "export/PdfExport.h"
#include "storage/Database.h"
#include "storage/QueryBuilder.h"
#include "storage/Reviews.h"
#include "storage/ScriptCache.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QSaveFile>

namespace tp::cli {

namespace {

using namespace tp::server;

constexpr char kUsage[] =
    "usage: touchpoint-server export audits|answers --format csv [--region R] [--site S]\n"
    "                                [--from YYYY-MM-DD] [--to YYYY-MM-DD] --out FILE --db DB\n"
    "       touchpoint-server export audit UUID --out FILE.pdf --db DB\n"
    "       touchpoint-server export report --region R --from YYYY-MM-DD --to YYYY-MM-DD\n"
    "                                --out FILE.pdf --db DB\n";

// The CLI reads as an administrator would: every site, every name.
Principal exporter()
{
    Principal principal;
    principal.username = QStringLiteral("touchpoint-server export");
    principal.displayName = principal.username;
    principal.role = Role::Admin;
    return principal;
}

struct Exporter
{
    Database db;
    ServerSettings settings;
    std::unique_ptr<AuthService> auth;
    std::unique_ptr<ScriptCache> scripts;
    std::unique_ptr<ServerContext> context;

    bool open(const QString &spec, QTextStream &err)
    {
        QString error;
        if (!db.open(spec, &error) || !db.migrate(&error)) {
            err << error << '\n';
            return false;
        }
        auth = std::make_unique<AuthService>(db, settings);
        scripts = std::make_unique<ScriptCache>(db);
        context = std::make_unique<ServerContext>(ServerContext{db, *auth, settings, *scripts});
        return true;
    }

    std::optional<QJsonObject> audit(const QString &uuid, QTextStream &err)
    {
        const ApiResponse response = auditDetailResponse(*context, exporter(), uuid);
        if (response.status != 200) {
            err << "audit " << uuid << ": " << QString::fromUtf8(response.body) << '\n';
            return std::nullopt;
        }
        QJsonObject json = QJsonDocument::fromJson(response.body).object();
        const QString site =
            json.value(QLatin1String("audit")).toObject().value(QLatin1String("site")).toString();
        QSqlQuery name = db.prepare(QStringLiteral("SELECT name FROM sites WHERE id = ?"));
        name.addBindValue(site);
        if (exec(name) && name.next())
            json.insert(QStringLiteral("siteName"), name.value(0).toString());
        return json;
    }

    // Every stored audit within the filters (the day is the site's, as in the reports), oldest
    // first.
    std::optional<QJsonArray> audits(const Options &options, QTextStream &err)
    {
        auto found =
            QueryBuilder(QStringLiteral("SELECT a.uuid, a.started_at, s.timezone"
                                        " FROM audits a JOIN sites s ON s.id = a.site_id"))
                .whereEquals("s.region_id",
                             options.value(QStringLiteral("region")).value_or(QString()))
                .whereEquals("a.site_id", options.value(QStringLiteral("site")).value_or(QString()))
                .run(db, QStringLiteral(" ORDER BY a.started_at, a.uuid"));
        if (!found) {
            err << "cannot read the audits\n";
            return std::nullopt;
        }
        QSqlQuery &query = *found;
        const auto from = day(options, "from");
        const auto to = day(options, "to");
        QStringList uuids;
        while (query.next()) {
            const QDate date = dateAt(query.value(1).toString(), query.value(2).toString());
            if ((from && date < *from) || (to && date > *to))
                continue;
            uuids.append(query.value(0).toString());
        }
        query.finish();
        QJsonArray list;
        for (const QString &uuid : std::as_const(uuids)) {
            const auto json = audit(uuid, err);
            if (!json)
                return std::nullopt;
            list.append(*json);
        }
        return list;
    }

    static std::optional<QDate> day(const Options &options, const char *name)
    {
        const auto text = options.value(QLatin1String(name));
        return text ? std::optional<QDate>(QDate::fromString(*text, Qt::ISODate)) : std::nullopt;
    }

    std::optional<QJsonObject> reports(const Options &options, QTextStream &err)
    {
        QUrlQuery query;
        for (const char *name : {"region", "site", "script", "channel", "from", "to"}) {
            if (const auto value = options.value(QLatin1String(name)))
                query.addQueryItem(QLatin1String(name), *value);
        }
        const QString regionId = options.value(QStringLiteral("region")).value_or(QString());
        QJsonObject region{{QStringLiteral("id"), regionId}};
        QSqlQuery name = db.prepare(QStringLiteral("SELECT name FROM regions WHERE id = ?"));
        name.addBindValue(regionId);
        if (exec(name) && name.next())
            region.insert(QStringLiteral("name"), name.value(0).toString());
        else if (!regionId.isEmpty()) {
            err << "no region \"" << regionId << "\"\n";
            return std::nullopt;
        }
        QJsonObject all{
            {QStringLiteral("region"), region},
            {QStringLiteral("from"), options.value(QStringLiteral("from")).value_or(QString())},
            {QStringLiteral("to"), options.value(QStringLiteral("to")).value_or(QString())},
            {QStringLiteral("generatedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
        for (const QString &report : reportNames()) {
            const ApiResponse response = reportResponse(*context, exporter(), report, query);
            if (response.status != 200) {
                err << "report " << report << ": " << QString::fromUtf8(response.body) << '\n';
                return std::nullopt;
            }
            all.insert(report, QJsonDocument::fromJson(response.body).object());
        }
        return all;
    }
};

bool writeFile(const QString &fileName, const QByteArray &data, QTextStream &err)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        err << "cannot write " << fileName << ": " << file.errorString() << '\n';
        return false;
    }
    return true;
}

int exportCommand(const QStringList &arguments, Streams streams)
{
    const Options options(arguments,
                          {QStringLiteral("db"), QStringLiteral("database"),
                           QStringLiteral("format"), QStringLiteral("region"),
                           QStringLiteral("site"), QStringLiteral("from"), QStringLiteral("to"),
                           QStringLiteral("out")},
                          {});
    const QStringList words = options.positional();
    const QString what = words.value(0);
    const auto database = options.value(QStringLiteral("db"))
                              ? options.value(QStringLiteral("db"))
                              : options.value(QStringLiteral("database"));
    const auto out = options.value(QStringLiteral("out"));
    bool usable = options.ok() && database && out;
    if (what == QLatin1String("audits") || what == QLatin1String("answers"))
        usable = usable && words.size() == 1 &&
                 options.value(QStringLiteral("format")).value_or(QStringLiteral("csv")) ==
                     QLatin1String("csv");
    else if (what == QLatin1String("audit"))
        usable = usable && words.size() == 2;
    else if (what == QLatin1String("report"))
        usable = usable && words.size() == 1;
    else
        usable = false;
    for (const char *name : {"from", "to"}) {
        if (const auto text = options.value(QLatin1String(name)))
            usable = usable && QDate::fromString(*text, Qt::ISODate).isValid();
    }
    if (!usable) {
        if (!options.ok())
            streams.err << options.error() << '\n';
        streams.err << kUsage;
        return Usage;
    }
    Exporter exporter;
    if (!exporter.open(*database, streams.err))
        return Invalid;
    QString error;
    if (what == QLatin1String("audit")) {
        const auto audit = exporter.audit(words[1], streams.err);
        if (!audit)
            return Invalid;
        if (!exporting::writeAuditPdf(*audit, *out, &error)) {
            streams.err << error << '\n';
            return Invalid;
        }
        streams.out << "audit " << words[1] << " written to " << *out << '\n';
        return Success;
    }
    if (what == QLatin1String("report")) {
        const auto reports = exporter.reports(options, streams.err);
        if (!reports)
            return Invalid;
        if (!exporting::writeRegionReportPdf(*reports, *out, &error)) {
            streams.err << error << '\n';
            return Invalid;
        }
        streams.out << "report written to " << *out << '\n';
        return Success;
    }
    const auto audits = exporter.audits(options, streams.err);
    if (!audits)
        return Invalid;
    const QByteArray csv = what == QLatin1String("audits") ? exporting::auditsCsv(*audits)
                                                           : exporting::answersCsv(*audits);
    if (!writeFile(*out, csv, streams.err))
        return Invalid;
    streams.out << audits->size() << " audits written to " << *out << '\n';
    return Success;
}

} // namespace

int exportMain(int argc, char *argv[])
{
    // PDFs need a QGuiApplication; on a machine without a display, the offscreen platform.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("touchpoint-server"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!server::initialiseCrypto()) {
        err << "libsodium failed to start\n";
        return Invalid;
    }
    return exportCommand(QCoreApplication::arguments().mid(2), Streams{out, err});
}

} // namespace tp::cli
