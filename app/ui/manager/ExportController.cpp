// Exports from the manager screens, written into the app's data folder (exports/): the audits of
// the selection and their answers as CSV, the audit on screen and the region report as PDF.
#include "ui/manager/ExportController.h"
#include "export/CsvExport.h"
#include "export/PdfExport.h"
#include "ui/manager/ManagerFeed.h"
#include "ui/manager/ReportsController.h"
#include "ui/manager/ReviewController.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QUrlQuery>

#include <memory>

namespace tp::ui {

namespace {

const QString kReports[] = {QStringLiteral("ranking"),     QStringLiteral("trend"),
                            QStringLiteral("departments"), QStringLiteral("nps"),
                            QStringLiteral("heatmap"),     QStringLiteral("consistency")};

} // namespace

ExportController::ExportController(ManagerFeed *feed, ReportsController *reports,
                                   ReviewController *review, QObject *parent)
    : QObject(parent)
    , m_feed(feed)
    , m_reports(reports)
    , m_review(review)
{
}

void ExportController::clear()
{
    m_exportText.clear();
    m_exportUrl.clear();
    emit exportChanged();
}

QJsonArray ExportController::auditList() const
{
    return m_feed->value(QStringLiteral("audits")).toArray();
}

QJsonObject ExportController::reportsForExport() const
{
    QJsonObject reports;
    for (const QString &name : kReports) {
        const QJsonValue value = m_feed->value(name);
        if (!value.isUndefined())
            reports.insert(name, value);
    }
    const QUrlQuery period = m_feed->periodQuery();
    reports.insert(QStringLiteral("region"), m_reports->regionText());
    reports.insert(QStringLiteral("from"), period.queryItemValue(QStringLiteral("from")));
    reports.insert(QStringLiteral("to"), period.queryItemValue(QStringLiteral("to")));
    const QDateTime fetched = m_feed->dataTime();
    reports.insert(QStringLiteral("generatedAt"),
                   (fetched.isValid() ? fetched : QDateTime::currentDateTimeUtc())
                       .toUTC()
                       .toString(Qt::ISODateWithMs));
    return reports;
}

QString ExportController::exportFolder() const
{
    return QFileInfo(m_feed->context().options.databaseFile)
        .dir()
        .filePath(QStringLiteral("exports"));
}

QUrl ExportController::exportFolderUrl() const
{
    return QUrl::fromLocalFile(exportFolder());
}

QString ExportController::exportFileName(const QString &stem, const QString &suffix) const
{
    QDir().mkpath(exportFolder());
    const QString scope = !m_feed->region().isEmpty() ? m_feed->region()
                          : m_feed->isStoreManager()  ? QStringLiteral("store")
                                                      : QStringLiteral("all-regions");
    return QDir(exportFolder())
        .filePath(QStringLiteral("%1-%2-%3.%4")
                      .arg(stem, scope, QDate::currentDate().toString(Qt::ISODate), suffix));
}

void ExportController::finishExportFile(const QString &fileName, bool ok, const QString &error)
{
    m_exporting = false;
    if (ok) {
        m_exportUrl = QUrl::fromLocalFile(fileName);
        m_exportText =
            tr("Saved %1 in %2")
                .arg(QFileInfo(fileName).fileName(), QDir::toNativeSeparators(exportFolder()));
    } else {
        m_exportUrl.clear();
        m_exportText.clear();
        m_feed->setError(tr("The export failed: %1").arg(error));
    }
    emit exportChanged();
}

void ExportController::finishExport(const QString &fileName, const QByteArray &bytes)
{
    QSaveFile file(fileName);
    const bool ok =
        file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
    finishExportFile(fileName, ok, file.errorString());
}

void ExportController::withEveryAudit(const std::function<void()> &then)
{
    const QString audits = QStringLiteral("audits");
    if (!m_feed->hasMore(audits)) {
        then();
        return;
    }
    m_feed->startRequest(tr("Fetching every audit of the selection…"));
    m_feed->fetchAll(audits, [this, then](bool ok) {
        m_feed->finishRequest();
        if (ok)
            then();
    });
}

void ExportController::exportAuditsCsv()
{
    withEveryAudit([this] { writeAuditsCsv(); });
}

void ExportController::writeAuditsCsv()
{
    if (auditList().isEmpty()) {
        m_feed->setError(tr("No audits to export for this selection."));
        return;
    }
    finishExport(exportFileName(QStringLiteral("audits"), QStringLiteral("csv")),
                 exporting::auditsCsv(auditList()));
}

// One row per answer needs every audit whole: they are fetched one after another, with
// progress, and written once all are in.
void ExportController::exportAnswersCsv()
{
    withEveryAudit([this] { writeAnswersCsv(); });
}

void ExportController::writeAnswersCsv()
{
    const QJsonArray list = auditList();
    if (list.isEmpty()) {
        m_feed->setError(tr("No audits to export for this selection."));
        return;
    }
    if (m_exporting)
        return;
    m_exporting = true;
    m_exportText = tr("Fetching %1 audits…").arg(list.size());
    emit exportChanged();
    auto whole = std::make_shared<QJsonArray>();
    auto next = std::make_shared<std::function<void(int)>>();
    *next = [this, list, whole, next](int index) {
        if (index == list.size()) {
            finishExport(exportFileName(QStringLiteral("answers"), QStringLiteral("csv")),
                         exporting::answersCsv(*whole));
            *next = nullptr; // ends the cycle of shared pointers
            return;
        }
        m_exportText = tr("Fetching audit %1 of %2…").arg(index + 1).arg(list.size());
        emit exportChanged();
        const QString uuid = list.at(index).toObject().value(QLatin1String("uuid")).toString();
        m_feed->api()->get(QStringLiteral("/audits/") + uuid, {},
                           [this, index, whole, next](const sync::ManagerApi::Answer &answer) {
                               if (!answer.reply.ok()) {
                                   finishExportFile(QString(), false, answer.reply.message);
                                   *next = nullptr;
                                   return;
                               }
                               whole->append(answer.body);
                               (*next)(index + 1);
                           });
    };
    (*next)(0);
}

void ExportController::exportAuditPdf()
{
    if (m_review->auditJson().isEmpty())
        return;
    const QString fileName = exportFileName(
        QStringLiteral("audit-") + m_review->audit()->uuid().left(8), QStringLiteral("pdf"));
    QString error;
    const bool ok = exporting::writeAuditPdf(m_review->auditJson(), fileName, &error);
    finishExportFile(fileName, ok, error);
}

void ExportController::exportReportPdf()
{
    const QString fileName = exportFileName(QStringLiteral("report"), QStringLiteral("pdf"));
    m_exporting = true;
    m_exportText = tr("Writing the report…");
    emit exportChanged();
    QString error;
    const bool ok = exporting::writeRegionReportPdf(reportsForExport(), fileName, &error);
    finishExportFile(fileName, ok, error);
}

} // namespace tp::ui
