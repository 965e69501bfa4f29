#include "MatrixWorld.h"

#include "DemoAudits.h"

#include <QCryptographicHash>

namespace tp::test {

namespace {

// Accepts an assignment through the API; if that fails, in the database, with a note.
bool accept(MatrixWorld &world, const QString &shopper, const QString &assignment, QString *error)
{
    const QString token = world.fixture->token(shopper, error);
    if (token.isEmpty())
        return false;
    const ApiReply reply = world.fixture->api().post(
        QStringLiteral("/assignments/%1/accept").arg(assignment), QByteArray(), token);
    if (reply.status == 200)
        return true;
    world.notes.append(QStringLiteral("%1 could not accept %2 through the API (%3); accepted in "
                                      "the database")
                           .arg(shopper, assignment, reply.describe()));
    return world.fixture->db().exec(
        QStringLiteral("UPDATE assignments SET state = 'accepted' WHERE id = ?"), {assignment},
        error);
}

void upload(MatrixWorld &world, const QString &user, const QByteArray &bytes)
{
    QString error;
    const QString token = world.fixture->token(user, &error);
    const ApiReply reply = world.fixture->api().put(QStringLiteral("/photos/") + sha256Hex(bytes),
                                                    bytes, token, "image/jpeg");
    if (reply.status != 201 && reply.status != 200)
        world.notes.append(
            QStringLiteral("%1 could not upload a photo: %2").arg(user, reply.describe()));
}

bool file(MatrixWorld &world, const QString &user, const QJsonObject &audit, QString *error)
{
    const QString token = world.fixture->token(user, error);
    if (token.isEmpty())
        return false;
    const ApiReply reply = world.fixture->api().put(
        QStringLiteral("/audits/") + audit.value(QStringLiteral("uuid")).toString(), audit, token);
    if (reply.status == 201)
        return true;
    *error = QStringLiteral("%1 could not file audit %2: %3")
                 .arg(user, audit.value(QStringLiteral("uuid")).toString(), reply.describe());
    return false;
}

// Approves through the review route as the region's manager; if that fails, in the database,
// with a note.
bool approve(MatrixWorld &world, const QString &reviewer, const QString &uuid, QString *error)
{
    const QString token = world.fixture->token(reviewer, error);
    if (token.isEmpty())
        return false;
    const ApiReply reply = world.fixture->api().post(
        QStringLiteral("/audits/%1/review").arg(uuid),
        QJsonObject{{QStringLiteral("decision"), QStringLiteral("approve")}}, token);
    if (reply.status == 200)
        return true;
    world.notes.append(QStringLiteral("%1 could not approve %2 through the API (%3); approved in "
                                      "the database")
                           .arg(reviewer, uuid, reply.describe()));
    return world.fixture->db().exec(
        QStringLiteral("UPDATE audits SET state = 'approved' WHERE uuid = ?"), {uuid}, error);
}

} // namespace

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray photoBytes(const QString &label)
{
    return QByteArrayLiteral("\xff\xd8\xff\xe0 touchpoint matrix photo ") + label.toUtf8();
}

std::unique_ptr<MatrixWorld> MatrixWorld::create(BackendHarness &harness, const QString &backend,
                                                 QString *error)
{
    auto world = std::make_unique<MatrixWorld>();
    world->fixture = harness.createFixture(backend, error);
    if (!world->fixture)
        return nullptr;
    for (const char *user :
         {"admin", "manager1", "manager2", "exec1", "shopper1", "shopper2", "store1"}) {
        if (world->fixture->token(QLatin1String(user), error).isEmpty())
            return nullptr;
    }
    world->photo1 = photoBytes(QStringLiteral("one"));
    world->photo2 = photoBytes(QStringLiteral("two"));
    upload(*world, QStringLiteral("shopper1"), world->photo1);

    if (!accept(*world, QStringLiteral("shopper1"), QStringLiteral("demo-bend-visit"), error))
        return nullptr;
    QJsonObject bend = mysteryShop(QStringLiteral("shopper1"), QStringLiteral("demo-bend-visit"),
                                   QStringLiteral("store-bend"), 44.068851, -121.31417);
    QJsonObject answers = bend.value(QStringLiteral("answers")).toObject();
    QJsonObject photoAnswer = answers.value(QStringLiteral("storefront_photo")).toObject();
    photoAnswer.insert(QStringLiteral("photos"), QJsonArray{sha256Hex(world->photo1)});
    answers.insert(QStringLiteral("storefront_photo"), photoAnswer);
    bend.insert(QStringLiteral("answers"), answers);
    if (!file(*world, QStringLiteral("shopper1"), bend, error))
        return nullptr;
    world->bendAuditBody = bend;
    world->bendAudit = bend.value(QStringLiteral("uuid")).toString();
    if (!approve(*world, QStringLiteral("manager1"), world->bendAudit, error))
        return nullptr;

    const QJsonObject self = selfAudit(QStringLiteral("exec1"));
    if (!file(*world, QStringLiteral("exec1"), self, error))
        return nullptr;
    world->execAuditBody = self;
    world->execAudit = self.value(QStringLiteral("uuid")).toString();

    if (!accept(*world, QStringLiteral("shopper2"), QStringLiteral("demo-brussels-visit"), error))
        return nullptr;
    const QJsonObject brussels =
        mysteryShop(QStringLiteral("shopper2"), QStringLiteral("demo-brussels-visit"),
                    QStringLiteral("store-brussels-centre"), 50.840203, 4.347110);
    if (!file(*world, QStringLiteral("shopper2"), brussels, error))
        return nullptr;
    world->brusselsAudit = brussels.value(QStringLiteral("uuid")).toString();
    if (!approve(*world, QStringLiteral("manager2"), world->brusselsAudit, error))
        return nullptr;

    upload(*world, QStringLiteral("shopper2"), world->photo2);
    return world;
}

} // namespace tp::test
