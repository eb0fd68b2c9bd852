// SPDX-License-Identifier: GPL-3.0-or-later
// `--report DIR` and `--png` end to end, through the real executable with no display, as a script
// or a CI job runs them.
#include "csvtesting.h"
#include "../app/explorerprocess.h"

#include "scenarioio.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

#include <cmath>

using namespace lle;
using lle::test::entries;
using lle::test::readAll;
using lle::test::runExplorer;
using lle::test::writeFile;

namespace {

const QStringList kPlots = {"cost.png", "environments.png", "latency.png", "latency_distribution.png",
                            "lifecycle.png"};
const QStringList kReportFiles = {"cost.png",      "environments.csv",         "environments.png", "index.html",
                                  "invocations.csv", "latency.png",            "latency_distribution.png",
                                  "lifecycle.png", "metrics.csv",              "scenario.json",    "summary.json",
                                  "timeline.csv"};

/// Throttling, keep-warm pings, a change half way and a ranged idle timeout: every part of the
/// page has something to show.
QByteArray scenarioText(const QString &name, double durationS = 120, double rate = 20)
{
    Scenario s = defaultScenario();
    s.name = name.toStdString();
    s.seed = 42;
    s.durationS = durationS;
    s.workload.pattern = WorkloadPattern::Poisson;
    s.workload.ratePerS = rate;
    s.platform.concurrencyLimit = 8;
    s.platform.idleTimeout = {true, 5, 15};
    s.workload.keepWarm = {30, 2, 1};
    s.pricing.rates["request_per_million"] = 0.25;
    if (durationS > 100)
        s.changes.push_back({90, {{"function.memory_mb", 1024.0}}});
    const std::string text = writeScenario(s);
    return QByteArray(text.data(), static_cast<qsizetype>(text.size()));
}

using testing::Csv;

Csv readCsv(const QString &path) { return testing::parseCsv(readAll(path)); }

nlohmann::json readJson(const QString &path)
{
    return nlohmann::json::parse(readAll(path).toStdString());
}

/// Every value of href="…" and src="…" in the page.
QStringList links(const QString &html)
{
    QStringList found;
    static const QRegularExpression re(QStringLiteral(R"re(\b(?:href|src)\s*=\s*["']([^"']*)["'])re"),
                                       QRegularExpression::CaseInsensitiveOption);
    for (auto it = re.globalMatch(html); it.hasNext();)
        found.append(it.next().captured(1));
    return found;
}

}  // namespace

class TestReportBundle : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_scenario;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_scenario = m_dir.filePath(QStringLiteral("api.json"));
        QVERIFY(writeFile(m_scenario, scenarioText(QStringLiteral("Checkout API"))));
    }

    void reportEndToEnd()
    {
        const QString out = m_dir.filePath(QStringLiteral("report"));
        const auto r = runExplorer({"--headless", m_scenario, "--report", out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.err, QByteArray());   // nothing on stderr: no platform chatter either
        QCOMPARE(entries(out), kReportFiles);

        // Every link resolves to a file in the folder; none needs the network.
        const QString html = QString::fromUtf8(readAll(QDir(out).filePath("index.html")));
        const QStringList refs = links(html);
        QVERIFY(refs.size() >= 5 + 6);
        for (const QString &ref : refs) {
            QVERIFY2(!ref.startsWith(QLatin1String("http:"), Qt::CaseInsensitive)
                         && !ref.startsWith(QLatin1String("https:"), Qt::CaseInsensitive)
                         && !ref.startsWith(QLatin1String("//")),
                     qPrintable(ref));
            if (ref.startsWith(QLatin1Char('#'))) {
                QVERIFY2(html.contains(QStringLiteral("id=\"%1\"").arg(ref.mid(1))), qPrintable(ref));
                continue;
            }
            QVERIFY2(QFileInfo(QDir(out).filePath(ref)).isFile(), qPrintable(ref));
        }
        for (const QString &png : kPlots)
            QVERIFY2(refs.contains(png), qPrintable(png));
        for (const char *file : {"invocations.csv", "environments.csv", "timeline.csv", "metrics.csv", "summary.json"})
            QVERIFY2(refs.contains(QLatin1String(file)), file);
        // Self-contained: no scripts, external style sheets, fonts or imports.
        for (const char *external : {"<script", "<link", "@import", "url(", "http://", "https://"})
            QVERIFY2(!html.contains(QLatin1String(external), Qt::CaseInsensitive), external);
        QVERIFY(html.contains(QLatin1String("@media print")));
        QVERIFY(html.contains(QLatin1String("size: A4")));

        // The page names what a reader needs to trust it.
        const auto summary = readJson(QDir(out).filePath("summary.json"));
        QVERIFY(html.contains(QLatin1String("Checkout API")));
        QVERIFY(html.contains(QLatin1String(LLE_VERSION)));
        QVERIFY(html.contains(QLatin1String(LLE_MODEL_VERSION)));
        QVERIFY(html.contains(QLatin1String("init billed")));
        // Every scenario key is in the parameter table, from the file the program writes.
        const auto scenario = nlohmann::ordered_json::parse(readAll(QDir(out).filePath("scenario.json")).toStdString());
        for (const char *path : {"function.memory_mb", "platform.idle_timeout_s.min", "platform.idle_timeout_s.max",
                                 "workload.keep_warm.interval_s", "pricing.rates.request_per_million",
                                 "changes[0].at_s", "changes[0].set.function.memory_mb", "function.snapstart.restore_ms"})
            QVERIFY2(html.contains(QStringLiteral("<td class=\"path\">%1</td>").arg(QLatin1String(path))), path);
        // Every line of the bill, and the override marked.
        for (const auto &[key, value] : summary["cost_usd"].items())
            QVERIFY2(html.contains(QStringLiteral("cost_usd.%1").arg(QString::fromStdString(key))), key.c_str());
        QVERIFY(html.contains(QLatin1String("override")));
        QCOMPARE(scenario["name"].get<std::string>(), std::string("Checkout API"));

        // The CSV files parse back to the summary's numbers.
        const auto &req = summary["requests"];
        const Csv inv = readCsv(QDir(out).filePath("invocations.csv"));
        QCOMPARE(static_cast<std::uint64_t>(inv.rows.size()),
                 req["total"].get<std::uint64_t>() + req["keep_warm_pings"].get<std::uint64_t>());
        const int kind = inv.column("kind"), start = inv.column("start_type"), cost = inv.column("cost_usd");
        QVERIFY(kind >= 0 && start >= 0 && cost >= 0);
        std::uint64_t cold = 0, throttled = 0, pings = 0;
        double invocationCost = 0;
        for (const auto &row : inv.rows) {
            if (row[kind] == "ping") {
                ++pings;
                continue;
            }
            cold += row[start] == "cold";
            throttled += row[start] == "throttled";
            invocationCost += row[cost].toDouble();
        }
        QCOMPARE(cold, req["cold"].get<std::uint64_t>());
        QCOMPARE(throttled, req["throttled"].get<std::uint64_t>());
        QCOMPARE(pings, req["keep_warm_pings"].get<std::uint64_t>());
        QVERIFY(throttled > 0);   // the scenario is meant to throttle
        const Csv envs = readCsv(QDir(out).filePath("environments.csv"));
        QCOMPARE(static_cast<std::uint64_t>(envs.rows.size()), summary["environments"]["created"].get<std::uint64_t>());
        const Csv metrics = readCsv(QDir(out).filePath("metrics.csv"));
        QCOMPARE(metrics.rows.size(), 120);   // 1 s buckets
        std::uint64_t arrivals = 0;
        for (const auto &row : metrics.rows)
            arrivals += row[metrics.column("arrivals")].toULongLong();
        QVERIFY(arrivals >= req["total"].get<std::uint64_t>());   // pings arrive too
        const double lastCum = metrics.rows.last()[metrics.column("cost_usd_cum")].toDouble();
        QVERIFY(std::abs(lastCum - summary["cost_usd"]["total"].get<double>()) < 1e-9);
        QVERIFY(invocationCost > 0 && invocationCost <= summary["cost_usd"]["total"].get<double>() * 1.000001);
        QVERIFY(readCsv(QDir(out).filePath("timeline.csv")).rows.size() > envs.rows.size());

        // The plots: large, drawn, and carrying their context.
        for (const QString &png : kPlots) {
            const QImage image(QDir(out).filePath(png));
            QVERIFY2(image.width() >= 1600 && image.height() >= 900, qPrintable(png));
            QCOMPARE(image.text(QStringLiteral("Scenario")), QStringLiteral("Checkout API"));
            QCOMPARE(image.text(QStringLiteral("Seed")), QStringLiteral("42"));
            QVERIFY(image.text(QStringLiteral("Software")).contains(QLatin1String(LLE_VERSION)));
            QCOMPARE(image.text(QStringLiteral("Model")), QStringLiteral(LLE_MODEL_VERSION));
            QVERIFY(!image.text(QStringLiteral("Title")).isEmpty());
        }

        // summary.json is the one --out writes, byte for byte; scenario.json reruns to the same.
        const QString plain = m_dir.filePath(QStringLiteral("plain"));
        QCOMPARE(runExplorer({"--headless", m_scenario, "--out", plain}).exitCode, 0);
        QCOMPARE(readAll(QDir(plain).filePath("summary.json")), readAll(QDir(out).filePath("summary.json")));
        QCOMPARE(readAll(QDir(plain).filePath("invocations.csv")), readAll(QDir(out).filePath("invocations.csv")));
        const QString again = m_dir.filePath(QStringLiteral("again"));
        QCOMPARE(runExplorer({"--headless", QDir(out).filePath("scenario.json"), "--out", again}).exitCode, 0);
        QCOMPARE(readAll(QDir(again).filePath("summary.json")), readAll(QDir(out).filePath("summary.json")));
    }

    void pngWithOut()
    {
        const QString out = m_dir.filePath(QStringLiteral("out-png"));
        const auto r = runExplorer({"--headless", m_scenario, "--out", out, "--png"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.err, QByteArray());
        QStringList expected = kPlots + QStringList{"environments.csv", "invocations.csv", "metrics.csv",
                                                    "summary.json", "timeline.csv"};
        expected.sort();
        QCOMPARE(entries(out), expected);
        for (const QString &png : kPlots)
            QCOMPARE(QImage(QDir(out).filePath(png)).size(), QSize(1600, 900));

        // With the summary alone the plots are still drawn (from their own recording).
        const QString small = m_dir.filePath(QStringLiteral("out-png-summary"));
        const auto r2 = runExplorer({"--headless", m_scenario, "--out", small, "--png", "--outputs", "summary"});
        QVERIFY2(r2.exitCode == 0, r2.err.constData());
        QStringList expected2 = kPlots + QStringList{"summary.json"};
        expected2.sort();
        QCOMPARE(entries(small), expected2);
    }

    void hostileNameIsEscaped()
    {
        const QString name = QStringLiteral("<script>alert(\"x\")</script><img src=x onerror=alert(1)> & ' \"");
        const QString file = m_dir.filePath(QStringLiteral("hostile.json"));
        QVERIFY(writeFile(file, scenarioText(name, 30, 5)));
        const QString out = m_dir.filePath(QStringLiteral("hostile"));
        const auto r = runExplorer({"--headless", file, "--report", out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString html = QString::fromUtf8(readAll(QDir(out).filePath("index.html")));
        QVERIFY(!html.contains(QLatin1String("<script"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QLatin1String("<img src=x"), Qt::CaseInsensitive));
        QVERIFY(html.contains(QLatin1String("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;")));
        // Links are still only the bundle's own files.
        for (const QString &ref : links(html))
            QVERIFY2(ref.startsWith(QLatin1Char('#')) || QFileInfo(QDir(out).filePath(ref)).isFile(), qPrintable(ref));
        QCOMPARE(QImage(QDir(out).filePath("latency.png")).text(QStringLiteral("Scenario")), name);
    }

    void unwritableReportFolder()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath("plain-file"), "x"));
        // Under a file: the folder cannot be made.
        const QString out = dir.filePath("plain-file/report");
        const auto r = runExplorer({"--headless", m_scenario, "--report", out});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY2(r.err.startsWith("lambda-explorer: " + out.toLocal8Bit() + ": "), r.err.constData());
        QCOMPARE(entries(dir.path()), QStringList{"plain-file"});

        // A file cannot be renamed into place (a folder has its name): the error names it, and
        // nothing written before it stays.
        for (const char *taken : {"index.html", "lifecycle.png", "summary.json", "timeline.csv"}) {
            QTemporaryDir d;
            QVERIFY(QDir(d.path()).mkdir(QLatin1String(taken)));
            const auto r2 = runExplorer({"--headless", m_scenario, "--report", d.path()});
            QCOMPARE(r2.exitCode, 3);
            QCOMPARE(r2.errLines().size(), 1);
            QVERIFY2(r2.err.contains(taken), r2.err.constData());
            QCOMPARE(entries(d.path()), QStringList{QLatin1String(taken)});
        }
    }

    void refusedCombinations_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("--out too") << QStringList{"--report", "r", "--out", "o"} << "--report and --out cannot be combined";
        QTest::newRow("--sweep") << QStringList{"--report", "r", "--sweep", "function.memory_mb=512,1024"}
                                 << "--report cannot be combined with --sweep";
        QTest::newRow("--outputs") << QStringList{"--report", "r", "--outputs", "summary"}
                                   << "--outputs cannot be combined with --report";
    }

    void refusedCombinations()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const auto r = runExplorer(QStringList{"--headless", m_scenario} + args);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY2(QString::fromLocal8Bit(r.err).contains(message), r.err.constData());
        QVERIFY(!QFileInfo::exists(QStringLiteral("r")));
        QVERIFY(!QFileInfo::exists(QStringLiteral("o")));
    }
};

QTEST_GUILESS_MAIN(TestReportBundle)
#include "tst_reportbundle.moc"
