// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessonfigures.h"

#include <QLocale>
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

enum class Unit { Ms, Count, Usd };

struct Figure {
    const char *name;
    bool needsSnapStart;
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

const std::vector<Figure> &figures()
{
    static const std::vector<Figure> all = {
        {"cold_latency_ms", false, [](const RecordedRun &r, double t) { return quantile(collect(r, t, isCold, latency), 0.5); }, Unit::Ms},
        {"cold_p99_ms", false, [](const RecordedRun &r, double t) { return quantile(collect(r, t, isCold, latency), 0.99); }, Unit::Ms},
        {"warm_latency_ms", false, [](const RecordedRun &r, double t) { return quantile(collect(r, t, isWarm, latency), 0.5); }, Unit::Ms},
        {"latency_p50_ms", false, [](const RecordedRun &r, double t) { return quantile(collect(r, t, any, latency), 0.5); }, Unit::Ms},
        {"latency_p99_ms", false, [](const RecordedRun &r, double t) { return quantile(collect(r, t, any, latency), 0.99); }, Unit::Ms},
        {"init_ms", false,
         [](const RecordedRun &r, double t) {
             return quantile(collect(r, t, isInit, [](const InvocationRecord &i) { return i.initMs; }), 0.5);
         },
         Unit::Ms},
        {"restore_ms", true,
         [](const RecordedRun &r, double t) {
             return quantile(collect(r, t, isRestore, [](const InvocationRecord &i) { return i.restoreMs; }), 0.5);
         },
         Unit::Ms},
        {"duration_ms", false,
         [](const RecordedRun &r, double t) {
             return quantile(collect(r, t, any, [](const InvocationRecord &i) { return i.durationMs; }), 0.5);
         },
         Unit::Ms},
        {"cold_starts", false,
         [](const RecordedRun &r, double t) -> std::optional<double> { return double(collect(r, t, isCold, latency).size()); },
         Unit::Count},
        {"requests", false,
         [](const RecordedRun &r, double t) -> std::optional<double> { return double(collect(r, t, any, latency).size()); },
         Unit::Count},
        {"env_setup_ms", false, [](const RecordedRun &r, double t) { return phaseMedian(r, t, Phase::EnvSetup); }, Unit::Ms},
        {"extension_init_ms", false, [](const RecordedRun &r, double t) { return phaseMedian(r, t, Phase::ExtensionInit); }, Unit::Ms},
        {"runtime_init_ms", false, [](const RecordedRun &r, double t) { return phaseMedian(r, t, Phase::RuntimeInit); }, Unit::Ms},
        {"function_init_ms", false, [](const RecordedRun &r, double t) { return phaseMedian(r, t, Phase::FunctionInit); }, Unit::Ms},
        {"shutdown_ms", false, [](const RecordedRun &r, double t) { return phaseMedian(r, t, Phase::Shutdown); }, Unit::Ms},
        {"concurrency_peak", false, [](const RecordedRun &r, double t) { return concurrency(r, t, true); }, Unit::Count},
        {"concurrency_mean", false, [](const RecordedRun &r, double t) { return concurrency(r, t, false); }, Unit::Count},
        {"environments_live", false,
         [](const RecordedRun &r, double t) -> std::optional<double> {
             const auto counts = r.phaseCountsAt(t);
             return double(std::accumulate(counts.begin(), counts.end(), 0));
         },
         Unit::Count},
        {"cost_per_hour", false,
         [](const RecordedRun &r, double t) -> std::optional<double> {
             if (t <= 0)
                 return std::nullopt;
             return r.costAt(t).total() / (t / 3.6e6);
         },
         Unit::Usd},
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
    static const QRegularExpression re(QStringLiteral("\\{([A-Za-z0-9_]+)\\}"));
    return re;
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
    const Figure *f = find(name);
    if (!f)
        return QStringLiteral("unknown figure {%1} (known: %2)").arg(name, names().join(QStringLiteral(", ")));
    if (f->needsSnapStart && !scenario.function.snapstart.enabled)
        return QStringLiteral("{%1} cannot be filled: the step's scenario has no SnapStart").arg(name);
    return {};
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
    const Figure *f = find(name);
    if (!f)
        return std::nullopt;
    const auto v = f->compute(run, untilMs);
    if (!v)
        return std::nullopt;
    switch (f->unit) {
    case Unit::Ms: return formatMs(*v);
    case Unit::Usd: return tr("$%1").arg(QLocale().toString(*v, 'f', *v < 10 ? 2 : 0));
    case Unit::Count: break;
    }
    return QLocale().toString(qlonglong(std::llround(*v)));
}

QString LessonFigures::fill(const QString &text, const RecordedRun *run, double untilMs)
{
    if (!text.contains(QLatin1Char('{')))
        return text;
    QString out;
    qsizetype last = 0;
    for (auto it = placeholderPattern().globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += text.mid(last, m.capturedStart() - last);
        const auto v = run ? value(m.captured(1), *run, untilMs) : std::nullopt;
        out += v ? *v : QStringLiteral("…");
        last = m.capturedEnd();
    }
    out += text.mid(last);
    return out;
}

}  // namespace lle
