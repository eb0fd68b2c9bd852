// SPDX-License-Identifier: GPL-3.0-or-later
#include "calibration.h"

#include "blanks.h"
#include "csvformat.h"
#include "durationmodel.h"
#include "jsonnesting.h"
#include "rng.h"
#include "runtimepresets.h"
#include "scenarioio.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <functional>
#include <istream>
#include <map>
#include <numbers>
#include <optional>
#include <system_error>

namespace lle {

namespace {

constexpr std::string_view kReportMarker = "REPORT RequestId:";
constexpr std::string_view kJsonMarker = "\"platform.report\"";

// A coefficient of variation below this is rounding noise of the log's 0.01 ms figures, not a
// distribution worth drawing from.
constexpr double kFixedCv = 0.02;
// No report figure comes near this (a duration is at most 900,000 ms). Larger ones would overflow
// the sums of the fit (a scenario of infinite times) or the int of a memory size.
constexpr double kMaxFigure = 1e9;
// Enough draws that the Monte Carlo quantiles of the init model are within ~0.5 % at p99.
constexpr int kModelDraws = 200000;

// --- text REPORT lines ----------------------------------------------------------------------------

enum class Field : std::uint8_t {
    BilledRestoreDuration, RestoreDuration, BilledDuration, InitDuration, MaxMemoryUsed, MemorySize,
    Duration, Status, ErrorType, Count
};

struct FieldName {
    std::string_view text;   // with the colon
    Field field;
};
// Longest first where one name ends another ("Billed Duration:" ends in "Duration:").
constexpr FieldName kFields[] = {
    {"Billed Restore Duration:", Field::BilledRestoreDuration},
    {"Restore Duration:", Field::RestoreDuration},
    {"Billed Duration:", Field::BilledDuration},
    {"Init Duration:", Field::InitDuration},
    {"Max Memory Used:", Field::MaxMemoryUsed},
    {"Memory Size:", Field::MemorySize},
    {"Duration:", Field::Duration},
    {"Status:", Field::Status},
    {"Error Type:", Field::ErrorType},
};

std::string_view trim(std::string_view s) { return trimBlanks(s); }

// The field whose name starts at `pos` of `s` (at the start or after a blank), if any.
const FieldName *fieldAt(std::string_view s, std::size_t pos)
{
    if (pos > 0 && !isBlank(s[pos - 1]))
        return nullptr;
    for (const auto &f : kFields)
        if (s.substr(pos).starts_with(f.text))
            return &f;
    return nullptr;
}

// "15.74 ms" → 15.74 when the unit is `unit`.
std::optional<double> numberWithUnit(std::string_view v, std::string_view unit)
{
    v = trim(v);
    double x = 0;
    const auto r = std::from_chars(v.data(), v.data() + v.size(), x, std::chars_format::general);
    if (r.ec != std::errc() || !std::isfinite(x) || x < 0 || x > kMaxFigure)
        return std::nullopt;
    std::string_view rest = trim(v.substr(static_cast<std::size_t>(r.ptr - v.data())));
    if (rest != unit)
        return std::nullopt;
    return x;
}

std::string shorten(std::string_view s)
{
    constexpr std::size_t kMax = 40;
    std::string out(1, '"');
    out.append(s.substr(0, kMax));
    if (s.size() > kMax)
        out.append("…");
    out.push_back('"');
    return out;
}

LogLine malformed(std::string problem)
{
    LogLine l;
    l.kind = LogLine::Kind::Malformed;
    l.problem = std::move(problem);
    return l;
}

bool validMemory(double mb) { return mb == std::trunc(mb) && mb >= 128 && mb <= 10240; }

LogLine parseTextReport(std::string_view line, std::size_t marker)
{
    std::string_view rest = line.substr(marker + kReportMarker.size());
    // The request id runs to the first blank after it.
    std::size_t p = 0;
    while (p < rest.size() && isBlank(rest[p]))
        ++p;
    const std::size_t idStart = p;
    while (p < rest.size() && !isBlank(rest[p]))
        ++p;
    if (p == idStart)
        return malformed("REPORT without a RequestId");

    std::optional<std::string_view> values[static_cast<int>(Field::Count)];
    // Find each known field name; its value runs to the next name or tab. Text after a tab that
    // names no known field (a field AWS adds one day) is ignored.
    const FieldName *current = nullptr;
    std::size_t valueStart = 0;
    auto close = [&](std::size_t end) -> bool {
        if (!current)
            return true;
        auto &slot = values[static_cast<int>(current->field)];
        if (slot)
            return false;
        slot = trim(rest.substr(valueStart, end - valueStart));
        current = nullptr;
        return true;
    };
    while (p < rest.size()) {
        if (rest[p] == '\t') {
            if (!close(p))
                return malformed("a field appears twice");
            ++p;
            continue;
        }
        if (const FieldName *f = fieldAt(rest, p)) {
            if (!close(p))
                return malformed("a field appears twice");
            current = f;
            p += f->text.size();
            valueStart = p;
            continue;
        }
        ++p;
    }
    if (!close(rest.size()))
        return malformed("a field appears twice");

    LogLine out;
    out.kind = LogLine::Kind::Report;
    ReportRecord &r = out.record;
    auto need = [&](Field f, std::string_view name, std::string_view unit, double &into) -> std::optional<LogLine> {
        const auto &v = values[static_cast<int>(f)];
        if (!v)
            return malformed("REPORT without " + std::string(name));
        const auto x = numberWithUnit(*v, unit);
        if (!x)
            return malformed(std::string(name) + " " + shorten(*v) + " is not a number of " + std::string(unit)
                             + " from 0 to 1e9");
        into = *x;
        return std::nullopt;
    };
    double memory = 0, used = 0;
    if (auto bad = need(Field::Duration, "Duration", "ms", r.durationMs))
        return *bad;
    if (auto bad = need(Field::BilledDuration, "Billed Duration", "ms", r.billedDurationMs))
        return *bad;
    if (auto bad = need(Field::MemorySize, "Memory Size", "MB", memory))
        return *bad;
    if (auto bad = need(Field::MaxMemoryUsed, "Max Memory Used", "MB", used))
        return *bad;
    if (!validMemory(memory))
        return malformed("Memory Size " + shorten(*values[static_cast<int>(Field::MemorySize)])
                         + " is not a Lambda memory size (128..10240 MB)");
    r.memorySizeMb = static_cast<int>(memory);
    r.maxMemoryUsedMb = static_cast<int>(used);
    auto optional = [&](Field f, std::string_view name, double &into) -> std::optional<LogLine> {
        if (!values[static_cast<int>(f)])
            return std::nullopt;
        return need(f, name, "ms", into);
    };
    if (auto bad = optional(Field::InitDuration, "Init Duration", r.initDurationMs))
        return *bad;
    if (auto bad = optional(Field::RestoreDuration, "Restore Duration", r.restoreDurationMs))
        return *bad;
    if (auto bad = optional(Field::BilledRestoreDuration, "Billed Restore Duration", r.billedRestoreDurationMs))
        return *bad;
    if (const auto &status = values[static_cast<int>(Field::Status)]) {
        if (*status == "timeout")
            r.status = ReportStatus::Timeout;
        else if (*status == "error")
            r.status = ReportStatus::Error;
        else
            return malformed("Status " + shorten(*status) + " is not timeout or error");
    }
    return out;
}

// --- JSON platform.report records -------------------------------------------------------------

// A platform.report record is three levels deep. nlohmann builds every level of a value before
// it can tell the line is broken, so a log line of sixteen million '[' would take a gigabyte.
constexpr std::size_t kMaxJsonNesting = 64;

LogLine parseJsonReport(std::string_view line, std::size_t brace)
{
    if (const auto json = line.substr(brace); jsonNestingOverflow(json, kMaxJsonNesting) < json.size())
        return malformed("a platform.report record nested deeper than " + std::to_string(kMaxJsonNesting) + " levels");
    const auto j = nlohmann::json::parse(line.substr(brace), nullptr, false);
    if (j.is_discarded() || !j.is_object())
        return malformed("a platform.report record that is not valid JSON");
    const auto type = j.find("type");
    if (type == j.end() || !type->is_string() || *type != "platform.report")
        return {};   // another record that merely mentions platform.report
    const auto record = j.find("record");
    if (record == j.end() || !record->is_object())
        return malformed("platform.report without a record object");
    const auto metrics = record->find("metrics");
    if (metrics == record->end() || !metrics->is_object())
        return malformed("platform.report without record.metrics");

    LogLine out;
    out.kind = LogLine::Kind::Report;
    ReportRecord &r = out.record;
    r.json = true;
    auto number = [&](const char *key, bool required, double &into) -> std::optional<LogLine> {
        const auto it = metrics->find(key);
        if (it == metrics->end()) {
            if (required)
                return malformed(std::string("platform.report without record.metrics.") + key);
            return std::nullopt;
        }
        if (!it->is_number() || !(it->get<double>() >= 0 && it->get<double>() <= kMaxFigure))
            return malformed(std::string("record.metrics.") + key + " " + shorten(it->dump())
                             + " is not a number from 0 to 1e9");
        into = it->get<double>();
        return std::nullopt;
    };
    double memory = 0, used = 0;
    if (auto bad = number("durationMs", true, r.durationMs))
        return *bad;
    if (auto bad = number("billedDurationMs", true, r.billedDurationMs))
        return *bad;
    if (auto bad = number("memorySizeMB", true, memory))
        return *bad;
    if (auto bad = number("maxMemoryUsedMB", true, used))
        return *bad;
    if (!validMemory(memory))
        return malformed("record.metrics.memorySizeMB " + shorten(metrics->at("memorySizeMB").dump())
                         + " is not a Lambda memory size (128..10240 MB)");
    r.memorySizeMb = static_cast<int>(memory);
    r.maxMemoryUsedMb = static_cast<int>(used);
    if (auto bad = number("initDurationMs", false, r.initDurationMs))
        return *bad;
    if (auto bad = number("restoreDurationMs", false, r.restoreDurationMs))
        return *bad;
    if (auto bad = number("billedRestoreDurationMs", false, r.billedRestoreDurationMs))
        return *bad;
    if (const auto status = record->find("status"); status != record->end() && status->is_string()) {
        if (*status == "timeout")
            r.status = ReportStatus::Timeout;
        else if (*status == "error" || *status == "failure")
            r.status = ReportStatus::Error;
    }
    return out;
}

// --- fitting ---------------------------------------------------------------------------------------

struct Moments {
    double mean = 0, sd = 0;
    double cv() const { return mean > 0 ? sd / mean : 0; }
};

Moments momentsOf(const std::vector<double> &x)
{
    Moments m;
    if (x.empty())
        return m;
    double sum = 0;
    for (double v : x)
        sum += v;
    m.mean = sum / static_cast<double>(x.size());
    if (x.size() > 1) {
        double ss = 0;
        for (double v : x)
            ss += (v - m.mean) * (v - m.mean);
        m.sd = std::sqrt(ss / static_cast<double>(x.size() - 1));
    }
    return m;
}

// Exponential or lognormal, both matched to the sample mean (the lognormal also to its cv), by
// Akaike's criterion: the exponential has one parameter to the lognormal's two, so it wins only
// when its likelihood is nearly as good — data with cv ≈ 1 and a mode at zero, the memoryless
// service of queueing textbooks. Everything else (the usual right-skewed latency with cv well
// below 1) is lognormal.
Distribution chooseDistribution(const std::vector<double> &x, const Moments &m)
{
    if (m.cv() < kFixedCv)
        return Distribution::Fixed;
    const double s2 = std::log1p(m.cv() * m.cv());
    const double s = std::sqrt(s2);
    const double mu = std::log(m.mean) - 0.5 * s2;
    double llLognormal = 0, llExponential = 0;
    for (double v : x) {
        const double y = std::max(v, 1e-3);   // a 0.00 ms report would make log(0)
        const double z = (std::log(y) - mu) / s;
        llLognormal += -std::log(y) - std::log(s) - 0.5 * std::log(2 * std::numbers::pi) - 0.5 * z * z;
        llExponential += -std::log(m.mean) - y / m.mean;
    }
    const double aicLognormal = 2 * 2 - 2 * llLognormal;
    const double aicExponential = 2 * 1 - 2 * llExponential;
    return aicExponential <= aicLognormal ? Distribution::Exponential : Distribution::Lognormal;
}

// z of the standard normal at 0.5, 0.9, 0.99.
constexpr double kZ[] = {0.0, 1.2815515655446004, 2.3263478740408408};
constexpr double kP[] = {0.5, 0.9, 0.99};
constexpr const char *kPName[] = {"p50", "p90", "p99"};

double modelDurationQuantile(const FunctionSpec &f, int k)
{
    const double mean = meanHandlerMs(f);
    switch (f.handler.distribution) {
    case Distribution::Fixed: return mean;
    case Distribution::Exponential: return -mean * std::log1p(-kP[k]);
    case Distribution::Lognormal: {
        const double s2 = std::log1p(f.handler.cv * f.handler.cv);
        return mean * std::exp(std::sqrt(s2) * kZ[k] - 0.5 * s2);
    }
    }
    return mean;
}

void addRows(Calibration &c, const char *quantity, const std::vector<double> &measured, double modelMean,
             const std::function<double(int)> &modelQuantile)
{
    if (measured.empty())
        return;
    c.table.push_back({quantity, "mean", measured.size(), momentsOf(measured).mean, modelMean});
    for (int k = 0; k < 3; ++k)
        c.table.push_back({quantity, kPName[k], measured.size(), sortedQuantile(measured, kP[k]), modelQuantile(k)});
}

// Quantiles of the model's init (or restore) by simulation: a sum of lognormal sub-phases has
// no closed form. A fixed seed keeps calibration.csv reproducible.
std::vector<double> modelInitDraws(const FunctionSpec &f, bool restore)
{
    Rng rng(0x5EED, 7);
    std::vector<double> v(kModelDraws);
    for (auto &x : v) {
        const InitDraw d = drawInit(f, restore, rng);
        x = restore ? d.restore : d.initTotal();
    }
    std::sort(v.begin(), v.end());
    return v;
}

}  // namespace

LogLine parseLogLine(std::string_view line)
{
    // JSON first: a JSON record's message may quote a text REPORT line.
    if (const std::size_t json = line.find(kJsonMarker); json != std::string_view::npos) {
        const std::size_t brace = line.find('{');
        if (brace != std::string_view::npos && brace < json)
            return parseJsonReport(line, brace);
    }
    const std::size_t marker = line.find(kReportMarker);
    if (marker != std::string_view::npos && (marker == 0 || isBlank(line[marker - 1])))
        return parseTextReport(line, marker);
    return {};
}

namespace {

// Reads every report of a log into `sink`; returns how many there were.
template <typename Sink>
std::size_t forEachReport(std::istream &in, const std::string &file, const TraceOptions &options, Sink sink)
{
    TraceLineReader reader(in, file, options);
    std::size_t count = 0;
    while (reader.next()) {
        if (reader.cancelled())
            throw TraceError(TraceErrorKind::Cancelled, file, 0, "cancelled");
        LogLine l = parseLogLine(reader.line());
        if (l.kind == LogLine::Kind::Malformed)
            reader.fail(l.problem);
        if (l.kind == LogLine::Kind::Report) {
            l.record.line = reader.lineNumber();
            sink(l.record);
            ++count;
        }
    }
    if (count == 0)
        throw TraceError(TraceErrorKind::NoMatch, file, 0,
                         "no REPORT line and no platform.report record in " + std::to_string(reader.lineNumber())
                             + " lines");
    return count;
}

}  // namespace

std::vector<ReportRecord> readReports(std::istream &in, const std::string &file, const TraceOptions &options)
{
    std::vector<ReportRecord> out;
    forEachReport(in, file, options, [&](const ReportRecord &r) { out.push_back(r); });
    return out;
}

ReportSamples readReportSamples(std::istream &in, const std::string &file, const TraceOptions &options)
{
    ReportSamples out;
    forEachReport(in, file, options, [&](const ReportRecord &r) { out.add(r); });
    return out;
}

void ReportSamples::add(const ReportRecord &r)
{
    ++reports;
    durationsByMemory[r.memorySizeMb].push_back(r.durationMs);
    if (!std::isnan(r.initDurationMs))
        initMs.push_back(r.initDurationMs);
    if (!std::isnan(r.restoreDurationMs))
        restoreMs.push_back(r.restoreDurationMs);
    if (!std::isnan(r.billedRestoreDurationMs))
        billedRestoreMs.push_back(r.billedRestoreDurationMs);
    timeouts += r.status == ReportStatus::Timeout;
    errors += r.status == ReportStatus::Error;
}

double sortedQuantile(const std::vector<double> &sorted, double q)
{
    if (sorted.empty())
        return 0;
    const double h = std::clamp(q, 0.0, 1.0) * static_cast<double>(sorted.size() - 1);
    const auto lo = static_cast<std::size_t>(std::floor(h));
    const std::size_t hi = std::min(lo + 1, sorted.size() - 1);
    return sorted[lo] + (h - static_cast<double>(lo)) * (sorted[hi] - sorted[lo]);
}

Calibration calibrate(const std::vector<ReportRecord> &reports) { return calibrate(reports, defaultScenario()); }

Calibration calibrate(const std::vector<ReportRecord> &reports, const Scenario &base)
{
    ReportSamples samples;
    for (const auto &r : reports)
        samples.add(r);
    return calibrate(samples, base);
}

Calibration calibrate(const ReportSamples &samples) { return calibrate(samples, defaultScenario()); }

Calibration calibrate(const ReportSamples &samples, const Scenario &base)
{
    Calibration c;
    c.scenario = base;
    c.reports = samples.reports;
    c.timeouts = samples.timeouts;
    c.errors = samples.errors;
    if (samples.durationsByMemory.empty())
        return c;

    // Memory: the most common Memory Size (ties: the smaller, the cheaper one).
    const auto &byMemory = samples.durationsByMemory;
    std::size_t most = 0;
    for (const auto &[mb, d] : byMemory) {
        c.memorySizes.emplace_back(mb, d.size());
        if (d.size() > most) {
            most = d.size();
            c.memoryMb = mb;
        }
    }
    c.durationsMs = byMemory.at(c.memoryMb);
    c.initMs = samples.initMs;
    c.restoreMs = samples.restoreMs;
    std::sort(c.durationsMs.begin(), c.durationsMs.end());
    std::sort(c.initMs.begin(), c.initMs.end());
    std::sort(c.restoreMs.begin(), c.restoreMs.end());

    FunctionSpec &f = c.scenario.function;
    f.memoryMb = c.memoryMb;
    HandlerSpec &h = f.handler;
    // Single-threaded CPU work is assumed: one memory size cannot show a parallel fraction, and
    // several rarely span enough above 1,769 MB to.
    h.parallelFraction = 0;
    h.setupMs = 0;   // whatever setup the handler does is inside the measured durations
    const Moments atMemory = momentsOf(c.durationsMs);
    c.measuredCv = atMemory.cv();

    // cpu / io: duration(m) = cpu · x(m) + io with x = 1 / speed(m). One x value cannot separate
    // the two, so everything goes to cpu_ms (the memory slider will then scale all of it: say so
    // in the UI). With two or more x values, weighted least squares on the mean per memory, each
    // memory weighted by its number of reports, clamped to cpu, io ≥ 0.
    double sw = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
    std::vector<double> xs;
    for (const auto &[mb, d] : byMemory) {
        const double x = 1.0 / cpuSpeed(mb, 0.0);
        const double y = momentsOf(d).mean;
        const double w = static_cast<double>(d.size());
        sw += w, sx += w * x, sy += w * y, sxx += w * x * x, sxy += w * x * y;
        if (std::none_of(xs.begin(), xs.end(), [&](double v) { return std::abs(v - x) < 1e-9; }))
            xs.push_back(x);
    }
    const double xAt = 1.0 / cpuSpeed(c.memoryMb, 0.0);
    if (xs.size() >= 2) {
        c.ioIdentified = true;
        const double det = sw * sxx - sx * sx;
        double cpu = (sw * sxy - sx * sy) / det;
        double io = (sy - cpu * sx) / sw;
        if (io < 0) {
            io = 0;
            cpu = sxy / sxx;   // through the origin
        }
        if (cpu < 0) {
            cpu = 0;
            io = sy / sw;
        }
        h.cpuMs = cpu;
        h.ioMs = io;
    } else {
        h.cpuMs = atMemory.mean / xAt;
        h.ioMs = 0;
    }
    h.distribution = chooseDistribution(c.durationsMs, atMemory);
    if (h.distribution == Distribution::Lognormal)
        h.cv = atMemory.cv();

    // Init: the log's Init Duration is extension + runtime + function init. The runtime preset
    // keeps its runtime (and extension) figures; the rest is the function's own.
    if (!c.initMs.empty()) {
        const double mean = momentsOf(c.initMs).mean;
        f.initMs.function = std::max(0.0, mean - f.initMs.runtime - f.initMs.extension);
    }
    if (!c.restoreMs.empty()) {
        f.snapstart.restoreMs = momentsOf(c.restoreMs).mean;
        // Without billed restores in the log the preset's figure stays, but never above the restore
        // measured: that would be an invalid scenario.
        const double billed = samples.billedRestoreMs.empty() ? f.snapstart.billedRestoreMs
                                                              : momentsOf(samples.billedRestoreMs).mean;
        f.snapstart.billedRestoreMs = std::min(billed, f.snapstart.restoreMs);
        // The function is a SnapStart one when restores outnumber plain inits, if its runtime allows.
        FunctionSpec withSnap = f;
        withSnap.snapstart.enabled = true;
        if (c.restoreMs.size() > c.initMs.size() && snapStartBlock(withSnap) == SnapStartBlock::Ok)
            f.snapstart.enabled = true;
    }

    addRows(c, "duration", c.durationsMs, meanHandlerMs(f), [&](int k) { return modelDurationQuantile(f, k); });
    if (!c.initMs.empty()) {
        const auto model = modelInitDraws(f, false);
        addRows(c, "init", c.initMs, f.initMs.extension + f.initMs.runtime + f.initMs.function,
                [&](int k) { return sortedQuantile(model, kP[k]); });
    }
    if (!c.restoreMs.empty()) {
        const auto model = modelInitDraws(f, true);
        addRows(c, "restore", c.restoreMs, f.snapstart.restoreMs, [&](int k) { return sortedQuantile(model, kP[k]); });
    }
    return c;
}

std::string calibrationCsv(const Calibration &c)
{
    std::string out = "quantity,statistic,samples,measured_ms,model_ms\n";
    for (const auto &row : c.table) {
        out += row.quantity;
        out += ',';
        out += row.statistic;
        out += ',';
        out += std::to_string(row.samples);
        out += ',';
        csv::appendMs(out, row.measuredMs);
        out += ',';
        csv::appendMs(out, row.modelMs);
        out += '\n';
    }
    return out;
}

}  // namespace lle
