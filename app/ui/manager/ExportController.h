#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace tp::ui {

class ManagerFeed;
class ReportsController;
class ReviewController;

// Exports from the manager screens into the app's data folder (exports/): the audits of the
// selection and their answers as CSV, the open audit and the region report as PDF.
class ExportController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the manager controller owns the exports")

    Q_PROPERTY(bool exporting READ exporting NOTIFY exportChanged)
    Q_PROPERTY(QString exportText READ exportText NOTIFY exportChanged)
    Q_PROPERTY(QUrl exportUrl READ exportUrl NOTIFY exportChanged)
    Q_PROPERTY(QUrl exportFolderUrl READ exportFolderUrl CONSTANT)

public:
    ExportController(ManagerFeed *feed, ReportsController *reports, ReviewController *review,
                     QObject *parent = nullptr);

    bool exporting() const { return m_exporting; }
    QString exportText() const { return m_exportText; }
    QUrl exportUrl() const { return m_exportUrl; }
    QUrl exportFolderUrl() const;
    QString exportFolder() const;
    QJsonObject reportsForExport() const;
    void clear();

    Q_INVOKABLE void exportAuditsCsv();
    Q_INVOKABLE void exportAnswersCsv();
    Q_INVOKABLE void exportAuditPdf();
    Q_INVOKABLE void exportReportPdf();

signals:
    void exportChanged();

private:
    QJsonArray auditList() const;
    // `then` once every page of the selection's audits is loaded (the list loads as it scrolls).
    void withEveryAudit(const std::function<void()> &then);
    void writeAuditsCsv();
    void writeAnswersCsv();
    void finishExport(const QString &fileName, const QByteArray &bytes);
    void finishExportFile(const QString &fileName, bool ok, const QString &error);
    QString exportFileName(const QString &stem, const QString &suffix) const;

    ManagerFeed *m_feed;
    ReportsController *m_reports;
    ReviewController *m_review;
    bool m_exporting = false;
    QString m_exportText;
    QUrl m_exportUrl;
};

} // namespace tp::ui
