// SPDX-License-Identifier: GPL-3.0-or-later
#include "studyplan.h"

#include "csvformat.h"
#include "scenarioio.h"
#include "tracereader.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <map>
#include <memory>
#include <mutex>
#include <sstream>
#include <set>
#include <utility>

namespace lle {

namespace {

using nlohmann::json;

// FNV-1a, 64 bits: the hash tells plans apart and shows an edited plan; it guards against
// mistakes, not against an attacker, so a cryptographic hash would add nothing but a dependency.
std::string fnv1a64(std::string_view text)
{
    std::uint64_t h = 0xcbf29ce484222325ull;
    for (const char c : text) {
        h ^= static_cast<unsigned char>(c);
        h *= 0x100000001b3ull;
    }
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
    return buf;
}

json scalarJson(const ScalarValue &v)
{
    if (const auto *b = std::get_if<bool>(&v))
        return *b;
    if (const auto *d = std::get_if<double>(&v))
        return *d;
    return std::get<std::string>(v);
}

ScalarValue scalarOf(const json &j, const std::string &where)
{
    if (auto v = scalarFromJson(j))
        return *v;
    throw StudyError(where + ": not a number, string or boolean");
}

// Numbers as the result files carry them: NaN and infinities have no JSON spelling, so they go
// as strings and come back exactly.
json numberJson(double v)
{
    if (std::isfinite(v))
        return v;
    return std::isnan(v) ? "nan" : v > 0 ? "inf" : "-inf";
}

double numberOf(const json &j, const std::string &where)
{
    if (j.is_number())
        return j.get<double>();
    if (j.is_string()) {
        const auto &s = j.get_ref<const std::string &>();
        if (s == "nan")
            return std::numeric_limits<double>::quiet_NaN();
        if (s == "inf")
            return INFINITY;
        if (s == "-inf")
            return -INFINITY;
    }
    throw StudyError(where + ": not a number");
}

const json &member(const json &j, const char *key, const std::string &where)
{
    const auto it = j.find(key);
    if (it == j.end())
        throw StudyError(where + (where.empty() ? "" : ".") + key + ": missing");
    return *it;
}

json manifestBody(const StudyManifest &m)
{
    json j;
    j["schema"] = kStudySchema;
    j["version"] = m.version;
    j["kind"] = m.kind == StudyKind::Sweep ? "sweep" : "functions";
    j["scenario"] = m.scenarioText;
    j["base_dir"] = m.baseDir;
    j["jobs"] = m.jobCount();
    j["seeds"] = m.seeds;
    if (m.kind == StudyKind::Sweep) {
        json axes = json::array();
        for (const auto &axis : m.spec.axes) {
            json values = json::array();
            for (const auto &v : axis.values)
                values.push_back(scalarJson(v));
            axes.push_back({{"path", axis.path}, {"values", values}});
        }
        j["grid"] = axes;
        j["replications"] = m.spec.replications;
    } else {
        json functions = json::array();
        for (const auto &f : m.functions)
            functions.push_back({f.app, f.function});
        j["functions"] = functions;
        j["functions_per_job"] = m.functionsPerJob;
    }
    return j;
}

json figuresJson(const FunctionFigures &f)
{
    return {{"requests", numberJson(f.requests)},
            {"completed", numberJson(f.completed)},
            {"cold_starts", numberJson(f.coldStarts)},
            {"cold_start_ratio", numberJson(f.coldStartRatio)},
            {"latency_p50_ms", numberJson(f.latencyP50Ms)},
            {"latency_p99_ms", numberJson(f.latencyP99Ms)},
            {"cost_total_usd", numberJson(f.costTotalUsd)},
            {"cost_per_million_requests_usd", numberJson(f.costPerMillionUsd)},
            {"idle_gb_s", numberJson(f.idleGbS)}};
}

FunctionFigures figuresOf(const json &j, const std::string &where)
{
    if (!j.is_object())
        throw StudyError(where + ": not an object");
    FunctionFigures f;
    auto get = [&](const char *key) { return numberOf(member(j, key, where), where + "." + key); };
    f.requests = get("requests");
    f.completed = get("completed");
    f.coldStarts = get("cold_starts");
    f.coldStartRatio = get("cold_start_ratio");
    f.latencyP50Ms = get("latency_p50_ms");
    f.latencyP99Ms = get("latency_p99_ms");
    f.costTotalUsd = get("cost_total_usd");
    f.costPerMillionUsd = get("cost_per_million_requests_usd");
    f.idleGbS = get("idle_gb_s");
    return f;
}

}  // namespace

std::size_t StudyManifest::jobCount() const
{
    if (kind == StudyKind::Functions) {
        const auto k = static_cast<std::size_t>(std::max(1, functionsPerJob));
        return (functions.size() + k - 1) / k;
    }
    std::size_t count = 1;
    for (const auto &axis : spec.axes)
        count *= axis.values.size();
    return count * static_cast<std::size_t>(std::max(0, spec.replications));
}

std::pair<std::size_t, std::size_t> StudyManifest::functionRange(std::size_t index) const
{
    const auto k = static_cast<std::size_t>(std::max(1, functionsPerJob));
    const std::size_t first = std::min(index * k, functions.size());
    return {first, std::min(first + k, functions.size())};
}

StudyManifest planSweepStudy(const Scenario &base, const SweepSpec &spec, std::string version)
{
    StudyManifest m;
    m.version = std::move(version);
    m.kind = StudyKind::Sweep;
    m.scenarioText = writeScenario(base);
    m.baseDir = base.baseDir;
    m.spec = spec;
    for (int r = 0; r < spec.replications; ++r)
        m.seeds.push_back(base.seed + static_cast<std::uint64_t>(r));
    return m;
}

StudyManifest planFunctionStudy(const Scenario &base, std::vector<StudyFunction> functions, int functionsPerJob,
                                std::string version)
{
    StudyManifest m;
    m.version = std::move(version);
    m.kind = StudyKind::Functions;
    m.scenarioText = writeScenario(base);
    m.baseDir = base.baseDir;
    m.functions = std::move(functions);
    m.functionsPerJob = std::max(1, functionsPerJob);
    m.seeds = {base.seed};
    return m;
}

std::string studyManifestJson(StudyManifest &m)
{
    json j = manifestBody(m);
    m.hash = fnv1a64(j.dump());
    j["hash"] = m.hash;
    return j.dump(2) + "\n";
}

StudyManifest parseStudyManifest(std::string_view text, std::string_view expectedVersion)
{
    json j;
    try {
        j = json::parse(text);
    } catch (const json::exception &e) {
        throw StudyError(std::string("not a study plan (not JSON: ") + e.what() + ")");
    }
    if (!j.is_object() || !j.contains("schema") || j["schema"] != kStudySchema)
        throw StudyError("schema: not a study plan (expected \"" + std::string(kStudySchema) + "\")");
    StudyManifest m;
    try {
        m.version = member(j, "version", "").get<std::string>();
        if (!expectedVersion.empty() && m.version != expectedVersion)
            throw StudyError("version: the plan was written by lambda-explorer " + m.version + "; this is "
                             + std::string(expectedVersion) + " (plan the study again with this version)");
        const std::string kind = member(j, "kind", "").get<std::string>();
        if (kind != "sweep" && kind != "functions")
            throw StudyError("kind: \"" + kind + "\" is not a study kind (sweep, functions)");
        m.kind = kind == "sweep" ? StudyKind::Sweep : StudyKind::Functions;
        m.scenarioText = member(j, "scenario", "").get<std::string>();
        m.baseDir = member(j, "base_dir", "").get<std::string>();
        if (m.kind == StudyKind::Sweep) {
            const json &grid = member(j, "grid", "");
            if (!grid.is_array())
                throw StudyError("grid: not a list");
            for (std::size_t a = 0; a < grid.size(); ++a) {
                const std::string where = "grid[" + std::to_string(a) + "]";
                SweepAxis axis;
                axis.path = member(grid[a], "path", where).get<std::string>();
                const json &values = member(grid[a], "values", where);
                if (!values.is_array() || values.empty())
                    throw StudyError(where + ".values: not a list of values");
                for (std::size_t v = 0; v < values.size(); ++v)
                    axis.values.push_back(scalarOf(values[v], where + ".values[" + std::to_string(v) + "]"));
                m.spec.axes.push_back(std::move(axis));
            }
            m.spec.replications = member(j, "replications", "").get<int>();
            if (m.spec.replications < 1)
                throw StudyError("replications: less than 1");
        } else {
            const json &functions = member(j, "functions", "");
            if (!functions.is_array())
                throw StudyError("functions: not a list");
            for (const auto &f : functions) {
                if (!f.is_array() || f.size() != 2)
                    throw StudyError("functions: each entry is [app, function]");
                m.functions.push_back({f[0].get<std::string>(), f[1].get<std::string>()});
            }
            m.functionsPerJob = member(j, "functions_per_job", "").get<int>();
            if (m.functionsPerJob < 1)
                throw StudyError("functions_per_job: less than 1");
        }
        m.seeds = member(j, "seeds", "").get<std::vector<std::uint64_t>>();
        const std::string hash = member(j, "hash", "").get<std::string>();
        if (member(j, "jobs", "").get<std::size_t>() != m.jobCount())
            throw StudyError("jobs: does not match the grid");
        if (fnv1a64(manifestBody(m).dump()) != hash)
            throw StudyError("hash: the content hash does not match (the plan was edited; plan the study again)");
        m.hash = hash;
    } catch (const json::exception &e) {
        throw StudyError(std::string("not a study plan (") + e.what() + ")");
    }
    return m;
}

Scenario studyBaseScenario(const StudyManifest &m)
{
    ScenarioResult r = parseScenario(m.scenarioText, m.baseDir);
    if (!r.scenario) {
        std::string what = "scenario: the plan's scenario is not valid";
        for (const auto &p : r.problems)
            what += "; " + p.format();
        throw StudyError(what);
    }
    return std::move(*r.scenario);
}

std::vector<StudyFunction> listTraceFunctions(std::istream &in, const std::string &file, TraceFormat format)
{
    TraceLineReader reader(in, file, {});
    std::vector<std::string_view> fields;
    std::vector<StudyFunction> out;
    auto nextRecord = [&] {
        while (reader.next())
            if (!reader.line().empty()) {
                splitCsvLine(reader.line(), fields);
                return true;
            }
        return false;
    };
    if (!nextRecord())
        throw TraceError(TraceErrorKind::NoMatch, file, 0, "the file is empty");
    if (format == TraceFormat::Azure2019) {
        if (fields.size() < 4 || fields[1] != "HashApp" || fields[2] != "HashFunction")
            reader.fail("expected the header HashOwner,HashApp,HashFunction,Trigger,1,…,1440");
        const std::size_t columns = fields.size();
        while (nextRecord()) {
            if (fields.size() != columns)
                reader.fail("the row has " + std::to_string(fields.size()) + " fields; expected "
                            + std::to_string(columns));
            out.push_back({std::string(fields[1]), std::string(fields[2])});
        }
    } else if (format == TraceFormat::Azure2021) {
        std::size_t app = fields.size(), func = fields.size();
        for (std::size_t i = 0; i < fields.size(); ++i) {
            if (fields[i] == "app")
                app = i;
            else if (fields[i] == "func")
                func = i;
        }
        if (app == fields.size() || func == fields.size())
            reader.fail("expected a header with app and func columns");
        const std::size_t columns = fields.size();
        std::set<std::pair<std::string, std::string>> seen;
        while (nextRecord()) {
            if (fields.size() != columns)
                reader.fail("the row has " + std::to_string(fields.size()) + " fields; expected "
                            + std::to_string(columns));
            std::pair<std::string, std::string> key{std::string(fields[app]), std::string(fields[func])};
            if (seen.insert(key).second)
                out.push_back({key.first, key.second});
        }
    } else {
        throw TraceError(TraceErrorKind::NoMatch, file, 0,
                         "a timestamps trace has one function; only azure2019 and azure2021 traces are planned per function");
    }
    if (out.empty())
        throw TraceError(TraceErrorKind::NoMatch, file, 0, "the trace has no function");
    return out;
}

Scenario functionScenario(const Scenario &base, const StudyFunction &f)
{
    Scenario s = base;
    TraceSpec &t = s.workload.trace;
    if (t.format == TraceFormat::Azure2019) {
        t.rank = 0;
        t.function = f.function;
    } else {
        t.app = f.app;
        t.func = f.function;
    }
    return s;
}

StreamOpener narrowedTraceOpener(StreamOpener open, const Scenario &base, std::vector<StudyFunction> functions)
{
    const TraceSpec &t = base.workload.trace;
    const std::string invocations = resolveTracePath(base.baseDir, t.path);
    const std::string durations = t.durationsPath.empty() ? std::string() : resolveTracePath(base.baseDir, t.durationsPath);
    const bool azure2019 = t.format == TraceFormat::Azure2019;
    std::set<std::string> hashes;
    std::set<std::pair<std::string, std::string>> pairs;
    for (const auto &f : functions) {
        hashes.insert(f.function);
        pairs.insert({f.app, f.function});
    }
    struct Cache {
        std::mutex mutex;
        std::map<std::string, std::shared_ptr<const std::string>> text;
    };
    auto cache = std::make_shared<Cache>();
    // The header, then the rows `keep` accepts, in file order. A file that cannot be read is left
    // to the reader (nullptr: it reports the file as the scenario names it).
    auto narrow = [open](const std::string &path, const std::function<bool(std::string_view, std::vector<std::string_view> &)> &keep)
        -> std::shared_ptr<const std::string> {
        auto in = open(path);
        if (!in || !*in)
            return nullptr;
        auto out = std::make_shared<std::string>();
        std::string line;
        std::vector<std::string_view> header;
        bool first = true;
        std::string headerLine;
        while (std::getline(*in, line)) {
            if (first) {
                headerLine = line;
                out->append(line).push_back('\n');
                std::string_view h(headerLine);
                if (!h.empty() && h.back() == '\r')
                    h.remove_suffix(1);
                splitCsvLine(h, header);
                first = false;
                continue;
            }
            std::string_view v(line);
            if (!v.empty() && v.back() == '\r')
                v.remove_suffix(1);
            if (keep(v, header))
                out->append(line).push_back('\n');
        }
        return out;
    };
    return [=](const std::string &path) -> std::unique_ptr<std::istream> {
        if (path != invocations && (durations.empty() || path != durations))
            return open(path);
        std::shared_ptr<const std::string> text;
        {
            std::lock_guard lock(cache->mutex);
            auto &slot = cache->text[path];
            if (!slot) {
                std::vector<std::string_view> fields;
                if (path == invocations && azure2019) {
                    // HashOwner,HashApp,HashFunction,…: the third field, without splitting the 1,440 counts.
                    slot = narrow(path, [&](std::string_view row, std::vector<std::string_view> &) {
                        std::size_t a = row.find(','), b = a == std::string_view::npos ? a : row.find(',', a + 1);
                        if (b == std::string_view::npos)
                            return true;   // not a row: the reader reports it
                        const std::size_t c = row.find(',', b + 1);
                        std::string_view hash = row.substr(b + 1, c == std::string_view::npos ? std::string_view::npos : c - b - 1);
                        while (!hash.empty() && (hash.front() == ' ' || hash.front() == '"'))
                            hash.remove_prefix(1);
                        while (!hash.empty() && (hash.back() == ' ' || hash.back() == '"'))
                            hash.remove_suffix(1);
                        return hashes.count(std::string(hash)) > 0;
                    });
                } else if (path == invocations) {
                    slot = narrow(path, [&](std::string_view row, std::vector<std::string_view> &header) {
                        const auto app = std::find(header.begin(), header.end(), std::string_view("app"));
                        const auto func = std::find(header.begin(), header.end(), std::string_view("func"));
                        if (app == header.end() || func == header.end())
                            return true;
                        splitCsvLine(row, fields);
                        const auto ai = static_cast<std::size_t>(app - header.begin());
                        const auto fi = static_cast<std::size_t>(func - header.begin());
                        if (fields.size() <= std::max(ai, fi))
                            return true;
                        return pairs.count({std::string(fields[ai]), std::string(fields[fi])}) > 0;
                    });
                } else {
                    slot = narrow(path, [&](std::string_view row, std::vector<std::string_view> &header) {
                        const auto fn = std::find(header.begin(), header.end(), std::string_view("HashFunction"));
                        if (fn == header.end())
                            return true;
                        splitCsvLine(row, fields);
                        const auto fi = static_cast<std::size_t>(fn - header.begin());
                        return fields.size() <= fi || hashes.count(std::string(fields[fi])) > 0;
                    });
                }
            }
            text = slot;
        }
        if (!text)
            return open(path);
        return std::make_unique<std::istringstream>(*text);
    };
}

FunctionFigures functionFiguresOf(const Summary &s)
{
    FunctionFigures f;
    f.requests = static_cast<double>(s.requests.total);
    f.completed = static_cast<double>(s.requests.completed);
    f.coldStarts = static_cast<double>(s.requests.cold + s.requests.snapstart);
    f.coldStartRatio = s.coldStartRatio;
    f.latencyP50Ms = s.latency.p50;
    f.latencyP99Ms = s.latency.p99;
    f.costTotalUsd = s.cost.total();
    f.costPerMillionUsd = s.costPerMillionRequests;
    f.idleGbS = s.gbSeconds.idle;
    return f;
}

std::string runStudyJob(const StudyManifest &m, const Scenario &base, std::size_t index,
                        const StudyOptionsFactory &options)
{
    if (index >= m.jobCount())
        throw StudyError("job " + std::to_string(index) + " is out of range (0.." + std::to_string(m.jobCount() - 1)
                         + ")");
    json j;
    j["schema"] = kStudyResultSchema;
    j["plan"] = m.hash;
    j["job"] = index;
    if (m.kind == StudyKind::Sweep) {
        // The job's point alone, planned the way the whole sweep is: the same values set in the
        // same order, the same seed, so the run is the one a direct sweep makes.
        const auto n = static_cast<std::size_t>(m.spec.replications);
        std::size_t point = index / n;
        SweepSpec one;
        one.replications = m.spec.replications;
        std::vector<std::size_t> at(m.spec.axes.size());
        for (std::size_t a = m.spec.axes.size(); a-- > 0;) {
            const std::size_t size = m.spec.axes[a].values.size();
            at[a] = point % size;
            point /= size;
        }
        for (std::size_t a = 0; a < m.spec.axes.size(); ++a)
            one.axes.push_back({m.spec.axes[a].path, {m.spec.axes[a].values[at[a]]}});
        const SweepPlan plan = planSweep(base, one);
        if (!plan.problems.empty())
            throw StudyError("job " + std::to_string(index) + ": " + plan.problems.front().format());
        const SweepJob &job = plan.jobs.at(index % n);
        const SweepMetrics metrics = runSweepJob(job, options ? options(job.scenario) : SimulationOptions{});
        json mj;
        for (int k = 0; k < kSweepMetricCount; ++k)
            mj[std::string(kSweepMetricNames[static_cast<std::size_t>(k)])] = numberJson(metrics[static_cast<std::size_t>(k)]);
        j["metrics"] = mj;
    } else {
        const auto [first, last] = m.functionRange(index);
        json list = json::array();
        for (std::size_t i = first; i < last; ++i) {
            const Scenario s = functionScenario(base, m.functions[i]);
            Simulator sim(s, options ? options(s) : SimulationOptions{});
            sim.run();
            json f = figuresJson(functionFiguresOf(sim.summary()));
            f["app"] = m.functions[i].app;
            f["function"] = m.functions[i].function;
            list.push_back(std::move(f));
        }
        j["functions"] = list;
    }
    // A checksum of the rest: a digit changed on a bad disk or by hand is found, not merged.
    j["check"] = fnv1a64(j.dump());
    return j.dump(1) + "\n";
}

std::optional<std::string> studyResultPlanHash(std::string_view text)
{
    try {
        const json j = json::parse(text);
        if (j.is_object() && j.value("schema", "") == kStudyResultSchema && j.contains("plan") && j["plan"].is_string())
            return j["plan"].get<std::string>();
    } catch (const json::exception &) {
    }
    return std::nullopt;
}

StudyJobResult parseStudyResult(std::string_view text, const StudyManifest &m, std::size_t index)
{
    json j;
    try {
        j = json::parse(text);
    } catch (const json::exception &e) {
        throw StudyError(std::string("not a result file (not JSON: ") + e.what() + ")");
    }
    if (!j.is_object() || j.value("schema", "") != kStudyResultSchema)
        throw StudyError("schema: not a result file (expected \"" + std::string(kStudyResultSchema) + "\")");
    StudyJobResult r;
    try {
        const std::string plan = member(j, "plan", "").get<std::string>();
        const std::string check = member(j, "check", "").get<std::string>();
        json body = j;
        body.erase("check");
        if (fnv1a64(body.dump()) != check)
            throw StudyError("check: the checksum does not match (the file was damaged or edited)");
        if (plan != m.hash)
            throw StudyError("plan: written for another plan (hash " + plan + "; this plan is " + m.hash + ")");
        if (member(j, "job", "").get<std::size_t>() != index)
            throw StudyError("job: the result of job " + std::to_string(j["job"].get<std::size_t>()) + ", not of job "
                             + std::to_string(index));
        if (m.kind == StudyKind::Sweep) {
            const json &mj = member(j, "metrics", "");
            for (int k = 0; k < kSweepMetricCount; ++k) {
                const std::string name(kSweepMetricNames[static_cast<std::size_t>(k)]);
                const auto it = mj.find(name);
                if (it == mj.end())
                    throw StudyError("metrics." + name + ": missing");
                r.metrics[static_cast<std::size_t>(k)] = numberOf(*it, "metrics." + name);
            }
        } else {
            const json &list = member(j, "functions", "");
            const auto [first, last] = m.functionRange(index);
            if (!list.is_array() || list.size() != last - first)
                throw StudyError("functions: expected " + std::to_string(last - first) + " functions");
            for (std::size_t i = 0; i < list.size(); ++i) {
                const std::string where = "functions[" + std::to_string(i) + "]";
                const StudyFunction &f = m.functions[first + i];
                if (list[i].value("function", "") != f.function || list[i].value("app", "") != f.app)
                    throw StudyError(where + ": not the function " + f.function + " of the plan");
                r.functions.push_back(figuresOf(list[i], where));
            }
        }
    } catch (const json::exception &e) {
        throw StudyError(std::string("not a result file (") + e.what() + ")");
    }
    return r;
}

MergedSweep mergeSweepStudy(const StudyManifest &m, const Scenario &base, const std::vector<StudyJobResult> &perJob)
{
    MergedSweep merged;
    merged.plan = planSweep(base, m.spec);
    if (!merged.plan.problems.empty())
        throw StudyError("grid: " + merged.plan.problems.front().format());
    std::vector<SweepMetrics> metrics;
    metrics.reserve(perJob.size());
    for (const auto &r : perJob)
        metrics.push_back(r.metrics);
    merged.rows = reduceSweep(merged.plan, metrics);
    return merged;
}

std::string functionsCsv(const StudyManifest &m, const std::vector<StudyJobResult> &perJob)
{
    std::string out = "app,function,requests,cold_starts,cold_start_ratio,latency_p50_ms,latency_p99_ms,"
                      "cost_total_usd,cost_per_million_requests_usd,idle_gb_s\n";
    std::size_t i = 0;
    for (const auto &job : perJob)
        for (const auto &f : job.functions) {
            const StudyFunction &id = m.functions.at(i++);
            csv::appendField(out, id.app);
            out.push_back(',');
            csv::appendField(out, id.function);
            out.push_back(',');
            csv::appendUInt(out, static_cast<std::uint64_t>(f.requests));
            out.push_back(',');
            csv::appendUInt(out, static_cast<std::uint64_t>(f.coldStarts));
            out.push_back(',');
            csv::appendMoney(out, f.coldStartRatio);
            out.push_back(',');
            csv::appendMs(out, f.latencyP50Ms);
            out.push_back(',');
            csv::appendMs(out, f.latencyP99Ms);
            out.push_back(',');
            csv::appendMoney(out, f.costTotalUsd);
            out.push_back(',');
            csv::appendMoney(out, f.costPerMillionUsd);
            out.push_back(',');
            csv::appendMoney(out, f.idleGbS);
            out.push_back('\n');
        }
    return out;
}

std::string accountSummaryJson(const StudyManifest &m, const std::vector<StudyJobResult> &perJob)
{
    double requests = 0, completed = 0, cold = 0, cost = 0, idle = 0, worstP99 = 0;
    std::string worst;
    std::vector<double> p99s;
    std::size_t i = 0;
    for (const auto &job : perJob)
        for (const auto &f : job.functions) {
            const StudyFunction &id = m.functions.at(i++);
            requests += f.requests;
            completed += f.completed;
            cold += f.coldStarts;
            cost += f.costTotalUsd;
            idle += f.idleGbS;
            if (f.completed > 0) {
                p99s.push_back(f.latencyP99Ms);
                if (worst.empty() || f.latencyP99Ms > worstP99) {
                    worstP99 = f.latencyP99Ms;
                    worst = id.function;
                }
            }
        }
    double medianP99 = 0;
    if (!p99s.empty()) {
        std::sort(p99s.begin(), p99s.end());
        const std::size_t h = p99s.size() / 2;
        medianP99 = p99s.size() % 2 ? p99s[h] : (p99s[h - 1] + p99s[h]) / 2;
    }
    // Fixed spellings (csvformat's), so the file is byte-identical for the same results.
    auto n = [](const std::string &s) { return json::parse(s); };
    json j;
    j["schema"] = "lambda-explorer/account@1";
    j["plan"] = m.hash;
    j["functions"] = m.functions.size();
    j["requests"] = static_cast<std::uint64_t>(requests);
    j["completed"] = static_cast<std::uint64_t>(completed);
    j["cold_starts"] = static_cast<std::uint64_t>(cold);
    j["cold_start_ratio"] = n(csv::money(completed > 0 ? cold / completed : 0));
    j["cost_total_usd"] = n(csv::money(cost));
    j["cost_per_million_requests_usd"] = n(csv::money(requests > 0 ? cost / requests * 1e6 : 0));
    j["idle_gb_s"] = n(csv::money(idle));
    j["latency_p99_ms_max"] = n(csv::ms(worstP99));
    j["latency_p99_ms_max_function"] = worst;
    j["latency_p99_ms_median_of_functions"] = n(csv::ms(medianP99));
    return j.dump(2) + "\n";
}

}  // namespace lle
