// Audit intake (PUT, idempotent on the audit's uuid; POST /audits/bulk, many audits in one
// request, each answered as its PUT would be) and reading audits back.

#include "api/Api.h"
#include "api/AuditFiling.h"
#include "api/ReviewViews.h"

#include "core/JsonFields.h"
#include "core/JsonText.h"
#include "http/ApiServer.h"
#include "http/JsonBody.h"

#include <QSet>

namespace tp::server {

namespace {

ApiResponse putAudit(ApiRequest &request, ServerContext &context)
{
    const QString uuid = request.param("uuid");
    if (!isValidUuid(uuid))
        return badRequest(QStringLiteral("invalid_uuid"),
                          QStringLiteral("the path must name a lowercase UUID"));
    // The core's decoder parses the audit and names what is wrong with it; the limits first.
    if (auto refusal = refuseOversizedJson(request, context.settings))
        return *refusal;
    AuditDecodeResult decoded = decodeAudit(request.body);
    if (decoded.ok() && decoded.audit->uuid != uuid)
        return ApiResponse::error(422, QStringLiteral("uuid_mismatch"),
                                  QStringLiteral("the body's uuid %1 is not the path's %2")
                                      .arg(decoded.audit->uuid, uuid));
    auto prepared = prepareFiling(context, request.user(), std::move(decoded));
    if (auto *answer = std::get_if<ApiResponse>(&prepared))
        return *answer;
    return storeFilings(context, request.user(), {std::get<AuditFiling>(std::move(prepared))})
        .first();
}

// Many audits in one request: a phone with a queue sends them a few dozen at a time instead of
// one round trip each. Each audit is checked, stored and answered on its own, as PUT
// /audits/{uuid} would: one refused or failing leaves the others stored.
ApiResponse postAuditsBulk(ApiRequest &request, ServerContext &context)
{
    const auto body = readJsonBody(request, context.settings);
    if (!body)
        return body.refusal();
    Issues issues;
    JsonFields fields(*body, QString(), issues);
    const auto audits = fields.array("audits", Need::Required, context.settings.maxBulkAudits);
    fields.reportUnknownFields();
    if (audits && audits->isEmpty())
        issues.append({QStringLiteral("audits"), QStringLiteral("empty"),
                       QStringLiteral("'audits' has no entries")});
    QStringList uuids;
    if (audits) {
        QSet<QString> seen;
        for (qsizetype i = 0; i < audits->size(); ++i) {
            uuids.append(audits->at(i).toObject().value(QLatin1String("uuid")).toString());
            const QString &uuid = uuids.last();
            if (uuid.isEmpty())
                continue;
            if (seen.contains(uuid))
                issues.append({QStringLiteral("audits[%1]/uuid").arg(i),
                               QStringLiteral("duplicate"),
                               QStringLiteral("audit %1 is in the request twice").arg(uuid)});
            seen.insert(uuid);
        }
    }
    if (!issues.isEmpty())
        return unprocessable(QStringLiteral("invalid_body"),
                             QStringLiteral("the bulk upload is not valid"), issues);

    QList<ApiResponse> answers(audits->size());
    QList<AuditFiling> filings;
    QList<qsizetype> filingIndex;
    for (qsizetype i = 0; i < audits->size(); ++i) {
        const QJsonValue value = audits->at(i);
        if (!value.isObject()) {
            answers[i] = badRequest(QStringLiteral("invalid_json"),
                                    QStringLiteral("an audit must be a JSON object"));
            continue;
        }
        auto prepared = prepareFiling(context, request.user(), decodeAuditObject(value.toObject()));
        if (auto *answer = std::get_if<ApiResponse>(&prepared)) {
            answers[i] = std::move(*answer);
            continue;
        }
        filings.append(std::get<AuditFiling>(std::move(prepared)));
        filingIndex.append(i);
    }
    const QList<ApiResponse> stored = storeFilings(context, request.user(), filings);
    for (qsizetype k = 0; k < stored.size(); ++k)
        answers[filingIndex[k]] = stored[k];

    ApiResponse response;
    response.body = R"({"results":[)";
    for (qsizetype i = 0; i < answers.size(); ++i) {
        if (i > 0)
            response.body += ',';
        response.body += R"({"uuid":)";
        if (uuids[i].isEmpty())
            response.body += "null";
        else
            jsontext::appendString(response.body, uuids[i]);
        response.body += R"(,"status":)" + QByteArray::number(answers[i].status) + R"(,"body":)" +
                         answers[i].body + '}';
        // One line per audit, as for PUT, so the log tells what became of each.
        qCInfo(lcApi).noquote() << "BULK"
                                << QStringLiteral("/api/v1/audits/%1").arg(uuids[i].left(40))
                                << answers[i].status;
    }
    response.body += "]}";
    return response;
}

ApiResponse getAudit(ApiRequest &request, ServerContext &context)
{
    return auditDetailResponse(context, request.user(), request.param("uuid"));
}

} // namespace

void addAuditRoutes(Router &router, ServerContext &context)
{
    router.add("PUT", "/audits/{uuid}", Access::SignedIn,
               {Role::Shopper, Role::Executive, Role::Admin},
               [&context](ApiRequest &r) { return putAudit(r, context); });
    router.add("POST", "/audits/bulk", Access::SignedIn,
               {Role::Shopper, Role::Executive, Role::Admin},
               [&context](ApiRequest &r) { return postAuditsBulk(r, context); });
    router.add("GET", "/audits/{uuid}", Access::SignedIn, {},
               [&context](ApiRequest &r) { return getAudit(r, context); });
}

} // namespace tp::server
