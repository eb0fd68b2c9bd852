// SPDX-License-Identifier: GPL-3.0-or-later
#include "sweepview.h"

#include "palette.h"
#include "scenariofile.h"
#include "simulationcontroller.h"
#include "sweepplot.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QThread>
#include <QVBoxLayout>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <nlohmann/json.hpp>

#include <cmath>
#include <limits>

namespace lle {

namespace {

/// The number a scenario holds at a dotted path (function.memory_mb), or nullopt (a ranged idle
/// timeout, a string, an unknown key).
std::optional<double> numberAt(const Scenario &s, const std::string &path)
{
    // A preset's fitted runtime init is written as {median, p90}; the number it sweeps is the mean.
    if (path == "function.init_ms.runtime")
        return s.function.initMs.runtime;
    const auto v = jsonValueAt(scenarioToJson(s), path);
    if (v && std::holds_alternative<double>(*v))
        return std::get<double>(*v);
    return std::nullopt;
}

QString valuesText(const SweepAxis &axis)
{
    QStringList parts;
    for (const ScalarValue &v : axis.values) {
        if (const auto *d = std::get_if<double>(&v))
            parts << QString::number(*d, 'g', 10);   // typed back in as --sweep reads it: '.' decimals
        else if (const auto *b = std::get_if<bool>(&v))
            parts << (*b ? QStringLiteral("true") : QStringLiteral("false"));
        else
            parts << QString::fromStdString(std::get<std::string>(v));
    }
    return parts.join(QStringLiteral(", "));
}

/// The keys offered in the key box; any other numeric key may be typed.
const char *const kKeys[] = {
    "function.memory_mb", "platform.idle_timeout_s", "function.provisioned_concurrency", "workload.rate_per_s",
    "workload.mean_rate_per_s", "workload.base_rate_per_s", "function.handler.cpu_ms", "function.handler.io_ms",
    "function.init_ms.function", "function.timeout_s", "platform.concurrency_limit", "seed",
};

}  // namespace

SweepView::SweepView(SimulationController *controller, QWidget *parent)
    : QWidget(parent), m_controller(controller)
{
    setObjectName(QStringLiteral("sweepView"));
    m_threads = std::max(1, QThread::idealThreadCount());
    m_pool.setMaxThreadCount(1);
    m_presetCaption = new QLabel(this);
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("sweepPreset"));
    for (int i = 0; i < 5; ++i)
        m_preset->addItem(QString(), i);
    m_keyCaption = new QLabel(this);
    m_key = new QComboBox(this);
    m_key->setObjectName(QStringLiteral("sweepKey"));
    m_key->setEditable(true);
    for (const char *k : kKeys)
        m_key->addItem(QString::fromLatin1(k));
    m_key->setMinimumContentsLength(22);
    m_valuesCaption = new QLabel(this);
    m_values = new QLineEdit(this);
    m_values->setObjectName(QStringLiteral("sweepValues"));
    // The optional second key of a grid: empty sweeps one key.
    m_key2Caption = new QLabel(this);
    m_key2 = new QComboBox(this);
    m_key2->setObjectName(QStringLiteral("sweepKey2"));
    m_key2->setEditable(true);
    m_key2->addItem(QString());
    for (const char *k : kKeys)
        m_key2->addItem(QString::fromLatin1(k));
    m_key2->setMinimumContentsLength(22);
    m_values2Caption = new QLabel(this);
    m_values2 = new QLineEdit(this);
    m_values2->setObjectName(QStringLiteral("sweepValues2"));
    m_replicationsCaption = new QLabel(this);
    m_replications = new QSpinBox(this);
    m_replications->setObjectName(QStringLiteral("sweepReplications"));
    m_replications->setRange(1, 100);
    m_run = new QPushButton(this);
    m_run->setObjectName(QStringLiteral("sweepRun"));
    m_run->setDefault(true);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("sweepCancel"));
    m_cancel->setEnabled(false);
    m_planButton = new QPushButton(this);
    m_planButton->setObjectName(QStringLiteral("sweepPlanForCluster"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("sweepProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setMaximumWidth(160);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("sweepStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_curve = new SweepCurvePlot(this);
    m_pareto = new ParetoPlot(this);

    auto *form = new QGridLayout;
    form->addWidget(m_presetCaption, 0, 0);
    form->addWidget(m_preset, 0, 1);
    form->addWidget(m_keyCaption, 0, 2);
    form->addWidget(m_key, 0, 3);
    form->addWidget(m_replicationsCaption, 0, 4);
    form->addWidget(m_replications, 0, 5);
    form->addWidget(m_valuesCaption, 1, 0);
    form->addWidget(m_values, 1, 1, 1, 5);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_progress);
    buttons->addWidget(m_planButton);
    form->addLayout(buttons, 1, 6);
    auto *second = new QHBoxLayout;
    second->addWidget(m_key2, 2);
    second->addWidget(m_values2Caption);
    second->addWidget(m_values2, 3);
    form->addWidget(m_key2Caption, 2, 0);
    form->addLayout(second, 2, 1, 1, 5);
    form->setColumnStretch(3, 1);
    auto *plots = new QSplitter(Qt::Horizontal, this);
    plots->addWidget(m_curve);
    plots->addWidget(m_pareto);
    plots->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(plots, 1);
    layout->addWidget(m_hint);

    connect(m_preset, &QComboBox::activated, this, [this](int index) {
        choosePreset(static_cast<Preset>(m_preset->itemData(index).toInt()));
    });
    connect(m_key, &QComboBox::textActivated, this, [this] { m_preset->setCurrentIndex(int(Preset::Custom)); });
    connect(m_values, &QLineEdit::textEdited, this, [this] { m_preset->setCurrentIndex(int(Preset::Custom)); });
    connect(m_values, &QLineEdit::returnPressed, this, &SweepView::start);
    connect(m_values2, &QLineEdit::returnPressed, this, &SweepView::start);
    connect(m_run, &QPushButton::clicked, this, &SweepView::start);
    connect(m_cancel, &QPushButton::clicked, this, &SweepView::cancel);
    connect(m_planButton, &QPushButton::clicked, this, &SweepView::choosePlanFolder);
    connect(&m_watcher, &QFutureWatcher<Outcome>::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(&m_watcher, &QFutureWatcher<Outcome>::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &SweepView::onFinished);
    connect(m_pareto, &ParetoPlot::pointClicked, this, &SweepView::applyPoint);

    retranslate();
    choosePreset(Preset::Memory);
}

SweepView::~SweepView()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
    m_watcher.disconnect(this);
    m_watcher.cancel();
    m_watcher.waitForFinished();   // the jobs poll the flag between events: this is short
}

void SweepView::choosePreset(Preset preset)
{
    m_preset->setCurrentIndex(int(preset));
    const Scenario now = m_controller->configAt(m_controller->clock()->simTimeMs());
    std::optional<SweepSpec> spec;
    switch (preset) {
    case Preset::Memory: spec = memorySweepPreset(); break;
    case Preset::IdleTimeout: spec = idleTimeoutSweepPreset(); break;
    case Preset::ProvisionedConcurrency: spec = provisionedConcurrencySweepPreset(now); break;
    case Preset::RequestRate: spec = requestRateSweepPreset(now); break;
    case Preset::Custom: return;
    }
    if (!spec || spec->axes.empty()) {
        m_problem = tr("This workload has no request rate to sweep (it replays a trace).");
        m_state = State::Failed;
        updateStatus();
        return;
    }
    m_key->setEditText(QString::fromStdString(spec->axes.front().path));
    m_values->setText(valuesText(spec->axes.front()));
    if (m_state == State::Failed) {
        m_state = State::Idle;
        updateStatus();
    }
}

void SweepView::setSweep(const QString &path, const QString &values)
{
    m_preset->setCurrentIndex(int(Preset::Custom));
    m_key->setEditText(path);
    m_values->setText(values);
}

void SweepView::setSecondKey(const QString &path, const QString &values)
{
    m_key2->setEditText(path);
    m_values2->setText(values);
}

void SweepView::setReplications(int n)
{
    m_replications->setValue(n);
}

std::optional<SweepPlan> SweepView::planFromInput(Scenario *base)
{
    // Each key with its values as --sweep takes them; only numbers here (the controls are numeric).
    std::vector<Problem> problems;
    const auto parse = [&](const QString &key, const QString &values) -> std::optional<SweepAxis> {
        Problem problem;
        auto axis = parseSweepAxis(key.trimmed().toStdString() + "=" + values.toStdString(), problem);
        if (axis) {
            for (const ScalarValue &v : axis->values)
                if (!std::holds_alternative<double>(v)) {
                    problem = {axis->path, "only numbers can be swept here", "numbers separated by commas"};
                    axis.reset();
                    break;
                }
        }
        if (!axis)
            problems.push_back(problem);
        return axis;
    };
    SweepSpec spec;
    spec.replications = m_replications->value();
    if (auto axis = parse(m_key->currentText(), m_values->text()))
        spec.axes.push_back(std::move(*axis));
    if (!m_key2->currentText().trimmed().isEmpty())
        if (auto axis = parse(m_key2->currentText(), m_values2->text()))
            spec.axes.push_back(std::move(*axis));
    *base = m_controller->configAt(m_controller->clock()->simTimeMs());
    SweepPlan plan = problems.empty() ? planSweep(*base, spec) : SweepPlan{};
    if (!problems.empty() || !plan.problems.empty()) {
        QStringList lines;
        for (const Problem &p : problems)
            lines << QString::fromStdString(p.format());
        for (const Problem &p : plan.problems)
            lines << QString::fromStdString(p.format());
        m_problem = lines.join(QLatin1Char('\n'));
        m_state = State::Failed;
        updateStatus();
        return std::nullopt;
    }
    return plan;
}

bool SweepView::start()
{
    if (isRunning())
        return false;
    const double atMs = m_controller->clock()->simTimeMs();
    Scenario base;
    std::optional<SweepPlan> planned = planFromInput(&base);
    if (!planned)
        return false;
    SweepPlan plan = std::move(*planned);
    const SweepSpec spec = plan.spec;
    if (!m_studyDir.isEmpty()) {
        m_studyDir.clear();
        retranslate();   // the hint of a sweep run here
    }

    // The configuration in effect: one of the points (every key at its value now), or run beside
    // them on the same seeds. Every seed is "now" as much as any other.
    m_currentPoint = -1;
    std::vector<std::optional<double>> current;
    bool seedSwept = false;
    for (const SweepAxis &a : spec.axes) {
        current.push_back(numberAt(base, a.path));
        seedSwept = seedSwept || a.path == "seed";
    }
    if (!seedSwept)
        for (std::size_t i = 0; i < plan.points.size() && m_currentPoint < 0; ++i) {
            bool all = true;
            for (std::size_t a = 0; a < spec.axes.size(); ++a)
                all = all && current[a] && std::get<double>(plan.points[i][a]) == *current[a];
            if (all)
                m_currentPoint = static_cast<int>(i);
        }
    m_nowValue = spec.axes.front().path == "seed" ? std::nullopt : current.front();
    m_baseAtMs = atMs;
    m_refPlan = {};
    if (m_currentPoint < 0)
        m_refPlan = planSweep(base, SweepSpec{{SweepAxis{"seed", {double(base.seed)}}}, spec.replications});

    m_plan = std::move(plan);
    m_rows.clear();
    m_reference.reset();

    // The core's runSweep on the sweep's own thread: the points, then the configuration in effect
    // when it is not one of them. A trace's headers are read once for both (azure2019: its whole
    // pass); every job then streams it anew.
    m_cancelFlag = std::make_shared<std::atomic<bool>>(false);
    const bool trace = [&] {
        for (const ConfigPeriod &p : configurationPeriods(base))
            if (p.scenario.workload.pattern == WorkloadPattern::Trace)
                return true;
        return false;
    }();
    const std::size_t total = m_plan.jobs.size() + m_refPlan.jobs.size();
    auto run = [flag = m_cancelFlag, trace, base, plan = m_plan, refPlan = m_refPlan, threads = m_threads,
                total](QPromise<Outcome> &promise) {
        promise.setProgressRange(0, static_cast<int>(total));
        Outcome out;
        try {
            SweepRunOptions options;
            options.threads = threads;
            options.cancel = flag.get();
            if (trace) {
                ArrivalsFactory arrivals = traceArrivals(base, flag.get());
                options.simulationOptions = [arrivals](const SweepJob &) {
                    SimulationOptions o;
                    o.arrivals = arrivals;
                    return o;
                };
            }
            std::size_t before = 0;   // jobs of the points, when the reference runs
            options.progress = [&promise, &before](std::size_t done, std::size_t) {
                promise.setProgressValue(static_cast<int>(before + done));
            };
            SweepResult points = runSweep(plan, options);
            out.cancelled = points.cancelled;
            out.rows = std::move(points.rows);
            if (!out.cancelled && !refPlan.jobs.empty()) {
                before = plan.jobs.size();
                SweepResult reference = runSweep(refPlan, options);
                out.cancelled = reference.cancelled;
                if (!reference.rows.empty())
                    out.reference = reference.rows.front();
            }
        } catch (const std::exception &e) {
            out.error = e.what();
        }
        promise.addResult(std::move(out));
    };
    m_state = State::Running;
    m_problem.clear();
    m_progress->setRange(0, static_cast<int>(total));
    m_progress->setValue(0);
    m_run->setEnabled(false);
    m_cancel->setEnabled(true);
    updateStatus();
    m_timer.start();
    m_watcher.setFuture(QtConcurrent::run(&m_pool, std::move(run)));
    return true;
}

void SweepView::choosePlanFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Plan for a cluster: choose an empty folder"));
    if (!dir.isEmpty())
        planForCluster(dir);
}

bool SweepView::planForCluster(const QString &dir)
{
    Scenario base;
    const std::optional<SweepPlan> plan = planFromInput(&base);
    if (!plan)
        return false;
    // A plan is two small files (one line per job): written here, it takes milliseconds.
    StudyManifest manifest = planSweepStudy(base, plan->spec, LLE_VERSION);
    if (const StudyProblem p = writeStudyPlan(manifest, dir, QCoreApplication::applicationFilePath())) {
        m_problem = p.message;
        m_state = State::Failed;
        updateStatus();
        return false;
    }
    m_planned = tr("Planned %n jobs into %1. Run its jobs.txt with GNU parallel or scripts/cluster/submit-slurm, "
                   "then lambda-explorer --merge %1 --out OUT, and File → Open study… to see it here.",
                   nullptr, static_cast<int>(manifest.jobCount()))
                    .arg(QDir::toNativeSeparators(QFileInfo(dir).absoluteFilePath()));
    m_state = State::Planned;
    updateStatus();
    return true;
}

void SweepView::showStudy(const QString &dir, const OpenedStudy &study)
{
    cancel();
    m_studyDir = dir;
    m_plan = study.merged.plan;
    m_rows = study.merged.rows;
    m_refPlan = {};
    m_reference.reset();
    m_currentPoint = -1;
    m_nowValue.reset();
    // The controls show what the study swept, so that the view reads as one sweep.
    const SweepSpec &spec = m_plan.spec;
    m_preset->setCurrentIndex(int(Preset::Custom));
    m_key->setEditText(spec.axes.empty() ? QString() : QString::fromStdString(spec.axes[0].path));
    m_values->setText(spec.axes.empty() ? QString() : valuesText(spec.axes[0]));
    m_key2->setEditText(spec.axes.size() > 1 ? QString::fromStdString(spec.axes[1].path) : QString());
    m_values2->setText(spec.axes.size() > 1 ? valuesText(spec.axes[1]) : QString());
    m_replications->setValue(spec.replications);
    m_state = State::Done;
    retranslate();   // the hint and the status of a study
}

void SweepView::cancel()
{
    if (!isRunning())
        return;
    if (m_cancelFlag)
        m_cancelFlag->store(true);
    m_watcher.cancel();
}

void SweepView::onFinished()
{
    m_run->setEnabled(true);
    m_cancel->setEnabled(false);
    m_elapsedMs = double(m_timer.nsecsElapsed()) / 1e6;
    const QFuture<Outcome> future = m_watcher.future();
    const Outcome out = future.resultCount() > 0 ? future.result() : Outcome{{}, {}, true, {}};
    if (!out.error.empty()) {
        m_problem = QString::fromStdString(out.error);
        m_state = State::Failed;
        updateStatus();
        emit finished(false);
        return;
    }
    if (out.cancelled || future.isCanceled() || (m_cancelFlag && m_cancelFlag->load())) {
        m_state = State::Cancelled;
        updateStatus();
        emit finished(false);
        return;
    }
    m_rows = out.rows;
    if (m_currentPoint >= 0)
        m_reference = m_rows[static_cast<std::size_t>(m_currentPoint)];
    else
        m_reference = out.reference;
    m_state = State::Done;
    updateStatus();
    showResults();
    emit finished(true);
}

QString SweepView::pointLabel(int index) const
{
    if (index < 0 || index >= static_cast<int>(m_plan.points.size()))
        return {};
    return sweepPointLabel(m_plan.spec, m_plan.points[static_cast<std::size_t>(index)]);
}

QString SweepView::percentChange(double now, double value)
{
    if (!(std::isfinite(now) && std::isfinite(value)) || now == 0)
        return QStringLiteral("–");
    const long pct = std::lround((value - now) / now * 100.0);
    const QString number = QLocale().toString(qlonglong(std::labs(pct)));
    const QString sign = pct < 0 ? QStringLiteral("\u2212") : pct > 0 ? QStringLiteral("+") : QStringLiteral("\u00b1");
    return tr("%1 %").arg(sign + number);
}

QString SweepView::deltaText(const QString &label, double costNow, double cost, double p99Now, double p99)
{
    return tr("%1: %2 cost, %3 p99 against now")
        .arg(label, percentChange(costNow, cost), percentChange(p99Now, p99));
}

QString SweepView::deltaText(int index) const
{
    if (!m_reference || index < 0 || index >= static_cast<int>(m_rows.size()))
        return {};
    const SweepMetrics &now = m_reference->mean, &p = m_rows[static_cast<std::size_t>(index)].mean;
    return deltaText(pointLabel(index), now[SweepMetric::CostPerMillionRequestsUsd],
                     p[SweepMetric::CostPerMillionRequestsUsd], now[SweepMetric::LatencyP99Ms],
                     p[SweepMetric::LatencyP99Ms]);
}

std::vector<SweepPlotPoint> SweepView::plotPoints() const
{
    std::vector<SweepPlotPoint> out;
    for (const SweepRow &r : m_rows)
        out.push_back(sweepPlotPoint(m_plan.spec, r));
    return out;
}

QString SweepView::axisTitle() const
{
    return SweepCurvePlot::keyTitle(m_plan.spec.axes.empty() ? std::string() : m_plan.spec.axes.front().path);
}

void SweepView::showResults()
{
    if (m_rows.empty())
        return;
    const auto points = plotPoints();
    const std::string &path = m_plan.spec.axes.front().path;
    // The idle timeout trades cold starts against environments kept frozen: both, not the cost.
    m_curve->setSeries(sweepSeries(m_plan.spec, m_rows), axisTitle(),
                       path.starts_with("platform.idle_timeout_s") ? SweepCurvePlot::Secondary::ColdStartsAndIdle
                                                                   : SweepCurvePlot::Secondary::Latency);
    m_curve->setNowX(m_nowValue.value_or(std::numeric_limits<double>::quiet_NaN()));
    QStringList tips;
    for (std::size_t i = 0; i < points.size(); ++i) {
        QString tip = m_reference ? deltaText(static_cast<int>(i)) : pointLabel(static_cast<int>(i));
        tip += QLatin1Char('\n')
             + tr("%1 per million requests, p99 %2, cold starts %3")
                   .arg(Format::usd(points[i].costPerMillionUsd), Format::ms(points[i].p99Ms),
                        QLocale().toString(points[i].coldRatio * 100, 'f', 1) + QStringLiteral(" %"));
        if (!m_studyDir.isEmpty())
            ;   // a study's point belongs to the study's scenario, not to the one open
        else if (static_cast<int>(i) == m_currentPoint)
            tip += QLatin1Char('\n') + tr("This is the configuration in effect.");
        else
            tip += QLatin1Char('\n') + tr("Click to apply it at the playhead.");
        tips << tip;
    }
    // An opened study has no "now": the Pareto view rings nothing.
    const double nan = std::numeric_limits<double>::quiet_NaN();
    m_pareto->setPoints(points, m_reference ? m_reference->mean[SweepMetric::LatencyP99Ms] : nan,
                        m_reference ? m_reference->mean[SweepMetric::CostPerMillionRequestsUsd] : nan, tips);
}

void SweepView::applyPoint(int index)
{
    if (index < 0 || index >= static_cast<int>(m_plan.points.size()))
        return;
    if (!m_studyDir.isEmpty()) {
        emit message(tr("A point of an opened study is not applied: it was computed from the study's own scenario."));
        return;
    }
    const std::vector<SweepAxis> &axes = m_plan.spec.axes;
    const std::vector<ScalarValue> &values = m_plan.points[static_cast<std::size_t>(index)];
    const bool ownKey = std::any_of(axes.begin(), axes.end(),
                                    [](const SweepAxis &a) { return a.path == "seed" || a.path == "duration_s"; });
    std::vector<Problem> problems;
    if (ownKey) {
        // Seed and duration are fixed for a whole run: the scenario itself changes, not the
        // configuration from the playhead on (and a second key with them).
        problems = m_controller->editScenario([&](Scenario &s) {
            for (std::size_t a = 0; a < axes.size(); ++a) {
                if (axes[a].path == "seed")
                    s.seed = static_cast<std::uint64_t>(std::get<double>(values[a]));
                else if (axes[a].path == "duration_s")
                    s.durationS = std::get<double>(values[a]);
                else
                    setScenarioValue(s, axes[a].path, values[a]);
            }
        });
    } else {
        std::vector<std::pair<std::string, ScalarValue>> changes;
        for (std::size_t a = 0; a < axes.size(); ++a)
            changes.emplace_back(axes[a].path, values[a]);
        problems = m_controller->setValues(changes);
    }
    if (!problems.empty()) {
        QStringList lines;
        for (const Problem &p : problems)
            lines << QString::fromStdString(p.format());
        emit message(lines.join(QLatin1Char('\n')));
        return;
    }
    QStringList applied;
    for (std::size_t a = 0; a < axes.size(); ++a)
        applied << Vocabulary::settingName(axes[a].path) + QLatin1Char(' ') + Vocabulary::settingValue(axes[a].path, values[a]);
    emit message(tr("Applied %1 at %2.")
                     .arg(applied.join(QStringLiteral(", ")),
                          Format::simTime(m_controller->clock()->simTimeMs())));
}

void SweepView::updateStatus()
{
    QString text;
    switch (m_state) {
    case State::Idle: break;
    case State::Running:
        text = tr("Running %1 points × %2 seeds on %3 threads…")
                   .arg(m_plan.points.size())
                   .arg(m_plan.spec.replications)
                   .arg(m_threads);
        break;
    case State::Done: {
        if (!m_studyDir.isEmpty()) {
            text = tr("Study %1: %2 points × %3 seeds, merged from the results of %4 jobs.")
                       .arg(QDir::toNativeSeparators(m_studyDir))
                       .arg(m_plan.points.size())
                       .arg(m_plan.spec.replications)
                       .arg(m_plan.jobs.size());
            break;
        }
        const QString seeds = m_plan.spec.replications > 1
                                  ? tr("%n seeds per point, 95 % intervals shown", nullptr, m_plan.spec.replications)
                                  : tr("one seed per point");
        text = tr("%1 points (%2) from the configuration at %3, in %4 s.")
                   .arg(m_plan.points.size())
                   .arg(seeds, Format::simTime(m_baseAtMs),
                        QLocale().toString(m_elapsedMs / 1000.0, 'f', 1));
        break;
    }
    case State::Cancelled: text = tr("Cancelled; nothing was changed."); break;
    case State::Planned: text = m_planned; break;
    case State::Failed: text = m_problem; break;
    }
    m_status->setText(text);
    m_status->setStyleSheet(m_state == State::Failed ? QStringLiteral("color: #B00020;") : QString());
}

void SweepView::retranslate()
{
    m_presetCaption->setText(tr("Preset"));
    m_preset->setItemText(int(Preset::Memory), tr("Memory (Power Tuning)"));
    m_preset->setItemText(int(Preset::IdleTimeout), tr("Idle timeout"));
    m_preset->setItemText(int(Preset::ProvisionedConcurrency), tr("Provisioned concurrency"));
    m_preset->setItemText(int(Preset::RequestRate), tr("Request rate"));
    m_preset->setItemText(int(Preset::Custom), tr("Any key"));
    m_keyCaption->setText(tr("Key"));
    m_valuesCaption->setText(tr("Values"));
    m_key2Caption->setText(tr("Second key"));
    m_key2->setToolTip(tr("Optional: a second key swept with every value of the first (a grid); leave empty for one key"));
    m_values2Caption->setText(tr("Values"));
    m_values->setToolTip(tr("Numbers separated by commas, '.' for decimals"));
    m_replicationsCaption->setText(tr("Seeds"));
    m_replications->setToolTip(tr("Runs per point with different seeds; more than one gives 95 % confidence intervals"));
    m_run->setText(tr("Run sweep"));
    m_cancel->setText(tr("Cancel"));
    m_planButton->setText(tr("Plan for a cluster…"));
    m_planButton->setToolTip(tr("Write this sweep as independent jobs into a folder, to run with GNU parallel or "
                                "Slurm and merge with --merge, instead of running it here"));
    if (m_studyDir.isEmpty())
        m_hint->setText(tr("Each point runs the whole scenario from the configuration at the playhead, on the same "
                           "requests (same seeds). Hover a point in the right plot for its change against now; click it "
                           "to apply it at the playhead."));
    else
        m_hint->setText(tr("An opened study: its points were run from the study's own scenario, on other machines, and "
                           "merged. Run sweep runs the same keys here, from the configuration at the playhead."));
    updateStatus();
    if (m_state == State::Done)
        showResults();
}

void SweepView::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(e);
}

}  // namespace lle
