#include "cli/ScoreTable.h"

namespace tp::cli {

namespace {

QString percentText(std::optional<Centi> percent)
{
    return percent ? QString::number(centiToDouble(*percent), 'f', 2) + QStringLiteral(" %")
                   : QStringLiteral("n/a");
}

QString pointsText(Centi points)
{
    return QString::number(centiToDouble(points), 'f', 2);
}

void printRow(QTextStream &out, const QStringList &cells, const QList<int> &widths)
{
    QString line;
    for (int i = 0; i < cells.size(); ++i) {
        const bool numeric = i >= 2 && i > cells.size() - 4;
        line += numeric ? cells[i].rightJustified(widths[i]) : cells[i].leftJustified(widths[i]);
        line += QLatin1String("  ");
    }
    out << line.trimmed() << '\n';
}

void printTable(QTextStream &out, const QList<QStringList> &rows)
{
    QList<int> widths(rows.first().size(), 0);
    for (const QStringList &row : rows) {
        for (int i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], int(row[i].size()));
    }
    for (const QStringList &row : rows)
        printRow(out, row, widths);
}

void printGroups(QTextStream &out, const char *title, const QList<GroupScore> &groups)
{
    QList<QStringList> rows{
        {QLatin1String(title), QStringLiteral("Weight"), QStringLiteral("Score")}};
    for (const GroupScore &group : groups)
        rows.append({group.name, pointsText(group.weight), percentText(group.percent)});
    out << '\n';
    printTable(out, rows);
}

} // namespace

void printScoreTable(QTextStream &out, const Script &script, const Audit &audit,
                     const ScoreResult &score)
{
    out << script.title << " (" << script.id << " v" << script.version << ")\n";
    out << "Audit " << audit.uuid << " at " << audit.site << " by " << audit.auditor << " ("
        << auditModeName(audit.mode) << ")\n\n";

    QList<QStringList> rows{{QStringLiteral("Section"), QStringLiteral("Touchpoint"),
                             QStringLiteral("Department"), QStringLiteral("Weight"),
                             QStringLiteral("Points"), QStringLiteral("Score")}};
    for (const SectionScore &section : score.sections) {
        const Section &definition = script.sections[section.section];
        rows.append({definition.title, definition.touchpoint, definition.department,
                     pointsText(definition.weight),
                     pointsText(section.earned) + QLatin1Char('/') + pointsText(section.possible),
                     percentText(section.percent)});
    }
    printTable(out, rows);
    printGroups(out, "Touchpoint", score.touchpoints);
    printGroups(out, "Department", score.departments);

    out << '\n';
    out << "Overall:  " << percentText(score.overall);
    if (score.overall != score.uncapped)
        out << " (capped from " << percentText(score.uncapped) << " by a critical failure)";
    out << "\nPass mark: " << percentText(script.passMark) << " -> "
        << (score.passed ? "PASSED" : "FAILED") << '\n';
    out << "Critical failures: ";
    if (score.criticalFailures.isEmpty())
        out << "none";
    for (int i = 0; i < score.criticalFailures.size(); ++i)
        out << (i ? ", " : "") << script.itemPath(score.criticalFailures[i]);
    out << '\n';
    if (!score.missingRequired.isEmpty()) {
        out << "Missing required answers: ";
        for (int i = 0; i < score.missingRequired.size(); ++i)
            out << (i ? ", " : "") << script.itemPath(score.missingRequired[i]);
        out << '\n';
    }
    if (score.nps)
        out << "Would recommend (NPS): " << *score.nps << " ("
            << npsCategoryName(npsCategory(*score.nps)) << ")\n";
    out << "Moments:";
    for (Metric metric : metricsOf(script.channel)) {
        const auto &value = score.metrics[int(metric)];
        out << ' ' << metricName(metric) << '=';
        if (!value)
            out << '-';
        else if (metricItemType(metric) == ItemType::Count)
            out << *value;
        else
            out << QString::number(*value, 'f', 1) << 's';
    }
    out << '\n';
    for (const QString &problem : score.timelineProblems)
        out << "Timeline problem: " << problem << '\n';
}

} // namespace tp::cli
