// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportpage.h"

#include "colours.h"
#include "format.h"
#include "lessonstrings.h"
#include "pricing.h"
#include "runtimepresets.h"
#include "scenarioio.h"

#include <QDir>
#include <QFileInfo>
#include <QTimeZone>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <set>

namespace lle {

namespace reportfiles {
QStringList plotNames()
{
    return {QLatin1String(kLatencyPng), QLatin1String(kLatencyDistributionPng), QLatin1String(kCostPng),
            QLatin1String(kEnvironmentsPng), QLatin1String(kLifecyclePng)};
}

QStringList csvNames()
{
    return {QStringLiteral("invocations.csv"), QStringLiteral("environments.csv"), QStringLiteral("timeline.csv"),
            QStringLiteral("metrics.csv")};
}
}  // namespace reportfiles

namespace {

QString esc(const QString &s) { return s.toHtmlEscaped(); }
QString esc(const std::string &s) { return QString::fromStdString(s).toHtmlEscaped(); }

/// The style sheet: light, readable on screen, A4 on paper. System fonts only (the page must
/// work offline and carry nothing external).
const char *const kStyleTemplate = R"css(
:root { --ink: @ink@; --muted: @muted@; --rule: @rule@; --band: @band@; --accent: @accent@; }
* { box-sizing: border-box; }
html { background: @paper@; }
body { margin: 0 auto; max-width: 1100px; padding: 24px 32px 48px; color: var(--ink); background: @paper@;
       font: 15px/1.45 system-ui, "Segoe UI", "Noto Sans", "Noto Sans CJK KR", "DejaVu Sans", Arial, sans-serif; }
h1 { font-size: 26px; margin: 0 0 2px; overflow-wrap: anywhere; }
h2 { font-size: 19px; margin: 34px 0 10px; padding-bottom: 4px; border-bottom: 2px solid var(--ink); }
h3 { font-size: 15px; margin: 18px 0 6px; }
p { margin: 6px 0; }
a { color: var(--accent); }
.sub { color: var(--muted); margin: 0 0 14px; }
.meta { display: grid; grid-template-columns: max-content 1fr max-content 1fr; gap: 3px 14px; margin: 0;
        padding: 10px 14px; background: var(--band); border: 1px solid var(--rule); border-radius: 4px; }
.meta dt { color: var(--muted); }
.meta dd { margin: 0; font-weight: 600; overflow-wrap: anywhere; }
nav { margin: 14px 0 0; color: var(--muted); font-size: 14px; }
nav a { margin-right: 12px; }
.kpis { display: grid; grid-template-columns: repeat(4, 1fr); gap: 10px; margin: 8px 0 6px; }
.kpi { border: 1px solid var(--rule); border-left: 5px solid var(--c, @grey@); border-radius: 4px; padding: 8px 10px; }
.kpi .k { color: var(--muted); font-size: 13px; }
.kpi .v { font-size: 21px; font-weight: 700; white-space: nowrap; }
.kpi .n { color: var(--muted); font-size: 12px; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 10px; font-size: 14px; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--rule); vertical-align: top; }
th { background: var(--band); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.total td { font-weight: 700; border-top: 2px solid var(--ink); border-bottom: none; }
td.path, code { font-family: "DejaVu Sans Mono", "Noto Sans Mono", Consolas, monospace; font-size: 13px; }
td.path { white-space: nowrap; }
td.value { overflow-wrap: anywhere; }
.unused { color: @unused@; }
.tag { display: inline-block; padding: 0 6px; border-radius: 3px; font-size: 12px; background: @tagfill@;
       border: 1px solid @tagborder@; color: @tagtext@; }
.swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 6px;
          vertical-align: baseline; }
figure { margin: 14px 0 22px; }
figure img { display: block; width: 100%; height: auto; border: 1px solid var(--rule); }
figcaption { color: var(--muted); font-size: 13px; margin-top: 4px; }
ul.assume { padding-left: 20px; margin: 6px 0; }
ul.assume li { margin: 3px 0; }
.note { color: var(--muted); font-size: 13px; }
pre.cmd { background: var(--band); border: 1px solid var(--rule); padding: 8px 10px; overflow-x: auto;
          font-size: 13px; white-space: pre-wrap; overflow-wrap: anywhere; }
footer { margin-top: 36px; padding-top: 8px; border-top: 1px solid var(--rule); color: var(--muted); font-size: 12px; }
@media (max-width: 760px) { .kpis { grid-template-columns: repeat(2, 1fr); } .meta { grid-template-columns: max-content 1fr; } }
@page { size: A4; margin: 14mm 13mm 16mm; }
@media print {
  html, body { background: @paper@ !important; }
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  nav { display: none; }
  a { color: var(--ink); text-decoration: none; }
  h2 { break-after: avoid; page-break-after: avoid; margin-top: 7mm; }
  section.page > h2 { margin-top: 0; }
  section.page { break-before: page; page-break-before: always; }
  section.first { break-before: auto; page-break-before: auto; }
  figure, tr, .kpi, .meta { break-inside: avoid; page-break-inside: avoid; }
  figure { margin: 6mm 0; }
  figure img { border: 0.3mm solid @printrule@; max-height: 118mm; width: auto; max-width: 100%; margin: 0 auto; }
  thead { display: table-header-group; }
  th, td { padding: 2px 6px; }
  .rerun, p { break-inside: avoid; page-break-inside: avoid; }
  .kpis { grid-template-columns: repeat(4, 1fr); }
  .meta { grid-template-columns: max-content 1fr max-content 1fr; }
  .kpi .v { font-size: 14pt; }
  td.path { white-space: normal; overflow-wrap: anywhere; }
}
)css";

/// The style sheet with app/colours.h's colours in place of its @names@.
QString style()
{
    static const QString sheet = [] {
        QString css = QString::fromUtf8(kStyleTemplate);
        const std::pair<const char *, QRgb> names[] = {
            {"@ink@", colours::kPageInk},        {"@muted@", colours::kPageMuted},
            {"@rule@", colours::kPageRule},      {"@band@", colours::kPageBand},
            {"@accent@", colours::kBlue},        {"@paper@", colours::kPaper},
            {"@grey@", colours::kGrey},          {"@unused@", colours::kPageUnused},
            {"@tagfill@", colours::kTagFill},    {"@tagborder@", colours::kOrange},
            {"@tagtext@", colours::kTagText},    {"@printrule@", colours::kPagePrintRule},
        };
        for (const auto &[name, rgb] : names)
            css.replace(QLatin1String(name), colours::css(rgb));
        return css;
    }();
    return sheet;
}

QString routingText(Routing r)
{
    switch (r) {
    case Routing::Newest: return ReportPage::tr("the newest frozen environment takes a request (newest)");
    case Routing::Mru: return ReportPage::tr("the most recently used frozen environment takes a request (mru)");
    case Routing::Random: return ReportPage::tr("a frozen environment chosen at random takes a request (random)");
    }
    return {};
}

QString patternText(const QLocale &loc, const WorkloadSpec &w)
{
    switch (w.pattern) {
    case WorkloadPattern::Poisson:
        return ReportPage::tr("Poisson arrivals at %1 requests/s").arg(Format::number(w.ratePerS, 3, loc));
    case WorkloadPattern::Constant:
        return ReportPage::tr("evenly spaced arrivals at %1 requests/s").arg(Format::number(w.ratePerS, 3, loc));
    case WorkloadPattern::Diurnal:
        return ReportPage::tr("daily cycle around %1 requests/s, peak to trough %2, peak at %3 s of a %4 s period")
            .arg(Format::number(w.meanRatePerS, 3, loc), Format::number(w.peakToTrough, 3, loc), Format::number(w.peakAtS, 3, loc), Format::number(w.periodS, 3, loc));
    case WorkloadPattern::Burst:
        return ReportPage::tr("%1 requests/s, with bursts of %2 requests/s for %3 s every %4 s")
            .arg(Format::number(w.baseRatePerS, 3, loc), Format::number(w.burstRatePerS, 3, loc), Format::number(w.lengthS, 3, loc), Format::number(w.everyS, 3, loc));
    case WorkloadPattern::Trace:
        return ReportPage::tr("replay of the trace %1").arg(QString::fromStdString(w.trace.path));
    }
    return {};
}

/// Keys of `workload` that the scenario's pattern does not read (shown greyed in the table).
std::set<std::string> unusedPaths(const Scenario &s)
{
    std::set<std::string> unused;
    const auto p = s.workload.pattern;
    auto mark = [&](std::initializer_list<const char *> keys, bool used) {
        if (!used)
            for (const char *k : keys)
                unused.insert(std::string("workload.") + k);
    };
    mark({"rate_per_s"}, p == WorkloadPattern::Poisson || p == WorkloadPattern::Constant);
    mark({"mean_rate_per_s", "peak_to_trough", "period_s", "peak_at_s"}, p == WorkloadPattern::Diurnal);
    mark({"base_rate_per_s", "burst_rate_per_s", "every_s", "length_s"}, p == WorkloadPattern::Burst);
    if (s.workload.keepWarm.intervalS <= 0) {
        unused.insert("workload.keep_warm.concurrency");
        unused.insert("workload.keep_warm.ping_ms");
    }
    if (!s.function.snapstart.enabled) {
        unused.insert("function.snapstart.restore_ms");
        unused.insert("function.snapstart.billed_restore_ms");
    }
    if (!snapStartIsCharged(s.function))
        unused.insert("function.snapstart.billed_restore_ms");   // Java: no restore is billed
    if (s.function.handler.distribution != Distribution::Lognormal)
        unused.insert("function.handler.cv");
    return unused;
}

/// A fitted value for reading: four significant digits, three decimals at least (16.259,
/// 0.00001667), no trailing zeros. scenario.json beside the page keeps every digit.
std::string readableNumber(double v)
{
    if (!std::isfinite(v) || v == std::round(v))
        return nlohmann::json(v).dump();
    const int magnitude = static_cast<int>(std::floor(std::log10(std::abs(v))));
    const int decimals = std::clamp(3 - magnitude, 3, 12);
    std::string s = QString::number(v, 'f', decimals).toStdString();
    while (s.back() == '0')
        s.pop_back();
    if (s.back() == '.')
        s.pop_back();
    return s;
}

/// Every leaf of the scenario's JSON as (path, value): the keys of the file the program writes,
/// so that a key added to the contract appears here without anyone touching this page.
void flatten(const nlohmann::ordered_json &j, const std::string &path, std::vector<std::pair<std::string, std::string>> &out)
{
    if (j.is_object()) {
        if (j.empty() && !path.empty())
            out.emplace_back(path, "{}");
        for (const auto &[key, value] : j.items())
            flatten(value, path.empty() ? key : path + "." + key, out);
    } else if (j.is_array()) {
        if (j.empty())
            out.emplace_back(path, "[]");
        for (std::size_t i = 0; i < j.size(); ++i) {
            const std::string at = path + "[" + std::to_string(i) + "]";
            const auto &e = j[i];
            // A change's `set` holds dotted paths as keys: keep them whole.
            if (e.is_object() && e.contains("set") && e["set"].is_object()) {
                for (const auto &[key, value] : e.items()) {
                    if (key != "set")
                        flatten(value, at + "." + key, out);
                }
                for (const auto &[key, value] : e["set"].items())
                    out.emplace_back(at + ".set." + key, value.is_string() ? value.get<std::string>() : value.dump());
            } else {
                flatten(e, at, out);
            }
        }
    } else if (j.is_string()) {
        out.emplace_back(path, j.get<std::string>());
    } else if (j.is_number_float()) {
        out.emplace_back(path, readableNumber(j.get<double>()));
    } else {
        out.emplace_back(path, j.dump());
    }
}

struct RateRow {
    const char *name;
    double Rates::*field;
    const char *unit;
};
const RateRow kRateRows[] = {
    {"request_per_million", &Rates::requestPerMillion, "USD per 1M requests"},
    {"duration_gb_s", &Rates::durationGbS, "USD per GB-s"},
    {"pc_capacity_gb_s", &Rates::pcCapacityGbS, "USD per GB-s"},
    {"pc_duration_gb_s", &Rates::pcDurationGbS, "USD per GB-s"},
    {"snapstart_cache_gb_s", &Rates::snapstartCacheGbS, "USD per GB-s"},
    {"snapstart_restore_gb", &Rates::snapstartRestoreGb, "USD per GB restored"},
    {"ephemeral_gb_s", &Rates::ephemeralGbS, "USD per GB-s"},
};

QString rateValue(double v)
{
    // Prices as AWS publishes them, in plain decimals (0.0000166667, not 1.66667e-05): enough
    // digits that nothing is rounded away.
    QString s = QString::number(v, 'f', 12);
    if (s.contains(QLatin1Char('.'))) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(QLatin1Char('.')))
            s.chop(1);
    }
    return QLatin1Char('$') + s;
}

QString costLineText(const std::string &key)
{
    if (key == "requests") return ReportPage::tr("Requests (pings included)");
    if (key == "duration") return ReportPage::tr("Duration (handler time, on-demand)");
    if (key == "init") return ReportPage::tr("Init duration billed (cold starts)");
    if (key == "provisioned_capacity") return ReportPage::tr("Provisioned concurrency: capacity kept warm");
    if (key == "provisioned_duration") return ReportPage::tr("Provisioned concurrency: duration");
    if (key == "snapstart_cache") return ReportPage::tr("SnapStart: snapshot cache");
    if (key == "snapstart_restore") return ReportPage::tr("SnapStart: restores");
    if (key == "ephemeral_storage") return ReportPage::tr("Ephemeral storage above 512 MB");
    if (key == "instances") return ReportPage::tr("Managed Instances: EC2 instance-hours");
    if (key == "management_fee") return ReportPage::tr("Managed Instances: management fee (15 %)");
    if (key == "tenant_environments") return ReportPage::tr("Tenant isolation: environments created");
    if (key == "response_streaming") return ReportPage::tr("Response streaming beyond 6 MB");
    if (key == "free_tier_credit") return ReportPage::tr("Free tier credit");
    return {};
}

QString costLineColour(const std::string &key)
{
    return colours::css(colours::costLine(key));   // as the cost plot draws it
}

QString kpi(const QString &caption, const QString &value, const QString &note, QRgb colour)
{
    return QStringLiteral("<div class=\"kpi\" style=\"--c:%4\"><div class=\"k\">%1</div><div class=\"v\">%2</div>"
                          "<div class=\"n\">%3</div></div>\n")
        .arg(esc(caption), esc(value), esc(note), colours::css(colour));
}

QString latencyRow(const QLocale &loc, const QString &name, const LatencySummary &l, std::uint64_t n)
{
    QString row = QStringLiteral("<tr><td>%1</td><td class=\"num\">%2</td>").arg(esc(name), Format::count(n, loc));
    for (double v : {l.mean, l.p50, l.p90, l.p99, l.p999, l.max})
        row += QStringLiteral("<td class=\"num\">%1</td>").arg(n ? esc(Format::tableMs(v, loc)) : QStringLiteral("–"));
    return row + QStringLiteral("</tr>\n");
}

}  // namespace

double ReportPage::projectedMonthlyUsd(const Summary &s)
{
    return monthlyCostUsd(s.cost.total(), s.durationS);
}

QString ReportPage::plotCaption(const QString &fileName)
{
    if (fileName == QLatin1String(reportfiles::kLatencyPng))
        return tr("Latency of every request over the run, by start type (logarithmic axis). Cold starts "
                  "sit one or two orders of magnitude above warm ones.");
    if (fileName == QLatin1String(reportfiles::kLatencyDistributionPng))
        return tr("Distribution of latency (share of requests at or below a latency), cold and warm starts "
                  "apart, with the p50 and p99 of all requests.");
    if (fileName == QLatin1String(reportfiles::kCostPng))
        return tr("Cost accumulated over the run, by line of the bill.");
    if (fileName == QLatin1String(reportfiles::kEnvironmentsPng))
        return tr("Execution environments over time: busy (invoking), initialising, frozen (idle, kept warm) "
                  "and provisioned.");
    if (fileName == QLatin1String(reportfiles::kLifecyclePng))
        return tr("Every execution environment as a lane, coloured by lifecycle phase: the whole run, and "
                  "a closer look at its first seconds.");
    return {};
}

QString ReportPage::html(const ReportPageInput &in)
{
    const QLocale &loc = in.locale;
    const Scenario &sc = in.scenario;
    const Summary &s = in.summary;
    const auto &r = s.requests;
    const QString name = scenarioDisplayName(sc.name);   // a built-in scenario's in the report's language
    const QString software = QStringLiteral("lambda-explorer %1").arg(QLatin1String(LLE_VERSION));
    const QString model = QLatin1String(LLE_MODEL_VERSION);
    const bool initFree = sc.pricing.initBilling == InitBilling::FreeBefore2025_08;
    const QString billing = initFree ? tr("init free on managed runtimes (before August 2025)")
                                     : tr("init billed (since August 2025)");
    const QString langTag = loc.language() == QLocale::Korean ? QStringLiteral("ko") : QStringLiteral("en");

    QString h;
    h.reserve(64 * 1024);
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n").arg(langTag);
    h += QStringLiteral("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    h += QStringLiteral("<meta name=\"generator\" content=\"%1\">\n").arg(esc(software));
    h += QStringLiteral("<title>%1</title>\n").arg(esc(tr("%1 — Lambda Lifecycle Explorer report").arg(name)));
    h += QStringLiteral("<style>") + style() + QStringLiteral("</style>\n</head>\n<body>\n");

    // --- header ----------------------------------------------------------------------------
    const QDateTime when = in.generatedAt.isValid() ? in.generatedAt : QDateTime::currentDateTime();
    h += QStringLiteral("<header>\n<h1>%1</h1>\n").arg(esc(name));
    h += QStringLiteral("<p class=\"sub\">%1</p>\n")
             .arg(esc(tr("Lambda Lifecycle Explorer report · generated %1")
                          .arg(when.toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QLatin1Char(' ')
                               + when.timeZoneAbbreviation())));
    h += QStringLiteral("<dl class=\"meta\">\n");
    auto meta = [&](const QString &k, const QString &v) {
        h += QStringLiteral("<dt>%1</dt><dd>%2</dd>\n").arg(esc(k), esc(v));
    };
    meta(tr("Software"), software);
    meta(tr("Model reference"), model);
    meta(tr("Seed"), QString::number(sc.seed));
    meta(tr("Simulated"), Format::runLength(sc.durationS, loc));
    meta(tr("Billing regime"), billing + (sc.pricing.freeTier ? tr(", free tier applied") : QString()));
    meta(tr("Function"), tr("%1, %2, %3 MB")
                             .arg(QString::fromStdString(sc.function.runtime),
                                  sc.function.architecture == Architecture::Arm64 ? QStringLiteral("arm64")
                                                                                  : QStringLiteral("x86_64"),
                                  loc.toString(sc.function.memoryMb)));
    meta(tr("Traffic"), patternText(loc, sc.workload));
    meta(tr("Timed changes"), sc.changes.empty() ? tr("none") : tr("%n change(s), listed under Parameters", nullptr,
                                                                    static_cast<int>(sc.changes.size())));
    h += QStringLiteral("</dl>\n");
    h += QStringLiteral("<nav><a href=\"#kpis\">%1</a><a href=\"#bill\">%2</a><a href=\"#plots\">%3</a>"
                        "<a href=\"#assumptions\">%4</a><a href=\"#parameters\">%5</a><a href=\"#files\">%6</a></nav>\n")
             .arg(esc(tr("Key figures")), esc(tr("Bill")), esc(tr("Plots")), esc(tr("Assumptions")),
                  esc(tr("Parameters")), esc(tr("Data files")));
    h += QStringLiteral("</header>\n");

    // --- key figures ---------------------------------------------------------------------------
    h += QStringLiteral("<section id=\"kpis\" class=\"first\">\n<h2>%1</h2>\n<div class=\"kpis\">\n").arg(esc(tr("Key figures")));
    h += kpi(tr("Requests"), Format::count(r.total, loc),
             tr("%1 throttled · %2 timed out").arg(Format::count(r.throttled, loc), Format::count(r.timedOut, loc)), colours::kGrey);
    h += kpi(tr("Cold starts"), loc.toString(s.coldStartRatio * 100, 'f', s.coldStartRatio < 0.1 ? 2 : 1) + QStringLiteral(" %"),
             tr("%1 of %2 completed").arg(Format::count(r.cold + r.snapstart, loc), Format::count(r.completed, loc)), colours::kVermillion);
    h += kpi(tr("Latency p50"), Format::tableMs(s.latency.p50, loc), tr("half of the requests are faster"), colours::kBluishGreen);
    h += kpi(tr("Latency p90 · p99"), Format::tableMs(s.latency.p90, loc) + QStringLiteral(" · ") + Format::tableMs(s.latency.p99, loc),
             tr("1 in 10 and 1 in 100 requests are slower"), colours::kVermillion);
    h += kpi(tr("Cost of the run"), Format::tableUsd(s.cost.total(), loc), tr("over %1 simulated").arg(Format::runLength(s.durationS, loc)), colours::kGrey);
    h += kpi(tr("Cost per 1M requests"), Format::tableUsd(s.costPerMillionRequests, loc), tr("completed requests"), colours::kGrey);
    h += kpi(tr("Projected per month"), Format::tableUsd(projectedMonthlyUsd(s), loc),
             tr("at this rate for 730 h"), colours::kGrey);
    h += kpi(tr("Environments"), tr("%1 created").arg(Format::count(s.environments.created, loc)),
             tr("peak %1 · mean %2").arg(Format::count(s.environments.peak, loc), Format::number(s.environments.mean, 2, loc)), colours::kBlue);
    h += QStringLiteral("</div>\n");

    h += QStringLiteral("<h3>%1</h3>\n<table>\n<thead><tr><th>%2</th><th class=\"num\">%3</th>")
             .arg(esc(tr("Latency")), esc(tr("Requests")), esc(tr("Count")));
    for (const QString &c : {tr("mean"), tr("p50"), tr("p90"), tr("p99"), tr("p99.9"), tr("max")})
        h += QStringLiteral("<th class=\"num\">%1</th>").arg(esc(c));
    h += QStringLiteral("</tr></thead>\n<tbody>\n");
    h += latencyRow(loc, tr("All requests"), s.latency, r.completed);
    h += latencyRow(loc, tr("Cold starts (and SnapStart restores)"), s.coldLatency, r.cold + r.snapstart);
    h += latencyRow(loc, tr("Warm starts (and provisioned)"), s.warmLatency, r.warm + r.provisioned);
    h += QStringLiteral("</tbody>\n</table>\n");

    h += QStringLiteral("<h3>%1</h3>\n<table>\n<tbody>\n").arg(esc(tr("Requests and environments")));
    auto pair = [&](const QString &k, const QString &v) {
        h += QStringLiteral("<tr><td>%1</td><td class=\"num\">%2</td></tr>\n").arg(esc(k), esc(v));
    };
    pair(tr("Requests (completed · throttled · timed out)"),
         QStringLiteral("%1 · %2 · %3").arg(Format::count(r.completed, loc), Format::count(r.throttled, loc), Format::count(r.timedOut, loc)));
    pair(tr("Start types (cold · warm · provisioned · SnapStart)"),
         QStringLiteral("%1 · %2 · %3 · %4")
             .arg(Format::count(r.cold, loc), Format::count(r.warm, loc), Format::count(r.provisioned, loc), Format::count(r.snapstart, loc)));
    pair(tr("Keep-warm pings (billed, not in the latency figures)"), Format::count(r.keepWarmPings, loc));
    pair(tr("Environments created · peak · shut down"),
         QStringLiteral("%1 · %2 · %3")
             .arg(Format::count(s.environments.created, loc), Format::count(s.environments.peak, loc), Format::count(s.environments.shutdowns, loc)));
    pair(tr("Environments on average (all · busy · idle)"),
         QStringLiteral("%1 · %2 · %3")
             .arg(Format::number(s.environments.mean, 2, loc), Format::number(s.environments.meanBusy, 2, loc), Format::number(s.environments.meanIdle, 2, loc)));
    pair(tr("GB-seconds billed (on demand · provisioned)"),
         QStringLiteral("%1 · %2").arg(Format::number(s.gbSeconds.onDemandBilled, 1, loc), Format::number(s.gbSeconds.provisionedBilled, 1, loc)));
    pair(tr("GB-seconds idle (frozen environments, not billed on demand)"), Format::number(s.gbSeconds.idle, 1, loc));
    h += QStringLiteral("</tbody>\n</table>\n</section>\n");

    // --- the bill ------------------------------------------------------------------------------
    const nlohmann::ordered_json summaryJson = summaryToJson(s);
    h += QStringLiteral("<section id=\"bill\">\n<h2>%1</h2>\n").arg(esc(tr("Itemised bill")));
    h += QStringLiteral("<table>\n<thead><tr><th>%1</th><th>%2</th><th class=\"num\">%3</th><th class=\"num\">%4</th></tr></thead>\n<tbody>\n")
             .arg(esc(tr("Line")), esc(tr("summary.json key")), esc(tr("USD")), esc(tr("Share")));
    const double total = s.cost.total();
    for (const auto &[key, value] : summaryJson["cost_usd"].items()) {
        if (key == "total")
            continue;
        const double v = value.get<double>();
        QString share;
        if (total > 0 && v != 0)
            share = std::abs(v / total) < 0.0005 ? QStringLiteral("< %1 %").arg(loc.toString(0.1, 'f', 1))
                                                 : loc.toString(100.0 * v / total, 'f', 1) + QStringLiteral(" %");
        QString text = costLineText(key);
        if (text.isEmpty())
            text = QString::fromStdString(key);
        h += QStringLiteral("<tr%5><td><span class=\"swatch\" style=\"background:%1\"></span>%2</td><td><code>cost_usd.%3</code></td>"
                            "<td class=\"num\">%4</td><td class=\"num\">%6</td></tr>\n")
                 .arg(costLineColour(key), esc(text), esc(key), esc(Format::tableUsd(v, loc)),
                      v == 0 ? QStringLiteral(" class=\"unused\"") : QString(), esc(share));
    }
    h += QStringLiteral("<tr class=\"total\"><td>%1</td><td><code>cost_usd.total</code></td><td class=\"num\">%2</td><td class=\"num\"></td></tr>\n")
             .arg(esc(tr("Total")), esc(Format::tableUsd(total, loc)));
    h += QStringLiteral("</tbody>\n</table>\n");
    h += QStringLiteral("<p class=\"note\">%1</p>\n")
             .arg(esc(tr("Per 1M completed requests: %1. Projected per month (730 h at the simulated rate): %2 — "
                         "a straight extrapolation; minimum charges (provisioned concurrency in 5-minute steps, the "
                         "3-hour SnapStart cache minimum) weigh more in a short run.")
                          .arg(Format::tableUsd(s.costPerMillionRequests, loc), Format::tableUsd(projectedMonthlyUsd(s), loc))));
    h += QStringLiteral("</section>\n");

    // --- plots ---------------------------------------------------------------------------------
    if (!in.plots.isEmpty()) {
        h += QStringLiteral("<section id=\"plots\" class=\"page\">\n<h2>%1</h2>\n").arg(esc(tr("Plots")));
        for (const QString &file : in.plots) {
            const QString caption = plotCaption(file);
            h += QStringLiteral("<figure><img src=\"%1\" alt=\"%2\" width=\"1600\" height=\"900\"><figcaption>%2 "
                                "<a href=\"%1\">%1</a></figcaption></figure>\n")
                     .arg(esc(file), esc(caption));
        }
        h += QStringLiteral("</section>\n");
    }

    // --- assumptions ---------------------------------------------------------------------------
    const auto &pl = sc.platform;
    h += QStringLiteral("<section id=\"assumptions\">\n<h2>%1</h2>\n<ul class=\"assume\">\n")
             .arg(esc(tr("Assumptions in force")));
    auto item = [&](const QString &k, const QString &v) {
        h += QStringLiteral("<li><strong>%1:</strong> %2</li>\n").arg(esc(k), esc(v));
    };
    item(tr("Idle timeout"), pl.idleTimeout.ranged
                                 ? tr("drawn uniformly between %1 s and %2 s for every idle period")
                                       .arg(Format::number(pl.idleTimeout.minS, 3, loc), Format::number(pl.idleTimeout.maxS, 3, loc))
                                 : tr("fixed at %1 s: a frozen environment is shut down after that long unused")
                                       .arg(Format::number(pl.idleTimeout.minS, 3, loc)));
    item(tr("Routing"), routingText(pl.routing));
    item(tr("Maximum lifetime"), pl.maxLifetimeS > 0
                                     ? tr("%1 s: an environment is retired after its current request once this old")
                                           .arg(Format::number(pl.maxLifetimeS, 3, loc))
                                     : tr("none (environments are never recycled for age)"));
    item(tr("Scale-out rate"), tr("burst of %1 new environments, then %2 per second (token bucket); "
                                  "concurrency limit %3")
                                   .arg(Format::number(pl.scaleRate.burst, 3, loc), Format::number(pl.scaleRate.perS, 3, loc),
                                        loc.toString(pl.concurrencyLimit)));
    item(tr("Init billing"), billing);
    item(tr("Free tier"), sc.pricing.freeTier ? tr("1M requests and 400,000 GB-s subtracted per started 31 days")
                                              : tr("not applied"));
    const auto &f = sc.function;
    item(tr("Provisioned concurrency"), f.provisionedConcurrency > 0 ? loc.toString(f.provisionedConcurrency)
                                                                     : tr("none"));
    item(tr("SnapStart"), !f.snapstart.enabled       ? tr("off")
                          : snapStartIsCharged(f) ? tr("on: restore %1 ms, billed restore %2 ms")
                                                        .arg(Format::number(f.snapstart.restoreMs, 3, loc), Format::number(f.snapstart.billedRestoreMs, 3, loc))
                                                  : tr("on: restore %1 ms; this runtime pays no restore or cache charge")
                                                        .arg(Format::number(f.snapstart.restoreMs, 3, loc)));
    if (!sc.changes.empty())
        item(tr("Timed changes"), tr("the configuration changes during the run; see changes[…] under Parameters. "
                                     "The assumptions above are those at the start."));
    h += QStringLiteral("</ul>\n");

    // Prices, from the same function the simulation uses, with the scenario's overrides marked.
    const Rates rates = ratesFor(f.architecture, sc.pricing.rates);
    const Rates list = ratesFor(f.architecture);
    h += QStringLiteral("<h3>%1</h3>\n<table>\n<thead><tr><th>%2</th><th class=\"num\">%3</th><th>%4</th><th></th></tr></thead>\n<tbody>\n")
             .arg(esc(tr("Prices used (%1, us-east-1)")
                          .arg(f.architecture == Architecture::Arm64 ? QStringLiteral("arm64") : QStringLiteral("x86_64"))),
                  esc(tr("pricing.rates key")), esc(tr("Price")), esc(tr("Unit")));
    for (const RateRow &row : kRateRows) {
        const bool overridden = sc.pricing.rates.count(row.name) > 0;
        h += QStringLiteral("<tr><td><code>%1</code></td><td class=\"num\">%2</td><td>%3</td><td>%4</td></tr>\n")
                 .arg(QLatin1String(row.name), esc(rateValue(rates.*row.field)), esc(QLatin1String(row.unit)),
                      overridden ? QStringLiteral("<span class=\"tag\">%1</span>")
                                       .arg(esc(tr("override (list price %1)").arg(rateValue(list.*row.field))))
                                 : QString());
    }
    h += QStringLiteral("</tbody>\n</table>\n");
    if (rates.tiers.size() > 1) {
        QStringList tiers;
        for (const auto &t : rates.tiers)
            tiers << tr("from %1 GB-s a month: %2 per GB-s").arg(Format::number(t.fromGbS, 0, loc), rateValue(t.rate));
        h += QStringLiteral("<p class=\"note\">%1</p>\n")
                 .arg(esc(tr("On-demand duration is priced in volume tiers: %1.").arg(tiers.join(QStringLiteral("; ")))));
    }
    h += QStringLiteral("</section>\n");

    // --- parameters ----------------------------------------------------------------------------
    std::vector<std::pair<std::string, std::string>> params;
    flatten(nlohmann::ordered_json::parse(writeScenario(sc)), {}, params);
    const std::set<std::string> unused = unusedPaths(sc);
    h += QStringLiteral("<section id=\"parameters\">\n<h2>%1</h2>\n<p class=\"note\">%2</p>\n")
             .arg(esc(tr("Scenario parameters")),
                  esc(tr("Every key of the scenario as run (scenario.json in this folder holds the same). "
                         "Greyed keys are not read with these settings.")));
    h += QStringLiteral("<table>\n<thead><tr><th>%1</th><th>%2</th></tr></thead>\n<tbody>\n")
             .arg(esc(tr("Key")), esc(tr("Value")));
    for (const auto &[path, value] : params) {
        h += QStringLiteral("<tr%3><td class=\"path\">%1</td><td class=\"value\">%2</td></tr>\n")
                 .arg(esc(path), esc(value), unused.count(path) ? QStringLiteral(" class=\"unused\"") : QString());
    }
    h += QStringLiteral("</tbody>\n</table>\n</section>\n");

    // --- files ---------------------------------------------------------------------------------
    h += QStringLiteral("<section id=\"files\">\n<h2>%1</h2>\n<table>\n<tbody>\n").arg(esc(tr("Data files")));
    auto fileRow = [&](const QString &file, const QString &what) {
        h += QStringLiteral("<tr><td><a href=\"%1\">%1</a></td><td>%2</td></tr>\n").arg(esc(file), esc(what));
    };
    for (const QString &file : in.dataFiles) {
        QString what;
        if (file == QLatin1String(reportfiles::kSummary))
            what = tr("the figures above (lambda-explorer/summary@1)");
        else if (file == QLatin1String(reportfiles::kScenario))
            what = tr("the scenario as run, every key (lambda-explorer/scenario@1)");
        else if (file == QLatin1String("invocations.csv"))
            what = tr("one row per request, pings included");
        else if (file == QLatin1String("environments.csv"))
            what = tr("one row per execution environment");
        else if (file == QLatin1String("timeline.csv"))
            what = tr("one row per lifecycle phase of every environment");
        else if (file == QLatin1String("metrics.csv"))
            what = tr("one row per %1 of simulated time").arg(Format::runLength(sc.durationS <= 3600 ? 1.0 : sc.durationS / 3600.0, loc));
        fileRow(file, what);
    }
    h += QStringLiteral("</tbody>\n</table>\n");
    if (in.dataFiles.contains(QLatin1String(reportfiles::kScenario))) {
        h += QStringLiteral("<div class=\"rerun\"><p>%1</p>\n<pre class=\"cmd\">lambda-explorer --headless scenario.json --report DIR</pre></div>\n")
                 .arg(esc(tr("To run it again (the same seed gives the same results on the same version):")));
    }
    h += QStringLiteral("</section>\n");

    h += QStringLiteral("<footer>%1</footer>\n")
             .arg(esc(tr("%1 · model reference %2 · a simulation of AWS Lambda execution environments; prices of "
                         "us-east-1 as listed above. Figures are estimates, not an AWS bill.")
                          .arg(software, model)));
    h += QStringLiteral("</body>\n</html>\n");
    return h;
}

std::string reportScenarioText(const Scenario &scenario)
{
    Scenario s = scenario;
    const QDir base(QString::fromStdString(s.baseDir));
    auto absolute = [&](std::string &path) {
        if (path.empty())
            return;
        const QString p = QString::fromStdString(path);
        if (QFileInfo(p).isRelative() && !s.baseDir.empty())
            path = QDir::cleanPath(base.absoluteFilePath(p)).toStdString();
    };
    absolute(s.workload.trace.path);
    absolute(s.workload.trace.durationsPath);
    return writeScenario(s);
}

}  // namespace lle
