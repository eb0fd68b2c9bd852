// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessonfigures.h"

#include "durationmodel.h"
#include "managedinstances.h"
#include "pricing.h"
#include "scenarioio.h"

#include <QLocale>

#include <nlohmann/json.hpp>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>
#include <vector>

namespace lle {

namespace {

/// The median of `v` (empty: nullopt); nth_element, the inputs are copies.
std::optional<double> quantile(std::vector<double> v, double q)
{
    if (v.empty())
        return std::nullopt;
    const std::size_t k = std::min(v.size() - 1, std::size_t(std::ceil(q * double(v.size()))) - (q > 0 ? 1 : 0));
    std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(k), v.end());
    return v[k];
}

/// The values `pick` gives for requests (not pings) that arrived up to `untilMs` and pass `pred`.
std::vector<double> collect(const RecordedRun &run, double untilMs, const std::function<bool(const InvocationRecord &)> &pred,
                            const std::function<double(const InvocationRecord &)> &pick)
{
    std::vector<double> out;
    for (const InvocationRecord &inv : run.invocations)
        if (inv.kind == RequestKind::Request && inv.arrivalMs <= untilMs && inv.startType != StartType::Throttled && pred(inv))
            out.push_back(pick(inv));
    return out;
}

bool isCold(const InvocationRecord &i) { return i.isCold(); }
bool isWarm(const InvocationRecord &i) { return !i.isCold() && i.startedAs != StartType::Provisioned; }
bool isRestore(const InvocationRecord &i) { return i.startedAs == StartType::SnapStart; }
bool isInit(const InvocationRecord &i) { return i.startedAs == StartType::Cold; }
bool any(const InvocationRecord &) { return true; }
double latency(const InvocationRecord &i) { return i.latencyMs; }

/// Usd: an amount, to the cent or two significant digits below a dollar; Price: a rate with all
/// its significant digits ("$0.0000166667 per GB-s").
enum class Unit { Ms, Count, Usd, Price, Number };

enum class Needs { Nothing, SnapStart, ManagedInstances };

struct Figure {
    const char *name;
    Needs needs;
    std::function<std::optional<double>(const RecordedRun &, double)> compute;
    Unit unit;
};

/// The median time environments created up to `untilMs` spent in `phase` (the first time they
/// entered it; segments still open are left out).
std::optional<double> phaseMedian(const RecordedRun &run, double untilMs, Phase phase)
{
    std::vector<double> v;
    for (const RecordedEnv &env : run.envs) {
        if (env.record.id == 0 || env.record.createdMs > untilMs)
            continue;
        for (const LaneSegment &seg : env.segments)
            if (seg.phase == phase) {
                if (std::isfinite(seg.endMs) && seg.startMs <= untilMs)
                    v.push_back(seg.endMs - seg.startMs);
                break;
            }
    }
    return quantile(std::move(v), 0.5);
}

/// Requests in flight at once: the most (peak) or on average (mean) over [0, untilMs], counted
/// over the requests that arrived by then.
std::optional<double> concurrency(const RecordedRun &run, double untilMs, bool peak)
{
    std::vector<std::pair<double, int>> edges;
    double busyMs = 0;
    for (const InvocationRecord &inv : run.invocations)
        if (inv.kind == RequestKind::Request && inv.startType != StartType::Throttled && inv.arrivalMs <= untilMs) {
            const double end = std::min(inv.endMs, untilMs);
            edges.push_back({inv.arrivalMs, +1});
            edges.push_back({end, -1});
            busyMs += std::max(0.0, end - inv.arrivalMs);
        }
    if (edges.empty() || untilMs <= 0)
        return std::nullopt;
    if (!peak)
        return busyMs / untilMs;
    std::sort(edges.begin(), edges.end());   // an end before a start at the same moment
    int now = 0, most = 0;
    for (const auto &[t, d] : edges)
        most = std::max(most, now += d);
    return double(most);
}

/// The scenario in effect at `tMs`: the run's configuration period holding it (timed changes and
/// a lesson's schedule applied), else the run's scenario.
const Scenario &scenarioAt(const RecordedRun &run, double tMs)
{
    for (const ConfigPeriod &p : run.periods)
        if (tMs >= p.startS * 1000.0 && tMs < p.endS * 1000.0)
            return p.scenario;
    if (!run.periods.empty() && tMs >= run.periods.back().startS * 1000.0)
        return run.periods.back().scenario;
    return run.scenario;
}

Rates ratesAt(const RecordedRun &run, double tMs)
{
    const Scenario &s = scenarioAt(run, tMs);
    return ratesFor(s.function.architecture, s.pricing.rates);
}

/// The largest value `pick` takes over the run's configuration periods, and when it first and
/// last holds (seconds): a timed peak such as a rate of 60 requests/s from minute 20 to 40.
struct Peak {
    double value = 0, fromS = 0, untilS = 0;
};
Peak peakOf(const RecordedRun &run, const std::function<double(const Scenario &)> &pick)
{
    Peak p{pick(run.scenario), 0, run.durationMs / 1000.0};
    bool seen = false;
    for (const ConfigPeriod &period : run.periods) {
        const double v = pick(period.scenario);
        if (!seen || v > p.value) {
            p = {v, period.startS, period.endS};
            seen = true;
        } else if (v == p.value && period.startS <= p.untilS) {
            p.untilS = period.endS;
        }
    }
    return p;
}

/// The mean latency of the requests (all, or the warm ones) that arrived up to `untilMs`.
std::optional<double> meanLatency(const RecordedRun &run, double untilMs, bool warmOnly = false)
{
    const auto v = collect(run, untilMs, warmOnly ? isWarm : any, latency);
    if (v.empty())
        return std::nullopt;
    return std::accumulate(v.begin(), v.end(), 0.0) / double(v.size());
}

/// What the requests that arrived up to `untilMs` would cost an hour on demand: their billed
/// duration (rounded up to the millisecond) at the memory and duration price in effect, and the
/// request price, over the time they came in. The on-demand side of a Managed Instances bill.
std::optional<double> onDemandCostPerHour(const RecordedRun &run, double untilMs)
{
    if (untilMs <= 0)
        return std::nullopt;
    const Scenario &s = scenarioAt(run, untilMs);
    const Rates rates = ratesFor(s.function.architecture, s.pricing.rates);
    double usd = 0;
    for (const double ms : collect(run, untilMs, any, [](const InvocationRecord &i) { return i.durationMs; }))
        usd += std::ceil(ms) / 1000.0 * gigabytes(s.function.memoryMb) * rates.durationGbS + rates.requestPerMillion / 1e6;
    return usd / (untilMs / 3.6e6);
}

std::optional<double> managed(const RecordedRun &run, double tMs, const std::function<double(const ManagedLayout &, const Scenario &)> &pick)
{
    const Scenario &s = scenarioAt(run, tMs);
    if (s.function.compute != ComputeKind::ManagedInstances)
        return std::nullopt;
    const Rates rates = ratesFor(s.function.architecture, s.pricing.rates);
    return pick(managedLayout(s.function, &rates), s);
}

const std::vector<Figure> &figures()
{
    static const std::vector<Figure> all = {
        {"cold_latency_ms", Needs::Nothing, [](const RecordedRun &r, double t) { return quantile(collect(r, t, isCold, latency), 0.5); }, Unit::Ms},
        {"cold_p99_ms", Needs::Nothing, [](const RecordedRun &r, double t) { return quantile(collect(r, t, isCold, latency), 0.99); }, Unit::Ms},
        {"warm_latency_ms", Needs::Nothing, [](const RecordedRun &r, double t) { return quantile(collect(r, t, isWarm, latency), 0.5); }, Unit::Ms},
        {"latency_p50_ms", Needs::Nothing, [](const RecordedRun &r, double t) { return quantile(collect(r, t, any, latency), 0.5); }, Unit::Ms},
        {"latency_p99_ms", Needs::Nothing, [](const RecordedRun &r, double t) { return quantile(collect(r, t, any, latency), 0.99); }, Unit::Ms},
        {"init_ms", Needs::Nothing,
         [](const RecordedRun &r, double t) {
             return quantile(collect(r, t, isInit, [](const InvocationRecord &i) { return i.initMs; }), 0.5);
         },
         Unit::Ms},
        {"restore_ms", Needs::SnapStart,
         [](const RecordedRun &r, double t) {
             return quantile(collect(r, t, isRestore, [](const InvocationRecord &i) { return i.restoreMs; }), 0.5);
         },
         Unit::Ms},
        {"duration_ms", Needs::Nothing,
         [](const RecordedRun &r, double t) {
             return quantile(collect(r, t, any, [](const InvocationRecord &i) { return i.durationMs; }), 0.5);
         },
         Unit::Ms},
        {"cold_starts", Needs::Nothing,
         [](const RecordedRun &r, double t) -> std::optional<double> { return double(collect(r, t, isCold, latency).size()); },
         Unit::Count},
        {"requests", Needs::Nothing,
         [](const RecordedRun &r, double t) -> std::optional<double> { return double(collect(r, t, any, latency).size()); },
         Unit::Count},
        {"env_setup_ms", Needs::Nothing, [](const RecordedRun &r, double t) { return phaseMedian(r, t, Phase::EnvSetup); }, Unit::Ms},
        {"extension_init_ms", Needs::Nothing, [](const RecordedRun &r, double t) { return phaseMedian(r, t, Phase::ExtensionInit); }, Unit::Ms},
        {"runtime_init_ms", Needs::Nothing, [](const RecordedRun &r, double t) { return phaseMedian(r, t, Phase::RuntimeInit); }, Unit::Ms},
        {"function_init_ms", Needs::Nothing, [](const RecordedRun &r, double t) { return phaseMedian(r, t, Phase::FunctionInit); }, Unit::Ms},
        {"shutdown_ms", Needs::Nothing, [](const RecordedRun &r, double t) { return phaseMedian(r, t, Phase::Shutdown); }, Unit::Ms},
        {"concurrency_peak", Needs::Nothing, [](const RecordedRun &r, double t) { return concurrency(r, t, true); }, Unit::Count},
        // A mean in flight: "1.6", not "2", below ten.
        {"concurrency_mean", Needs::Nothing, [](const RecordedRun &r, double t) { return concurrency(r, t, false); }, Unit::Number},
        {"environments_live", Needs::Nothing,
         [](const RecordedRun &r, double t) -> std::optional<double> {
             const auto counts = r.phaseCountsAt(t);
             return double(std::accumulate(counts.begin(), counts.end(), 0));
         },
         Unit::Count},
        {"cost_per_hour", Needs::Nothing,
         [](const RecordedRun &r, double t) -> std::optional<double> {
             if (t <= 0)
                 return std::nullopt;
             return r.costAt(t).total() / (t / 3.6e6);
         },
         Unit::Usd},
        {"latency_mean_ms", Needs::Nothing, [](const RecordedRun &r, double t) { return meanLatency(r, t); }, Unit::Ms},
        {"warm_latency_mean_ms", Needs::Nothing, [](const RecordedRun &r, double t) { return meanLatency(r, t, true); }, Unit::Ms},
        // Requests in flight by Little's law at the rate in effect, once every environment is
        // warm: rate × mean warm latency (the cold starts of a scale-out are paid once).
        {"concurrency_at_rate", Needs::Nothing,
         [](const RecordedRun &r, double t) -> std::optional<double> {
             const auto mean = meanLatency(r, t, true);
             if (!mean)
                 return std::nullopt;
             return scenarioAt(r, t).workload.ratePerS * *mean / 1000.0;
         },
         Unit::Number},
        {"ondemand_cost_per_hour", Needs::Nothing, onDemandCostPerHour, Unit::Usd},
        // The scenario in effect and its prices: what the panel and the pricing say.
        {"vcpus", Needs::Nothing,
         [](const RecordedRun &r, double t) -> std::optional<double> { return vcpuShare(scenarioAt(r, t).function.memoryMb); },
         Unit::Number},
        {"price_duration_gb_s", Needs::Nothing, [](const RecordedRun &r, double t) -> std::optional<double> { return ratesAt(r, t).durationGbS; },
         Unit::Price},
        {"price_request_per_million", Needs::Nothing,
         [](const RecordedRun &r, double t) -> std::optional<double> { return ratesAt(r, t).requestPerMillion; }, Unit::Price},
        {"price_pc_capacity_gb_s", Needs::Nothing,
         [](const RecordedRun &r, double t) -> std::optional<double> { return ratesAt(r, t).pcCapacityGbS; }, Unit::Price},
        {"price_pc_capacity_gb_month", Needs::Nothing,
         [](const RecordedRun &r, double t) -> std::optional<double> { return ratesAt(r, t).pcCapacityGbS * 3600 * kHoursPerMonth; },
         Unit::Price},
        {"price_pc_duration_gb_s", Needs::Nothing,
         [](const RecordedRun &r, double t) -> std::optional<double> { return ratesAt(r, t).pcDurationGbS; }, Unit::Price},
        // Timed peaks of the run's configuration (its changes and schedule).
        {"rate_peak_per_s", Needs::Nothing,
         [](const RecordedRun &r, double) -> std::optional<double> { return peakOf(r, [](const Scenario &s) { return s.workload.ratePerS; }).value; },
         Unit::Number},
        {"rate_peak_from_min", Needs::Nothing,
         [](const RecordedRun &r, double) -> std::optional<double> { return peakOf(r, [](const Scenario &s) { return s.workload.ratePerS; }).fromS / 60; },
         Unit::Number},
        {"rate_peak_until_min", Needs::Nothing,
         [](const RecordedRun &r, double) -> std::optional<double> { return peakOf(r, [](const Scenario &s) { return s.workload.ratePerS; }).untilS / 60; },
         Unit::Number},
        {"rate_start_per_s", Needs::Nothing,
         [](const RecordedRun &r, double) -> std::optional<double> { return scenarioAt(r, 0).workload.ratePerS; }, Unit::Number},
        {"pc_peak", Needs::Nothing,
         [](const RecordedRun &r, double) -> std::optional<double> {
             return peakOf(r, [](const Scenario &s) { return double(s.function.provisionedConcurrency); }).value;
         },
         Unit::Count},
        // The capacity of the peak's provisioned concurrency left on for a month (730 hours).
        {"pc_peak_month_usd", Needs::Nothing,
         [](const RecordedRun &r, double t) -> std::optional<double> {
             const double pc = peakOf(r, [](const Scenario &s) { return double(s.function.provisionedConcurrency); }).value;
             return pc * gigabytes(scenarioAt(r, t).function.memoryMb) * ratesAt(r, t).pcCapacityGbS * 3600 * kHoursPerMonth;
         },
         Unit::Usd},
        {"mi_instance_price_per_hour", Needs::ManagedInstances,
         [](const RecordedRun &r, double t) { return managed(r, t, [](const ManagedLayout &l, const Scenario &) { return l.instanceHourUsd; }); },
         Unit::Price},
        {"mi_fee_percent", Needs::ManagedInstances,
         [](const RecordedRun &r, double t) { return managed(r, t, [](const ManagedLayout &, const Scenario &) { return kManagementFeeFraction * 100; }); },
         Unit::Number},
        {"mi_envs_per_instance", Needs::ManagedInstances,
         [](const RecordedRun &r, double t) { return managed(r, t, [](const ManagedLayout &l, const Scenario &) { return double(l.envsPerInstance); }); },
         Unit::Count},
        {"mi_max_concurrency", Needs::ManagedInstances,
         [](const RecordedRun &r, double t) { return managed(r, t, [](const ManagedLayout &l, const Scenario &) { return double(l.maxConcurrency); }); },
         Unit::Count},
        // The minimum fleet's environments, and the requests they hold at once.
        {"mi_environments", Needs::ManagedInstances,
         [](const RecordedRun &r, double t) {
             return managed(r, t, [](const ManagedLayout &l, const Scenario &s) {
                 return double(l.envsPerInstance) * s.function.managedInstances.minInstances;
             });
         },
         Unit::Count},
        {"mi_slots", Needs::ManagedInstances,
         [](const RecordedRun &r, double t) {
             return managed(r, t, [](const ManagedLayout &l, const Scenario &s) {
                 return double(l.envsPerInstance) * s.function.managedInstances.minInstances * l.maxConcurrency;
             });
         },
         Unit::Count},
    };
    return all;
}

const Figure *find(const QString &name)
{
    for (const Figure &f : figures())
        if (name == QLatin1String(f.name))
            return &f;
    return nullptr;
}

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression re(QStringLiteral("\\{([A-Za-z0-9_.]+)\\}"));
    return re;
}

/// A scenario key placeholder ("{function.memory_mb}"): the key's JSON path, and 60 when the
/// text asks for a "…_s" key in minutes ("{platform.idle_timeout_min}").
struct KeyPlaceholder {
    std::string path;
    double divisor = 1;
};
std::optional<KeyPlaceholder> keyPlaceholder(const QString &name)
{
    if (!name.contains(QLatin1Char('.')))
        return std::nullopt;
    if (name.endsWith(QLatin1String("_min")))
        return KeyPlaceholder{(name.chopped(4) + QStringLiteral("_s")).toStdString(), 60};
    return KeyPlaceholder{name.toStdString(), 1};
}

/// The number at the key of `scenario`, or nullopt when the key is not a number there.
std::optional<double> keyValue(const KeyPlaceholder &key, const Scenario &scenario)
{
    const auto v = jsonValueAt(scenarioToJson(scenario), key.path);
    if (!v || !std::holds_alternative<double>(*v))
        return std::nullopt;
    return std::get<double>(*v) / key.divisor;
}

/// A number as a setting is written: no more decimals than it has (up to 6), "1,769", "0.07".
QString formatNumber(double v)
{
    int decimals = 0;
    while (decimals < 6 && std::fabs(v * std::pow(10.0, decimals) - std::round(v * std::pow(10.0, decimals))) > 1e-6)
        ++decimals;
    return QLocale().toString(v, 'f', decimals);
}

/// An amount in dollars: whole dollars from $100, cents from $1, two significant digits below
/// ("$0.32", "$0.0016"); a price (`allDigits`) keeps every significant digit ("$0.0000166667").
QString formatUsd(double v, bool allDigits)
{
    int decimals = v >= 100 ? 0 : 2;
    if (v > 0 && v < 1)
        decimals = std::clamp((allDigits ? 5 : 1) - int(std::floor(std::log10(v))), 2, 12);
    QString text = QLocale().toString(v, 'f', decimals);
    for (; allDigits && decimals > 2 && text.endsWith(QLatin1Char('0')); --decimals)
        text.chop(1);
    return LessonFigures::tr("$%1").arg(text);
}

}  // namespace

QStringList LessonFigures::names()
{
    QStringList out;
    for (const Figure &f : figures())
        out << QString::fromLatin1(f.name);
    return out;
}

QStringList LessonFigures::placeholdersIn(const QString &text)
{
    QStringList out;
    for (auto it = placeholderPattern().globalMatch(text); it.hasNext();)
        out << it.next().captured(1);
    return out;
}

QString LessonFigures::whyNotFillable(const QString &name, const Scenario &scenario)
{
    if (const auto key = keyPlaceholder(name)) {
        if (!keyValue(*key, scenario))
            return QStringLiteral("{%1} cannot be filled: %2 is not a number of the step's scenario")
                .arg(name, QString::fromStdString(key->path));
        return {};
    }
    const Figure *f = find(name);
    if (!f)
        return QStringLiteral("unknown figure {%1} (known: %2, or a scenario key such as {function.memory_mb})")
            .arg(name, names().join(QStringLiteral(", ")));
    if (f->needs == Needs::SnapStart && !scenario.function.snapstart.enabled)
        return QStringLiteral("{%1} cannot be filled: the step's scenario has no SnapStart").arg(name);
    if (f->needs == Needs::ManagedInstances && scenario.function.compute != ComputeKind::ManagedInstances)
        return QStringLiteral("{%1} cannot be filled: the step's scenario does not run on Managed Instances").arg(name);
    return {};
}

std::optional<double> LessonFigures::number(const QString &name, const RecordedRun &run, double untilMs)
{
    if (const auto key = keyPlaceholder(name))
        return keyValue(*key, scenarioAt(run, untilMs));
    const Figure *f = find(name);
    if (!f)
        return std::nullopt;
    return f->compute(run, untilMs);
}

QString LessonFigures::formatMs(double ms)
{
    const QLocale loc;
    if (ms < 1000)
        return tr("%1 ms").arg(loc.toString(ms, 'f', ms < 10 ? 1 : 0));
    return tr("%1 s").arg(loc.toString(ms / 1000.0, 'f', ms < 10'000 ? 2 : 1));
}

std::optional<QString> LessonFigures::value(const QString &name, const RecordedRun &run, double untilMs)
{
    const auto v = number(name, run, untilMs);
    if (!v)
        return std::nullopt;
    const Figure *f = find(name);
    switch (f ? f->unit : Unit::Number) {
    case Unit::Ms: return formatMs(*v);
    case Unit::Usd: return formatUsd(*v, false);
    case Unit::Price: return formatUsd(*v, true);
    // Two significant digits below ten (within 5 % from 0.1 up), whole numbers above.
    case Unit::Number: return formatNumber(*v < 1 ? std::round(*v * 100) / 100 : *v < 10 ? std::round(*v * 10) / 10 : std::round(*v));
    case Unit::Count: break;
    }
    return QLocale().toString(qlonglong(std::llround(*v)));
}

QString LessonFigures::fill(const QString &text, const RecordedRun *run, double untilMs, const Scenario *inEffect)
{
    if (!text.contains(QLatin1Char('{')))
        return text;
    QString out;
    qsizetype last = 0;
    for (auto it = placeholderPattern().globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += text.mid(last, m.capturedStart() - last);
        std::optional<QString> v;
        if (const auto key = keyPlaceholder(m.captured(1)); key && inEffect) {
            if (const auto n = keyValue(*key, *inEffect))
                v = formatNumber(*n);
        } else if (run) {
            v = value(m.captured(1), *run, untilMs);
        }
        out += v ? *v : QStringLiteral("…");
        last = m.capturedEnd();
    }
    out += text.mid(last);
    return out;
}

}  // namespace lle
