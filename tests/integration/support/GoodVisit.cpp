#include "GoodVisit.h"

#include "core/Audit.h"
#include "support/TestPaths.h"
#include "ui/AuditSession.h"
#include "ui/FieldApp.h"

#include <QTest>

namespace tp::test {

void answerLikeTheGoodVisit(ui::AuditSession &session)
{
    const auto good = decodeAuditFile(sourcePath(QStringLiteral("assets/demo/audits/good.json")));
    QVERIFY(good.ok());
    for (auto it = good.audit->answers.cbegin(); it != good.audit->answers.cend(); ++it) {
        if (it->notApplicable)
            QVERIFY2(session.setNotApplicable(it.key(), true), qPrintable(session.lastError()));
        else if (!it->value.isUndefined() && !it->value.isNull())
            QVERIFY2(session.setValue(it.key(), it->value.toVariant()),
                     qPrintable(session.lastError()));
    }
    for (const char *moment : {"entered", "greeted", "served", "paid", "left"})
        QVERIFY(session.tapMoment(QLatin1String(moment)));
}

ui::AppOptions phoneOptions(const QString &folder, quint16 port)
{
    ui::AppOptions options;
    options.databaseFile = folder + QStringLiteral("/touchpoint.sqlite");
    options.photoFolder = folder + QStringLiteral("/photos");
    options.demo = true;
    options.serverUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    options.tokenInFileOnly = true;
    return options;
}

QString assignmentState(ui::FieldApp &app, const QString &assignment)
{
    const auto info = app.context().organisation->assignment(assignment);
    return info ? info->state : QString();
}

QString historySyncState(ui::FieldApp &app, const QString &uuid)
{
    for (const ui::HistoryRow &row : app.history()->model()->rows()) {
        if (row.uuid == uuid)
            return row.syncState;
    }
    return QString();
}

} // namespace tp::test
