// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include <QSet>

#include <algorithm>
#include <charconv>
#include <iterator>
#include <limits>
#include <cmath>
#include <string>

namespace lle {

namespace {

constexpr double kMaxDurationS = 400.0 * 86400.0;   // contract §1: at most 400 days
constexpr int kMaxReplications = 10000;

enum class OptionId {
    Headless, Out, Seed, DurationS, Set, Outputs, BucketS, Png, WallTime,
    Sweep, Replications, Plan, PlanBy, FunctionsPerJob, RunJob, Merge, Report, Calibrate, Lang, PrintDefaultScenario, Version, Help,
    Video, VideoView, VideoFromS, VideoToS, VideoSpeed, VideoFps, VideoSize,
};

/// Which runs an option belongs to; the parser checks it against the mode at the end.
enum class Scope { Any, Headless, HeadlessOrCalibrate, Mode, HeadlessCalibrateOrMerge, HeadlessOrMerge };

struct OptionSpec {
    OptionId id;
    const char *name;      ///< without the leading "--"
    const char *value;     ///< the value's name in --help; nullptr: a flag
    bool repeatable;
    Scope scope;
    const char *help;
};

// The one list of options: the parser, --help and the man page all read it.
const OptionSpec kOptions[] = {
    {OptionId::Headless, "headless", nullptr, false, Scope::Mode,
     "run without a window: simulate SCENARIO.json and write the output files into --out"},
    {OptionId::Out, "out", "DIR", false, Scope::HeadlessCalibrateOrMerge,
     "folder for the output files (created when missing)"},
    {OptionId::Seed, "seed", "N", false, Scope::Headless,
     "use seed N (0..18446744073709551615) instead of the scenario's"},
    {OptionId::DurationS, "duration-s", "S", false, Scope::Headless,
     "simulate S seconds (more than 0, at most 400 days) instead of the scenario's duration_s"},
    {OptionId::Set, "set", "PATH=VALUE", true, Scope::HeadlessOrCalibrate,
     "set one scenario key before the run, e.g. function.memory_mb=2048 (repeatable; the paths of `changes`)"},
    {OptionId::Outputs, "outputs", "LIST", false, Scope::Headless,
     "comma list from summary,invocations,environments,timeline,metrics (default: all)"},
    {OptionId::BucketS, "bucket-s", "S", false, Scope::Headless,
     "width of a metrics.csv row in seconds (default: 1 up to an hour of simulated time, else duration/3600)"},
    {OptionId::Png, "png", nullptr, false, Scope::HeadlessOrMerge,
     "also draw the plots as PNG files into --out (offscreen, no display needed); with --sweep, "
     "sweep_curve.png and sweep_pareto.png"},
    {OptionId::WallTime, "wall-time", nullptr, false, Scope::Headless,
     "write the real wall-clock time into summary.json's simulation.wall_ms (default 0, so that the same "
     "scenario and seed give byte-identical files)"},
    {OptionId::Sweep, "sweep", "PATH=V1,V2,...", true, Scope::Headless,
     "run once per value and write sweep.csv; repeat for a grid, the last varies fastest"},
    {OptionId::Replications, "replications", "N", false, Scope::Headless,
     "with --sweep: run every point with N seeds and report means with 95 % intervals"},
    {OptionId::Plan, "plan", "DIR", false, Scope::Headless,
     "with --sweep (or --plan-by function): write the study into DIR as independent jobs (plan.json, "
     "jobs.txt) instead of running it"},
    {OptionId::PlanBy, "plan-by", "point|function", false, Scope::Headless,
     "with --plan: one job per point and seed (default), or per function of an azure2019/azure2021 trace"},
    {OptionId::FunctionsPerJob, "functions-per-job", "K", false, Scope::Headless,
     "with --plan-by function: K functions in each job (default 100)"},
    {OptionId::RunJob, "run-job", "DIR", false, Scope::Mode,
     "run job INDEX of the study planned in DIR (the argument after DIR) into DIR/results/INDEX.json; "
     "a job already done is skipped"},
    {OptionId::Merge, "merge", "DIR", false, Scope::Mode,
     "merge the results of the study planned in DIR into --out: sweep.csv (and with --png its plots), "
     "or functions.csv and account.json"},
    {OptionId::Report, "report", "DIR", false, Scope::Headless,
     "write the report bundle into DIR instead of --out"},
    {OptionId::Video, "video", "OUT", false, Scope::Headless,
     "write a clip of the run instead of output files: OUT.mp4 (H.264), OUT.webm (VP9) or OUT.gif (looping), "
     "drawn offscreen (no display needed)"},
    {OptionId::VideoView, "video-view", "VIEW", false, Scope::Headless,
     "what the clip shows: dashboard (default), diagram, lanes, latency, cost, cdf, environments"},
    {OptionId::VideoFromS, "video-from-s", "S", false, Scope::Headless,
     "simulated second the clip starts at (default 0)"},
    {OptionId::VideoToS, "video-to-s", "S", false, Scope::Headless,
     "simulated second the clip ends at (default: the end of the run)"},
    {OptionId::VideoSpeed, "video-speed", "X", false, Scope::Headless,
     "simulated seconds per second of clip (more than 0, at most 10000; default 1)"},
    {OptionId::VideoFps, "video-fps", "N", false, Scope::Headless, "frames per second, 1..120 (default 30)"},
    {OptionId::VideoSize, "video-size", "WxH", false, Scope::Headless,
     "frame size in pixels, 16x16 to 7680x4320, even for MP4 and WebM (default 1920x1080)"},
    {OptionId::Calibrate, "calibrate", "LOGFILE", false, Scope::Mode,
     "fit memory, handler and init to CloudWatch REPORT lines; writes scenario.json and calibration.csv "
     "into --out"},
    {OptionId::Lang, "lang", "ko|en", false, Scope::Any,
     "language of the window and of a --video clip's captions (default: the system's; clips: en)"},
    {OptionId::PrintDefaultScenario, "print-default-scenario", nullptr, false, Scope::Mode,
     "print the built-in scenario with every key, as a scenario file holds it"},
    {OptionId::Version, "version", nullptr, false, Scope::Any, "print the version and the model reference"},
    {OptionId::Help, "help", nullptr, false, Scope::Any, "print this help"},
};

const char *const kSynopsis =
    "Usage:\n"
    "  lambda-explorer                                  open the window on the built-in default scenario\n"
    "  lambda-explorer SCENARIO.json                    open the window on that scenario\n"
    "  lambda-explorer --headless SCENARIO.json --out DIR [--seed N] [--duration-s S]\n"
    "                  [--set PATH=VALUE]... [--outputs LIST] [--bucket-s S] [--png] [--wall-time]\n"
    "  lambda-explorer --headless SCENARIO.json --out DIR --sweep PATH=V1,V2,... [--replications N] [--png]\n"
    "  lambda-explorer --headless SCENARIO.json --report DIR [--seed N] [--duration-s S]\n"
    "                  [--set PATH=VALUE]... [--bucket-s S] [--wall-time]\n"
    "  lambda-explorer --headless SCENARIO.json --sweep PATH=V1,V2,... [--replications N] --plan DIR\n"
    "  lambda-explorer --headless TRACE-SCENARIO.json --plan DIR --plan-by function [--functions-per-job K]\n"
    "  lambda-explorer --run-job DIR INDEX\n"
    "  lambda-explorer --merge DIR --out OUT [--png]\n"
    "  lambda-explorer --headless SCENARIO.json --video OUT.mp4|OUT.webm|OUT.gif [--video-view VIEW]\n"
    "                  [--video-from-s S] [--video-to-s S] [--video-speed X] [--video-fps N] [--video-size WxH]\n"
    "  lambda-explorer --calibrate LOGFILE --out DIR\n"
    "  lambda-explorer --print-default-scenario         the default scenario, as a file would hold it\n"
    "  lambda-explorer --version | --help\n";

const char *const kExitStatus =
    "Exit status: 0 done; 2 bad arguments or bad scenario (or a plan folder that is not one, a job index\n"
    "out of range, a result of another plan); 3 cannot read an input or write the output; 1 anything\n"
    "else (--merge: jobs missing, each listed with the command that runs it).\n";

const QStringList kOutputNames = {"summary", "invocations", "environments", "timeline", "metrics"};

QString optionName(const OptionSpec &o) { return QStringLiteral("--") + QLatin1String(o.name); }

const OptionSpec *findOption(QStringView name)
{
    for (const auto &o : kOptions)
        if (name == QLatin1String(o.name))
            return &o;
    return nullptr;
}

/// The whole text must be the number: "12abc" and "" are not numbers.
std::optional<double> toNumber(const QString &text)
{
    const std::string s = text.toStdString();
    double v = 0;
    const auto r = std::from_chars(s.data(), s.data() + s.size(), v);
    if (s.empty() || r.ec != std::errc() || r.ptr != s.data() + s.size() || !std::isfinite(v))
        return std::nullopt;
    return v;
}

std::optional<std::uint64_t> toUInt64(const QString &text)
{
    const std::string s = text.toStdString();
    std::uint64_t v = 0;
    const auto r = std::from_chars(s.data(), s.data() + s.size(), v);
    if (s.empty() || r.ec != std::errc() || r.ptr != s.data() + s.size())
        return std::nullopt;
    return v;
}

QString valueError(const OptionSpec &o, const QString &value, const QString &what, const QString &allowed)
{
    return QStringLiteral("%1 %2: %3 (%4)").arg(optionName(o), value, what, allowed);
}

/// Stores one option's value; returns an error line or an empty string.
QString store(CommandLine &c, const OptionSpec &o, const QString &v)
{
    switch (o.id) {
    case OptionId::Out:
    case OptionId::Report:
    case OptionId::Calibrate:
    case OptionId::Plan:
    case OptionId::RunJob:
    case OptionId::Merge:
        if (v.isEmpty())
            return QStringLiteral("%1 needs a non-empty %2").arg(optionName(o), QLatin1String(o.value));
        (o.id == OptionId::Out         ? c.outDir
         : o.id == OptionId::Report    ? c.reportDir
         : o.id == OptionId::Calibrate ? c.calibrateLog
         : o.id == OptionId::Plan      ? c.planDir
                                       : c.studyDir) = v;
        return {};
    case OptionId::PlanBy:
        if (v != QLatin1String("point") && v != QLatin1String("function"))
            return valueError(o, v, QStringLiteral("unknown way to cut a study"), QStringLiteral("point, function"));
        c.planBy = v;
        return {};
    case OptionId::FunctionsPerJob: {
        const auto n = toUInt64(v);
        if (!n)
            return valueError(o, v, QStringLiteral("not an integer"), QStringLiteral("1..1000000"));
        if (*n < 1 || *n > 1000000)
            return valueError(o, v, QStringLiteral("out of range"), QStringLiteral("1..1000000"));
        c.functionsPerJob = static_cast<int>(*n);
        return {};
    }
    case OptionId::Seed:
        if (const auto n = toUInt64(v)) {
            c.seed = *n;
            return {};
        }
        return valueError(o, v, QStringLiteral("not an unsigned 64-bit integer"),
                          QStringLiteral("0..18446744073709551615"));
    case OptionId::DurationS: {
        const auto n = toNumber(v);
        const QString allowed = QStringLiteral("more than 0, at most %1").arg(static_cast<qint64>(kMaxDurationS));
        if (!n)
            return valueError(o, v, QStringLiteral("not a number"), allowed);
        if (!(*n > 0 && *n <= kMaxDurationS))
            return valueError(o, v, QStringLiteral("out of range"), allowed);
        c.durationS = *n;
        return {};
    }
    case OptionId::BucketS: {
        const auto n = toNumber(v);
        if (!n)
            return valueError(o, v, QStringLiteral("not a number"), QStringLiteral("more than 0"));
        if (!(*n > 0))
            return valueError(o, v, QStringLiteral("out of range"), QStringLiteral("more than 0"));
        c.bucketS = *n;
        return {};
    }
    case OptionId::Set: {
        const auto eq = v.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return valueError(o, v, QStringLiteral("not PATH=VALUE"), QStringLiteral("e.g. function.memory_mb=2048"));
        c.sets.append(v);
        return {};
    }
    case OptionId::Sweep: {
        const auto eq = v.indexOf(QLatin1Char('='));
        if (eq <= 0 || eq == v.size() - 1)
            return valueError(o, v, QStringLiteral("not PATH=V1,V2,..."),
                              QStringLiteral("e.g. function.memory_mb=512,1024,2048"));
        const QStringList values = v.mid(eq + 1).split(QLatin1Char(','));
        for (const auto &value : values)
            if (value.isEmpty())
                return valueError(o, v, QStringLiteral("empty value in the list"),
                                  QStringLiteral("e.g. function.memory_mb=512,1024,2048"));
        c.sweeps.append(v);
        return {};
    }
    case OptionId::Outputs: {
        OutputSelection sel{false, false, false, false, false};
        const QString allowed = kOutputNames.join(QStringLiteral(", "));
        if (v.isEmpty())
            return valueError(o, v, QStringLiteral("empty list"), allowed);
        for (const auto &name : v.split(QLatin1Char(','))) {
            if (name == QLatin1String("summary")) sel.summary = true;
            else if (name == QLatin1String("invocations")) sel.invocations = true;
            else if (name == QLatin1String("environments")) sel.environments = true;
            else if (name == QLatin1String("timeline")) sel.timeline = true;
            else if (name == QLatin1String("metrics")) sel.metrics = true;
            else if (name.isEmpty())
                return valueError(o, v, QStringLiteral("empty name in the list"), allowed);
            else
                return valueError(o, v, QStringLiteral("unknown output '%1'").arg(name), allowed);
        }
        c.outputs = sel;
        return {};
    }
    case OptionId::Replications: {
        const auto n = toUInt64(v);
        const QString allowed = QStringLiteral("1..%1").arg(kMaxReplications);
        if (!n)
            return valueError(o, v, QStringLiteral("not an integer"), allowed);
        if (*n < 1 || *n > static_cast<std::uint64_t>(kMaxReplications))
            return valueError(o, v, QStringLiteral("out of range"), allowed);
        c.replications = static_cast<int>(*n);
        return {};
    }
    case OptionId::Video: {
        const QString suffix = v.section(QLatin1Char('.'), -1).toLower();
        if (v.isEmpty())
            return QStringLiteral("--video needs a non-empty file name");
        if (!v.contains(QLatin1Char('.'))
            || (suffix != QLatin1String("mp4") && suffix != QLatin1String("webm") && suffix != QLatin1String("gif")))
            return valueError(o, v, QStringLiteral("unknown format"), QStringLiteral("a name ending in .mp4, .webm or .gif"));
        c.videoPath = v;
        return {};
    }
    case OptionId::VideoView: {
        static const QStringList views = {"dashboard", "diagram", "lanes", "latency", "cost", "cdf", "environments"};
        if (!views.contains(v))
            return valueError(o, v, QStringLiteral("unknown view"), views.join(QStringLiteral(", ")));
        c.videoView = v;
        return {};
    }
    case OptionId::VideoFromS:
    case OptionId::VideoToS: {
        const auto n = toNumber(v);
        const bool from = o.id == OptionId::VideoFromS;
        const QString allowed = from ? QStringLiteral("at least 0") : QStringLiteral("more than 0");
        if (!n)
            return valueError(o, v, QStringLiteral("not a number"), allowed);
        if (from ? !(*n >= 0) : !(*n > 0))
            return valueError(o, v, QStringLiteral("out of range"), allowed);
        (from ? c.videoFromS : c.videoToS) = *n;
        return {};
    }
    case OptionId::VideoSpeed: {
        const auto n = toNumber(v);
        const QString allowed = QStringLiteral("more than 0, at most 10000");
        if (!n)
            return valueError(o, v, QStringLiteral("not a number"), allowed);
        if (!(*n > 0 && *n <= 10000))
            return valueError(o, v, QStringLiteral("out of range"), allowed);
        c.videoSpeed = *n;
        return {};
    }
    case OptionId::VideoFps: {
        const auto n = toUInt64(v);
        const QString allowed = QStringLiteral("1..120");
        if (!n)
            return valueError(o, v, QStringLiteral("not an integer"), allowed);
        if (*n < 1 || *n > 120)
            return valueError(o, v, QStringLiteral("out of range"), allowed);
        c.videoFps = static_cast<int>(*n);
        return {};
    }
    case OptionId::VideoSize: {
        const QString allowed = QStringLiteral("WxH, 16x16 to 7680x4320, e.g. 1920x1080");
        const QStringList parts = v.toLower().split(QLatin1Char('x'));
        const auto w = parts.size() == 2 ? toUInt64(parts[0]) : std::nullopt;
        const auto h = parts.size() == 2 ? toUInt64(parts[1]) : std::nullopt;
        if (!w || !h)
            return valueError(o, v, QStringLiteral("not WxH"), allowed);
        if (*w < 16 || *h < 16 || *w > 7680 || *h > 4320)
            return valueError(o, v, QStringLiteral("out of range"), allowed);
        c.videoSize = QSize(static_cast<int>(*w), static_cast<int>(*h));
        return {};
    }
    case OptionId::Lang:
        if (v != QLatin1String("ko") && v != QLatin1String("en"))
            return valueError(o, v, QStringLiteral("unknown language"), QStringLiteral("ko, en"));
        c.lang = v;
        return {};
    case OptionId::Png: c.png = true; return {};
    case OptionId::WallTime: c.wallTime = true; return {};
    case OptionId::Headless:
    case OptionId::PrintDefaultScenario:
    case OptionId::Version:
    case OptionId::Help:
        return {};
    }
    return {};
}

CommandLine::Mode modeOf(OptionId id)
{
    switch (id) {
    case OptionId::Headless: return CommandLine::Mode::Headless;
    case OptionId::Calibrate: return CommandLine::Mode::Calibrate;
    case OptionId::RunJob: return CommandLine::Mode::RunJob;
    case OptionId::Merge: return CommandLine::Mode::Merge;
    case OptionId::PrintDefaultScenario: return CommandLine::Mode::PrintDefaultScenario;
    default: return CommandLine::Mode::Window;
    }
}

}  // namespace

CommandLineResult parseCommandLine(const QStringList &arguments)
{
    CommandLineResult result;
    CommandLine &c = result.commandLine;
    QSet<int> seen;
    const OptionSpec *modeOption = nullptr;
    QList<const OptionSpec *> given;
    bool optionsEnded = false;

    auto fail = [&result](const QString &error) {
        result.error = error;
        return result;
    };

    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (optionsEnded || !arg.startsWith(QLatin1Char('-')) || arg == QLatin1String("-")) {
            if (!c.scenarioPath.isEmpty())
                return fail(QStringLiteral("unexpected argument '%1' (one scenario file at most; '%2' was given)")
                                .arg(arg, c.scenarioPath));
            if (arg.isEmpty())
                return fail(QStringLiteral("empty scenario file name"));
            c.scenarioPath = arg;
            continue;
        }
        if (arg == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        if (arg == QLatin1String("-h")) {
            c.mode = CommandLine::Mode::Help;
            return result;
        }
        if (!arg.startsWith(QLatin1String("--")))
            return fail(QStringLiteral("unknown option %1 (see lambda-explorer --help)").arg(arg));

        const auto eq = arg.indexOf(QLatin1Char('='));
        const QString name = eq < 0 ? arg.mid(2) : arg.mid(2, eq - 2);
        const OptionSpec *o = findOption(name);
        if (!o)
            return fail(QStringLiteral("unknown option --%1 (see lambda-explorer --help)").arg(name));

        if (o->id == OptionId::Help || o->id == OptionId::Version) {
            if (eq >= 0)
                return fail(QStringLiteral("%1 takes no value").arg(optionName(*o)));
            c.mode = o->id == OptionId::Help ? CommandLine::Mode::Help : CommandLine::Mode::Version;
            return result;
        }
        if (!o->repeatable && seen.contains(static_cast<int>(o->id)))
            return fail(QStringLiteral("%1 given twice").arg(optionName(*o)));
        seen.insert(static_cast<int>(o->id));
        given.append(o);

        QString value;
        if (o->value) {
            if (eq >= 0) {
                value = arg.mid(eq + 1);
            } else if (i + 1 < arguments.size()) {
                value = arguments.at(++i);
            } else {
                return fail(QStringLiteral("%1 needs a value (%2)").arg(optionName(*o), QLatin1String(o->value)));
            }
        } else if (eq >= 0) {
            return fail(QStringLiteral("%1 takes no value").arg(optionName(*o)));
        }

        if (o->scope == Scope::Mode) {
            if (modeOption)
                return fail(QStringLiteral("%1 and %2 cannot be combined").arg(optionName(*modeOption), optionName(*o)));
            modeOption = o;
            c.mode = modeOf(o->id);
        }
        if (const QString error = store(c, *o, value); !error.isEmpty())
            return fail(error);
    }

    // Options that belong to another kind of run than the one asked for.
    for (const OptionSpec *o : given) {
        const bool fits = o->scope == Scope::Any || o->scope == Scope::Mode
            || (o->scope == Scope::Headless && c.mode == CommandLine::Mode::Headless)
            || (o->scope == Scope::HeadlessOrCalibrate
                && (c.mode == CommandLine::Mode::Headless || c.mode == CommandLine::Mode::Calibrate))
            || (o->scope == Scope::HeadlessCalibrateOrMerge
                && (c.mode == CommandLine::Mode::Headless || c.mode == CommandLine::Mode::Calibrate
                    || c.mode == CommandLine::Mode::Merge))
            || (o->scope == Scope::HeadlessOrMerge
                && (c.mode == CommandLine::Mode::Headless || c.mode == CommandLine::Mode::Merge));
        if (fits)
            continue;
        if (c.mode == CommandLine::Mode::Calibrate || c.mode == CommandLine::Mode::PrintDefaultScenario
            || c.mode == CommandLine::Mode::RunJob || c.mode == CommandLine::Mode::Merge)
            return fail(QStringLiteral("%1 cannot be combined with %2").arg(optionName(*o), optionName(*modeOption)));
        return fail(QStringLiteral("%1 is for headless runs (add --headless)").arg(optionName(*o)));
    }

    switch (c.mode) {
    case CommandLine::Mode::Headless:
        if (c.scenarioPath.isEmpty())
            return fail(QStringLiteral("--headless needs a scenario file (--headless SCENARIO.json --out DIR)"));
        if (seen.contains(static_cast<int>(OptionId::PlanBy)) && c.planDir.isEmpty())
            return fail(QStringLiteral("--plan-by needs --plan DIR"));
        if (seen.contains(static_cast<int>(OptionId::FunctionsPerJob)) && c.planBy != QLatin1String("function"))
            return fail(QStringLiteral("--functions-per-job needs --plan-by function"));
        if (!c.planDir.isEmpty()) {
            // A plan runs nothing: the options of a run's files do not apply to it.
            for (const OptionId id : {OptionId::Out, OptionId::Report, OptionId::Png, OptionId::Outputs,
                                      OptionId::BucketS, OptionId::WallTime, OptionId::Video})
                if (seen.contains(static_cast<int>(id)))
                    return fail(QStringLiteral("--plan cannot be combined with --%1 (a plan runs nothing; "
                                               "--merge writes the files)")
                                    .arg(QLatin1String(std::find_if(std::begin(kOptions), std::end(kOptions),
                                                                    [id](const OptionSpec &o) { return o.id == id; })
                                                           ->name)));
            if (c.planBy == QLatin1String("function") && !c.sweeps.isEmpty())
                return fail(QStringLiteral("--plan-by function cannot be combined with --sweep"));
            if (c.planBy == QLatin1String("function") && seen.contains(static_cast<int>(OptionId::Replications)))
                return fail(QStringLiteral("--plan-by function cannot be combined with --replications (each function "
                                           "runs once, with the scenario's seed)"));
            if (c.planBy == QLatin1String("point") && c.sweeps.isEmpty())
                return fail(QStringLiteral("--plan needs --sweep PATH=V1,V2,... (or --plan-by function for a trace)"));
            break;
        }
        if (!c.videoPath.isEmpty()) {
            // A clip is written on its own: the options that pick or add output files do not fit it.
            for (const OptionId id : {OptionId::Out, OptionId::Report, OptionId::Sweep, OptionId::Png,
                                      OptionId::Outputs, OptionId::Replications}) {
                if (seen.contains(static_cast<int>(id)))
                    return fail(QStringLiteral("--video cannot be combined with --%1 (a clip is written on its own)")
                                    .arg(QLatin1String(std::find_if(std::begin(kOptions), std::end(kOptions),
                                                                    [id](const OptionSpec &s) { return s.id == id; })
                                                           ->name)));
            }
            if (c.videoFromS && c.videoToS && !(*c.videoFromS < *c.videoToS))
                return fail(QStringLiteral("--video-to-s %1: out of range (more than --video-from-s %2)")
                                .arg(*c.videoToS)
                                .arg(*c.videoFromS));
            const bool gif = c.videoPath.section(QLatin1Char('.'), -1).toLower() == QLatin1String("gif");
            if (!gif && (c.videoSize.width() % 2 || c.videoSize.height() % 2))
                return fail(QStringLiteral("--video-size %1x%2: out of range (even width and height for MP4 and WebM)")
                                .arg(c.videoSize.width())
                                .arg(c.videoSize.height()));
            break;
        }
        for (const OptionId id : {OptionId::VideoView, OptionId::VideoFromS, OptionId::VideoToS, OptionId::VideoSpeed,
                                  OptionId::VideoFps, OptionId::VideoSize}) {
            if (seen.contains(static_cast<int>(id)))
                return fail(QStringLiteral("--%1 needs --video OUT")
                                .arg(QLatin1String(std::find_if(std::begin(kOptions), std::end(kOptions),
                                                                [id](const OptionSpec &s) { return s.id == id; })
                                                       ->name)));
        }
        if (c.outDir.isEmpty() && c.reportDir.isEmpty())
            return fail(QStringLiteral("--headless needs --out DIR (or --video OUT)"));
        if (seen.contains(static_cast<int>(OptionId::Replications)) && c.sweeps.isEmpty())
            return fail(QStringLiteral("--replications needs --sweep"));
        break;
    case CommandLine::Mode::RunJob: {
        if (c.scenarioPath.isEmpty())
            return fail(QStringLiteral("--run-job needs a job index (--run-job DIR INDEX)"));
        const auto n = toUInt64(c.scenarioPath);
        if (!n || *n > static_cast<std::uint64_t>(std::numeric_limits<qint64>::max()))
            return fail(QStringLiteral("--run-job %1 %2: the job index is not an integer (0 or more)")
                            .arg(c.studyDir, c.scenarioPath));
        c.jobIndex = static_cast<qint64>(*n);
        c.scenarioPath.clear();
        break;
    }
    case CommandLine::Mode::Merge:
        if (!c.scenarioPath.isEmpty())
            return fail(QStringLiteral("--merge takes no scenario file ('%1' was given)").arg(c.scenarioPath));
        if (c.outDir.isEmpty())
            return fail(QStringLiteral("--merge needs --out DIR"));
        break;
    case CommandLine::Mode::Calibrate:
        if (!c.scenarioPath.isEmpty())
            return fail(QStringLiteral("--calibrate takes no scenario file ('%1' was given)").arg(c.scenarioPath));
        if (c.outDir.isEmpty())
            return fail(QStringLiteral("--calibrate needs --out DIR"));
        break;
    case CommandLine::Mode::PrintDefaultScenario:
        if (!c.scenarioPath.isEmpty())
            return fail(QStringLiteral("--print-default-scenario takes no scenario file ('%1' was given)")
                            .arg(c.scenarioPath));
        break;
    case CommandLine::Mode::Window:
    case CommandLine::Mode::Version:
    case CommandLine::Mode::Help:
        break;
    }
    return result;
}

QString helpText()
{
    QString text = QString::fromLatin1(kSynopsis);
    text += QStringLiteral("\nOptions:\n");
    int width = 0;
    auto usage = [](const OptionSpec &o) {
        QString u = optionName(o);
        if (o.value)
            u += QLatin1Char(' ') + QLatin1String(o.value);
        return u;
    };
    for (const auto &o : kOptions)
        width = std::max(width, static_cast<int>(usage(o).size()));
    for (const auto &o : kOptions)
        text += QStringLiteral("  %1  %2\n").arg(usage(o), -width).arg(QLatin1String(o.help));
    text += QLatin1Char('\n') + QString::fromLatin1(kExitStatus);
    return text;
}

QString versionText()
{
    return QStringLiteral("lambda-explorer %1 (model reference %2)")
        .arg(QLatin1String(LLE_VERSION), QLatin1String(LLE_MODEL_VERSION));
}

}  // namespace lle
