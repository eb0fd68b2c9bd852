// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessonfigures.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <functional>
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

struct Figure {
    const char *name;
    bool needsSnapStart;
    std::function<std::optional<double>(const RecordedRun &, double)> compute;
    bool isMs;
};

const std::vector<Figure> &figures()
{
    static const std::vector<Figure> all = {
        {"cold_latency_ms", false, [](const RecordedRun &r, double t) { return quantile(collect(r, t, isCold, latency), 0.5); }, true},
        {"cold_p99_ms", false, [](const RecordedRun &r, double t) { return quantile(collect(r, t, isCold, latency), 0.99); }, true},
        {"warm_latency_ms", false, [](const RecordedRun &r, double t) { return quantile(collect(r, t, isWarm, latency), 0.5); }, true},
        {"latency_p50_ms", false, [](const RecordedRun &r, double t) { return quantile(collect(r, t, any, latency), 0.5); }, true},
        {"latency_p99_ms", false, [](const RecordedRun &r, double t) { return quantile(collect(r, t, any, latency), 0.99); }, true},
        {"init_ms", false,
         [](const RecordedRun &r, double t) {
             return quantile(collect(r, t, isInit, [](const InvocationRecord &i) { return i.initMs; }), 0.5);
         },
         true},
        {"restore_ms", true,
         [](const RecordedRun &r, double t) {
             return quantile(collect(r, t, isRestore, [](const InvocationRecord &i) { return i.restoreMs; }), 0.5);
         },
         true},
        {"duration_ms", false,
         [](const RecordedRun &r, double t) {
             return quantile(collect(r, t, any, [](const InvocationRecord &i) { return i.durationMs; }), 0.5);
         },
         true},
        {"cold_starts", false,
         [](const RecordedRun &r, double t) -> std::optional<double> { return double(collect(r, t, isCold, latency).size()); },
         false},
        {"requests", false,
         [](const RecordedRun &r, double t) -> std::optional<double> { return double(collect(r, t, any, latency).size()); },
         false},
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
    return f->isMs ? formatMs(*v) : QLocale().toString(qlonglong(std::llround(*v)));
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
