// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisonview.h"

#include "runhistory.h"

#include "environmentlanes.h"
#include "palette.h"
#include "scenariofile.h"
#include "simulator.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSlider>
#include <QSplitter>
#include <QStyle>
#include <QTableWidget>
#include <QThreadPool>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cmath>

namespace lle {

namespace {

// A and B by colour wherever both appear: the palette's blue and vermillion, far apart for
// every kind of colour vision.
QColor colourA() { return Palette::provisioned(); }
QColor colourB() { return Palette::coldStart(); }

enum Row { Cold, P50, P99, PerMillion, Cost, Requests, kRows };
enum Column { ColA, ColB, ColDelta, ColPercent, kColumns };

double kpiOf(const Summary &s, int row)
{
    switch (row) {
    case Cold: return s.coldStartRatio * 100;
    case P50: return s.latency.p50;
    case P99: return s.latency.p99;
    case PerMillion: return s.costPerMillionRequests;
    case Cost: return s.cost.total();
    case Requests: return double(s.requests.total);
    }
    return 0;
}

QString formatted(int row, double v, bool delta)
{
    const QLocale loc;
    const QString sign = delta && v > 0 ? QStringLiteral("+") : QString();
    switch (row) {
    case Cold: return (delta && v < 0 ? QStringLiteral("\u2212") : sign) + loc.toString(std::abs(v), 'f', 1) + QStringLiteral(" %");
    case P50:
    case P99: return delta && v < 0 ? QStringLiteral("\u2212") + Format::ms(-v) : sign + Format::ms(v);
    case PerMillion:
    case Cost: return delta && v < 0 ? QStringLiteral("\u2212") + Format::usd(-v) : sign + Format::usd(v);
    case Requests: return (delta && v < 0 ? QStringLiteral("\u2212") : sign) + loc.toString(qlonglong(std::llabs(std::llround(v))));
    }
    return {};
}

/// A run of `s` recorded for the lanes, to the end; cancellable.
RunPtr recordRun(const Scenario &s, const std::atomic<bool> *cancel)
{
    SimulationOptions options;
    options.cancel = cancel;
    options.arrivals = traceArrivals(s, cancel);
    options.keepBucketLatency = true;   // the CDF of a long run from every request
    Simulator sim(s, std::move(options));
    RunRecorder recorder(s, sim);
    sim.setObserver(&recorder);
    sim.run();
    return recorder.take();
}

}  // namespace

ComparisonView::ComparisonView(const Scenario &a, const Scenario &b, const QString &nameA, const QString &nameB,
                               QWidget *parent)
    : QDialog(parent), m_a(a), m_b(b), m_nameA(nameA), m_nameB(nameB)
{
    setObjectName(QStringLiteral("comparisonView"));
    setAttribute(Qt::WA_DeleteOnClose);
    // Common random numbers: the same seed gives both the same arrivals and handler draws.
    m_b.seed = m_a.seed;

    m_titleA = new QLabel(this);
    m_titleA->setObjectName(QStringLiteral("comparisonTitleA"));
    m_titleB = new QLabel(this);
    m_titleB->setObjectName(QStringLiteral("comparisonTitleB"));
    for (auto [label, colour] : {std::pair{m_titleA, colourA()}, std::pair{m_titleB, colourB()}}) {
        label->setStyleSheet(QStringLiteral("QLabel { border-left: 6px solid %1; padding-left: 6px; font-weight: bold; }")
                                 .arg(colour.name()));
        label->setWordWrap(true);
    }
    m_lanesA = new EnvironmentLanes(this);
    m_lanesA->setObjectName(QStringLiteral("lanesA"));
    m_lanesB = new EnvironmentLanes(this);
    m_lanesB->setObjectName(QStringLiteral("lanesB"));
    m_cdf = new QCustomPlot(this);
    m_cdf->setObjectName(QStringLiteral("comparisonCdf"));
    m_cdf->setAntialiasedElements(QCP::aeAll);
    for (const QColor &c : {colourA(), colourB()}) {
        QCPGraph *g = m_cdf->addGraph();
        g->setPen(QPen(c, 2));
        g->setLineStyle(QCPGraph::lsStepLeft);
    }
    m_cdf->xAxis->setScaleType(QCPAxis::stLogarithmic);

    m_cdf->yAxis->setRange(0, 100);
    m_cdf->legend->setVisible(true);
    m_cdf->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);   // below both curves' ends
    m_cdf->setMinimumSize(280, 200);
    Palette::followPalette(m_cdf);

    m_table = new QTableWidget(kRows, kColumns, this);
    m_table->setObjectName(QStringLiteral("comparisonTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_play = new QPushButton(this);
    m_play->setObjectName(QStringLiteral("comparisonPlay"));
    m_restart = new QPushButton(this);
    m_restart->setIcon(style()->standardIcon(QStyle::SP_MediaSkipBackward));
    m_speed = new QComboBox(this);
    for (double speed : {1.0, 10.0, 60.0, 600.0})
        m_speed->addItem(QStringLiteral("%1×").arg(QLocale().toString(speed, 'f', 0)), speed);
    m_speed->setCurrentIndex(1);
    m_position = new QSlider(Qt::Horizontal, this);
    m_position->setRange(0, 1000);
    m_clockLabel = new QLabel(this);
    QFont mono = m_clockLabel->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setBold(true);
    m_clockLabel->setFont(mono);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(140);
    m_cancel = new QPushButton(this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_play);
    bar->addWidget(m_restart);
    bar->addWidget(m_speed);
    bar->addWidget(m_clockLabel);
    bar->addWidget(m_position, 1);
    bar->addWidget(m_progress);
    bar->addWidget(m_cancel);
    auto *lanes = new QGridLayout;
    lanes->addWidget(m_titleA, 0, 0);
    lanes->addWidget(m_titleB, 0, 1);
    lanes->addWidget(m_lanesA, 1, 0);
    lanes->addWidget(m_lanesB, 1, 1);
    lanes->setRowStretch(1, 1);
    auto *lanesBox = new QWidget(this);
    lanesBox->setLayout(lanes);
    auto *bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(m_cdf);
    bottom->addWidget(m_table);
    bottom->setSizes({520, 480});
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(lanesBox);
    split->addWidget(bottom);
    split->setSizes({330, 290});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);
    resize(1180, 680);

    m_clock.setSpeed(10);
    connect(m_play, &QPushButton::clicked, &m_clock, &PlaybackClock::togglePlay);
    connect(m_restart, &QPushButton::clicked, &m_clock, &PlaybackClock::restart);
    connect(m_speed, &QComboBox::currentIndexChanged, this,
            [this](int i) { m_clock.setSpeed(m_speed->itemData(i).toDouble()); });
    connect(m_position, &QSlider::sliderMoved, this,
            [this](int pos) { m_clock.seek(m_clock.durationMs() * pos / 1000.0); });
    connect(&m_clock, &PlaybackClock::simTimeChanged, this, &ComparisonView::showPlayhead);
    connect(&m_clock, &PlaybackClock::playingChanged, this, [this] { retranslate(); });
    connect(m_cancel, &QPushButton::clicked, this, &ComparisonView::cancel);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ComparisonView::onFinished);

    // Both runs at once, one per core.
    m_cancelFlag = std::make_shared<std::atomic<bool>>(false);
    auto simulate = [flag = m_cancelFlag](const Scenario &s) -> Outcome {
        Outcome out;
        try {
            out.run = recordRun(s, flag.get());
        } catch (const std::exception &e) {
            out.error = e.what();
        }
        return out;
    };
    m_watcher.setFuture(QtConcurrent::mapped(QThreadPool::globalInstance(), std::vector<Scenario>{m_a, m_b}, simulate));
    m_play->setEnabled(false);
    retranslate();
}

ComparisonView::~ComparisonView()
{
    m_cancelFlag->store(true);
    m_watcher.disconnect(this);
    m_watcher.cancel();
    m_watcher.waitForFinished();   // the simulators poll the flag between events
}

void ComparisonView::cancel()
{
    m_cancelFlag->store(true);
    m_watcher.cancel();
}

void ComparisonView::onFinished()
{
    m_progress->hide();
    m_cancel->hide();
    const QFuture<Outcome> f = m_watcher.future();
    if (f.isCanceled() || m_cancelFlag->load() || f.resultCount() != 2) {
        m_problem = tr("Cancelled.");
        retranslate();
        emit ready(false);
        return;
    }
    const Outcome a = f.resultAt(0), b = f.resultAt(1);
    if (!a.error.empty() || !b.error.empty()) {
        m_problem = QString::fromStdString(!a.error.empty() ? a.error : b.error);
        retranslate();
        emit ready(false);
        return;
    }
    m_runA = a.run;
    m_runB = b.run;
    showRuns();
    emit ready(true);
}

void ComparisonView::showRuns()
{
    m_lanesA->setRun(m_runA);
    m_lanesB->setRun(m_runB);
    m_clock.setDurationMs(std::max(m_runA->durationMs, m_runB->durationMs));
    m_play->setEnabled(true);
    fillTable();
    fillCdf();
    showPlayhead(m_clock.simTimeMs());
    retranslate();
}

void ComparisonView::showPlayhead(double ms)
{
    m_lanesA->setPlayhead(ms);
    m_lanesB->setPlayhead(ms);
    m_clockLabel->setText(Format::simTime(ms));
    if (!m_position->isSliderDown() && m_clock.durationMs() > 0)
        m_position->setValue(static_cast<int>(std::lround(ms / m_clock.durationMs() * 1000)));
}

void ComparisonView::fillTable()
{
    if (!m_runA || !m_runB)
        return;
    const QLocale loc;
    for (int r = 0; r < kRows; ++r) {
        const double a = kpiOf(m_runA->summary, r), b = kpiOf(m_runB->summary, r);
        const auto set = [&](int c, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, c, item);
        };
        set(ColA, formatted(r, a, false));
        set(ColB, formatted(r, b, false));
        set(ColDelta, formatted(r, b - a, true));
        QString pct = QStringLiteral("–");
        if (a != 0) {
            const double p = (b - a) / a * 100;
            pct = (p < 0 ? QStringLiteral("\u2212") : p > 0 ? QStringLiteral("+") : QString())
                + loc.toString(std::abs(p), 'f', 1) + QStringLiteral(" %");
        }
        set(ColPercent, pct);
    }
}

void ComparisonView::fillCdf()
{
    // The latency of every drawn request (throttled ones have none), as a step CDF.
    const auto points = [](const RecordedRun &run, QVector<double> &x, QVector<double> &y) {
        std::vector<double> lat;
        for (const InvocationRecord &inv : run.invocations)
            if (inv.kind == RequestKind::Request && inv.startType != StartType::Throttled && inv.latencyMs > 0)
                lat.push_back(inv.latencyMs);
        std::sort(lat.begin(), lat.end());
        const std::size_t n = lat.size();
        const std::size_t step = std::max<std::size_t>(1, n / 2000);   // a few thousand steps are plenty
        for (std::size_t i = 0; i < n; i += step) {
            x << lat[i];
            y << 100.0 * double(i + 1) / double(n);
        }
        if (n) {
            x << lat.back();
            y << 100.0;
        }
    };
    QVector<double> xa, ya, xb, yb;
    points(*m_runA, xa, ya);
    points(*m_runB, xb, yb);
    m_cdf->graph(0)->setData(xa, ya, true);
    m_cdf->graph(1)->setData(xb, yb, true);
    double lo = 1e300, hi = 0;
    for (const auto *v : {&xa, &xb})
        if (!v->isEmpty()) {
            lo = std::min(lo, v->front());
            hi = std::max(hi, v->back());
        }
    if (hi > 0) {
        m_cdf->xAxis->setRange(lo / 1.3, hi * 1.3);
        // Ticks at 1, 2, 5 × 10^k: a log axis over less than two decades shows too few powers of ten.
        auto ticker = QSharedPointer<QCPAxisTickerText>(new QCPAxisTickerText);
        const QLocale loc;
        for (double decade = std::pow(10.0, std::floor(std::log10(lo / 1.3))); decade <= hi * 1.3; decade *= 10)
            for (double m : {1.0, 2.0, 5.0})
                if (m * decade >= lo / 1.3 && m * decade <= hi * 1.3)
                    ticker->addTick(m * decade, loc.toString(m * decade, 'g', 6));
        m_cdf->xAxis->setTicker(ticker);
    }
    m_cdf->setLocale(QLocale());
    m_cdf->replot(QCustomPlot::rpQueuedReplot);
}

void ComparisonView::setNames(Naming a, Naming b)
{
    m_namingA = std::move(a);
    m_namingB = std::move(b);
    retranslate();
}

void ComparisonView::retranslate()
{
    if (m_namingA)
        m_nameA = m_namingA();
    if (m_namingB)
        m_nameB = m_namingB();
    setWindowTitle(tr("Compare A and B"));
    m_titleA->setText(tr("A: %1").arg(m_nameA));
    // The header says how B differs from A (by name, B's own change is only against its predecessor).
    Scenario sameName = m_b;
    sameName.name = m_a.name;
    m_titleB->setText(tr("B: %1").arg(m_nameB) + QLatin1Char('\n')
                      + tr("B against A: %1").arg(RunHistory::describeChange(m_a, sameName)));
    m_play->setText(m_clock.isPlaying() ? tr("Pause") : tr("Play"));
    m_restart->setToolTip(tr("Back to the start"));
    m_speed->setToolTip(tr("Playback speed"));
    m_cancel->setText(tr("Cancel"));
    if (!m_problem.isEmpty())
        m_status->setText(m_problem);
    else if (m_runA && m_runB)
        m_status->setText(tr("Both runs see the same requests (seed %1): every difference comes from the configuration.")
                              .arg(m_a.seed));
    else
        m_status->setText(tr("Simulating A and B on the same requests…"));
    // Short names: the titles above the lanes say what A and B are.
    m_cdf->graph(0)->setName(tr("A"));
    m_cdf->graph(1)->setName(tr("B"));
    m_cdf->xAxis->setLabel(tr("latency (ms)"));
    m_cdf->yAxis->setLabel(tr("requests at or below (%)"));
    m_cdf->replot(QCustomPlot::rpQueuedReplot);
    m_table->setHorizontalHeaderLabels({tr("A"), tr("B"), tr("B − A"), tr("B against A")});
    m_table->setVerticalHeaderLabels({tr("Cold starts"), tr("p50 latency"), tr("p99 latency"),
                                      tr("Cost per million requests"), tr("Cost"), tr("Requests")});
    fillTable();
}

void ComparisonView::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(e);
}

}  // namespace lle
