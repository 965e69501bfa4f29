// Exports from the manager screens, written into the app's data folder (exports/): the audits of
// the selection and their answers as CSV, the audit on screen and the region report as PDF.
#include "export/CsvExport.h"
#include "export/PdfExport.h"
#include "ui/ManagerApi.h"
#include "ui/ManagerController.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <memory>

namespace tp::ui {

QString ManagerController::exportFolder() const
{
    return QFileInfo(m_context.options.databaseFile).dir().filePath(QStringLiteral("exports"));
}

QUrl ManagerController::exportFolderUrl() const
{
    return QUrl::fromLocalFile(exportFolder());
}

QString ManagerController::exportFileName(const QString &stem, const QString &suffix) const
{
    QDir().mkpath(exportFolder());
    const QString scope = !m_region.isEmpty() ? m_region
                          : isStoreManager()  ? QStringLiteral("store")
                                              : QStringLiteral("all-regions");
    return QDir(exportFolder())
        .filePath(QStringLiteral("%1-%2-%3.%4")
                      .arg(stem, scope, QDate::currentDate().toString(Qt::ISODate), suffix));
}

void ManagerController::finishExportFile(const QString &fileName, bool ok, const QString &error)
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
        setError(tr("The export failed: %1").arg(error));
    }
    emit exportChanged();
}

void ManagerController::finishExport(const QString &fileName, const QByteArray &bytes)
{
    QSaveFile file(fileName);
    const bool ok =
        file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
    finishExportFile(fileName, ok, file.errorString());
}

void ManagerController::exportAuditsCsv()
{
    if (auditList().isEmpty()) {
        setError(tr("No audits to export for this selection."));
        return;
    }
    finishExport(exportFileName(QStringLiteral("audits"), QStringLiteral("csv")),
                 exporting::auditsCsv(auditList()));
}

// One row per answer needs every audit whole: they are fetched one after another, with
// progress, and written once all are in.
void ManagerController::exportAnswersCsv()
{
    const QJsonArray list = auditList();
    if (list.isEmpty()) {
        setError(tr("No audits to export for this selection."));
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
        m_api->get(QStringLiteral("/audits/") + uuid, {},
                   [this, index, whole, next](const ManagerApi::Answer &answer) {
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

void ManagerController::exportAuditPdf()
{
    if (m_auditJson.isEmpty())
        return;
    const QString fileName = exportFileName(
        QStringLiteral("audit-") + m_audit.value(QStringLiteral("uuid")).toString().left(8),
        QStringLiteral("pdf"));
    QString error;
    const bool ok = exporting::writeAuditPdf(m_auditJson, fileName, &error);
    finishExportFile(fileName, ok, error);
}

void ManagerController::exportReportPdf()
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
