// SPDX-License-Identifier: GPL-3.0-or-later
#include "explanations.h"

#include <QCoreApplication>

namespace lle::explanations {

namespace {

struct Entry {
    const char *id;
    const char *shortText;
    const char *longText;
};

// Figures from the model reference (shared/reference/lambda-model.md); texts in the source
// language, translated when asked for.
const Entry kEntries[] = {
    // --- phases
    {"phase.env_setup",
     QT_TRANSLATE_NOOP("Explanations", "Environment setup: Lambda places a micro-VM and downloads the code."),
     QT_TRANSLATE_NOOP("Explanations", "Environment setup (grey) is the first step of a cold start: Lambda finds a host, starts a micro-VM, "
                                       "downloads the code and applies the memory setting. It is not part of the reported Init Duration "
                                       "and is not billed; the model assumes 60 ms for a ZIP package and 150 ms for a container image.")},
    {"phase.extension_init",
     QT_TRANSLATE_NOOP("Explanations", "Extension init: external extensions register and start."),
     QT_TRANSLATE_NOOP("Explanations", "Extension init (reddish purple): up to 10 extensions (monitoring agents, secret caches) start before "
                                       "the runtime. Part of Init Duration, and billed since August 2025. A function without extensions skips it.")},
    {"phase.runtime_init",
     QT_TRANSLATE_NOOP("Explanations", "Runtime init: the language runtime boots (interpreter, JVM, CLR)."),
     QT_TRANSLATE_NOOP("Explanations", "Runtime init (orange): the language runtime starts. Measured hello-world medians: Rust 17 ms, Go 52 ms, "
                                       "Python 3.12 92 ms, Node.js 22 153 ms, Java 21 252 ms, .NET 8 267 ms. It hardly changes with memory.")},
    {"phase.function_init",
     QT_TRANSLATE_NOOP("Explanations", "Function init: your code outside the handler runs (imports, clients, connections)."),
     QT_TRANSLATE_NOOP("Explanations", "Function init (vermillion) runs the code in global scope: imports, SDK clients, database connections. "
                                       "This is the part a developer controls. Init as a whole is capped at 10 s for on-demand environments. "
                                       "What is prepared here is reused by every warm start of the environment.")},
    {"phase.restore",
     QT_TRANSLATE_NOOP("Explanations", "SnapStart restore: the environment resumes from a snapshot instead of running init."),
     QT_TRANSLATE_NOOP("Explanations", "Restore (yellow, SnapStart only): the environment resumes from a cached snapshot of an initialised one, "
                                       "then after-restore hooks run. It replaces extension, runtime and function init on the request path. "
                                       "Assumed 600 ms for Java and 300 ms for Python and .NET; capped at 10 s.")},
    {"phase.invoke",
     QT_TRANSLATE_NOOP("Explanations", "Invoke: the handler runs for one request."),
     QT_TRANSLATE_NOOP("Explanations", "Invoke (blue): the handler processes one request. An execution environment serves one request at a "
                                       "time, so a request that finds every environment busy starts a new one. Function timeout 1–900 s.")},
    {"phase.frozen",
     QT_TRANSLATE_NOOP("Explanations", "Frozen: no CPU, but memory, /tmp and globals are kept for reuse."),
     QT_TRANSLATE_NOOP("Explanations", "Frozen (light blue): after the response the environment is frozen. It uses no CPU and costs nothing, "
                                       "but keeps memory, /tmp and global variables. The next request that finds it is a warm start. How long "
                                       "it is kept is not published: measured 5–15 minutes.")},
    {"phase.warm_reuse",
     QT_TRANSLATE_NOOP("Explanations", "Warm start: a frozen environment is thawed and goes straight to the handler."),
     QT_TRANSLATE_NOOP("Explanations", "A warm start reuses a frozen environment: no setup, no init, only the handler runs. That is why warm "
                                       "requests are often 10–100 times faster than cold ones. AWS says cold starts are typically under 1 % "
                                       "of invocations in production.")},
    {"phase.shutdown",
     QT_TRANSLATE_NOOP("Explanations", "Shutdown: after idling (or at its maximum lifetime) the environment is removed."),
     QT_TRANSLATE_NOOP("Explanations", "Shutdown (black): the runtime and extensions receive a SHUTDOWN event, then the processes are killed. "
                                       "It takes 0 ms without extensions, 500 ms with internal extensions and 2,000 ms with external ones. "
                                       "Environments are also recycled every few hours even when busy (model: 2 h).")},
    // --- controls
    {"control.runtime",
     QT_TRANSLATE_NOOP("Explanations", "Runtime: sets the measured runtime init time and whether SnapStart is possible."),
     QT_TRANSLATE_NOOP("Explanations", "The runtime preset fills in the init times measured for hello-world functions (median and p90, e.g. "
                                       "Python 3.12 92 and 113 ms, Java 21 252 and 291 ms) and a typical function init. SnapStart exists for "
                                       "Java 11+, Python 3.12+ and .NET 8+.")},
    {"control.architecture",
     QT_TRANSLATE_NOOP("Explanations", "Architecture: x86_64 or arm64 (Graviton), about 20 % cheaper per GB-s."),
     QT_TRANSLATE_NOOP("Explanations", "arm64 costs $0.0000133334 per GB-s against $0.0000166667 on x86_64. Its init is 10–20 % faster for "
                                       "Node, Python, Go and Rust, about the same for Java, .NET and Ruby.")},
    {"control.memory",
     QT_TRANSLATE_NOOP("Explanations", "Memory 128–10,240 MB; CPU is proportional: 1,769 MB = 1 vCPU."),
     QT_TRANSLATE_NOOP("Explanations", "Memory is the only performance setting: the CPU share grows with it, one full vCPU at 1,769 MB and "
                                       "6 vCPUs at 10,240 MB. Below 1,769 MB, twice the memory halves the CPU time, so the cost per request "
                                       "stays flat; single-threaded code gets no faster above it. Billing is memory × duration (GB-s).")},
    {"control.cpu",
     QT_TRANSLATE_NOOP("Explanations", "CPU work of the handler, measured at 1 vCPU."),
     QT_TRANSLATE_NOOP("Explanations", "The handler's CPU work at one vCPU. At lower memory it takes longer (e.g. 40 ms at 1,769 MB is about "
                                       "69 ms at 1,024 MB); above 1 vCPU only the parallel part speeds up.")},
    {"control.io",
     QT_TRANSLATE_NOOP("Explanations", "Waiting time of the handler (network, database); memory does not change it."),
     QT_TRANSLATE_NOOP("Explanations", "Time the handler waits for other services. More memory does not shorten it, so when waiting dominates, "
                                       "more memory raises the cost per request.")},
    {"control.db_setup",
     QT_TRANSLATE_NOOP("Explanations", "Time to open a database connection."),
     QT_TRANSLATE_NOOP("Explanations", "How long opening the connection takes. In global scope it is paid once per environment, in function "
                                       "init; in the handler, on every request.")},
    {"control.db_place",
     QT_TRANSLATE_NOOP("Explanations", "Where the connection is opened: global scope (once) or in the handler (every request)."),
     QT_TRANSLATE_NOOP("Explanations", "Code outside the handler runs once per environment during function init and its results are reused by "
                                       "warm starts. Opening a connection there makes only cold starts pay for it.")},
    {"control.env_setup",
     QT_TRANSLATE_NOOP("Explanations", "Environment setup time (not billed, not in Init Duration)."),
     QT_TRANSLATE_NOOP("Explanations", "An assumption: AWS publishes no figure. 60 ms for ZIP packages, 150 ms for container images.")},
    {"control.extension",
     QT_TRANSLATE_NOOP("Explanations", "Extension init time."),
     QT_TRANSLATE_NOOP("Explanations", "Time for the extensions to start. External extensions also make shutdown take 2,000 ms.")},
    {"control.runtime_init",
     QT_TRANSLATE_NOOP("Explanations", "Runtime init time (from the runtime preset)."),
     QT_TRANSLATE_NOOP("Explanations", "The preset draws runtime init from the measured spread of a hello-world function (median Python 3.12 "
                                       "92 ms, Java 21 252 ms); the slider shows its mean. Moving the slider sets a mean drawn with cv 0.15.")},
    {"control.function_init",
     QT_TRANSLATE_NOOP("Explanations", "Function init time: your code outside the handler."),
     QT_TRANSLATE_NOOP("Explanations", "Assumed 150 ms for Python and Node, 1,500 ms for Java and .NET, 30 ms for Go and Rust. Init is capped at 10 s.")},
    {"control.idle_mode",
     QT_TRANSLATE_NOOP("Explanations", "Idle lifetime: a fixed value, or random 5–15 min for every idle period."),
     QT_TRANSLATE_NOOP("Explanations", "AWS does not publish how long a frozen environment is kept. Measurements found 5–15 minutes; the random "
                                       "mode draws a new value for every idle period.")},
    {"control.idle",
     QT_TRANSLATE_NOOP("Explanations", "How long a frozen environment is kept before it shuts down."),
     QT_TRANSLATE_NOOP("Explanations", "Not published by AWS: measured 5–15 minutes. A request after this time starts cold with the reason "
                                       "\"expired after idling\".")},
    {"control.pc",
     QT_TRANSLATE_NOOP("Explanations", "Provisioned concurrency: environments initialised ahead of time, billed while configured."),
     QT_TRANSLATE_NOOP("Explanations", "N environments are initialised in advance and never idle out; requests use them first. Capacity costs "
                                       "$0.0000041667 per GB-s whether used or not (about $10.95 per GB-month). Not combinable with SnapStart.")},
    {"control.snapstart",
     QT_TRANSLATE_NOOP("Explanations", "SnapStart: new environments restore from a snapshot instead of running init."),
     QT_TRANSLATE_NOOP("Explanations", "Init runs once when a version is published; new environments restore from its snapshot. It pays off "
                                       "when function init takes seconds. Java 11+, Python 3.12+, .NET 8+; not with provisioned concurrency, "
                                       "container images or EFS.")},
    {"control.pattern",
     QT_TRANSLATE_NOOP("Explanations", "Traffic pattern: random arrivals, constant, bursts or a daily cycle."),
     QT_TRANSLATE_NOOP("Explanations", "How requests arrive. Bursts need many environments at once (scale-out cold starts); a daily cycle "
                                       "shows environments expiring at night.")},
    {"control.rate",
     QT_TRANSLATE_NOOP("Explanations", "Requests per second."),
     QT_TRANSLATE_NOOP("Explanations", "Requests in flight = rate × duration: that is how many environments are busy at once.")},
    {"control.keep_warm",
     QT_TRANSLATE_NOOP("Explanations", "Keep-warm pings: a scheduled request every N seconds (0 = off)."),
     QT_TRANSLATE_NOOP("Explanations", "Pings keep environments from idling out, but each is a billed request, and a burst still needs more "
                                       "environments than the pings keep warm.")},
    {"control.init_billing",
     QT_TRANSLATE_NOOP("Explanations", "Whether init time is billed (since 1 August 2025) or free (before)."),
     QT_TRANSLATE_NOOP("Explanations", "Since 1 August 2025 the init of on-demand ZIP functions is billed like handler time: e.g. 250.06 ms "
                                       "init + 100.77 ms duration bill 351 ms. Before, it was free for managed runtimes.")},
    {"control.speed",
     QT_TRANSLATE_NOOP("Explanations", "Playback speed: simulated seconds per real second."),
     QT_TRANSLATE_NOOP("Explanations", "The simulation is computed ahead; the speed only changes how fast the playhead moves through it.")},
    // --- plots
    {"plot.diagram",
     QT_TRANSLATE_NOOP("Explanations", "Lifecycle diagram: each token is an execution environment in its current phase."),
     QT_TRANSLATE_NOOP("Explanations", "The lifecycle as a diagram: a cold start passes setup, extension, runtime and function init (or a "
                                       "SnapStart restore), then invoke, frozen and back to invoke on a warm start, until shutdown.")},
    {"plot.lanes",
     QT_TRANSLATE_NOOP("Explanations", "Environment lanes: one strip per environment, time to the right."),
     QT_TRANSLATE_NOOP("Explanations", "Each lane is one execution environment: grey to vermillion = cold start, blue = running a request, "
                                       "light blue = frozen, black = shutdown. Click a cold request to see why it was cold.")},
    {"plot.latency",
     QT_TRANSLATE_NOOP("Explanations", "Latency of every request, logarithmic; cold starts in vermillion, warm in green."),
     QT_TRANSLATE_NOOP("Explanations", "Each dot is a request: its latency on a logarithmic axis, because cold starts are 10–100 times slower "
                                       "than warm requests. Click a cold one to see why it was cold.")},
    {"plot.cdf",
     QT_TRANSLATE_NOOP("Explanations", "Latency distribution: share of requests faster than a given latency."),
     QT_TRANSLATE_NOOP("Explanations", "The cumulative distribution of latency, cold and warm apart. The p99 often sits in the cold-start tail.")},
    {"plot.cost",
     QT_TRANSLATE_NOOP("Explanations", "Cost accumulated by line item: requests, duration, init, provisioned, SnapStart."),
     QT_TRANSLATE_NOOP("Explanations", "Requests cost $0.20 per 1M; duration $0.0000166667 per GB-s on x86_64; provisioned capacity "
                                       "$0.0000041667 per GB-s while configured, used or not.")},
    {"plot.environments",
     QT_TRANSLATE_NOOP("Explanations", "Environments over time: busy, initialising, frozen and provisioned."),
     QT_TRANSLATE_NOOP("Explanations", "How many environments exist and what they do. Frozen ones cost nothing; provisioned ones are billed "
                                       "for as long as they are configured.")},
    // --- compute options (compute options reference, 2026)
    {"control.compute",
     QT_TRANSLATE_NOOP("Explanations", "Compute option: on-demand, Managed Instances (many requests per environment) or tenant isolation."),
     QT_TRANSLATE_NOOP("Explanations", "On-demand environments serve one request at a time and freeze between requests. Managed Instances "
                                       "run environments on EC2 instances: each serves many requests at once, never freezes, and the bill "
                                       "is instance-hours plus a 15 % management fee instead of GB-seconds. Tenant isolation never shares "
                                       "an environment between tenants, so each tenant's first request is cold.")},
    {"control.instance_type",
     QT_TRANSLATE_NOOP("Explanations", "The EC2 instance type of the capacity provider, with its vCPUs, memory and hourly price."),
     QT_TRANSLATE_NOOP("Explanations", "Graviton types (…g) are cheaper per vCPU than Intel ones (…i). An instance holds as many environments "
                                       "as fit by vCPU and memory; xlarge doubles vCPU, memory and price, 2xlarge doubles again.")},
    {"control.managed_concurrency",
     QT_TRANSLATE_NOOP("Explanations", "How many requests one environment serves at once (1–1,600)."),
     QT_TRANSLATE_NOOP("Explanations", "The runtime default is 16 per vCPU for Python, 32 for Java and .NET, 64 for Node.js. The requests in an "
                                       "environment share its vCPUs: CPU-bound work slows as they fill, waiting does not. Beyond every "
                                       "environment's slots requests are throttled (429); nothing queues.")},
    {"control.min_instances",
     QT_TRANSLATE_NOOP("Explanations", "The fleet never has fewer instances than this (AWS default 3)."),
     QT_TRANSLATE_NOOP("Explanations", "The minimum fleet runs and is billed even with no traffic: instances × hourly price × 1.15 per hour.")},
    {"control.max_instances",
     QT_TRANSLATE_NOOP("Explanations", "The fleet never grows beyond this many instances."),
     QT_TRANSLATE_NOOP("Explanations", "Every minute the fleet compares its CPU utilisation with the target (50 %) and launches or removes "
                                       "instances; new ones take a minute to launch and then initialise their environments.")},
    {"control.tenants",
     QT_TRANSLATE_NOOP("Explanations", "How many tenants send the requests."),
     QT_TRANSLATE_NOOP("Explanations", "Each tenant has its own environments and idle timeouts. Every tenant environment costs $0.000167 per GB "
                                       "on top of requests and duration; at most 2,500 per 1,000 of concurrency.")},
    {"control.tenant_zipf",
     QT_TRANSLATE_NOOP("Explanations", "How unequal the tenants are: 0 all alike, 1 a few big ones and a long tail."),
     QT_TRANSLATE_NOOP("Explanations", "Tenant k sends a share proportional to 1 / k^s. Rare tenants idle out between requests and pay cold "
                                       "starts that a shared pool would have avoided.")},
    // --- KPIs
    {"kpi.cold",
     QT_TRANSLATE_NOOP("Explanations", "Share of requests that started cold (or restored with SnapStart)."),
     QT_TRANSLATE_NOOP("Explanations", "AWS says cold starts are typically under 1 % of invocations in production; bursts, rare traffic and "
                                       "configuration changes raise it.")},
    {"kpi.p50",
     QT_TRANSLATE_NOOP("Explanations", "Median latency: half the requests are faster."),
     QT_TRANSLATE_NOOP("Explanations", "The median is usually a warm request: the handler alone.")},
    {"kpi.p99",
     QT_TRANSLATE_NOOP("Explanations", "99th percentile latency: 1 request in 100 is slower."),
     QT_TRANSLATE_NOOP("Explanations", "The p99 is where cold starts show: if more than 1 % of requests are cold, it is a cold start's latency.")},
    {"kpi.per_million",
     QT_TRANSLATE_NOOP("Explanations", "Cost per 1 million requests so far."),
     QT_TRANSLATE_NOOP("Explanations", "All line items divided by requests: $0.20 for the requests themselves plus duration, init and "
                                       "provisioned capacity.")},
    {"kpi.cost_so_far",
     QT_TRANSLATE_NOOP("Explanations", "Everything billed up to the playhead."),
     QT_TRANSLATE_NOOP("Explanations", "Requests, billed duration (1 ms granularity), init, provisioned capacity and SnapStart charges up to now.")},
    {"kpi.per_month",
     QT_TRANSLATE_NOOP("Explanations", "The cost so far extrapolated to a 30-day month."),
     QT_TRANSLATE_NOOP("Explanations", "If this traffic continued for a month; the free tier (1M requests and 400,000 GB-s) is not applied "
                                       "unless it is switched on.")},
    {"kpi.requests",
     QT_TRANSLATE_NOOP("Explanations", "Requests served and requests throttled (HTTP 429)."),
     QT_TRANSLATE_NOOP("Explanations", "Over the concurrency limit (default 1,000) or the scaling rate (1,000 environments per 10 s), a request "
                                       "fails at once with 429; throttled requests are not billed.")},
};

struct Alias {
    const char *objectName;
    const char *id;
};
const Alias kAliases[] = {
    {"runtimeCombo", "control.runtime"},     {"architectureCombo", "control.architecture"},
    {"memorySlider", "control.memory"},      {"cpuSlider", "control.cpu"},
    {"ioSlider", "control.io"},              {"dbSetupSlider", "control.db_setup"},
    {"dbPlaceCombo", "control.db_place"},    {"envSetupSlider", "control.env_setup"},
    {"extensionSlider", "control.extension"}, {"runtimeInitSlider", "control.runtime_init"},
    {"functionInitSlider", "control.function_init"}, {"idleModeCombo", "control.idle_mode"},
    {"idleSlider", "control.idle"},          {"pcSlider", "control.pc"},
    {"snapStartCheck", "control.snapstart"}, {"patternCombo", "control.pattern"},
    {"rateSlider", "control.rate"},          {"keepWarmSlider", "control.keep_warm"},
    {"initBillingCombo", "control.init_billing"}, {"speedSlider", "control.speed"},
    {"diagram", "plot.diagram"},             {"lanes", "plot.lanes"},
    {"latencyPlot", "plot.latency"},         {"cdfPlot", "plot.cdf"},
    {"costPlot", "plot.cost"},               {"environmentsPlot", "plot.environments"},
    {"computeCombo", "control.compute"},     {"instanceTypeCombo", "control.instance_type"},
    {"managedConcurrencySpin", "control.managed_concurrency"}, {"minInstancesSpin", "control.min_instances"},
    {"maxInstancesSpin", "control.max_instances"}, {"tenantCountSpin", "control.tenants"},
    {"tenantZipfSpin", "control.tenant_zipf"},
};

const Entry *find(const QString &id)
{
    for (const Entry &e : kEntries)
        if (id == QLatin1String(e.id))
            return &e;
    return nullptr;
}

}  // namespace

QStringList ids()
{
    QStringList out;
    for (const Entry &e : kEntries)
        out << QString::fromLatin1(e.id);
    return out;
}

bool has(const QString &id) { return find(id) != nullptr; }

QString shortText(const QString &id)
{
    const Entry *e = find(id);
    return e ? QCoreApplication::translate("Explanations", e->shortText) : QString();
}

QString longText(const QString &id)
{
    const Entry *e = find(id);
    return e ? QCoreApplication::translate("Explanations", e->longText) : QString();
}

QString idForObjectName(const QString &objectName)
{
    for (const Alias &a : kAliases)
        if (objectName == QLatin1String(a.objectName))
            return QString::fromLatin1(a.id);
    return {};
}

QStringList objectNames()
{
    QStringList out;
    for (const Alias &a : kAliases)
        out << QString::fromLatin1(a.objectName);
    return out;
}

QString phaseId(Phase p)
{
    switch (p) {
    case Phase::EnvSetup: return QStringLiteral("phase.env_setup");
    case Phase::ExtensionInit: return QStringLiteral("phase.extension_init");
    case Phase::RuntimeInit: return QStringLiteral("phase.runtime_init");
    case Phase::FunctionInit: return QStringLiteral("phase.function_init");
    case Phase::Restore: return QStringLiteral("phase.restore");
    case Phase::Invoke: return QStringLiteral("phase.invoke");
    case Phase::Frozen: return QStringLiteral("phase.frozen");
    case Phase::Shutdown: return QStringLiteral("phase.shutdown");
    }
    return {};
}

}  // namespace lle::explanations
