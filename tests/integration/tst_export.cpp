// Exports through the real `touchpoint-server export` binary on a fixture database (SQLite and
// PostgreSQL): the CSVs parse back (RFC 4180, with a small parser below) with one row per audit
// and one per answer, fields with commas, quotes, newlines and non-ASCII text intact; the PDFs
// render with pdftoppm and their text (pdftotext) names the sites. Both tools come from Debian's
// poppler-utils, which tools/setup installs: without them these tests fail, they do not skip.
//
// The fixture: exec1's self-audits, filed through the API:
//   A1 good.json     store-bend            2026-03-14  12 answers, a note with every hard case
//   A2 failing.json  store-portland        2026-03-18  (its own answers)
//   A3 good.json     store-brussels-centre 2026-03-20
//   C1 support-call-good.json support-americas 2026-03-17
// All approved except A3 (submitted).

#include "DemoAudits.h"
#include "ServerFixture.h"
#include "support/TestPaths.h"

#include "auth/Passwords.h"
#include "export/CsvExport.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tp::test;

namespace {

QString str(const char *text)
{
    return QString::fromLatin1(text);
}

// A note with every case a CSV writer can get wrong.
const QString kHardNote = QString::fromUtf8(
    "Zoë said \"hello, welcome\" — twice;\r\nthen: café «très bien», 東京, a,b,,c \"\"");

// RFC 4180: records end with CRLF; a field is quoted when it holds a comma, a quote, CR or LF,
// and a quote inside is doubled. Returns nothing when the text breaks those rules.
std::optional<QList<QStringList>> parseCsv(const QByteArray &bytes)
{
    if (!bytes.startsWith("\xEF\xBB\xBF"))
        return std::nullopt; // the exports promise a byte-order mark
    const QString text = QString::fromUtf8(bytes.mid(3));
    QList<QStringList> records;
    QStringList record;
    QString field;
    qsizetype i = 0;
    const qsizetype n = text.size();
    bool atFieldStart = true;
    while (i < n) {
        const QChar c = text[i];
        if (atFieldStart && c == QLatin1Char('"')) {
            ++i;
            while (true) {
                if (i >= n)
                    return std::nullopt; // unterminated quote
                if (text[i] == QLatin1Char('"')) {
                    if (i + 1 < n && text[i + 1] == QLatin1Char('"')) {
                        field += QLatin1Char('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text[i++];
            }
            atFieldStart = false;
            if (i < n && text[i] != QLatin1Char(',') && text[i] != QLatin1Char('\r'))
                return std::nullopt; // text after a closing quote
            continue;
        }
        if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
            atFieldStart = true;
            ++i;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 >= n || text[i + 1] != QLatin1Char('\n'))
                return std::nullopt; // a bare CR outside quotes
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            atFieldStart = true;
            i += 2;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('"')) {
            return std::nullopt; // a bare LF, or a quote inside an unquoted field
        } else {
            field += c;
            atFieldStart = false;
            ++i;
        }
    }
    if (!record.isEmpty() || !field.isEmpty())
        return std::nullopt; // the last record must end with CRLF
    return records;
}

QString column(const QList<QStringList> &records, int row, const char *name)
{
    const qsizetype index = records.first().indexOf(QLatin1String(name));
    return index >= 0 && row < records.size() ? records[row].value(index) : QString();
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { BackendHarness::addBackendRows(); }
    void initTestCase();
    void init();
    void cleanup() { m_fixture.reset(); }

    void parserRefusesBrokenCsv();
    void csvOfHandMadeRows();
    void auditsCsvOneRowPerAudit();
    void answersCsvOneRowPerAnswer();
    void auditPdfRendersWithItsSite();
    void regionReportPdfRendersWithItsSites();
    void refusals();

private:
    ServerFixture &server() { return *m_fixture; }
    QString file(const char *name, const char *site, const char *day, bool withHardNote);
    bool loadFixture();
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }
    QByteArray readOut(const char *name) const;
    QString pdfText(const QString &pdf);
    int renderedPages(const QString &pdf, const QString &prefix);

    BackendHarness m_harness;
    std::unique_ptr<ServerFixture> m_fixture;
    QTemporaryDir m_dir;
    QString m_pdftoppm;
    QString m_pdftotext;
    QStringList m_uuids;
    int m_answers = 0;         // in A1, A2, A3, C1
    int m_americasAnswers = 0; // in A1, A2, C1
};

void TestExport::initTestCase()
{
    QVERIFY(tp::server::initialiseCrypto());
    QVERIFY(m_dir.isValid());
    // TP_KEEP_EXPORTS=1 keeps the exported files, to look at them.
    if (qEnvironmentVariableIntValue("TP_KEEP_EXPORTS")) {
        m_dir.setAutoRemove(false);
        qInfo().noquote() << "exports kept in" << m_dir.path();
    }
    m_pdftoppm = QStandardPaths::findExecutable(str("pdftoppm"));
    m_pdftotext = QStandardPaths::findExecutable(str("pdftotext"));
    QVERIFY2(!m_pdftoppm.isEmpty() && !m_pdftotext.isEmpty(),
             "pdftoppm and pdftotext are needed: install poppler-utils (tools/setup does)");
    m_harness.startCluster();
}

void TestExport::init()
{
    QFETCH_GLOBAL(QString, backend);
    QString error;
    m_fixture = m_harness.createFixture(backend, &error);
    QVERIFY2(m_fixture, qPrintable(error));
    QVERIFY(loadFixture());
}

QString TestExport::file(const char *name, const char *site, const char *day, bool withHardNote)
{
    QJsonObject audit =
        readJsonFile(sourcePath(QStringLiteral("assets/demo/audits/") + QLatin1String(name)));
    const QJsonObject base = selfAudit(str("exec1"), QLatin1String(site));
    for (const char *key : {"uuid", "auditor", "mode", "site"})
        audit.insert(QLatin1String(key), base.value(QLatin1String(key)));
    audit.remove(str("assignment"));
    audit.remove(str("checkIn"));
    QJsonObject answers = audit.value(str("answers")).toObject();
    if (withHardNote) {
        QJsonObject first = answers.begin().value().toObject();
        first.insert(str("note"), kHardNote);
        answers.insert(answers.begin().key(), first);
        audit.insert(str("answers"), answers);
    }
    const QString original = audit.value(str("startedAt")).toString().left(10);
    QByteArray json = toJsonBytes(audit);
    json.replace(original.toLatin1(), QByteArray(day));
    audit = QJsonDocument::fromJson(json).object();
    const QString uuid = audit.value(str("uuid")).toString();
    const ApiReply filed =
        server().api().put(str("/audits/") + uuid, audit, server().token("exec1"));
    if (filed.status != 201) {
        qWarning("filing answered %s", qPrintable(filed.describe()));
        return {};
    }
    m_answers += int(answers.size());
    if (QLatin1String(site) != QLatin1String("store-brussels-centre"))
        m_americasAnswers += int(answers.size());
    return uuid;
}

bool TestExport::loadFixture()
{
    m_uuids.clear();
    m_answers = 0;
    m_americasAnswers = 0;
    m_uuids << file("good.json", "store-bend", "2026-03-14", true)
            << file("failing.json", "store-portland", "2026-03-18", false)
            << file("good.json", "store-brussels-centre", "2026-03-20", true)
            << file("support-call-good.json", "support-americas", "2026-03-17", false);
    for (const QString &uuid : std::as_const(m_uuids)) {
        if (uuid.isEmpty())
            return false;
    }
    for (int i : {0, 1, 3}) {
        const ApiReply reply = server().api().post(str("/audits/%1/review").arg(m_uuids[i]),
                                                   QJsonObject{{str("decision"), str("approve")}},
                                                   server().token("admin"));
        if (reply.status != 200) {
            qWarning("review answered %s", qPrintable(reply.describe()));
            return false;
        }
    }
    return true;
}

QByteArray TestExport::readOut(const char *name) const
{
    QFile file(path(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString TestExport::pdfText(const QString &pdf)
{
    const CommandResult text = runCommand(m_pdftotext, {pdf, str("-")});
    if (!text.ok())
        qWarning().noquote() << text.describe();
    return QString::fromUtf8(text.out);
}

// Renders every page at 40 dpi; the number of PNGs written (0 when pdftoppm fails).
int TestExport::renderedPages(const QString &pdf, const QString &prefix)
{
    const CommandResult rendered =
        runCommand(m_pdftoppm, {str("-png"), str("-r"), str("40"), pdf, prefix});
    if (!rendered.ok()) {
        qWarning().noquote() << rendered.describe();
        return 0;
    }
    const QFileInfo info(prefix);
    return int(QDir(info.absolutePath())
                   .entryList({info.fileName() + QLatin1String("*.png")}, QDir::Files)
                   .size());
}

void TestExport::parserRefusesBrokenCsv()
{
    // The parser must be able to say no, or the tests below prove nothing.
    QVERIFY(parseCsv("\xEF\xBB\xBF"
                     "a,b\r\n\"c,\"\"d\"\"\",e\r\n"));
    QCOMPARE(parseCsv("\xEF\xBB\xBF"
                      "a,b\r\n\"c,\"\"d\"\"\",e\r\n")
                 ->at(1)
                 .at(0),
             str("c,\"d\""));
    for (const char *bad : {"a,b\r\n",
                            "\xEF\xBB\xBF"
                            "a,b\n",
                            "\xEF\xBB\xBF"
                            "a,\"b\r\n",
                            "\xEF\xBB\xBF"
                            "a,b\"c\r\n",
                            "\xEF\xBB\xBF"
                            "a,b"})
        QVERIFY2(!parseCsv(QByteArray(bad)), bad);
}

void TestExport::csvOfHandMadeRows()
{
    // The library on its own, on list rows: the hard note as an auditor name round-trips.
    const QJsonArray rows{
        QJsonObject{{str("uuid"), str("u1")},
                    {str("site"), str("store-bend")},
                    {str("auditor"), kHardNote},
                    {str("overall"), 87.5},
                    {str("passed"), true},
                    {str("criticalFailures"), 0}},
        QJsonObject{{str("uuid"), str("u2")}, {str("site"), str(" leading space")}}};
    const auto records = parseCsv(tp::exporting::auditsCsv(rows));
    QVERIFY(records);
    QCOMPARE(records->size(), 3);
    QCOMPARE(column(*records, 1, "auditor"), kHardNote);
    QCOMPARE(column(*records, 1, "overall"), str("87.5"));
    QCOMPARE(column(*records, 1, "passed"), str("yes"));
    QCOMPARE(column(*records, 2, "site"), str(" leading space"));
    QCOMPARE(parseCsv(tp::exporting::answersCsv({}))->size(), 1); // the header alone
}

void TestExport::auditsCsvOneRowPerAudit()
{
    CommandResult run = server().runCli(
        {str("export"), str("audits"), str("--format"), str("csv"), str("--out"), path("a.csv")});
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    auto records = parseCsv(readOut("a.csv"));
    QVERIFY(records);
    QCOMPARE(records->size(), 1 + 4);
    QStringList uuids;
    for (int row = 1; row < records->size(); ++row)
        uuids.append(column(*records, row, "uuid"));
    for (const QString &uuid : std::as_const(m_uuids))
        QVERIFY(uuids.contains(uuid));
    // The fixture's scores (assets/demo/audits/expected.json): good 96.75.
    const int bend = int(uuids.indexOf(m_uuids[0])) + 1;
    QCOMPARE(column(*records, bend, "overall"), str("96.75"));
    QCOMPARE(column(*records, bend, "site"), str("store-bend"));
    QCOMPARE(column(*records, bend, "state"), str("approved"));
    QCOMPARE(column(*records, bend, "auditor"), str("exec1"));

    // Filters: the Americas (A1, A2, C1); from the 18th on (A2, A3); one site.
    run = server().runCli({str("export"), str("audits"), str("--format"), str("csv"),
                           str("--region"), str("americas"), str("--out"), path("b.csv")});
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    QCOMPARE(parseCsv(readOut("b.csv"))->size(), 1 + 3);
    run = server().runCli({str("export"), str("audits"), str("--format"), str("csv"), str("--from"),
                           str("2026-03-18"), str("--to"), str("2026-03-31"), str("--out"),
                           path("c.csv")});
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    QCOMPARE(parseCsv(readOut("c.csv"))->size(), 1 + 2);
    run = server().runCli({str("export"), str("audits"), str("--site"), str("store-portland"),
                           str("--out"), path("d.csv")});
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    records = parseCsv(readOut("d.csv"));
    QCOMPARE(records->size(), 1 + 1);
    QCOMPARE(column(*records, 1, "uuid"), m_uuids[1]);
}

void TestExport::answersCsvOneRowPerAnswer()
{
    CommandResult run = server().runCli(
        {str("export"), str("answers"), str("--format"), str("csv"), str("--out"), path("a.csv")});
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    const QByteArray bytes = readOut("a.csv");
    QVERIFY(bytes.contains("\r\n"));
    auto records = parseCsv(bytes);
    QVERIFY(records);
    QCOMPARE(records->size(), 1 + m_answers);
    // Every record has as many fields as the header.
    for (const QStringList &record : std::as_const(*records))
        QCOMPARE(record.size(), records->first().size());
    // The hard note comes back exactly, twice (A1 and A3).
    int hard = 0;
    for (int row = 1; row < records->size(); ++row)
        hard += column(*records, row, "note") == kHardNote ? 1 : 0;
    QCOMPARE(hard, 2);
    // The call's outcome answer: value and the server's result for it.
    bool found = false;
    for (int row = 1; row < records->size(); ++row) {
        if (column(*records, row, "audit") == m_uuids[3] &&
            column(*records, row, "item") == QLatin1String("call_outcome")) {
            QCOMPARE(column(*records, row, "value"), str("resolved"));
            QCOMPARE(column(*records, row, "state"), str("scored"));
            QCOMPARE(column(*records, row, "result"), str("full"));
            found = true;
        }
    }
    QVERIFY(found);
    run = server().runCli({str("export"), str("answers"), str("--region"), str("americas"),
                           str("--out"), path("b.csv")});
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    QCOMPARE(parseCsv(readOut("b.csv"))->size(), 1 + m_americasAnswers);
}

void TestExport::auditPdfRendersWithItsSite()
{
    const CommandResult run =
        server().runCli({str("export"), str("audit"), m_uuids[0], str("--out"), path("audit.pdf")});
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    QVERIFY(readOut("audit.pdf").startsWith("%PDF-"));
    QVERIFY(renderedPages(path("audit.pdf"), path("audit-page")) >= 1);
    const QString text = pdfText(path("audit.pdf"));
    for (const char *expected : {"Northwind Outfitters Bend", "store-bend", "store-visit", "96.75",
                                 "Timeline", "greeting"})
        QVERIFY2(
            text.contains(QLatin1String(expected)),
            qPrintable(QLatin1String(expected) + QLatin1String(" not in: ") + text.left(3000)));
    // The note with non-ASCII text is in the PDF's text too.
    QVERIFY(text.contains(QString::fromUtf8("café")));
}

void TestExport::regionReportPdfRendersWithItsSites()
{
    const CommandResult run = server().runCli(
        {str("export"), str("report"), str("--region"), str("americas"), str("--from"),
         str("2026-03-01"), str("--to"), str("2026-03-31"), str("--out"), path("report.pdf")});
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    QVERIFY(renderedPages(path("report.pdf"), path("report-page")) >= 1);
    const QString text = pdfText(path("report.pdf"));
    // The Americas' sites with approved audits in March, the period and the time of the data.
    for (const char *expected :
         {"Americas", "Northwind Outfitters Bend", "Northwind Outfitters Portland Downtown",
          "Customer support, Americas", "2026-03-01", "2026-03-31", "Data as of", "Ranking",
          "Trend", "Heat map", "Net Promoter Score", "Support lines"})
        QVERIFY2(
            text.contains(QLatin1String(expected)),
            qPrintable(QLatin1String(expected) + QLatin1String(" not in: ") + text.left(3000)));
    // Nothing of the other region.
    QVERIFY(!text.contains(QLatin1String("Bruxelles")));
}

void TestExport::refusals()
{
    const QList<QStringList> bad{
        {str("export"), str("audits"), str("--format"), str("xlsx"), str("--out"), path("x")},
        {str("export"), str("audits")},
        {str("export"), str("audit"), str("--out"), path("x.pdf")},
        {str("export"), str("report"), str("--from"), str("2026-3-1"), str("--out"), path("x")},
        {str("export"), str("everything"), str("--out"), path("x")}};
    for (const QStringList &arguments : bad) {
        const CommandResult run = server().runCli(arguments);
        QVERIFY2(run.finished && run.exitCode == 2, qPrintable(run.describe()));
    }
    // An unknown audit: an error, and no file.
    const CommandResult missing = server().runCli(
        {str("export"), str("audit"), newUuid(), str("--out"), path("missing.pdf")});
    QVERIFY2(missing.finished && missing.exitCode == 1, qPrintable(missing.describe()));
    QVERIFY(!QFile::exists(path("missing.pdf")));
}

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
