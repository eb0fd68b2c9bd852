// SPDX-License-Identifier: GPL-3.0-or-later
// File → Export from the window (ui/exportactions.h): PNG sizes, content and text chunks, CSV that
// parses back, failures that leave nothing, cancel. The worker is waited for with QTRY_, no sleeps.
#include "environmentlanes.h"
#include "exportactions.h"
#include "explorerwindow.h"
#include "runplots.h"
#include "scenariodocument.h"
#include "scenarioio.h"
#include "simulationcontroller.h"

#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QMenu>
#include <QSet>
#include <QSettings>
#include <QProgressBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace lle;

Q_DECLARE_METATYPE(lle::ExportResult)

namespace {
/// Distinct colours in a sample of the image: a blank or single-colour picture has one or two.
int colourCount(const QImage &image)
{
    QSet<QRgb> colours;
    const int step = std::max(1, image.width() / 200);
    for (int y = 0; y < image.height(); y += step)
        for (int x = 0; x < image.width(); x += step)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

/// Share of sampled pixels that are not the background (the top-left pixel's colour).
double inkShare(const QImage &image)
{
    const QRgb background = image.pixel(0, 0);
    int ink = 0, all = 0;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3, ++all)
            ink += image.pixel(x, y) != background;
    return double(ink) / all;
}

QList<QStringList> readCsv(const QString &path)
{
    // The exported files have no quoted fields with commas in these scenarios.
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<QStringList> rows;
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (!line.isEmpty())
            rows.append(line.split(QLatin1Char(',')));
    }
    return rows;
}
}  // namespace

class TestExportActions : public QObject {
    Q_OBJECT

    QTemporaryDir m_settings;
    std::unique_ptr<ExplorerWindow> m_window;
    QStringList m_messages;

    ExportActions *exports() const { return m_window->exports(); }

    /// Waits for the export started just before and returns its result.
    static ExportResult waitFor(QSignalSpy &spy)
    {
        [&] { QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 60'000); }();
        return spy.count() == 1 ? spy.takeFirst().at(0).value<ExportResult>() : ExportResult{};
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<ExportResult>();
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
        m_window = std::make_unique<ExplorerWindow>(defaultScenario());
        m_window->setAutoPlay(false);
        m_window->resize(1280, 720);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        exports()->setMessageSink([this](const QString &, const QString &text) { m_messages << text; });
        SimulationController *c = m_window->controller();
        QTRY_VERIFY_WITH_TIMEOUT(c->run() && c->run()->finished && c->run()->generation == c->generation(), 30'000);
        c->clock()->seek(c->clock()->durationMs() / 2);
    }

    void init() { m_messages.clear(); }

    void plotPngHasTheChosenSizeContentAndTextChunks_data()
    {
        QTest::addColumn<PlotKind>("kind");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<double>("scale");
        QTest::newRow("latency 1600×900 2×") << PlotKind::Latency << QSize(1600, 900) << 2.0;
        QTest::newRow("cost 1200×800 1×") << PlotKind::Cost << QSize(1200, 800) << 1.0;
        QTest::newRow("distribution 1000×1000 2×") << PlotKind::LatencyDistribution << QSize(1000, 1000) << 2.0;
        QTest::newRow("environments 1920×1080 1×") << PlotKind::Environments << QSize(1920, 1080) << 1.0;
        QTest::newRow("lanes 2400×900 2×") << PlotKind::Lifecycle << QSize(2400, 900) << 2.0;
    }

    void plotPngHasTheChosenSizeContentAndTextChunks()
    {
        QFETCH(PlotKind, kind);
        QFETCH(QSize, size);
        QFETCH(double, scale);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plot.png"));
        QSignalSpy spy(exports(), &ExportActions::finished);
        PlotImageOptions options;
        options.size = size;
        options.scale = scale;
        QVERIFY(exports()->exportPlot(kind, path, options));
        QVERIFY(exports()->isBusy());
        const ExportResult r = waitFor(spy);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.files, QStringList{path});
        QVERIFY(!exports()->isBusy());

        const QImage image(path);
        QCOMPARE(image.size(), size);
        QVERIFY(colourCount(image) > 8);
        QVERIFY2(inkShare(image) > 0.02, qPrintable(QString::number(inkShare(image))));
        const Scenario &s = m_window->controller()->scenario();
        QCOMPARE(image.text(QStringLiteral("Scenario")), QString::fromStdString(s.name));
        QCOMPARE(image.text(QStringLiteral("Seed")), QString::number(s.seed));
        QCOMPARE(image.text(QStringLiteral("Title")), ReportPlots::title(kind) + QStringLiteral(" — ") + QString::fromStdString(s.name));
        QVERIFY(image.text(QStringLiteral("Software")).startsWith(QLatin1String("lambda-explorer ")));
        QVERIFY(!image.text(QStringLiteral("Model")).isEmpty());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("plot.png")});
        QVERIFY(m_messages.isEmpty());
    }

    void dashboardPngIsTheWindowAtTheChosenScale()
    {
        QTemporaryDir dir;
        const QSize logical = exports()->dashboardSize();
        // The KPI strip to the bottom of the plots, the full width of the window.
        QVERIFY(logical.width() >= 1200 && logical.height() >= 500);
        for (double scale : {1.0, 2.0}) {
            const QString path = dir.filePath(QStringLiteral("dashboard-%1.png").arg(scale));
            QSignalSpy spy(exports(), &ExportActions::finished);
            QVERIFY(exports()->exportDashboard(path, scale));
            const ExportResult r = waitFor(spy);
            QVERIFY2(r.ok, qPrintable(r.error));
            const QImage image(path);
            QCOMPARE(image.size(), logical * scale);
            QVERIFY(colourCount(image) > 20);
            QCOMPARE(image.text(QStringLiteral("Scenario")),
                     QString::fromStdString(m_window->controller()->scenario().name));
            QCOMPARE(image.text(QStringLiteral("Seed")), QString::number(m_window->controller()->scenario().seed));
            QVERIFY(image.text(QStringLiteral("Title")).startsWith(QStringLiteral("Dashboard — ")));
        }
        // At 2× the plots are drawn again at full resolution, not magnified: more distinct
        // colours (antialiased edges, finer text) than the 1× picture blown up.
        const QImage one(dir.filePath(QStringLiteral("dashboard-1.png")));
        const QImage two(dir.filePath(QStringLiteral("dashboard-2.png")));
        const QImage magnified = one.scaled(two.size());
        QVERIFY(two != magnified);
    }

    void copyPlotPutsTheImageOnTheClipboard()
    {
        QGuiApplication::clipboard()->clear();
        QVERIFY(exports()->copyPlot(PlotKind::Latency));
        const QImage image = QGuiApplication::clipboard()->image();
        QCOMPARE(image.size(), QSize(1600, 900));
        QVERIFY(colourCount(image) > 8);
    }

    void csvExportParsesBack()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("data"));
        QSignalSpy spy(exports(), &ExportActions::finished);
        QVERIFY(exports()->exportCsv(out));
        const ExportResult r = waitFor(spy);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(QDir(out).entryList(QDir::Files, QDir::Name),
                 (QStringList{"environments.csv", "invocations.csv", "metrics.csv", "timeline.csv"}));

        // The files are the contract's: the headers, and the numbers of the run's summary.
        const Summary &summary = m_window->controller()->run()->summary;
        const auto invocations = readCsv(QDir(out).filePath(QStringLiteral("invocations.csv")));
        QVERIFY(!invocations.isEmpty());
        QCOMPARE(invocations.first().first(), QStringLiteral("id"));
        QVERIFY(invocations.first().contains(QStringLiteral("start_type")));
        const int startType = int(invocations.first().indexOf(QStringLiteral("start_type")));
        const int kind = int(invocations.first().indexOf(QStringLiteral("kind")));
        std::uint64_t requests = 0, cold = 0;
        for (qsizetype i = 1; i < invocations.size(); ++i) {
            if (invocations[i].value(kind) != QLatin1String("request"))
                continue;
            ++requests;
            cold += invocations[i].value(startType) == QLatin1String("cold");
        }
        QCOMPARE(requests, summary.requests.total);
        QCOMPARE(cold, summary.requests.cold);
        const auto environments = readCsv(QDir(out).filePath(QStringLiteral("environments.csv")));
        QCOMPARE(std::uint64_t(environments.size() - 1), summary.environments.created);
        const auto metrics = readCsv(QDir(out).filePath(QStringLiteral("metrics.csv")));
        QCOMPARE(metrics.first().first(), QStringLiteral("t_s"));
        std::uint64_t arrivals = 0;
        for (qsizetype i = 1; i < metrics.size(); ++i)
            arrivals += metrics[i].value(1).toULongLong();
        QCOMPARE(arrivals, summary.requests.total);
        QVERIFY(m_messages.isEmpty());
    }

    void reportExportWritesTheBundle()
    {
        QTemporaryDir dir;
        QSignalSpy spy(exports(), &ExportActions::finished);
        QVERIFY(exports()->exportReport(dir.path()));
        const ExportResult r = waitFor(spy);
        QVERIFY2(r.ok, qPrintable(r.error));
        for (const char *name : {"index.html", "summary.json", "scenario.json", "latency.png", "lifecycle.png"})
            QVERIFY2(QFileInfo::exists(QDir(dir.path()).filePath(QLatin1String(name))), name);
        QVERIFY(!ReportExport::existingReportFiles(dir.path()).isEmpty());
    }

    void unwritableFolderFailsCleanly()
    {
        QTemporaryDir dir;
        // A folder cannot be made below a file (root may write anywhere, so permissions would
        // not do for a test).
        const QString blocker = dir.filePath(QStringLiteral("file"));
        {
            QFile f(blocker);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        const QStringList before = QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);

        QSignalSpy spy(exports(), &ExportActions::finished);
        QVERIFY(exports()->exportCsv(blocker + QStringLiteral("/data")));
        ExportResult r = waitFor(spy);
        QVERIFY(!r.ok && !r.cancelled);
        QVERIFY2(r.error.contains(QStringLiteral("file/data")), qPrintable(r.error));
        QCOMPARE(m_messages.size(), 1);
        QVERIFY(m_messages.first().contains(r.error));

        PlotImageOptions options;
        QVERIFY(exports()->exportPlot(PlotKind::Latency, blocker + QStringLiteral("/plot.png"), options));
        r = waitFor(spy);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("plot.png")), qPrintable(r.error));
        QCOMPARE(m_messages.size(), 2);

        QVERIFY(exports()->exportReport(blocker + QStringLiteral("/report")));
        r = waitFor(spy);
        QVERIFY(!r.ok);
        QCOMPARE(m_messages.size(), 3);

        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), before);
        QCOMPARE(QFileInfo(blocker).size(), 0);
    }

    void cancelledExportLeavesNothing()
    {
        // An hour at 200 requests per second: long enough that the cancel flag is seen.
        Scenario s = defaultScenario();
        s.durationS = 3600;
        s.workload.pattern = WorkloadPattern::Poisson;
        s.workload.ratePerS = 200;
        SimulationController *c = m_window->controller();
        c->setScenario(s);
        QTRY_VERIFY_WITH_TIMEOUT(c->run() && c->run()->generation == c->generation(), 30'000);

        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("data"));
        QSignalSpy spy(exports(), &ExportActions::finished);
        QVERIFY(exports()->exportCsv(out));
        // One export at a time: a second is refused, with a message.
        QVERIFY(!exports()->exportCsv(dir.filePath(QStringLiteral("second"))));
        QCOMPARE(m_messages.size(), 1);
        exports()->cancel();
        const ExportResult r = waitFor(spy);
        QVERIFY(r.cancelled);
        QVERIFY(!r.ok);
        QCOMPARE(m_messages.size(), 1);   // a cancel is no failure to report
        QVERIFY(!QFileInfo::exists(out));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
        c->setScenario(defaultScenario());
    }

    void progressShowsAtOnce()
    {
        // The progress dialog waited 0.4 s and a first progress report before it showed: a long
        // export sat without a sign for seconds. The status bar's indicator shows as the export
        // starts, before the worker reports anything, and goes when it ends.
        QTemporaryDir dir;
        QSignalSpy spy(exports(), &ExportActions::finished);
        QProgressBar *indicator = exports()->progressIndicator();
        QVERIFY(indicator);
        QVERIFY(!indicator->isVisible());
        QVERIFY(exports()->exportCsv(dir.filePath(QStringLiteral("data"))));
        QVERIFY(exports()->isBusy());
        QVERIFY(indicator->isVisible());
        QCOMPARE(indicator->window(), m_window.get());
        const ExportResult r = waitFor(spy);
        QVERIFY(r.ok);
        QVERIFY(!indicator->isVisible());
    }

    void fileMenuHoldsTheExportMenu()
    {
        auto *menu = m_window->findChild<QMenu *>(QStringLiteral("menuFile"));
        QVERIFY(menu);
        QVERIFY(menu->actions().contains(exports()->menu()->menuAction()));
        QCOMPARE(exports()->menu()->actions().size(), 5 + 1 + 1 + 2);
        // Right-click on a plot or the lanes: Save as PNG, Copy to clipboard.
        for (QWidget *w : std::initializer_list<QWidget *>{m_window->latencyPlot(), m_window->cdfPlot(),
                                                            m_window->costPlot(), m_window->environmentsPlot(),
                                                            m_window->lanes()})
            QCOMPARE(w->contextMenuPolicy(), Qt::CustomContextMenu);
        QVERIFY(m_window->findChild<QAction *>(QStringLiteral("actionSave"))->shortcut() == QKeySequence(QKeySequence::Save));
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestExportActions)
#include "tst_exportactions.moc"
