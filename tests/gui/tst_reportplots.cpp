// SPDX-License-Identifier: GPL-3.0-or-later
// The report's plots drawn offscreen, and the export helpers the window calls from a worker.
#include "imagetesting.h"
#include "palette.h"
#include "pngfile.h"
#include "reportexport.h"
#include "reportplots.h"
#include "runtesting.h"
#include "scenarioio.h"
#include "simulator.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>
#include <qcustomplot.h>

#include <nlohmann/json.hpp>

#include <atomic>
#include <memory>

using namespace lle;
using lle::testing::colourNear;

Q_DECLARE_METATYPE(lle::PlotKind)

namespace {

Scenario shortScenario()
{
    Scenario s = defaultScenario();
    s.name = "Report plots <check> & \"quotes\"";
    s.seed = 7;
    s.durationS = 120;
    return s;
}

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    return static_cast<int>(colours.size());
}

int pixelsOf(const QImage &image, const QColor &colour)
{
    int n = 0;
    const QRgb want = colour.rgb();
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += image.pixel(x, y) == want;
    return n;
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

}  // namespace

namespace {

/// The options the window exports with: the five plots drawn from the run.
ReportExport::Options withPlots()
{
    ReportExport::Options o;
    o.plots = ReportPlots::files();
    return o;
}

}  // namespace

class TestReportPlots : public QObject {
    Q_OBJECT

    std::shared_ptr<const RecordedRun> m_run;

private slots:
    void initTestCase() { m_run = testing::recordRun(shortScenario()); }

    void drawsEveryPlot_data()
    {
        QTest::addColumn<PlotKind>("kind");
        QTest::addColumn<QList<QColor>>("palette");   // colours of the window's palette that must show
        QTest::newRow("latency") << PlotKind::Latency << QList<QColor>{Palette::warmStart(), Palette::coldStart()};
        QTest::newRow("distribution") << PlotKind::LatencyDistribution
                                      << QList<QColor>{Palette::warmStart(), Palette::coldStart()};
        QTest::newRow("cost") << PlotKind::Cost << QList<QColor>{Palette::warmStart(), Palette::coldStart()};
        QTest::newRow("environments") << PlotKind::Environments << QList<QColor>{Palette::phase(Phase::Invoke)};
        QTest::newRow("lifecycle") << PlotKind::Lifecycle
                                   << QList<QColor>{Palette::phaseFill(Phase::Invoke), Palette::phaseFill(Phase::Frozen),
                                                    Palette::phaseFill(Phase::FunctionInit),
                                                    Palette::phaseFill(Phase::RuntimeInit)};
    }

    void drawsEveryPlot()
    {
        QFETCH(PlotKind, kind);
        QFETCH(QList<QColor>, palette);
        const QImage image = ReportPlots::render(kind, *m_run);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1600, 900));
        // A light background: the corners are white.
        QCOMPARE(QColor(image.pixel(2, 2)), QColor(Qt::white));
        QCOMPARE(QColor(image.pixel(1597, 897)), QColor(Qt::white));
        // Real content: text, lines and fills in many shades, not a blank frame.
        const int colours = distinctColours(image);
        QVERIFY2(colours > 60, qPrintable(QString::number(colours)));
        for (const QColor &c : palette)
            QVERIFY2(pixelsOf(image, c) > 40, qPrintable(c.name()));
        const QByteArray png = encodePng(image);
        QVERIFY(png.startsWith("\x89PNG"));
        const QImage back = QImage::fromData(png, "PNG");
        QCOMPARE(back.size(), image.size());
        QCOMPARE(back.text(QStringLiteral("Scenario")), QString::fromStdString(m_run->scenario.name));
        QCOMPARE(back.text(QStringLiteral("Seed")), QStringLiteral("7"));
        QCOMPARE(back.text(QStringLiteral("Software")), QStringLiteral("lambda-explorer " LLE_VERSION));
        QCOMPARE(back.text(QStringLiteral("Model")), QStringLiteral(LLE_MODEL_VERSION));
        QVERIFY(back.text(QStringLiteral("Title")).startsWith(ReportPlots::title(kind)));
        QVERIFY(back.text(QStringLiteral("Title")).contains(QString::fromStdString(m_run->scenario.name)));
    }

    /// The four data figures read as the window's plots do: the title names the figure and the
    /// scenario, the axes say what they show, the legend has an entry for each series with data
    /// (none for an empty one), and each series' colour is in the picture where its points are.
    void dataFiguresShowTheirSeries_data()
    {
        QTest::addColumn<PlotKind>("kind");
        QTest::addColumn<QString>("xLabel");
        QTest::addColumn<QString>("yLabel");
        QTest::addColumn<QStringList>("legend");
        QTest::addColumn<QList<QColor>>("colours");   // the window's colour of each legend entry
        QTest::addColumn<bool>("overTime");           // the x axis is the run's time
        const QColor cold = Palette::coldStart(), warm = Palette::warmStart();
        QTest::newRow("latency") << PlotKind::Latency << "simulated time (s)" << "latency (ms, log)"
                                 << QStringList{"cold", "warm"} << QList<QColor>{cold, warm} << true;
        QTest::newRow("distribution") << PlotKind::LatencyDistribution << "latency (ms, log)"
                                      << QStringLiteral("share \u2264 x") << QStringList{"cold", "warm"}
                                      << QList<QColor>{cold, warm} << false;
        QTest::newRow("cost") << PlotKind::Cost << "simulated time (s)" << "cost (USD)"
                              << QStringList{"requests", "duration", "init"}
                              << QList<QColor>{Palette::requestsCost(), warm, cold} << true;
        QTest::newRow("environments") << PlotKind::Environments << "simulated time (s)" << "environments"
                                      << QStringList{"busy", "initialising", "frozen", "all"}
                                      << QList<QColor>{Palette::phase(Phase::Invoke), Palette::phase(Phase::FunctionInit),
                                                       Palette::phase(Phase::Frozen), Palette::outline()}
                                      << true;
    }

    void dataFiguresShowTheirSeries()
    {
        QFETCH(PlotKind, kind);
        QFETCH(QString, xLabel);
        QFETCH(QString, yLabel);
        QFETCH(QStringList, legend);
        QFETCH(QList<QColor>, colours);
        QFETCH(bool, overTime);
        const PlotImageOptions o;
        std::unique_ptr<QCustomPlot> plot;
        const QImage image = ReportPlots::render(kind, *m_run, o, &plot);
        QVERIFY(plot);
        QCOMPARE(image.size(), o.size);

        QCPTextElement *title = nullptr;
        for (QCPLayoutElement *e : plot->plotLayout()->elements(true))
            if ((title = qobject_cast<QCPTextElement *>(e)))
                break;
        QVERIFY(title);
        QCOMPARE(title->text(), ReportPlots::title(kind) + QStringLiteral(" \u2014 ") + QString::fromStdString(m_run->scenario.name));
        QCOMPARE(plot->xAxis->label(), xLabel);
        QCOMPARE(plot->yAxis->label(), yLabel);

        if (overTime)
            QVERIFY(plot->xAxis->range().upper >= 0.99 * m_run->scenario.durationS);
        QStringList named;
        for (int i = 0; i < plot->legend->itemCount(); ++i)
            if (auto *item = qobject_cast<QCPPlottableLegendItem *>(plot->legend->item(i)))
                named << item->plottable()->name();
        QCOMPARE(named, legend);
        for (int i = 0; i < plot->graphCount(); ++i) {
            QCPGraph *g = plot->graph(i);
            bool any = false;
            for (auto it = g->data()->constBegin(); it != g->data()->constEnd(); ++it)
                any = any || it->value != 0;
            QVERIFY2(plot->legend->hasItemWithPlottable(g) == (any && g->visible() && !g->name().isEmpty()
                                                                && legend.contains(g->name())),
                     qPrintable(g->name()));
            if (!plot->legend->hasItemWithPlottable(g))
                continue;
            // The series' points, sampled along it, are drawn in its colour where the axes put them.
            const QColor colour = colours.at(legend.indexOf(g->name()));
            QCOMPARE(g->scatterStyle().shape() != QCPScatterStyle::ssNone ? g->scatterStyle().brush().color() : g->pen().color(),
                     colour);
            // …a line up to the end of the run: a report shows all of it, not the window's playhead.
            if (overTime && g->lineStyle() != QCPGraph::lsNone)
                QVERIFY2((g->data()->constEnd() - 1)->key >= 0.95 * m_run->scenario.durationS, qPrintable(g->name()));
            // A thin dotted line ("all") is antialiased to lighter shades of its colour.
            const int tolerance = g->pen().widthF() < 1.5 ? 80 : 24;
            const int n = g->dataCount();
            int shown = 0, sampled = 0;
            int highest = 0;   // the series' highest point, which the others rarely hide
            for (int k = 0; k < n; ++k)
                if (g->data()->at(k)->value > g->data()->at(highest)->value)
                    highest = k;
            for (int k = 0; k <= 8; ++k) {
                const auto point = g->data()->at(k == 8 ? highest : k * (n - 1) / 7);
                if (point->value <= 0)   // on the axis line
                    continue;
                const QPointF at(plot->xAxis->coordToPixel(point->key), g->valueAxis()->coordToPixel(point->value));
                // Not where another series of the legend passes within a few pixels at the same time.
                bool covered = false;
                for (int j = 0; j < plot->graphCount() && !covered; ++j) {
                    QCPGraph *h = plot->graph(j);
                    if (h == g || !plot->legend->hasItemWithPlottable(h))
                        continue;
                    const auto other = h->data()->findBegin(point->key, false);
                    covered = other != h->data()->constEnd() && other->key == point->key
                              && std::abs(h->valueAxis()->coordToPixel(other->value) - at.y()) < 4;
                }
                if (covered)
                    continue;
                ++sampled;
                shown += colourNear(image, (at * o.scale).toPoint(), colour, 4, tolerance);
            }
            QVERIFY2(sampled >= 1 && shown * 4 >= sampled * 3,
                     qPrintable(QStringLiteral("%1: %2 of %3 points in %4").arg(g->name()).arg(shown).arg(sampled).arg(colour.name())));
        }
    }

    void sizeAndScale()
    {
        PlotImageOptions o;
        o.size = QSize(2400, 1200);
        o.scale = 3;
        for (PlotKind kind : ReportPlots::kAll) {
            const QImage image = ReportPlots::render(kind, *m_run, o);
            QCOMPARE(image.size(), QSize(2400, 1200));
            // The resolution says how large to paste it: 2400 px at 3 × 96 dpi.
            QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 288);
            QVERIFY(distinctColours(image) > 40);
        }
        o.size = QSize(4, 4);
        QVERIFY(ReportPlots::render(PlotKind::Latency, *m_run, o).isNull());
    }

    void partialRunUpToThePlayhead()
    {
        PlotImageOptions o;
        o.untilMs = 30'000;
        const QImage image = ReportPlots::render(PlotKind::Lifecycle, *m_run, o);
        QVERIFY(!image.isNull());
        QVERIFY(distinctColours(image) > 40);
    }

    void savePngIsAtomic()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plot.png"));
        QString error;
        QVERIFY2(ReportPlots::savePng(PlotKind::Cost, *m_run, path, {}, &error), qPrintable(error));
        QCOMPARE(QImage(path).size(), QSize(1600, 900));
        QCOMPARE(entries(dir.path()), QStringList{"plot.png"});

        // A folder where the file should go: nothing written, the error names the file.
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("taken.png")));
        QVERIFY(!ReportPlots::savePng(PlotKind::Cost, *m_run, dir.filePath(QStringLiteral("taken.png")), {}, &error));
        QVERIFY2(error.contains(QStringLiteral("taken.png")), qPrintable(error));
        QCOMPARE(entries(dir.path()), (QStringList{"plot.png", "taken.png"}));
    }

    void renderFromAWorker()
    {
        // The window's export runs on a QtConcurrent worker: the widget plots are drawn on the GUI
        // thread while the worker waits, so the event loop must keep running (QFutureWatcher).
        auto future = QtConcurrent::run([run = m_run] {
            return ReportPlots::renderAnyThread(PlotKind::Latency, *run);
        });
        QFutureWatcher<QImage> watcher;
        watcher.setFuture(future);
        QTRY_VERIFY_WITH_TIMEOUT(watcher.isFinished(), 30000);
        QCOMPARE(future.result().size(), QSize(1600, 900));
    }

    void exportReportFromAWorker()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("report"));
        std::atomic<bool> cancel{false};
        QList<int> percents;
        auto future = QtConcurrent::run([&] {
            return ReportExport::exportReport(*m_run, out, withPlots(), [&](int p, const QString &) { percents.append(p); },
                                              &cancel);
        });
        QFutureWatcher<ExportResult> watcher;
        watcher.setFuture(future);
        QTRY_VERIFY_WITH_TIMEOUT(watcher.isFinished(), 60000);
        const ExportResult r = future.result();
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(!percents.isEmpty());
        QCOMPARE(percents.last(), 100);
        QVERIFY(std::is_sorted(percents.begin(), percents.end()));
        QCOMPARE(entries(out), (QStringList{"cost.png", "environments.csv", "environments.png", "index.html",
                                            "invocations.csv", "latency.png", "latency_distribution.png",
                                            "lifecycle.png", "metrics.csv", "scenario.json", "summary.json",
                                            "timeline.csv"}));
        QCOMPARE(r.files.size(), 12);
        QCOMPARE(ReportExport::existingReportFiles(out).size(), 12);

        // The data files are those of the run the window shows.
        QFile f(QDir(out).filePath(QStringLiteral("summary.json")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto summary = nlohmann::json::parse(f.readAll().toStdString());
        QCOMPARE(summary["requests"]["total"].get<std::uint64_t>(), m_run->summary.requests.total);
        QCOMPARE(summary["requests"]["cold"].get<std::uint64_t>(), m_run->summary.requests.cold);
        QCOMPARE(summary["cost_usd"]["total"].get<double>(), roundMoney(m_run->summary.cost.total()));
    }

    void cancelledExportLeavesNothing()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("new-folder"));
        std::atomic<bool> cancel{false};
        // Cancelled while the plots are drawn: the folder it made goes too.
        const ExportResult r = ReportExport::exportReport(
            *m_run, out, withPlots(),
            [&](int, const QString &step) {
                if (step.contains(QStringLiteral("cost.png")))
                    cancel = true;
            },
            &cancel);
        QVERIFY(!r.ok);
        QVERIFY(r.cancelled);
        QVERIFY(r.error.isEmpty());
        QVERIFY(!QFileInfo::exists(out));
        QCOMPARE(entries(dir.path()), QStringList());

        // Cancelled while simulating, into a folder that was there: it stays, empty.
        QVERIFY(QDir().mkpath(out));
        cancel = false;
        const ExportResult r2 = ReportExport::exportReport(
            *m_run, out, withPlots(),
            [&](int, const QString &step) {
                if (step.contains(QStringLiteral("Simulating")))
                    cancel = true;
            },
            &cancel);
        QVERIFY(r2.cancelled);
        QCOMPARE(entries(out), QStringList());
    }

    void failedExportLeavesNothing()
    {
        QTemporaryDir dir;
        // index.html is written last: a folder in its place fails the rename after everything
        // else was written, and every other file must go again.
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("index.html")));
        const ExportResult r = ReportExport::exportReport(*m_run, dir.path(), withPlots());
        QVERIFY(!r.ok);
        QVERIFY(!r.cancelled);
        QVERIFY2(r.error.contains(QStringLiteral("index.html")), qPrintable(r.error));
        QCOMPARE(entries(dir.path()), QStringList{"index.html"});
    }

    void exportReportNeedsAFinishedRun()
    {
        RecordedRun partial = *m_run;
        partial.finished = false;
        QTemporaryDir dir;
        const ExportResult r = ReportExport::exportReport(partial, dir.filePath(QStringLiteral("x")), withPlots());
        QVERIFY(!r.ok);
        QVERIFY(!r.error.isEmpty());
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("x"))));
    }

    void exportCsv()
    {
        QTemporaryDir dir;
        const ExportResult r = ReportExport::exportCsv(*m_run, dir.path());
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(entries(dir.path()),
                 (QStringList{"environments.csv", "invocations.csv", "metrics.csv", "timeline.csv"}));
        QCOMPARE(ReportExport::existingCsvFiles(dir.path()).size(), 4);
        // Every request, one row each (pings included), however the recording thinned them.
        QFile f(dir.filePath(QStringLiteral("invocations.csv")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const qsizetype rows = f.readAll().count('\n') - 1;
        const auto &req = m_run->summary.requests;
        QCOMPARE(static_cast<std::uint64_t>(rows), req.total + req.keepWarmPings);
    }
};

QTEST_MAIN(TestReportPlots)
#include "tst_reportplots.moc"
