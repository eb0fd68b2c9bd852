<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ClipFrames</name>
    <message>
        <location filename="../widgets/clipframes.cpp" line="196"/>
        <source>simulated %1 / %2 · %3×</source>
        <translation>simulated %1 / %2 · %3×</translation>
    </message>
</context>
<context>
    <name>ColdExplainer</name>
    <message>
        <location filename="../app/coldexplainer.cpp" line="36"/>
        <source>expired after idling</source>
        <translation>expired after idling</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="37"/>
        <source>recycled at its maximum lifetime</source>
        <translation>recycled at its maximum lifetime</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="38"/>
        <source>retired after a configuration change</source>
        <translation>retired after a configuration change</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="39"/>
        <source>still there at the end of the run</source>
        <translation>still there at the end of the run</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="40"/>
        <source>removed when the fleet scaled in</source>
        <translation>removed when the fleet scaled in</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="108"/>
        <source>Environment %1: created at %2, served %3 requests</source>
        <translation>Environment %1: created at %2, served %3 requests</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="112"/>
        <source>, shut down at %1 (%2)</source>
        <translation>, shut down at %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="114"/>
        <source>retired for a new function version with the same settings</source>
        <translation>retired for a new function version with the same settings</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="139"/>
        <source>Request %1 is not in the recorded run.</source>
        <translation>Request %1 is not in the recorded run.</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="156"/>
        <source>Ping %1 was not a cold start.</source>
        <translation>Ping %1 was not a cold start.</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="157"/>
        <source>Request %1 was not a cold start.</source>
        <translation>Request %1 was not a cold start.</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="159"/>
        <source>It was throttled (HTTP 429): no environment could be added.</source>
        <translation>It was throttled (HTTP 429): no environment could be added.</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="162"/>
        <source>It ran on provisioned environment %1, initialised ahead of time.</source>
        <translation>It ran on provisioned environment %1, initialised ahead of time.</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="164"/>
        <source>It found environment %1 frozen and reused it: a warm start.</source>
        <translation>It found environment %1 frozen and reused it: a warm start.</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="171"/>
        <source>Request %1: SnapStart restore at %2</source>
        <translation>Request %1: SnapStart restore at %2</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="172"/>
        <source>Request %1: cold start at %2</source>
        <translation>Request %1: cold start at %2</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="178"/>
        <source>First request: no execution environment existed yet.</source>
        <translation>First request: no execution environment existed yet.</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="195"/>
        <source>Scale-out: no environment was free, so a new one was created.</source>
        <translation>Scale-out: no environment was free, so a new one was created.</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="197"/>
        <source>1 environment was busy with another request.</source>
        <translation>1 environment was busy with another request.</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="199"/>
        <source>%1 environments were busy with other requests.</source>
        <translation>%1 environments were busy with other requests.</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="201"/>
        <source>1 environment was still initialising for a request that came earlier.</source>
        <translation>1 environment was still initialising for a request that came earlier.</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="203"/>
        <source>%1 environments were still initialising for requests that came earlier.</source>
        <translation>%1 environments were still initialising for requests that came earlier.</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="204"/>
        <source>An environment serves one request at a time.</source>
        <translation>An environment serves one request at a time.</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="212"/>
        <source>Expired: environment %1 had been idle for %2 and was shut down at %3.</source>
        <translation>Expired: environment %1 had been idle for %2 and was shut down at %3.</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="218"/>
        <source>No frozen environment was left to reuse.</source>
        <translation>No frozen environment was left to reuse.</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="223"/>
        <source>Recycled: Lambda replaced environment %1 at its maximum lifetime, after %2.</source>
        <translation>Recycled: Lambda replaced environment %1 at its maximum lifetime, after %2.</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="237"/>
        <source>A new function version at %1, with the settings already in effect, needs new environments.</source>
        <translation>A new function version at %1, with the settings already in effect, needs new environments.</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="242"/>
        <source>Changed configuration at %1 (%2).</source>
        <translation>Changed configuration at %1 (%2).</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="243"/>
        <source>A new function version needs new environments.</source>
        <translation>A new function version needs new environments.</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="244"/>
        <source>The old environments drain and shut down.</source>
        <translation>The old environments drain and shut down.</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="216"/>
        <source>Expired: the environments had been idle too long and were shut down.</source>
        <translation>Expired: the environments had been idle too long and were shut down.</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="227"/>
        <source>Recycled: Lambda replaced the environment at its maximum lifetime.</source>
        <translation>Recycled: Lambda replaced the environment at its maximum lifetime.</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="228"/>
        <source>It recycles environments every few hours, even busy ones.</source>
        <translation>It recycles environments every few hours, even busy ones.</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="240"/>
        <source>Changed configuration: a new function version needs new environments.</source>
        <translation>Changed configuration: a new function version needs new environments.</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="256"/>
        <source>Environment %1 started for it: %2.</source>
        <translation>Environment %1 started for it: %2.</translation>
    </message>
</context>
<context>
    <name>Explanations</name>
    <message>
        <location filename="../app/explanations.cpp" line="21"/>
        <source>Environment setup: Lambda places a micro-VM and downloads the code.</source>
        <translation>Environment setup: Lambda places a micro-VM and downloads the code.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="22"/>
        <source>Environment setup (grey) is the first step of a cold start: Lambda finds a host, starts a micro-VM, downloads the code and applies the memory setting. It is not part of the reported Init Duration and is not billed; the model assumes 60 ms for a ZIP package and 150 ms for a container image.</source>
        <translation>Environment setup (grey) is the first step of a cold start: Lambda finds a host, starts a micro-VM, downloads the code and applies the memory setting. It is not part of the reported Init Duration and is not billed; the model assumes 60 ms for a ZIP package and 150 ms for a container image.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="26"/>
        <source>Extension init: external extensions register and start.</source>
        <translation>Extension init: external extensions register and start.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="27"/>
        <source>Extension init (reddish purple): up to 10 extensions (monitoring agents, secret caches) start before the runtime. Part of Init Duration, and billed since August 2025. A function without extensions skips it.</source>
        <translation>Extension init (reddish purple): up to 10 extensions (monitoring agents, secret caches) start before the runtime. Part of Init Duration, and billed since August 2025. A function without extensions skips it.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="30"/>
        <source>Runtime init: the language runtime boots (interpreter, JVM, CLR).</source>
        <translation>Runtime init: the language runtime boots (interpreter, JVM, CLR).</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="34"/>
        <source>Function init: your code outside the handler runs (imports, clients, connections).</source>
        <translation>Function init: your code outside the handler runs (imports, clients, connections).</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="35"/>
        <source>Function init (vermillion) runs the code in global scope: imports, SDK clients, database connections. This is the part a developer controls. Init as a whole is capped at 10 s for on-demand environments. What is prepared here is reused by every warm start of the environment.</source>
        <translation>Function init (vermillion) runs the code in global scope: imports, SDK clients, database connections. This is the part a developer controls. Init as a whole is capped at 10 s for on-demand environments. What is prepared here is reused by every warm start of the environment.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="39"/>
        <source>SnapStart restore: the environment resumes from a snapshot instead of running init.</source>
        <translation>SnapStart restore: the environment resumes from a snapshot instead of running init.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="40"/>
        <source>Restore (yellow, SnapStart only): the environment resumes from a cached snapshot of an initialised one, then after-restore hooks run. It replaces extension, runtime and function init on the request path. Assumed 600 ms for Java and 300 ms for Python and .NET; capped at 10 s.</source>
        <translation>Restore (yellow, SnapStart only): the environment resumes from a cached snapshot of an initialised one, then after-restore hooks run. It replaces extension, runtime and function init on the request path. Assumed 600 ms for Java and 300 ms for Python and .NET; capped at 10 s.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="44"/>
        <source>Invoke: the handler runs for one request.</source>
        <translation>Invoke: the handler runs for one request.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="45"/>
        <source>Invoke (blue): the handler processes one request. An execution environment serves one request at a time, so a request that finds every environment busy starts a new one. Function timeout 1–900 s.</source>
        <translation>Invoke (blue): the handler processes one request. An execution environment serves one request at a time, so a request that finds every environment busy starts a new one. Function timeout 1–900 s.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="48"/>
        <source>Frozen: no CPU, but memory, /tmp and globals are kept for reuse.</source>
        <translation>Frozen: no CPU, but memory, /tmp and globals are kept for reuse.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="49"/>
        <source>Frozen (light blue): after the response the environment is frozen. It uses no CPU and costs nothing, but keeps memory, /tmp and global variables. The next request that finds it is a warm start. How long it is kept is not published: measured 5–15 minutes.</source>
        <translation>Frozen (light blue): after the response the environment is frozen. It uses no CPU and costs nothing, but keeps memory, /tmp and global variables. The next request that finds it is a warm start. How long it is kept is not published: measured 5–15 minutes.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="53"/>
        <source>Warm start: a frozen environment is thawed and goes straight to the handler.</source>
        <translation>Warm start: a frozen environment is thawed and goes straight to the handler.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="54"/>
        <source>A warm start reuses a frozen environment: no setup, no init, only the handler runs. That is why warm requests are often 10–100 times faster than cold ones. AWS says cold starts are typically under 1 % of invocations in production.</source>
        <translation>A warm start reuses a frozen environment: no setup, no init, only the handler runs. That is why warm requests are often 10–100 times faster than cold ones. AWS says cold starts are typically under 1 % of invocations in production.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="58"/>
        <source>Shutdown: after idling (or at its maximum lifetime) the environment is removed.</source>
        <translation>Shutdown: after idling (or at its maximum lifetime) the environment is removed.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="59"/>
        <source>Shutdown (black): the runtime and extensions receive a SHUTDOWN event, then the processes are killed. It takes 0 ms without extensions, 500 ms with internal extensions and 2,000 ms with external ones. Environments are also recycled every few hours even when busy (model: 2 h).</source>
        <translation>Shutdown (black): the runtime and extensions receive a SHUTDOWN event, then the processes are killed. It takes 0 ms without extensions, 500 ms with internal extensions and 2,000 ms with external ones. Environments are also recycled every few hours even when busy (model: 2 h).</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="64"/>
        <source>Runtime: sets the measured runtime init time and whether SnapStart is possible.</source>
        <translation>Runtime: sets the measured runtime init time and whether SnapStart is possible.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="69"/>
        <source>Architecture: x86_64 or arm64 (Graviton), about 20 % cheaper per GB-s.</source>
        <translation>Architecture: x86_64 or arm64 (Graviton), about 20 % cheaper per GB-s.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="73"/>
        <source>Memory 128–10,240 MB; CPU is proportional: 1,769 MB = 1 vCPU.</source>
        <translation>Memory 128–10,240 MB; CPU is proportional: 1,769 MB = 1 vCPU.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="74"/>
        <source>Memory is the only performance setting: the CPU share grows with it, one full vCPU at 1,769 MB and 6 vCPUs at 10,240 MB. Below 1,769 MB, twice the memory halves the CPU time, so the cost per request stays flat; single-threaded code gets no faster above it. Billing is memory × duration (GB-s).</source>
        <translation>Memory is the only performance setting: the CPU share grows with it, one full vCPU at 1,769 MB and 6 vCPUs at 10,240 MB. Below 1,769 MB, twice the memory halves the CPU time, so the cost per request stays flat; single-threaded code gets no faster above it. Billing is memory × duration (GB-s).</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="78"/>
        <source>CPU work of the handler, measured at 1 vCPU.</source>
        <translation>CPU work of the handler, measured at 1 vCPU.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="79"/>
        <source>The handler&apos;s CPU work at one vCPU. At lower memory it takes longer (e.g. 40 ms at 1,769 MB is about 69 ms at 1,024 MB); above 1 vCPU only the parallel part speeds up.</source>
        <translation>The handler&apos;s CPU work at one vCPU. At lower memory it takes longer (e.g. 40 ms at 1,769 MB is about 69 ms at 1,024 MB); above 1 vCPU only the parallel part speeds up.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="82"/>
        <source>Waiting time of the handler (network, database); memory does not change it.</source>
        <translation>Waiting time of the handler (network, database); memory does not change it.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="83"/>
        <source>Time the handler waits for other services. More memory does not shorten it, so when waiting dominates, more memory raises the cost per request.</source>
        <translation>Time the handler waits for other services. More memory does not shorten it, so when waiting dominates, more memory raises the cost per request.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="86"/>
        <source>Time to open a database connection.</source>
        <translation>Time to open a database connection.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="87"/>
        <source>How long opening the connection takes. In global scope it is paid once per environment, in function init; in the handler, on every request.</source>
        <translation>How long opening the connection takes. In global scope it is paid once per environment, in function init; in the handler, on every request.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="90"/>
        <source>Where the connection is opened: global scope (once) or in the handler (every request).</source>
        <translation>Where the connection is opened: global scope (once) or in the handler (every request).</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="91"/>
        <source>Code outside the handler runs once per environment during function init and its results are reused by warm starts. Opening a connection there makes only cold starts pay for it.</source>
        <translation>Code outside the handler runs once per environment during function init and its results are reused by warm starts. Opening a connection there makes only cold starts pay for it.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="94"/>
        <source>Environment setup time (not billed, not in Init Duration).</source>
        <translation>Environment setup time (not billed, not in Init Duration).</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="95"/>
        <source>An assumption: AWS publishes no figure. 60 ms for ZIP packages, 150 ms for container images.</source>
        <translation>An assumption: AWS publishes no figure. 60 ms for ZIP packages, 150 ms for container images.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="97"/>
        <source>Extension init time.</source>
        <translation>Extension init time.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="98"/>
        <source>Time for the extensions to start. External extensions also make shutdown take 2,000 ms.</source>
        <translation>Time for the extensions to start. External extensions also make shutdown take 2,000 ms.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="100"/>
        <source>Runtime init time (from the runtime preset).</source>
        <translation>Runtime init time (from the runtime preset).</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="31"/>
        <source>Runtime init (orange): the language runtime starts. Measured hello-world medians: Rust 17 ms, Go 52 ms, Python 3.12 92 ms, Node.js 22 153 ms, Java 21 252 ms, .NET 8 267 ms. It hardly changes with memory.</source>
        <translation>Runtime init (orange): the language runtime starts. Measured hello-world medians: Rust 17 ms, Go 52 ms, Python 3.12 92 ms, Node.js 22 153 ms, Java 21 252 ms, .NET 8 267 ms. It hardly changes with memory.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="65"/>
        <source>The runtime preset fills in the init times measured for hello-world functions (median and p90, e.g. Python 3.12 92 and 113 ms, Java 21 252 and 291 ms) and a typical function init. SnapStart exists for Java 11+, Python 3.12+ and .NET 8+.</source>
        <translation>The runtime preset fills in the init times measured for hello-world functions (median and p90, e.g. Python 3.12 92 and 113 ms, Java 21 252 and 291 ms) and a typical function init. SnapStart exists for Java 11+, Python 3.12+ and .NET 8+.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="70"/>
        <source>arm64 costs $0.0000133334 per GB-s against $0.0000166667 on x86_64. Its init is 10–20 % faster for Node, Python, Go and Rust, about the same for Java, .NET and Ruby.</source>
        <translation>arm64 costs $0.0000133334 per GB-s against $0.0000166667 on x86_64. Its init is 10–20 % faster for Node, Python, Go and Rust, about the same for Java, .NET and Ruby.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="101"/>
        <source>The preset draws runtime init from the measured spread of a hello-world function (median Python 3.12 92 ms, Java 21 252 ms); the slider shows its mean. Moving the slider sets a mean drawn with cv 0.15.</source>
        <translation>The preset draws runtime init from the measured spread of a hello-world function (median Python 3.12 92 ms, Java 21 252 ms); the slider shows its mean. Moving the slider sets a mean drawn with cv 0.15.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="104"/>
        <source>Function init time: your code outside the handler.</source>
        <translation>Function init time: your code outside the handler.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="105"/>
        <source>Assumed 150 ms for Python and Node, 1,500 ms for Java and .NET, 30 ms for Go and Rust. Init is capped at 10 s.</source>
        <translation>Assumed 150 ms for Python and Node, 1,500 ms for Java and .NET, 30 ms for Go and Rust. Init is capped at 10 s.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="107"/>
        <source>Idle lifetime: a fixed value, or random 5–15 min for every idle period.</source>
        <translation>Idle lifetime: a fixed value, or random 5–15 min for every idle period.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="108"/>
        <source>AWS does not publish how long a frozen environment is kept. Measurements found 5–15 minutes; the random mode draws a new value for every idle period.</source>
        <translation>AWS does not publish how long a frozen environment is kept. Measurements found 5–15 minutes; the random mode draws a new value for every idle period.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="111"/>
        <source>How long a frozen environment is kept before it shuts down.</source>
        <translation>How long a frozen environment is kept before it shuts down.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="112"/>
        <source>Not published by AWS: measured 5–15 minutes. A request after this time starts cold with the reason &quot;expired after idling&quot;.</source>
        <translation>Not published by AWS: measured 5–15 minutes. A request after this time starts cold with the reason &quot;expired after idling&quot;.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="115"/>
        <source>Provisioned concurrency: environments initialised ahead of time, billed while configured.</source>
        <translation>Provisioned concurrency: environments initialised ahead of time, billed while configured.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="116"/>
        <source>N environments are initialised in advance and never idle out; requests use them first. Capacity costs $0.0000041667 per GB-s whether used or not (about $10.95 per GB-month). Not combinable with SnapStart.</source>
        <translation>N environments are initialised in advance and never idle out; requests use them first. Capacity costs $0.0000041667 per GB-s whether used or not (about $10.95 per GB-month). Not combinable with SnapStart.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="119"/>
        <source>SnapStart: new environments restore from a snapshot instead of running init.</source>
        <translation>SnapStart: new environments restore from a snapshot instead of running init.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="120"/>
        <source>Init runs once when a version is published; new environments restore from its snapshot. It pays off when function init takes seconds. Java 11+, Python 3.12+, .NET 8+; not with provisioned concurrency, container images or EFS.</source>
        <translation>Init runs once when a version is published; new environments restore from its snapshot. It pays off when function init takes seconds. Java 11+, Python 3.12+, .NET 8+; not with provisioned concurrency, container images or EFS.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="124"/>
        <source>Traffic pattern: random arrivals, constant, bursts or a daily cycle.</source>
        <translation>Traffic pattern: random arrivals, constant, bursts or a daily cycle.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="125"/>
        <source>How requests arrive. Bursts need many environments at once (scale-out cold starts); a daily cycle shows environments expiring at night.</source>
        <translation>How requests arrive. Bursts need many environments at once (scale-out cold starts); a daily cycle shows environments expiring at night.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="128"/>
        <source>Requests per second.</source>
        <translation>Requests per second.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="129"/>
        <source>Requests in flight = rate × duration: that is how many environments are busy at once.</source>
        <translation>Requests in flight = rate × duration: that is how many environments are busy at once.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="131"/>
        <source>Keep-warm pings: a scheduled request every N seconds (0 = off).</source>
        <translation>Keep-warm pings: a scheduled request every N seconds (0 = off).</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="132"/>
        <source>Pings keep environments from idling out, but each is a billed request, and a burst still needs more environments than the pings keep warm.</source>
        <translation>Pings keep environments from idling out, but each is a billed request, and a burst still needs more environments than the pings keep warm.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="135"/>
        <source>Whether init time is billed (since 1 August 2025) or free (before).</source>
        <translation>Whether init time is billed (since 1 August 2025) or free (before).</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="136"/>
        <source>Since 1 August 2025 the init of on-demand ZIP functions is billed like handler time: e.g. 250.06 ms init + 100.77 ms duration bill 351 ms. Before, it was free for managed runtimes.</source>
        <translation>Since 1 August 2025 the init of on-demand ZIP functions is billed like handler time: e.g. 250.06 ms init + 100.77 ms duration bill 351 ms. Before, it was free for managed runtimes.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="139"/>
        <source>Playback speed: simulated seconds per real second.</source>
        <translation>Playback speed: simulated seconds per real second.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="140"/>
        <source>The simulation is computed ahead; the speed only changes how fast the playhead moves through it.</source>
        <translation>The simulation is computed ahead; the speed only changes how fast the playhead moves through it.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="143"/>
        <source>Lifecycle diagram: each token is an execution environment in its current phase.</source>
        <translation>Lifecycle diagram: each token is an execution environment in its current phase.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="144"/>
        <source>The lifecycle as a diagram: a cold start passes setup, extension, runtime and function init (or a SnapStart restore), then invoke, frozen and back to invoke on a warm start, until shutdown.</source>
        <translation>The lifecycle as a diagram: a cold start passes setup, extension, runtime and function init (or a SnapStart restore), then invoke, frozen and back to invoke on a warm start, until shutdown.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="147"/>
        <source>Environment lanes: one strip per environment, time to the right.</source>
        <translation>Environment lanes: one strip per environment, time to the right.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="148"/>
        <source>Each lane is one execution environment: grey to vermillion = cold start, blue = running a request, light blue = frozen, black = shutdown. Click a cold request to see why it was cold.</source>
        <translation>Each lane is one execution environment: grey to vermillion = cold start, blue = running a request, light blue = frozen, black = shutdown. Click a cold request to see why it was cold.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="151"/>
        <source>Latency of every request, logarithmic; cold starts in vermillion, warm in green.</source>
        <translation>Latency of every request, logarithmic; cold starts in vermillion, warm in green.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="152"/>
        <source>Each dot is a request: its latency on a logarithmic axis, because cold starts are 10–100 times slower than warm requests. Click a cold one to see why it was cold.</source>
        <translation>Each dot is a request: its latency on a logarithmic axis, because cold starts are 10–100 times slower than warm requests. Click a cold one to see why it was cold.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="155"/>
        <source>Latency distribution: share of requests faster than a given latency.</source>
        <translation>Latency distribution: share of requests faster than a given latency.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="156"/>
        <source>The cumulative distribution of latency, cold and warm apart. The p99 often sits in the cold-start tail.</source>
        <translation>The cumulative distribution of latency, cold and warm apart. The p99 often sits in the cold-start tail.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="158"/>
        <source>Cost accumulated by line item: requests, duration, init, provisioned, SnapStart.</source>
        <translation>Cost accumulated by line item: requests, duration, init, provisioned, SnapStart.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="159"/>
        <source>Requests cost $0.20 per 1M; duration $0.0000166667 per GB-s on x86_64; provisioned capacity $0.0000041667 per GB-s while configured, used or not.</source>
        <translation>Requests cost $0.20 per 1M; duration $0.0000166667 per GB-s on x86_64; provisioned capacity $0.0000041667 per GB-s while configured, used or not.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="162"/>
        <source>Environments over time: busy, initialising, frozen and provisioned.</source>
        <translation>Environments over time: busy, initialising, frozen and provisioned.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="163"/>
        <source>How many environments exist and what they do. Frozen ones cost nothing; provisioned ones are billed for as long as they are configured.</source>
        <translation>How many environments exist and what they do. Frozen ones cost nothing; provisioned ones are billed for as long as they are configured.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="167"/>
        <source>Compute option: on-demand, Managed Instances (many requests per environment) or tenant isolation.</source>
        <translation>Compute option: on-demand, Managed Instances (many requests per environment) or tenant isolation.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="168"/>
        <source>On-demand environments serve one request at a time and freeze between requests. Managed Instances run environments on EC2 instances: each serves many requests at once, never freezes, and the bill is instance-hours plus a 15 % management fee instead of GB-seconds. Tenant isolation never shares an environment between tenants, so each tenant&apos;s first request is cold.</source>
        <translation>On-demand environments serve one request at a time and freeze between requests. Managed Instances run environments on EC2 instances: each serves many requests at once, never freezes, and the bill is instance-hours plus a 15 % management fee instead of GB-seconds. Tenant isolation never shares an environment between tenants, so each tenant&apos;s first request is cold.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="173"/>
        <source>The EC2 instance type of the capacity provider, with its vCPUs, memory and hourly price.</source>
        <translation>The EC2 instance type of the capacity provider, with its vCPUs, memory and hourly price.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="174"/>
        <source>Graviton types (…g) are cheaper per vCPU than Intel ones (…i). An instance holds as many environments as fit by vCPU and memory; xlarge doubles vCPU, memory and price, 2xlarge doubles again.</source>
        <translation>Graviton types (…g) are cheaper per vCPU than Intel ones (…i). An instance holds as many environments as fit by vCPU and memory; xlarge doubles vCPU, memory and price, 2xlarge doubles again.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="177"/>
        <source>How many requests one environment serves at once (1–1,600).</source>
        <translation>How many requests one environment serves at once (1–1,600).</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="178"/>
        <source>The runtime default is 16 per vCPU for Python, 32 for Java and .NET, 64 for Node.js. The requests in an environment share its vCPUs: CPU-bound work slows as they fill, waiting does not. Beyond every environment&apos;s slots requests are throttled (429); nothing queues.</source>
        <translation>The runtime default is 16 per vCPU for Python, 32 for Java and .NET, 64 for Node.js. The requests in an environment share its vCPUs: CPU-bound work slows as they fill, waiting does not. Beyond every environment&apos;s slots requests are throttled (429); nothing queues.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="182"/>
        <source>The fleet never has fewer instances than this (AWS default 3).</source>
        <translation>The fleet never has fewer instances than this (AWS default 3).</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="183"/>
        <source>The minimum fleet runs and is billed even with no traffic: instances × hourly price × 1.15 per hour.</source>
        <translation>The minimum fleet runs and is billed even with no traffic: instances × hourly price × 1.15 per hour.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="185"/>
        <source>The fleet never grows beyond this many instances.</source>
        <translation>The fleet never grows beyond this many instances.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="186"/>
        <source>Every minute the fleet compares its CPU utilisation with the target (50 %) and launches or removes instances; new ones take a minute to launch and then initialise their environments.</source>
        <translation>Every minute the fleet compares its CPU utilisation with the target (50 %) and launches or removes instances; new ones take a minute to launch and then initialise their environments.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="189"/>
        <source>How many tenants send the requests.</source>
        <translation>How many tenants send the requests.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="190"/>
        <source>Each tenant has its own environments and idle timeouts. Every tenant environment costs $0.000167 per GB on top of requests and duration; at most 2,500 per 1,000 of concurrency.</source>
        <translation>Each tenant has its own environments and idle timeouts. Every tenant environment costs $0.000167 per GB on top of requests and duration; at most 2,500 per 1,000 of concurrency.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="193"/>
        <source>How unequal the tenants are: 0 all alike, 1 a few big ones and a long tail.</source>
        <translation>How unequal the tenants are: 0 all alike, 1 a few big ones and a long tail.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="194"/>
        <source>Tenant k sends a share proportional to 1 / k^s. Rare tenants idle out between requests and pay cold starts that a shared pool would have avoided.</source>
        <translation>Tenant k sends a share proportional to 1 / k^s. Rare tenants idle out between requests and pay cold starts that a shared pool would have avoided.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="198"/>
        <source>Share of requests that started cold (or restored with SnapStart).</source>
        <translation>Share of requests that started cold (or restored with SnapStart).</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="199"/>
        <source>AWS says cold starts are typically under 1 % of invocations in production; bursts, rare traffic and configuration changes raise it.</source>
        <translation>AWS says cold starts are typically under 1 % of invocations in production; bursts, rare traffic and configuration changes raise it.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="202"/>
        <source>Median latency: half the requests are faster.</source>
        <translation>Median latency: half the requests are faster.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="203"/>
        <source>The median is usually a warm request: the handler alone.</source>
        <translation>The median is usually a warm request: the handler alone.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="205"/>
        <source>99th percentile latency: 1 request in 100 is slower.</source>
        <translation>99th percentile latency: 1 request in 100 is slower.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="206"/>
        <source>The p99 is where cold starts show: if more than 1 % of requests are cold, it is a cold start&apos;s latency.</source>
        <translation>The p99 is where cold starts show: if more than 1 % of requests are cold, it is a cold start&apos;s latency.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="208"/>
        <source>Cost per 1 million requests so far.</source>
        <translation>Cost per 1 million requests so far.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="209"/>
        <source>All line items divided by requests: $0.20 for the requests themselves plus duration, init and provisioned capacity.</source>
        <translation>All line items divided by requests: $0.20 for the requests themselves plus duration, init and provisioned capacity.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="212"/>
        <source>Everything billed up to the playhead.</source>
        <translation>Everything billed up to the playhead.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="213"/>
        <source>Requests, billed duration (1 ms granularity), init, provisioned capacity and SnapStart charges up to now.</source>
        <translation>Requests, billed duration (1 ms granularity), init, provisioned capacity and SnapStart charges up to now.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="215"/>
        <source>The cost so far extrapolated to a 30-day month.</source>
        <translation>The cost so far extrapolated to a 30-day month.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="216"/>
        <source>If this traffic continued for a month; the free tier (1M requests and 400,000 GB-s) is not applied unless it is switched on.</source>
        <translation>If this traffic continued for a month; the free tier (1M requests and 400,000 GB-s) is not applied unless it is switched on.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="219"/>
        <source>Requests served and requests throttled (HTTP 429).</source>
        <translation>Requests served and requests throttled (HTTP 429).</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="220"/>
        <source>Over the concurrency limit (default 1,000) or the scaling rate (1,000 environments per 10 s), a request fails at once with 429; throttled requests are not billed.</source>
        <translation>Over the concurrency limit (default 1,000) or the scaling rate (1,000 environments per 10 s), a request fails at once with 429; throttled requests are not billed.</translation>
    </message>
</context>
<context>
    <name>ExplorerWindow</name>
    <message>
        <location filename="../ui/explorerwindow.ui" line="10"/>
        <source>Lambda Lifecycle Explorer</source>
        <translation>Lambda Lifecycle Explorer</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="24"/>
        <source>Play or pause (Space)</source>
        <translation>Play or pause (Space)</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="25"/>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="31"/>
        <source>Step to the next event (→)</source>
        <translation>Step to the next event (→)</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="32"/>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="37"/>
        <source>Back to the start (Home)</source>
        <translation>Back to the start (Home)</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="38"/>
        <source>Restart</source>
        <translation>Restart</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="43"/>
        <source>Speed</source>
        <translation>Speed</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="48"/>
        <source>Playback speed: 0.1× to 10,000× real time (snaps to 1×)</source>
        <translation>Playback speed: 0.1× to 10,000× real time (snaps to 1×)</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="62"/>
        <source>Simulated time at the playhead / length of the run</source>
        <translation>Simulated time at the playhead / length of the run</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="74"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="75"/>
        <source>Stop computing the run; what is computed so far stays</source>
        <translation>Stop computing the run; what is computed so far stays</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="159"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="161"/>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="164"/>
        <source>E&amp;xamples</source>
        <translation>E&amp;xamples</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="177"/>
        <source>&amp;Playback</source>
        <translation>&amp;Playback</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="187"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="195"/>
        <source>&amp;New scenario</source>
        <translation>&amp;New scenario</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="196"/>
        <source>Start again from the built-in scenario</source>
        <translation>Start again from the built-in scenario</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="199"/>
        <source>&amp;Open scenario…</source>
        <translation>&amp;Open scenario…</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="202"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="205"/>
        <source>Save &amp;as…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="208"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="211"/>
        <source>Play / pause</source>
        <translation>Play / pause</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="212"/>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="215"/>
        <source>Step to the next event</source>
        <translation>Step to the next event</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="216"/>
        <source>Right</source>
        <translation>Right</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="219"/>
        <source>Step back to the previous event</source>
        <translation>Step back to the previous event</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="220"/>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="223"/>
        <source>Run to next cold start</source>
        <translation>Run to next cold start</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="224"/>
        <source>Play briskly to the moment the next cold start begins and pause there (Esc stops)</source>
        <translation>Play briskly to the moment the next cold start begins and pause there (Esc stops)</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="225"/>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="228"/>
        <source>Go to start</source>
        <translation>Go to start</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="229"/>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="232"/>
        <source>Every request of this interval</source>
        <translation>Every request of this interval</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="233"/>
        <source>Simulate the metrics interval at the playhead again and draw every request in it; again to go back</source>
        <translation>Simulate the metrics interval at the playhead again and draw every request in it; again to go back</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="234"/>
        <source>Z</source>
        <translation>Z</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="237"/>
        <source>Go to end</source>
        <translation>Go to end</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="238"/>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="241"/>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../app/format.cpp" line="13"/>
        <location filename="../app/format.cpp" line="14"/>
        <location filename="../app/format.cpp" line="72"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../app/format.cpp" line="15"/>
        <location filename="../app/format.cpp" line="61"/>
        <location filename="../app/format.cpp" line="71"/>
        <location filename="../app/format.cpp" line="98"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../app/format.cpp" line="16"/>
        <location filename="../app/format.cpp" line="97"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../app/format.cpp" line="17"/>
        <location filename="../app/format.cpp" line="95"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../app/format.cpp" line="93"/>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <location filename="../app/lessonstrings.cpp" line="13"/>
        <source>Memory buys CPU: duration and cost</source>
        <translation>Memory buys CPU: duration and cost</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="14"/>
        <source>Lambda has no CPU setting: memory sets the CPU share. When more memory is cheaper, and when it is not.</source>
        <translation>Lambda has no CPU setting: memory sets the CPU share. When more memory is cheaper, and when it is not.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="23"/>
        <source>Only code that runs in parallel (several threads or processes). Its CPU part speeds up by Amdahl&apos;s law, up to 6 vCPUs at 10,240 MB.</source>
        <translation>Only code that runs in parallel (several threads or processes). Its CPU part speeds up by Amdahl&apos;s law, up to 6 vCPUs at 10,240 MB.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="29"/>
        <source>The lifecycle of an execution environment</source>
        <translation>The lifecycle of an execution environment</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="30"/>
        <source>Cold start with its four init phases, invoke, freeze, warm reuse, and shutdown after idling.</source>
        <translation>Cold start with its four init phases, invoke, freeze, warm reuse, and shutdown after idling.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="33"/>
        <source>Init is done: the handler runs for this request (invoke). An execution environment serves one request at a time; a second request arriving now needs another environment.</source>
        <translation>Init is done: the handler runs for this request (invoke). An execution environment serves one request at a time; a second request arriving now needs another environment.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="34"/>
        <source>The response is sent and environment 1 is frozen: no CPU, but memory, /tmp and global variables are kept. A frozen environment costs nothing.</source>
        <translation>The response is sent and environment 1 is frozen: no CPU, but memory, /tmp and global variables are kept. A frozen environment costs nothing.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="35"/>
        <source>A new request found a frozen environment. It thaws and goes straight to the handler: a warm start, with no init at all.</source>
        <translation>A new request found a frozen environment. It thaws and goes straight to the handler: a warm start, with no init at all.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="36"/>
        <source>Why are warm starts so much faster on the latency plot?</source>
        <translation>Why are warm starts so much faster on the latency plot?</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="39"/>
        <source>Shutdown: the runtime and the extensions receive a SHUTDOWN event, then Lambda kills the processes. It takes 0 ms without extensions, 500 ms with internal extensions only and {shutdown_ms} with an external extension, as here.</source>
        <translation>Shutdown: the runtime and the extensions receive a SHUTDOWN event, then Lambda kills the processes. It takes 0 ms without extensions, 500 ms with internal extensions only and {shutdown_ms} with an external extension, as here.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="42"/>
        <source>The next burst begins with a cold start again. Click a cold request in the lanes or in the latency plot to see why it was cold.</source>
        <translation>The next burst begins with a cold start again. Click a cold request in the lanes or in the latency plot to see why it was cold.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="44"/>
        <source>Initialise in global scope, not in the handler</source>
        <translation>Initialise in global scope, not in the handler</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="45"/>
        <source>A database connection opened outside the handler is paid once per environment; inside the handler, on every request.</source>
        <translation>A database connection opened outside the handler is paid once per environment; inside the handler, on every request.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="48"/>
        <source>What happens if the connection is opened inside the handler?</source>
        <translation>What happens if the connection is opened inside the handler?</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="15"/>
        <source>Memory is the only performance setting of a Lambda function: CPU comes in proportion to it. At 1,769 MB the function gets one full vCPU; at {function.memory_mb} MB only about {vcpus} vCPU. This function does {function.handler.cpu_ms} ms of single-threaded CPU work (measured at 1 vCPU) and waits {function.handler.io_ms} ms for I/O.</source>
        <translation>Memory is the only performance setting of a Lambda function: CPU comes in proportion to it. At 1,769 MB the function gets one full vCPU; at {function.memory_mb} MB only about {vcpus} vCPU. This function does {function.handler.cpu_ms} ms of single-threaded CPU work (measured at 1 vCPU) and waits {function.handler.io_ms} ms for I/O.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="16"/>
        <source>At {function.memory_mb} MB each request takes about {duration_ms}: {function.handler.cpu_ms} ms of CPU work at {vcpus} vCPU, plus {function.handler.io_ms} ms of waiting. With {workload.rate_per_s} requests per second, about {concurrency_mean} execution environments are busy at the same time.</source>
        <translation>At {function.memory_mb} MB each request takes about {duration_ms}: {function.handler.cpu_ms} ms of CPU work at {vcpus} vCPU, plus {function.handler.io_ms} ms of waiting. With {workload.rate_per_s} requests per second, about {concurrency_mean} execution environments are busy at the same time.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="17"/>
        <source>Lambda bills memory × duration, in GB-seconds ({price_duration_gb_s} per GB-s on x86_64), plus {price_request_per_million} per million requests. Note the cost per 1M requests.</source>
        <translation>Lambda bills memory × duration, in GB-seconds ({price_duration_gb_s} per GB-s on x86_64), plus {price_request_per_million} per million requests. Note the cost per 1M requests.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="18"/>
        <source>We give the function 1,769 MB, one full vCPU: many times the memory it has now. Will each request cost that many times more?</source>
        <translation>We give the function 1,769 MB, one full vCPU: many times the memory it has now. Will each request cost that many times more?</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="19"/>
        <source>No, about the same. Below one full vCPU the CPU share grows with the memory, so the CPU work runs as many times faster as the memory grew. Memory × duration, and so the price, hardly changes — and every request is much faster.</source>
        <translation>No, about the same. Below one full vCPU the CPU share grows with the memory, so the CPU work runs as many times faster as the memory grew. Memory × duration, and so the price, hardly changes — and every request is much faster.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="20"/>
        <source>Now at {function.memory_mb} MB: one full vCPU. Requests take about {duration_ms} and only about {concurrency_mean} environments are busy at once. Compare the cost per 1M requests with the first run&apos;s.</source>
        <translation>Now at {function.memory_mb} MB: one full vCPU. Requests take about {duration_ms} and only about {concurrency_mean} environments are busy at once. Compare the cost per 1M requests with the first run&apos;s.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="21"/>
        <source>At {function.memory_mb} MB the function gets {vcpus} vCPUs, but single-threaded code cannot use more than one: the duration stays at about {duration_ms}, and the price per request rises with the memory.</source>
        <translation>At {function.memory_mb} MB the function gets {vcpus} vCPUs, but single-threaded code cannot use more than one: the duration stays at about {duration_ms}, and the price per request rises with the memory.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="22"/>
        <source>What kind of code would still get faster above one full vCPU?</source>
        <translation>What kind of code would still get faster above one full vCPU?</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="24"/>
        <source>Now an I/O-bound function: {function.handler.cpu_ms} ms of CPU work and {function.handler.io_ms} ms of waiting for a database. At {function.memory_mb} MB, only {vcpus} vCPU, each request takes about {duration_ms}, most of it the slowed CPU part.</source>
        <translation>Now an I/O-bound function: {function.handler.cpu_ms} ms of CPU work and {function.handler.io_ms} ms of waiting for a database. At {function.memory_mb} MB, only {vcpus} vCPU, each request takes about {duration_ms}, most of it the slowed CPU part.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="25"/>
        <source>Will more memory be cheaper for this function?</source>
        <translation>Will more memory be cheaper for this function?</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="26"/>
        <source>No. The CPU part shrinks, but the waiting does not, and every millisecond of it bills the larger memory: the GB-seconds per request, and so the price, grow several times over. Memory does not shorten waiting.</source>
        <translation>No. The CPU part shrinks, but the waiting does not, and every millisecond of it bills the larger memory: the GB-seconds per request, and so the price, grow several times over. Memory does not shorten waiting.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="27"/>
        <source>At {function.memory_mb} MB a request takes about {duration_ms}: the latency falls, and the cost per request rises. More memory is cheaper only while CPU work dominates and the code can use the extra CPU. Measure before choosing: tools such as AWS Lambda Power Tuning run the function at several memory sizes.</source>
        <translation>At {function.memory_mb} MB a request takes about {duration_ms}: the latency falls, and the cost per request rises. More memory is cheaper only while CPU work dominates and the code can use the extra CPU. Measure before choosing: tools such as AWS Lambda Power Tuning run the function at several memory sizes.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="31"/>
        <source>Requests arrive in short bursts every {workload.every_min} minutes. The first request finds no execution environment: a cold start. Lambda now prepares a new one.</source>
        <translation>Requests arrive in short bursts every {workload.every_min} minutes. The first request finds no execution environment: a cold start. Lambda now prepares a new one.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="32"/>
        <source>A cold start has four steps before the handler runs, each taking a draw around the time its slider sets. Environment setup places a micro-VM and downloads the code ({env_setup_ms} here, set to {function.init_ms.env_setup} ms; not part of Init Duration). Then the extensions start ({extension_init_ms}, set to {function.init_ms.extension} ms), the Python runtime boots ({runtime_init_ms}, drawn from its measured start times), and the code outside the handler runs: function init ({function_init_ms}, set to {function.init_ms.function} ms).</source>
        <translation>A cold start has four steps before the handler runs, each taking a draw around the time its slider sets. Environment setup places a micro-VM and downloads the code ({env_setup_ms} here, set to {function.init_ms.env_setup} ms; not part of Init Duration). Then the extensions start ({extension_init_ms}, set to {function.init_ms.extension} ms), the Python runtime boots ({runtime_init_ms}, drawn from its measured start times), and the code outside the handler runs: function init ({function_init_ms}, set to {function.init_ms.function} ms).</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="37"/>
        <source>A warm start skips environment setup, extension, runtime and function init: only the handler runs. Here a cold start took {cold_latency_ms} and a warm one {warm_latency_ms}; the plot&apos;s axis is logarithmic for differences this large.</source>
        <translation>A warm start skips environment setup, extension, runtime and function init: only the handler runs. Here a cold start took {cold_latency_ms} and a warm one {warm_latency_ms}; the plot&apos;s axis is logarithmic for differences this large.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="38"/>
        <source>The burst is over. How long does a frozen environment stay? AWS does not publish it; measurements found 5 to 15 minutes. This lesson sets {platform.idle_timeout_s} s so that we can watch it.</source>
        <translation>The burst is over. How long does a frozen environment stay? AWS does not publish it; measurements found 5 to 15 minutes. This lesson sets {platform.idle_timeout_s} s so that we can watch it.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="40"/>
        <source>The next burst starts at minute {workload.every_min}. How will its first request start?</source>
        <translation>The next burst starts at minute {workload.every_min}. How will its first request start?</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="41"/>
        <source>Cold: every environment expired after {platform.idle_timeout_s} s of idling. Click that request in the lanes to read &quot;expired after idling&quot;.</source>
        <translation>Cold: every environment expired after {platform.idle_timeout_s} s of idling. Click that request in the lanes to read &quot;expired after idling&quot;.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="46"/>
        <source>This function opens a database connection that takes {function.handler.setup_ms} ms. Here the connection is created in global scope, outside the handler: that code runs once per environment, during function init, and every warm start reuses the connection.</source>
        <translation>This function opens a database connection that takes {function.handler.setup_ms} ms. Here the connection is created in global scope, outside the handler: that code runs once per environment, during function init, and every warm start reuses the connection.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="47"/>
        <source>Only cold starts pay the {function.handler.setup_ms} ms, on top of the {function.init_ms.function} ms of function init. Warm requests take about {warm_latency_ms}: the handler&apos;s work alone.</source>
        <translation>Only cold starts pay the {function.handler.setup_ms} ms, on top of the {function.init_ms.function} ms of function init. Warm requests take about {warm_latency_ms}: the handler&apos;s work alone.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="49"/>
        <source>Every request, warm or cold, pays the {function.handler.setup_ms} ms: the median latency, now {latency_p50_ms}, grows by that much, and each request bills several times the GB-seconds.</source>
        <translation>Every request, warm or cold, pays the {function.handler.setup_ms} ms: the median latency, now {latency_p50_ms}, grows by that much, and each request bills several times the GB-seconds.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="50"/>
        <source>Now the connection is opened inside the handler, on every request. Look at the p50 latency and the cost per 1M requests.</source>
        <translation>Now the connection is opened inside the handler, on every request. Look at the p50 latency and the cost per 1M requests.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="51"/>
        <source>The duration cost grows with the time spent waiting for the connection. Cold starts got only slightly cheaper, and they are a small share of requests.</source>
        <translation>The duration cost grows with the time spent waiting for the connection. Cold starts got only slightly cheaper, and they are a small share of requests.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="52"/>
        <source>Is there a catch with global scope?</source>
        <translation>Is there a catch with global scope?</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="53"/>
        <source>Global state lives as long as the environment and is shared by all its requests: good for connections, SDK clients and caches, but never keep one request&apos;s data there. A longer function init also makes every cold start slower, and since August 2025 init time is billed.</source>
        <translation>Global state lives as long as the environment and is shared by all its requests: good for connections, SDK clients and caches, but never keep one request&apos;s data there. A longer function init also makes every cold start slower, and since August 2025 init time is billed.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="55"/>
        <source>Keep-warm pings: cost and limits</source>
        <translation>Keep-warm pings: cost and limits</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="56"/>
        <source>Pinging a function keeps one environment warm, but it does not protect a burst from cold starts.</source>
        <translation>Pinging a function keeps one environment warm, but it does not protect a burst from cold starts.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="57"/>
        <source>A common trick: a scheduled rule pings the function every few minutes so that it never idles out. Here a ping arrives every {workload.keep_warm.interval_min} minutes, shorter than the idle lifetime of this run ({platform.idle_timeout_min} minutes).</source>
        <translation>A common trick: a scheduled rule pings the function every few minutes so that it never idles out. Here a ping arrives every {workload.keep_warm.interval_min} minutes, shorter than the idle lifetime of this run ({platform.idle_timeout_min} minutes).</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="58"/>
        <source>Between bursts the pings keep one environment warm: its lane shows a short invoke every {workload.keep_warm.interval_min} minutes, then frozen again.</source>
        <translation>Between bursts the pings keep one environment warm: its lane shows a short invoke every {workload.keep_warm.interval_min} minutes, then frozen again.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="59"/>
        <source>The burst arrives: {workload.burst_rate_per_s} requests per second, each about {latency_p50_ms} long, need up to {concurrency_peak} environments at once. The warm environment takes one request; all the others start cold, because all environments are busy (scale-out).</source>
        <translation>The burst arrives: {workload.burst_rate_per_s} requests per second, each about {latency_p50_ms} long, need up to {concurrency_peak} environments at once. The warm environment takes one request; all the others start cold, because all environments are busy (scale-out).</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="62"/>
        <source>Pings are not free: each is a billed request ({price_request_per_million} per 1M) plus at least 1 ms of duration. For one environment that is cents a month, but keeping the burst&apos;s {concurrency_peak} warm needs {concurrency_peak} concurrent pings that hold those environments while they run.</source>
        <translation>Pings are not free: each is a billed request ({price_request_per_million} per 1M) plus at least 1 ms of duration. For one environment that is cents a month, but keeping the burst&apos;s {concurrency_peak} warm needs {concurrency_peak} concurrent pings that hold those environments while they run.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="91"/>
        <source>An API that waits on a database: {function.handler.cpu_ms} ms of CPU and {function.handler.io_ms} ms of waiting per request, {workload.rate_per_s} requests a second. On demand, an environment serves one request at a time, so about {concurrency_mean} are busy at any moment and {environments_live} exist, each billed by the GB-second while it works.</source>
        <translation>An API that waits on a database: {function.handler.cpu_ms} ms of CPU and {function.handler.io_ms} ms of waiting per request, {workload.rate_per_s} requests a second. On demand, an environment serves one request at a time, so about {concurrency_mean} are busy at any moment and {environments_live} exist, each billed by the GB-second while it works.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="92"/>
        <source>Now the same traffic on Managed Instances: {function.managed_instances.min_instances} m7g.large instances, {mi_envs_per_instance} environments each, and every environment takes up to {mi_max_concurrency} requests at once. The requests overlap in the {mi_environments} lanes; nothing freezes and no request pays a cold start.</source>
        <translation>Now the same traffic on Managed Instances: {function.managed_instances.min_instances} m7g.large instances, {mi_envs_per_instance} environments each, and every environment takes up to {mi_max_concurrency} requests at once. The requests overlap in the {mi_environments} lanes; nothing freezes and no request pays a cold start.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="95"/>
        <source>CPU-bound handlers: the CPU parts of the requests in an environment share its vCPUs, so at concurrency k on v vCPUs each takes max(1, k/v) times as long. The fleet adds instances when CPU utilisation passes its target, but launching takes about {function.managed_instances.launch_s} s.</source>
        <translation>CPU-bound handlers: the CPU parts of the requests in an environment share its vCPUs, so at concurrency k on v vCPUs each takes max(1, k/v) times as long. The fleet adds instances when CPU utilisation passes its target, but launching takes about {function.managed_instances.launch_s} s.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="96"/>
        <source>The bill has no GB-seconds: {function.managed_instances.min_instances} instances at {mi_instance_price_per_hour} an hour plus the {mi_fee_percent} % management fee, about {cost_per_hour} an hour whatever the traffic, against about {ondemand_cost_per_hour} an hour that these requests would cost on demand. The fleet&apos;s minimum is paid even when nobody calls.</source>
        <translation>The bill has no GB-seconds: {function.managed_instances.min_instances} instances at {mi_instance_price_per_hour} an hour plus the {mi_fee_percent} % management fee, about {cost_per_hour} an hour whatever the traffic, against about {ondemand_cost_per_hour} an hour that these requests would cost on demand. The fleet&apos;s minimum is paid even when nobody calls.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="98"/>
        <source>When traffic is low or rare: an idle minimum fleet of {function.managed_instances.min_instances} instances still costs its instance price plus the fee every hour, while idle on-demand environments cost nothing. Managed Instances pay off for steady traffic that keeps the instances busy, more so with a Savings Plan discount.</source>
        <translation>When traffic is low or rare: an idle minimum fleet of {function.managed_instances.min_instances} instances still costs its instance price plus the fee every hour, while idle on-demand environments cost nothing. Managed Instances pay off for steady traffic that keeps the instances busy, more so with a Savings Plan discount.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="99"/>
        <source>With only {function.managed_instances.max_concurrency} requests per environment, the {mi_environments} environments hold {mi_slots} requests; about {concurrency_mean} are in flight on average, so bursts find every slot taken and are throttled at once (429): nothing queues.</source>
        <translation>With only {function.managed_instances.max_concurrency} requests per environment, the {mi_environments} environments hold {mi_slots} requests; about {concurrency_mean} are in flight on average, so bursts find every slot taken and are throttled at once (429): nothing queues.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="60"/>
        <source>So what did the pings buy?</source>
        <translation>So what did the pings buy?</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="61"/>
        <source>One warm environment, and only while the idle lifetime is longer than the ping interval. A burst needs as many environments as requests in flight, and each extra one starts cold.</source>
        <translation>One warm environment, and only while the idle lifetime is longer than the ping interval. A burst needs as many environments as requests in flight, and each extra one starts cold.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="63"/>
        <source>Why is pinging no guarantee even for a single environment?</source>
        <translation>Why is pinging no guarantee even for a single environment?</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="64"/>
        <source>AWS publishes no idle lifetime, so any interval is a guess; environments are also recycled every few hours even when busy, and a ping that meets a busy environment starts a new one. For a guaranteed number of ready environments, use provisioned concurrency.</source>
        <translation>AWS publishes no idle lifetime, so any interval is a guess; environments are also recycled every few hours even when busy, and a ping that meets a busy environment starts a new one. For a guaranteed number of ready environments, use provisioned concurrency.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="66"/>
        <source>Provisioned concurrency for peak hours</source>
        <translation>Provisioned concurrency for peak hours</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="67"/>
        <source>Environments initialised ahead of a peak remove its cold starts; their capacity is billed whether they serve or not.</source>
        <translation>Environments initialised ahead of a peak remove its cold starts; their capacity is billed whether they serve or not.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="68"/>
        <source>A Java function whose cold start takes about {cold_latency_ms} (runtime init plus {function.init_ms.function} ms of function init). Traffic is {rate_start_per_s} requests per second, with a peak of {rate_peak_per_s} per second from minute {rate_peak_from_min} to minute {rate_peak_until_min}.</source>
        <translation>A Java function whose cold start takes about {cold_latency_ms} (runtime init plus {function.init_ms.function} ms of function init). Traffic is {rate_start_per_s} requests per second, with a peak of {rate_peak_per_s} per second from minute {rate_peak_from_min} to minute {rate_peak_until_min}.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="71"/>
        <source>Requests in flight = rate × duration (Little&apos;s law): once the environments are warm, {workload.rate_per_s} per second × about {warm_latency_mean_ms} ≈ {concurrency_at_rate}. Round it up for some headroom.</source>
        <translation>Requests in flight = rate × duration (Little&apos;s law): once the environments are warm, {workload.rate_per_s} per second × about {warm_latency_mean_ms} ≈ {concurrency_at_rate}. Round it up for some headroom.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="72"/>
        <source>Now {function.provisioned_concurrency} environments of provisioned concurrency are scheduled from one minute before the peak until one minute after it, as Application Auto Scaling would do. They are initialised ahead of time and never idle out.</source>
        <translation>Now {function.provisioned_concurrency} environments of provisioned concurrency are scheduled from one minute before the peak until one minute after it, as Application Auto Scaling would do. They are initialised ahead of time and never idle out.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="73"/>
        <source>Requests go to a free provisioned environment first: no cold start at the peak. Only traffic beyond {function.provisioned_concurrency} concurrent requests would spill to on-demand environments.</source>
        <translation>Requests go to a free provisioned environment first: no cold start at the peak. Only traffic beyond {function.provisioned_concurrency} concurrent requests would spill to on-demand environments.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="74"/>
        <source>The price: capacity is billed for every GB-second it is configured, used or not: {price_pc_capacity_gb_s} per GB-s, about {price_pc_capacity_gb_month} per GB-month. Requests on it pay a lower duration rate ({price_pc_duration_gb_s} per GB-s).</source>
        <translation>The price: capacity is billed for every GB-second it is configured, used or not: {price_pc_capacity_gb_s} per GB-s, about {price_pc_capacity_gb_month} per GB-month. Requests on it pay a lower duration rate ({price_pc_duration_gb_s} per GB-s).</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="75"/>
        <source>What would {pc_peak} environments of {function.memory_mb} MB cost if left on all month?</source>
        <translation>What would {pc_peak} environments of {function.memory_mb} MB cost if left on all month?</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="76"/>
        <source>About {pc_peak_month_usd} a month of capacity alone, whether they serve requests or not. Scheduled for one hour a day, about 1/24 of that.</source>
        <translation>About {pc_peak_month_usd} a month of capacity alone, whether they serve requests or not. Scheduled for one hour a day, about 1/24 of that.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="80"/>
        <source>A Java application whose framework takes {function.init_ms.function} ms to start: every cold start spends about {init_ms} in init (the Java runtime&apos;s start plus the function init) before the handler runs. A cold request takes {cold_latency_ms} here.</source>
        <translation>A Java application whose framework takes {function.init_ms.function} ms to start: every cold start spends about {init_ms} in init (the Java runtime&apos;s start plus the function init) before the handler runs. A cold request takes {cold_latency_ms} here.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="82"/>
        <source>The restore path (yellow) replaces extension, runtime and function init. Here the restore takes {restore_ms} instead of the seconds of init before, and a cold request takes {cold_latency_ms}.</source>
        <translation>The restore path (yellow) replaces extension, runtime and function init. Here the restore takes {restore_ms} instead of the seconds of init before, and a cold request takes {cold_latency_ms}.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="89"/>
        <source>One environment, many requests</source>
        <translation>One environment, many requests</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="90"/>
        <source>Lambda Managed Instances run environments on EC2 instances that each serve many requests at once and never freeze: what that does to the lanes, the latency and the bill.</source>
        <translation>Lambda Managed Instances run environments on EC2 instances that each serve many requests at once and never freeze: what that does to the lanes, the latency and the bill.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="93"/>
        <source>The requests in one environment share its vCPU, but here they mostly wait on the database, and waiting is not shared: p50 and p99 stay close to on-demand&apos;s.</source>
        <translation>The requests in one environment share its vCPU, but here they mostly wait on the database, and waiting is not shared: p50 and p99 stay close to on-demand&apos;s.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="94"/>
        <source>What would make the latency grow on Managed Instances?</source>
        <translation>What would make the latency grow on Managed Instances?</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="97"/>
        <source>When is on-demand cheaper?</source>
        <translation>When is on-demand cheaper?</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="69"/>
        <source>At the start of the peak Lambda scales out: every new environment is a cold start of about {cold_latency_ms}, and the p99 latency jumps.</source>
        <translation>At the start of the peak Lambda scales out: every new environment is a cold start of about {cold_latency_ms}, and the p99 latency jumps.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="70"/>
        <source>How many environments does the peak need?</source>
        <translation>How many environments does the peak need?</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="78"/>
        <source>SnapStart: restore instead of init</source>
        <translation>SnapStart: restore instead of init</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="79"/>
        <source>A snapshot of an initialised environment replaces init on the request path: when it pays off, and why not together with provisioned concurrency.</source>
        <translation>A snapshot of an initialised environment replaces init on the request path: when it pays off, and why not together with provisioned concurrency.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="81"/>
        <source>With SnapStart, Lambda runs init once when a version is published, takes a snapshot of memory and disk, and every new environment restores from that snapshot instead of running init.</source>
        <translation>With SnapStart, Lambda runs init once when a version is published, takes a snapshot of memory and disk, and every new environment restores from that snapshot instead of running init.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="83"/>
        <source>When does SnapStart not pay off?</source>
        <translation>When does SnapStart not pay off?</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="84"/>
        <source>When init is already short. Measured restores of hello-world Java functions took 630 to 1,100 ms, slower than their plain init of about 250 ms. SnapStart pays when function init takes seconds. Python and .NET also pay a cache charge and a charge for every restore; Java pays nothing extra.</source>
        <translation>When init is already short. Measured restores of hello-world Java functions took 630 to 1,100 ms, slower than their plain init of about 250 ms. SnapStart pays when function init takes seconds. Python and .NET also pay a cache charge and a charge for every restore; Java pays nothing extra.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="85"/>
        <source>SnapStart works for Java 11+, Python 3.12+ and .NET 8+; not for Node.js, Ruby, container images, EFS or ephemeral storage above 512 MB.</source>
        <translation>SnapStart works for Java 11+, Python 3.12+ and .NET 8+; not for Node.js, Ruby, container images, EFS or ephemeral storage above 512 MB.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="86"/>
        <source>Why can&apos;t this function also use provisioned concurrency?</source>
        <translation>Why can&apos;t this function also use provisioned concurrency?</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="87"/>
        <source>Lambda does not allow both on the same function: provisioned environments are already initialised ahead of time, while SnapStart makes on-demand cold starts shorter. Choose one; the explorer refuses the combination too.</source>
        <translation>Lambda does not allow both on the same function: provisioned environments are already initialised ahead of time, while SnapStart makes on-demand cold starts shorter. Choose one; the explorer refuses the combination too.</translation>
    </message>
</context>
<context>
    <name>OutputFolder</name>
    <message>
        <location filename="../app/runtofolder.cpp" line="35"/>
        <source>%1: cannot create the output folder (a file of that name exists)</source>
        <translation>%1: cannot create the output folder (a file of that name exists)</translation>
    </message>
    <message>
        <location filename="../app/runtofolder.cpp" line="36"/>
        <source>%1: cannot create the output folder</source>
        <translation>%1: cannot create the output folder</translation>
    </message>
</context>
<context>
    <name>ParameterPanel</name>
    <message>
        <location filename="../ui/parameterpanel.ui" line="15"/>
        <source>Function</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.ui" line="23"/>
        <source>Runtime</source>
        <translation>Runtime</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.ui" line="29"/>
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.ui" line="35"/>
        <source>Memory</source>
        <translation>Memory</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.ui" line="44"/>
        <source>Handler CPU work (at 1 vCPU)</source>
        <translation>Handler CPU work (at 1 vCPU)</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.ui" line="53"/>
        <source>Handler I/O wait</source>
        <translation>Handler I/O wait</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.ui" line="62"/>
        <source>DB connection setup</source>
        <translation>DB connection setup</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.ui" line="71"/>
        <source>DB connection opened</source>
        <translation>DB connection opened</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.ui" line="81"/>
        <source>Init sub-phases (cold start)</source>
        <translation>Init sub-phases (cold start)</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.ui" line="89"/>
        <source>Environment setup</source>
        <translation>Environment setup</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.ui" line="98"/>
        <source>Extension init</source>
        <translation>Extension init</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.ui" line="107"/>
        <source>Runtime init</source>
        <translation>Runtime init</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.ui" line="116"/>
        <source>Function init</source>
        <translation>Function init</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.ui" line="129"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.ui" line="137"/>
        <source>Idle timeout</source>
        <translation>Idle timeout</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.ui" line="143"/>
        <source>Fixed idle timeout</source>
        <translation>Fixed idle timeout</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.ui" line="152"/>
        <source>Provisioned concurrency</source>
        <translation>Provisioned concurrency</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.ui" line="164"/>
        <source>SnapStart</source>
        <translation>SnapStart</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.ui" line="174"/>
        <source>Traffic</source>
        <translation>Traffic</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.ui" line="182"/>
        <source>Pattern</source>
        <translation>Pattern</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.ui" line="188"/>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.ui" line="200"/>
        <source>Keep-warm pings</source>
        <translation>Keep-warm pings</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.ui" line="213"/>
        <source>Billing</source>
        <translation>Billing</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.ui" line="221"/>
        <source>Init billing</source>
        <translation>Init billing</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <location filename="../app/reportexport.cpp" line="104"/>
        <source>The run is still being computed; export it once it is complete.</source>
        <translation>The run is still being computed; export it once it is complete.</translation>
    </message>
    <message>
        <location filename="../app/reportexport.cpp" line="108"/>
        <source>%1: the plots are not available</source>
        <translation>%1: the plots are not available</translation>
    </message>
    <message>
        <location filename="../app/runtofolder.cpp" line="106"/>
        <source>Simulating the run…</source>
        <translation>Simulating the run…</translation>
    </message>
    <message>
        <location filename="../app/runtofolder.cpp" line="128"/>
        <source>Drawing %1…</source>
        <translation>Drawing %1…</translation>
    </message>
    <message>
        <location filename="../app/runtofolder.cpp" line="131"/>
        <source>%1: the plot could not be drawn</source>
        <translation>%1: the plot could not be drawn</translation>
    </message>
    <message>
        <location filename="../app/runtofolder.cpp" line="140"/>
        <source>Writing the page…</source>
        <translation>Writing the page…</translation>
    </message>
    <message>
        <location filename="../app/runtofolder.cpp" line="161"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../app/runtofolder.cpp" line="171"/>
        <source>out of memory</source>
        <translation>out of memory</translation>
    </message>
    <message>
        <location filename="../app/runtofolder.cpp" line="173"/>
        <source>internal error: %1</source>
        <translation>internal error: %1</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../app/reportpage.cpp" line="136"/>
        <source>the newest frozen environment takes a request (newest)</source>
        <translation>the newest frozen environment takes a request (newest)</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="137"/>
        <source>the most recently used frozen environment takes a request (mru)</source>
        <translation>the most recently used frozen environment takes a request (mru)</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="138"/>
        <source>a frozen environment chosen at random takes a request (random)</source>
        <translation>a frozen environment chosen at random takes a request (random)</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="147"/>
        <source>Poisson arrivals at %1 requests/s</source>
        <translation>Poisson arrivals at %1 requests/s</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="149"/>
        <source>evenly spaced arrivals at %1 requests/s</source>
        <translation>evenly spaced arrivals at %1 requests/s</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="151"/>
        <source>daily cycle around %1 requests/s, peak to trough %2, peak at %3 s of a %4 s period</source>
        <translation>daily cycle around %1 requests/s, peak to trough %2, peak at %3 s of a %4 s period</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="154"/>
        <source>%1 requests/s, with bursts of %2 requests/s for %3 s every %4 s</source>
        <translation>%1 requests/s, with bursts of %2 requests/s for %3 s every %4 s</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="157"/>
        <source>replay of the trace %1</source>
        <translation>replay of the trace %1</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="273"/>
        <source>Requests (pings included)</source>
        <translation>Requests (pings included)</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="274"/>
        <source>Duration (handler time, on-demand)</source>
        <translation>Duration (handler time, on-demand)</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="275"/>
        <source>Init duration billed (cold starts)</source>
        <translation>Init duration billed (cold starts)</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="276"/>
        <source>Provisioned concurrency: capacity kept warm</source>
        <translation>Provisioned concurrency: capacity kept warm</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="277"/>
        <source>Provisioned concurrency: duration</source>
        <translation>Provisioned concurrency: duration</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="278"/>
        <source>SnapStart: snapshot cache</source>
        <translation>SnapStart: snapshot cache</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="279"/>
        <source>SnapStart: restores</source>
        <translation>SnapStart: restores</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="280"/>
        <source>Ephemeral storage above 512 MB</source>
        <translation>Ephemeral storage above 512 MB</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="281"/>
        <source>Managed Instances: EC2 instance-hours</source>
        <translation>Managed Instances: EC2 instance-hours</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="282"/>
        <source>Managed Instances: management fee (15 %)</source>
        <translation>Managed Instances: management fee (15 %)</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="283"/>
        <source>Tenant isolation: environments created</source>
        <translation>Tenant isolation: environments created</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="284"/>
        <source>Response streaming beyond 6 MB</source>
        <translation>Response streaming beyond 6 MB</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="285"/>
        <source>Free tier credit</source>
        <translation>Free tier credit</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="319"/>
        <source>Latency of every request over the run, by start type (logarithmic axis). Cold starts sit one or two orders of magnitude above warm ones.</source>
        <translation>Latency of every request over the run, by start type (logarithmic axis). Cold starts sit one or two orders of magnitude above warm ones.</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="322"/>
        <source>Distribution of latency (share of requests at or below a latency), cold and warm starts apart, with the p50 and p99 of all requests.</source>
        <translation>Distribution of latency (share of requests at or below a latency), cold and warm starts apart, with the p50 and p99 of all requests.</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="325"/>
        <source>Cost accumulated over the run, by line of the bill.</source>
        <translation>Cost accumulated over the run, by line of the bill.</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="327"/>
        <source>Execution environments over time: busy (invoking), initialising, frozen (idle, kept warm) and provisioned.</source>
        <translation>Execution environments over time: busy (invoking), initialising, frozen (idle, kept warm) and provisioned.</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="330"/>
        <source>Every execution environment as a lane, coloured by lifecycle phase: the whole run, and a closer look at its first seconds.</source>
        <translation>Every execution environment as a lane, coloured by lifecycle phase: the whole run, and a closer look at its first seconds.</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="345"/>
        <source>init free on managed runtimes (before August 2025)</source>
        <translation>init free on managed runtimes (before August 2025)</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="346"/>
        <source>init billed (since August 2025)</source>
        <translation>init billed (since August 2025)</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="354"/>
        <source>%1 — Lambda Lifecycle Explorer report</source>
        <translation>%1 — Lambda Lifecycle Explorer report</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="361"/>
        <source>Lambda Lifecycle Explorer report · generated %1</source>
        <translation>Lambda Lifecycle Explorer report · generated %1</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="368"/>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="369"/>
        <source>Model reference</source>
        <translation>Model reference</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="370"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="371"/>
        <source>Simulated</source>
        <translation>Simulated</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="372"/>
        <source>Billing regime</source>
        <translation>Billing regime</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="372"/>
        <source>, free tier applied</source>
        <translation>, free tier applied</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="373"/>
        <source>Function</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="373"/>
        <source>%1, %2, %3 MB</source>
        <translation>%1, %2, %3 MB</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="378"/>
        <source>Traffic</source>
        <translation>Traffic</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="379"/>
        <location filename="../app/reportpage.cpp" line="513"/>
        <source>Timed changes</source>
        <translation>Timed changes</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="379"/>
        <location filename="../app/reportpage.cpp" line="506"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/reportpage.cpp" line="379"/>
        <source>%n change(s), listed under Parameters</source>
        <translation>
            <numerusform>%n change, listed under Parameters</numerusform>
            <numerusform>%n changes, listed under Parameters</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="384"/>
        <location filename="../app/reportpage.cpp" line="389"/>
        <source>Key figures</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="384"/>
        <source>Bill</source>
        <translation>Bill</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="384"/>
        <location filename="../app/reportpage.cpp" line="470"/>
        <source>Plots</source>
        <translation>Plots</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="384"/>
        <source>Assumptions</source>
        <translation>Assumptions</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="385"/>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="385"/>
        <location filename="../app/reportpage.cpp" line="559"/>
        <source>Data files</source>
        <translation>Data files</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="390"/>
        <location filename="../app/reportpage.cpp" line="406"/>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="391"/>
        <source>%1 throttled · %2 timed out</source>
        <translation>%1 throttled · %2 timed out</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="392"/>
        <source>Cold starts</source>
        <translation>Cold starts</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="393"/>
        <source>%1 of %2 completed</source>
        <translation>%1 of %2 completed</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="394"/>
        <source>Latency p50</source>
        <translation>Latency p50</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="394"/>
        <source>half of the requests are faster</source>
        <translation>half of the requests are faster</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="395"/>
        <source>Latency p90 · p99</source>
        <translation>Latency p90 · p99</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="396"/>
        <source>1 in 10 and 1 in 100 requests are slower</source>
        <translation>1 in 10 and 1 in 100 requests are slower</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="397"/>
        <source>Cost of the run</source>
        <translation>Cost of the run</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="397"/>
        <source>over %1 simulated</source>
        <translation>over %1 simulated</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="398"/>
        <source>Cost per 1M requests</source>
        <translation>Cost per 1M requests</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="398"/>
        <source>completed requests</source>
        <translation>completed requests</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="399"/>
        <source>Projected per month</source>
        <translation>Projected per month</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="400"/>
        <source>at this rate for 730 h</source>
        <translation>at this rate for 730 h</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="401"/>
        <source>Environments</source>
        <translation>Environments</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="401"/>
        <source>%1 created</source>
        <translation>%1 created</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="402"/>
        <source>peak %1 · mean %2</source>
        <translation>peak %1 · mean %2</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="406"/>
        <source>Latency</source>
        <translation>Latency</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="406"/>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="407"/>
        <source>mean</source>
        <translation>mean</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="407"/>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="407"/>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="407"/>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="407"/>
        <source>p99.9</source>
        <translation>p99.9</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="407"/>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="410"/>
        <source>All requests</source>
        <translation>All requests</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="411"/>
        <source>Cold starts (and SnapStart restores)</source>
        <translation>Cold starts (and SnapStart restores)</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="412"/>
        <source>Warm starts (and provisioned)</source>
        <translation>Warm starts (and provisioned)</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="415"/>
        <source>Requests and environments</source>
        <translation>Requests and environments</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="419"/>
        <source>Requests (completed · throttled · timed out)</source>
        <translation>Requests (completed · throttled · timed out)</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="421"/>
        <source>Start types (cold · warm · provisioned · SnapStart)</source>
        <translation>Start types (cold · warm · provisioned · SnapStart)</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="424"/>
        <source>Keep-warm pings (billed, not in the latency figures)</source>
        <translation>Keep-warm pings (billed, not in the latency figures)</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="425"/>
        <source>Environments created · peak · shut down</source>
        <translation>Environments created · peak · shut down</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="428"/>
        <source>Environments on average (all · busy · idle)</source>
        <translation>Environments on average (all · busy · idle)</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="431"/>
        <source>GB-seconds billed (on demand · provisioned)</source>
        <translation>GB-seconds billed (on demand · provisioned)</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="433"/>
        <source>GB-seconds idle (frozen environments, not billed on demand)</source>
        <translation>GB-seconds idle (frozen environments, not billed on demand)</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="438"/>
        <source>Itemised bill</source>
        <translation>Itemised bill</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="440"/>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="440"/>
        <source>summary.json key</source>
        <translation>summary.json key</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="440"/>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="440"/>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="459"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="462"/>
        <source>Per 1M completed requests: %1. Projected per month (730 h at the simulated rate): %2 — a straight extrapolation; minimum charges (provisioned concurrency in 5-minute steps, the 3-hour SnapStart cache minimum) weigh more in a short run.</source>
        <translation>Per 1M completed requests: %1. Projected per month (730 h at the simulated rate): %2 — a straight extrapolation; minimum charges (provisioned concurrency in 5-minute steps, the 3-hour SnapStart cache minimum) weigh more in a short run.</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="483"/>
        <source>Assumptions in force</source>
        <translation>Assumptions in force</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="487"/>
        <source>Idle timeout</source>
        <translation>Idle timeout</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="488"/>
        <source>drawn uniformly between %1 s and %2 s for every idle period</source>
        <translation>drawn uniformly between %1 s and %2 s for every idle period</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="490"/>
        <source>fixed at %1 s: a frozen environment is shut down after that long unused</source>
        <translation>fixed at %1 s: a frozen environment is shut down after that long unused</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="492"/>
        <source>Routing</source>
        <translation>Routing</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="493"/>
        <source>Maximum lifetime</source>
        <translation>Maximum lifetime</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="494"/>
        <source>%1 s: an environment is retired after its current request once this old</source>
        <translation>%1 s: an environment is retired after its current request once this old</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="496"/>
        <source>none (environments are never recycled for age)</source>
        <translation>none (environments are never recycled for age)</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="497"/>
        <source>Scale-out rate</source>
        <translation>Scale-out rate</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="497"/>
        <source>burst of %1 new environments, then %2 per second (token bucket); concurrency limit %3</source>
        <translation>burst of %1 new environments, then %2 per second (token bucket); concurrency limit %3</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="501"/>
        <source>Init billing</source>
        <translation>Init billing</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="502"/>
        <source>Free tier</source>
        <translation>Free tier</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="502"/>
        <source>1M requests and 400,000 GB-s subtracted per started 31 days</source>
        <translation>1M requests and 400,000 GB-s subtracted per started 31 days</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="503"/>
        <source>not applied</source>
        <translation>not applied</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="505"/>
        <source>Provisioned concurrency</source>
        <translation>Provisioned concurrency</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="507"/>
        <source>SnapStart</source>
        <translation>SnapStart</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="508"/>
        <source>on: restore %1 ms, billed restore %2 ms</source>
        <translation>on: restore %1 ms, billed restore %2 ms</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="507"/>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="510"/>
        <source>on: restore %1 ms; this runtime pays no restore or cache charge</source>
        <translation>on: restore %1 ms; this runtime pays no restore or cache charge</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="513"/>
        <source>the configuration changes during the run; see changes[…] under Parameters. The assumptions above are those at the start.</source>
        <translation>the configuration changes during the run; see changes[…] under Parameters. The assumptions above are those at the start.</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="521"/>
        <source>Prices used (%1, us-east-1)</source>
        <translation>Prices used (%1, us-east-1)</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="523"/>
        <source>pricing.rates key</source>
        <translation>pricing.rates key</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="523"/>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="523"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="529"/>
        <source>override (list price %1)</source>
        <translation>override (list price %1)</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="536"/>
        <source>from %1 GB-s a month: %2 per GB-s</source>
        <translation>from %1 GB-s a month: %2 per GB-s</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="538"/>
        <source>On-demand duration is priced in volume tiers: %1.</source>
        <translation>On-demand duration is priced in volume tiers: %1.</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="547"/>
        <source>Scenario parameters</source>
        <translation>Scenario parameters</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="548"/>
        <source>Every key of the scenario as run (scenario.json in this folder holds the same). Greyed keys are not read with these settings.</source>
        <translation>Every key of the scenario as run (scenario.json in this folder holds the same). Greyed keys are not read with these settings.</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="551"/>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="551"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="566"/>
        <source>the figures above (lambda-explorer/summary@1)</source>
        <translation>the figures above (lambda-explorer/summary@1)</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="568"/>
        <source>the scenario as run, every key (lambda-explorer/scenario@1)</source>
        <translation>the scenario as run, every key (lambda-explorer/scenario@1)</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="570"/>
        <source>one row per request, pings included</source>
        <translation>one row per request, pings included</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="572"/>
        <source>one row per execution environment</source>
        <translation>one row per execution environment</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="574"/>
        <source>one row per lifecycle phase of every environment</source>
        <translation>one row per lifecycle phase of every environment</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="576"/>
        <source>one row per %1 of simulated time</source>
        <translation>one row per %1 of simulated time</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="582"/>
        <source>To run it again (the same seed gives the same results on the same version):</source>
        <translation>To run it again (the same seed gives the same results on the same version):</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="587"/>
        <source>%1 · model reference %2 · a simulation of AWS Lambda execution environments; prices of us-east-1 as listed above. Figures are estimates, not an AWS bill.</source>
        <translation>%1 · model reference %2 · a simulation of AWS Lambda execution environments; prices of us-east-1 as listed above. Figures are estimates, not an AWS bill.</translation>
    </message>
</context>
<context>
    <name>ReportPlots</name>
    <message>
        <location filename="../widgets/reportplots.cpp" line="55"/>
        <source>seed %1 · %2 simulated</source>
        <translation>seed %1 · %2 simulated</translation>
    </message>
    <message>
        <location filename="../widgets/reportplots.cpp" line="57"/>
        <source> (shown up to %1)</source>
        <translation> (shown up to %1)</translation>
    </message>
    <message>
        <location filename="../widgets/reportplots.cpp" line="59"/>
        <source>model reference %1</source>
        <translation>model reference %1</translation>
    </message>
    <message>
        <location filename="../widgets/reportplots.cpp" line="210"/>
        <location filename="../widgets/reportplots.cpp" line="456"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../widgets/reportplots.cpp" line="240"/>
        <source>simulated time (s)</source>
        <translation>simulated time (s)</translation>
    </message>
    <message>
        <location filename="../widgets/reportplots.cpp" line="242"/>
        <source>simulated time (min)</source>
        <translation>simulated time (min)</translation>
    </message>
    <message>
        <location filename="../widgets/reportplots.cpp" line="243"/>
        <source>simulated time (h)</source>
        <translation>simulated time (h)</translation>
    </message>
    <message>
        <location filename="../widgets/reportplots.cpp" line="354"/>
        <source>PC #%1</source>
        <translation>PC #%1</translation>
    </message>
    <message>
        <location filename="../widgets/reportplots.cpp" line="356"/>
        <source>SS #%1</source>
        <translation>SS #%1</translation>
    </message>
    <message>
        <location filename="../widgets/reportplots.cpp" line="367"/>
        <source>%1 envs,
%2 a row</source>
        <translation>%1 envs,
%2 a row</translation>
    </message>
    <message>
        <location filename="../widgets/reportplots.cpp" line="368"/>
        <source>%1 envs</source>
        <translation>%1 envs</translation>
    </message>
    <message>
        <location filename="../widgets/reportplots.cpp" line="374"/>
        <source>No execution environment in this stretch of time.</source>
        <translation>No execution environment in this stretch of time.</translation>
    </message>
    <message>
        <location filename="../widgets/reportplots.cpp" line="383"/>
        <source>429 ✕</source>
        <translation>429 ✕</translation>
    </message>
    <message>
        <location filename="../widgets/reportplots.cpp" line="492"/>
        <source>environments created: %1 · shut down: %2 on idle timeout, %3 on max lifetime</source>
        <translation>environments created: %1 · shut down: %2 on idle timeout, %3 on max lifetime</translation>
    </message>
    <message>
        <location filename="../widgets/reportplots.cpp" line="497"/>
        <source>, %1 configuration change</source>
        <translation>, %1 configuration change</translation>
    </message>
    <message>
        <location filename="../widgets/reportplots.cpp" line="499"/>
        <source> · %1 still running at the end</source>
        <translation> · %1 still running at the end</translation>
    </message>
    <message>
        <location filename="../widgets/reportplots.cpp" line="549"/>
        <source>The run up to %1</source>
        <translation>The run up to %1</translation>
    </message>
    <message>
        <location filename="../widgets/reportplots.cpp" line="550"/>
        <source>The whole run</source>
        <translation>The whole run</translation>
    </message>
    <message>
        <location filename="../widgets/reportplots.cpp" line="554"/>
        <source>The first %1 s, closer: the init phases of the first cold starts</source>
        <translation>The first %1 s, closer: the init phases of the first cold starts</translation>
    </message>
    <message>
        <location filename="../widgets/reportplots.cpp" line="579"/>
        <source>Latency per request</source>
        <translation>Latency per request</translation>
    </message>
    <message>
        <location filename="../widgets/reportplots.cpp" line="580"/>
        <source>Latency distribution, cold and warm starts</source>
        <translation>Latency distribution, cold and warm starts</translation>
    </message>
    <message>
        <location filename="../widgets/reportplots.cpp" line="581"/>
        <source>Cost accumulated by line item</source>
        <translation>Cost accumulated by line item</translation>
    </message>
    <message>
        <location filename="../widgets/reportplots.cpp" line="582"/>
        <source>Execution environments over time</source>
        <translation>Execution environments over time</translation>
    </message>
    <message>
        <location filename="../widgets/reportplots.cpp" line="583"/>
        <source>Execution environment lifecycle</source>
        <translation>Execution environment lifecycle</translation>
    </message>
    <message>
        <location filename="../widgets/reportplots.cpp" line="640"/>
        <source>%1: the plot could not be drawn</source>
        <translation>%1: the plot could not be drawn</translation>
    </message>
</context>
<context>
    <name>ScenarioName</name>
    <message>
        <location filename="../app/lessonstrings.cpp" line="103"/>
        <source>Python API with bursts</source>
        <translation>Python API with bursts</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="104"/>
        <source>Sparse traffic idles out</source>
        <translation>Sparse traffic idles out</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="105"/>
        <source>Morning peak with provisioned concurrency</source>
        <translation>Morning peak with provisioned concurrency</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="106"/>
        <source>Java with SnapStart</source>
        <translation>Java with SnapStart</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="107"/>
        <source>More memory: CPU-bound vs I/O-bound</source>
        <translation>More memory: CPU-bound vs I/O-bound</translation>
    </message>
</context>
<context>
    <name>SweepPng</name>
    <message>
        <location filename="../widgets/sweeppng.cpp" line="42"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../widgets/sweeppng.cpp" line="49"/>
        <source>seed %1 · %2 points × %3 seeds, 95 % intervals</source>
        <translation>seed %1 · %2 points × %3 seeds, 95 % intervals</translation>
    </message>
    <message>
        <location filename="../widgets/sweeppng.cpp" line="53"/>
        <source>seed %1 · %2 points, one seed each</source>
        <translation>seed %1 · %2 points, one seed each</translation>
    </message>
    <message>
        <location filename="../widgets/sweeppng.cpp" line="55"/>
        <source>model reference %1</source>
        <translation>model reference %1</translation>
    </message>
    <message>
        <location filename="../widgets/sweeppng.cpp" line="147"/>
        <source>Cost and p99 latency per tested point: %1</source>
        <translation>Cost and p99 latency per tested point: %1</translation>
    </message>
    <message>
        <location filename="../widgets/sweeppng.cpp" line="165"/>
        <source>Cost against p99 latency: %1</source>
        <translation>Cost against p99 latency: %1</translation>
    </message>
    <message>
        <location filename="../widgets/sweeppng.cpp" line="178"/>
        <source>%1 could not be drawn</source>
        <translation>%1 could not be drawn</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../app/vocabulary.cpp" line="24"/>
        <source>runtime</source>
        <translation>runtime</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="25"/>
        <source>architecture</source>
        <translation>architecture</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="26"/>
        <source>memory</source>
        <translation>memory</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="27"/>
        <source>handler CPU</source>
        <translation>handler CPU</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="28"/>
        <source>handler I/O</source>
        <translation>handler I/O</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="29"/>
        <source>DB connection setup</source>
        <translation>DB connection setup</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="30"/>
        <source>DB connection in global scope</source>
        <translation>DB connection in global scope</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="31"/>
        <source>environment setup</source>
        <translation>environment setup</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="32"/>
        <source>extension init</source>
        <translation>extension init</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="33"/>
        <source>runtime init</source>
        <translation>runtime init</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="34"/>
        <source>function init</source>
        <translation>function init</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="35"/>
        <source>extensions</source>
        <translation>extensions</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="36"/>
        <source>timeout</source>
        <translation>timeout</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="37"/>
        <location filename="../app/vocabulary.cpp" line="116"/>
        <source>idle timeout</source>
        <translation>idle timeout</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="38"/>
        <source>idle timeout (shortest)</source>
        <translation>idle timeout (shortest)</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="39"/>
        <source>idle timeout (longest)</source>
        <translation>idle timeout (longest)</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="40"/>
        <location filename="../app/vocabulary.cpp" line="105"/>
        <source>provisioned concurrency</source>
        <translation>provisioned concurrency</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="41"/>
        <location filename="../app/vocabulary.cpp" line="106"/>
        <source>SnapStart</source>
        <translation>SnapStart</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="42"/>
        <source>traffic</source>
        <translation>traffic</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="43"/>
        <source>rate</source>
        <translation>rate</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="44"/>
        <source>base rate</source>
        <translation>base rate</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="45"/>
        <source>mean rate</source>
        <translation>mean rate</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="46"/>
        <source>keep-warm pings</source>
        <translation>keep-warm pings</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="47"/>
        <source>init billing</source>
        <translation>init billing</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="63"/>
        <source>Environment setup</source>
        <translation>Environment setup</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="64"/>
        <source>Extension init</source>
        <translation>Extension init</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="65"/>
        <source>Runtime init</source>
        <translation>Runtime init</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="66"/>
        <source>Function init</source>
        <translation>Function init</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="67"/>
        <source>Restore (SnapStart)</source>
        <translation>Restore (SnapStart)</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="68"/>
        <source>Invoke</source>
        <translation>Invoke</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="69"/>
        <source>Frozen</source>
        <translation>Frozen</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="70"/>
        <source>Shutdown</source>
        <translation>Shutdown</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="78"/>
        <source>cold start</source>
        <translation>cold start</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="79"/>
        <source>warm start</source>
        <translation>warm start</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="80"/>
        <source>provisioned</source>
        <translation>provisioned</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="81"/>
        <source>SnapStart restore</source>
        <translation>SnapStart restore</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="82"/>
        <source>throttled (429)</source>
        <translation>throttled (429)</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="83"/>
        <source>timed out</source>
        <translation>timed out</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="91"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="92"/>
        <source>first environment</source>
        <translation>first environment</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="93"/>
        <source>scale-out: all environments busy</source>
        <translation>scale-out: all environments busy</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="94"/>
        <source>previous environments expired (idle timeout)</source>
        <translation>previous environments expired (idle timeout)</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="95"/>
        <source>previous environments recycled (max lifetime)</source>
        <translation>previous environments recycled (max lifetime)</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="96"/>
        <source>configuration changed (new version)</source>
        <translation>configuration changed (new version)</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="104"/>
        <source>on-demand</source>
        <translation>on-demand</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="107"/>
        <source>managed instance</source>
        <translation>managed instance</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="115"/>
        <source>still running</source>
        <translation>still running</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="117"/>
        <source>max lifetime</source>
        <translation>max lifetime</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="118"/>
        <source>configuration changed</source>
        <translation>configuration changed</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="119"/>
        <source>end of run</source>
        <translation>end of run</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="120"/>
        <source>fleet scaled in</source>
        <translation>fleet scaled in</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="155"/>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="156"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="157"/>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="158"/>
        <source>/s</source>
        <translation>/s</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="167"/>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="167"/>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="170"/>
        <source>billed</source>
        <translation>billed</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="171"/>
        <source>free (before Aug 2025)</source>
        <translation>free (before Aug 2025)</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="177"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="178"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="179"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="194"/>
        <location filename="../app/vocabulary.cpp" line="215"/>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="203"/>
        <source>%1–%2 min</source>
        <translation>%1–%2 min</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="204"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
</context>
<context>
    <name>lle::AboutDialog</name>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="21"/>
        <source>About %1</source>
        <translation>About %1</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="31"/>
        <source>Version %1 (commit %2), running on Qt %3</source>
        <translation>Version %1 (commit %2), running on Qt %3</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="33"/>
        <source>Licence: %1</source>
        <translation>Licence: %1</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="34"/>
        <source>Free software: you may share and change it under the GNU General Public License, version 3 or any later version. It comes with no warranty.</source>
        <translation>Free software: you may share and change it under the GNU General Public License, version 3 or any later version. It comes with no warranty.</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="47"/>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="47"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="47"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="47"/>
        <source>Used for</source>
        <translation>Used for</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="65"/>
        <source>Copyright lines and the full licence texts are in /usr/share/doc/lambda-explorer/copyright once the package is installed.</source>
        <translation>Copyright lines and the full licence texts are in /usr/share/doc/lambda-explorer/copyright once the package is installed.</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="70"/>
        <source>Third-party components</source>
        <translation>Third-party components</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="78"/>
        <source>Prices and behaviour follow “%1”, dated %2 (%3). Its sources:</source>
        <translation>Prices and behaviour follow “%1”, dated %2 (%3). Its sources:</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="86"/>
        <source>Model reference</source>
        <translation>Model reference</translation>
    </message>
</context>
<context>
    <name>lle::AboutInfo</name>
    <message>
        <location filename="../app/aboutinfo.cpp" line="36"/>
        <source>application framework and user interface (dynamically linked)</source>
        <translation>application framework and user interface (dynamically linked)</translation>
    </message>
    <message>
        <location filename="../app/aboutinfo.cpp" line="40"/>
        <source>the live plots (dynamically linked)</source>
        <translation>the live plots (dynamically linked)</translation>
    </message>
    <message>
        <location filename="../app/aboutinfo.cpp" line="44"/>
        <source>reading and writing scenario and result files (compiled in)</source>
        <translation>reading and writing scenario and result files (compiled in)</translation>
    </message>
    <message>
        <location filename="../app/aboutinfo.cpp" line="49"/>
        <source>recording clips as MP4 (H.264, x264), WebM (VP9, libvpx) and GIF (dynamically linked)</source>
        <translation>recording clips as MP4 (H.264, x264), WebM (VP9, libvpx) and GIF (dynamically linked)</translation>
    </message>
</context>
<context>
    <name>lle::Autosave</name>
    <message>
        <location filename="../ui/autosave.cpp" line="176"/>
        <source>The autosaved scenario %1 cannot be read; it was moved to %2.

%3</source>
        <translation>The autosaved scenario %1 cannot be read; it was moved to %2.

%3</translation>
    </message>
    <message>
        <location filename="../ui/autosave.cpp" line="178"/>
        <source>The autosaved scenario %1 cannot be read; it was removed.

%2</source>
        <translation>The autosaved scenario %1 cannot be read; it was removed.

%2</translation>
    </message>
    <message>
        <location filename="../ui/autosave.cpp" line="184"/>
        <source>Autosave</source>
        <translation>Autosave</translation>
    </message>
    <message>
        <location filename="../ui/autosave.cpp" line="193"/>
        <source>Unsaved scenario</source>
        <translation>Unsaved scenario</translation>
    </message>
    <message>
        <location filename="../ui/autosave.cpp" line="194"/>
        <source>Restore the unsaved scenario from %1?</source>
        <translation>Restore the unsaved scenario from %1?</translation>
    </message>
    <message>
        <location filename="../ui/autosave.cpp" line="196"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../ui/autosave.cpp" line="197"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
</context>
<context>
    <name>lle::CalibrationDialog</name>
    <message>
        <location filename="../ui/calibrationdialog.cpp" line="119"/>
        <location filename="../ui/calibrationdialog.cpp" line="124"/>
        <source>Save the fitted scenario</source>
        <translation>Save the fitted scenario</translation>
    </message>
    <message>
        <location filename="../ui/calibrationdialog.cpp" line="121"/>
        <source>Scenario files (*.json)</source>
        <translation>Scenario files (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/calibrationdialog.cpp" line="189"/>
        <location filename="../ui/calibrationdialog.cpp" line="200"/>
        <source>Cancelled; nothing was read.</source>
        <translation>Cancelled; nothing was read.</translation>
    </message>
    <message>
        <location filename="../ui/calibrationdialog.cpp" line="250"/>
        <source>handler</source>
        <translation>handler</translation>
    </message>
    <message>
        <location filename="../ui/calibrationdialog.cpp" line="251"/>
        <source>Init Duration</source>
        <translation>Init Duration</translation>
    </message>
    <message>
        <location filename="../ui/calibrationdialog.cpp" line="252"/>
        <source>SnapStart restore</source>
        <translation>SnapStart restore</translation>
    </message>
    <message>
        <location filename="../ui/calibrationdialog.cpp" line="258"/>
        <source>mean</source>
        <translation>mean</translation>
    </message>
    <message>
        <location filename="../ui/calibrationdialog.cpp" line="271"/>
        <source>fixed</source>
        <translation>fixed</translation>
    </message>
    <message>
        <location filename="../ui/calibrationdialog.cpp" line="272"/>
        <source>exponential</source>
        <translation>exponential</translation>
    </message>
    <message>
        <location filename="../ui/calibrationdialog.cpp" line="273"/>
        <source>lognormal, cv %1</source>
        <translation>lognormal, cv %1</translation>
    </message>
    <message>
        <location filename="../ui/calibrationdialog.cpp" line="276"/>
        <source>&lt;b&gt;%1 reports&lt;/b&gt; at %2 MB (%3 timeouts, %4 errors)</source>
        <translation>&lt;b&gt;%1 reports&lt;/b&gt; at %2 MB (%3 timeouts, %4 errors)</translation>
    </message>
    <message>
        <location filename="../ui/calibrationdialog.cpp" line="282"/>
        <source>One memory size in the log: CPU and I/O cannot be told apart, all of the time counts as CPU.</source>
        <translation>One memory size in the log: CPU and I/O cannot be told apart, all of the time counts as CPU.</translation>
    </message>
    <message>
        <location filename="../ui/calibrationdialog.cpp" line="279"/>
        <source>Handler: CPU %1 at 1 vCPU, I/O %2 (%3)</source>
        <translation>Handler: CPU %1 at 1 vCPU, I/O %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/calibrationdialog.cpp" line="283"/>
        <source>Function init %1 (from %2 cold starts): their Init Duration minus %3&apos;s runtime init %4%5</source>
        <translation>Function init %1 (from %2 cold starts): their Init Duration minus %3&apos;s runtime init %4%5</translation>
    </message>
    <message>
        <location filename="../ui/calibrationdialog.cpp" line="286"/>
        <source> and extension init %1</source>
        <translation> and extension init %1</translation>
    </message>
    <message>
        <location filename="../ui/calibrationdialog.cpp" line="288"/>
        <source>SnapStart restore %1</source>
        <translation>SnapStart restore %1</translation>
    </message>
    <message>
        <location filename="../ui/calibrationdialog.cpp" line="296"/>
        <source>Nothing has been fitted yet.</source>
        <translation>Nothing has been fitted yet.</translation>
    </message>
    <message>
        <location filename="../ui/calibrationdialog.cpp" line="304"/>
        <source>Calibrate from logs — %1</source>
        <translation>Calibrate from logs — %1</translation>
    </message>
    <message>
        <location filename="../ui/calibrationdialog.cpp" line="305"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/calibrationdialog.cpp" line="306"/>
        <source>&amp;Apply to the window</source>
        <translation>&amp;Apply to the window</translation>
    </message>
    <message>
        <location filename="../ui/calibrationdialog.cpp" line="307"/>
        <source>&amp;Save scenario…</source>
        <translation>&amp;Save scenario…</translation>
    </message>
    <message>
        <location filename="../ui/calibrationdialog.cpp" line="308"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../ui/calibrationdialog.cpp" line="309"/>
        <source>Runtime init subtracted: &amp;runtime</source>
        <translation>Runtime init subtracted: &amp;runtime</translation>
    </message>
    <message>
        <location filename="../ui/calibrationdialog.cpp" line="310"/>
        <source>The log&apos;s Init Duration includes the runtime&apos;s own init: the function init fitted is what remains after subtracting this runtime&apos;s. The command line uses function.runtime of its scenario (--set function.runtime=…).</source>
        <translation>The log&apos;s Init Duration includes the runtime&apos;s own init: the function init fitted is what remains after subtracting this runtime&apos;s. The command line uses function.runtime of its scenario (--set function.runtime=…).</translation>
    </message>
    <message>
        <location filename="../ui/calibrationdialog.cpp" line="313"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../ui/calibrationdialog.cpp" line="313"/>
        <source>Statistic</source>
        <translation>Statistic</translation>
    </message>
    <message>
        <location filename="../ui/calibrationdialog.cpp" line="313"/>
        <source>Samples</source>
        <translation>Samples</translation>
    </message>
    <message>
        <location filename="../ui/calibrationdialog.cpp" line="313"/>
        <source>Measured</source>
        <translation>Measured</translation>
    </message>
    <message>
        <location filename="../ui/calibrationdialog.cpp" line="313"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../ui/calibrationdialog.cpp" line="317"/>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <location filename="../ui/calibrationdialog.cpp" line="321"/>
        <source>Fitted to %1. The bars are the log, the line the model with the fitted values.</source>
        <translation>Fitted to %1. The bars are the log, the line the model with the fitted values.</translation>
    </message>
</context>
<context>
    <name>lle::CalibrationPlot</name>
    <message>
        <location filename="../widgets/calibrationplot.cpp" line="107"/>
        <source>handler duration (ms, log scale)</source>
        <translation>handler duration (ms, log scale)</translation>
    </message>
    <message>
        <location filename="../widgets/calibrationplot.cpp" line="108"/>
        <source>share of invocations (%)</source>
        <translation>share of invocations (%)</translation>
    </message>
    <message>
        <location filename="../widgets/calibrationplot.cpp" line="109"/>
        <source>measured (logs)</source>
        <translation>measured (logs)</translation>
    </message>
    <message>
        <location filename="../widgets/calibrationplot.cpp" line="110"/>
        <source>model (fitted)</source>
        <translation>model (fitted)</translation>
    </message>
</context>
<context>
    <name>lle::CdfPlot</name>
    <message>
        <location filename="../widgets/runplots.cpp" line="957"/>
        <source>Latency CDF</source>
        <translation>Latency CDF</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="958"/>
        <source>cold</source>
        <translation>cold</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="959"/>
        <source>warm</source>
        <translation>warm</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="960"/>
        <source>all requests</source>
        <translation>all requests</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="961"/>
        <source>latency (ms, log)</source>
        <translation>latency (ms, log)</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="962"/>
        <source>share ≤ x</source>
        <translation>share ≤ x</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="1022"/>
        <source>p50 %1</source>
        <translation>p50 %1</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="1024"/>
        <source>p99 %1</source>
        <translation>p99 %1</translation>
    </message>
</context>
<context>
    <name>lle::ChangesList</name>
    <message>
        <location filename="../ui/changeslist.cpp" line="53"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/changeslist.cpp" line="108"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../ui/changeslist.cpp" line="108"/>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <location filename="../ui/changeslist.cpp" line="108"/>
        <source>Old → new</source>
        <translation>Old → new</translation>
    </message>
    <message>
        <location filename="../ui/changeslist.cpp" line="109"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../ui/changeslist.cpp" line="110"/>
        <source>Remove this setting from the timed change; the run is computed again</source>
        <translation>Remove this setting from the timed change; the run is computed again</translation>
    </message>
    <message>
        <location filename="../ui/changeslist.cpp" line="111"/>
        <source>Move to playhead</source>
        <translation>Move to playhead</translation>
    </message>
    <message>
        <location filename="../ui/changeslist.cpp" line="112"/>
        <source>Make this change happen at the playhead instead</source>
        <translation>Make this change happen at the playhead instead</translation>
    </message>
</context>
<context>
    <name>lle::ClipActions</name>
    <message>
        <location filename="../ui/clipactions.cpp" line="39"/>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4 video (*.mp4)</translation>
    </message>
    <message>
        <location filename="../ui/clipactions.cpp" line="40"/>
        <source>WebM video (*.webm)</source>
        <translation>WebM video (*.webm)</translation>
    </message>
    <message>
        <location filename="../ui/clipactions.cpp" line="41"/>
        <source>GIF animation (*.gif)</source>
        <translation>GIF animation (*.gif)</translation>
    </message>
    <message>
        <location filename="../ui/clipactions.cpp" line="79"/>
        <source>Recor&amp;d clip…</source>
        <translation>Recor&amp;d clip…</translation>
    </message>
    <message>
        <location filename="../ui/clipactions.cpp" line="80"/>
        <source>Record the animation as MP4, WebM or GIF for slides and course pages</source>
        <translation>Record the animation as MP4, WebM or GIF for slides and course pages</translation>
    </message>
    <message>
        <location filename="../ui/clipactions.cpp" line="92"/>
        <location filename="../ui/clipactions.cpp" line="125"/>
        <location filename="../ui/clipactions.cpp" line="136"/>
        <location filename="../ui/clipactions.cpp" line="191"/>
        <source>Record clip</source>
        <translation>Record clip</translation>
    </message>
    <message>
        <location filename="../ui/clipactions.cpp" line="93"/>
        <source>The run is still being computed. Record the clip once it is complete.</source>
        <translation>The run is still being computed. Record the clip once it is complete.</translation>
    </message>
    <message>
        <location filename="../ui/clipactions.cpp" line="134"/>
        <source>Recording the clip…</source>
        <translation>Recording the clip…</translation>
    </message>
    <message>
        <location filename="../ui/clipactions.cpp" line="134"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/clipactions.cpp" line="176"/>
        <source>Recording %1…</source>
        <translation>Recording %1…</translation>
    </message>
    <message>
        <location filename="../ui/clipactions.cpp" line="178"/>
        <source>about %1 s left</source>
        <translation>about %1 s left</translation>
    </message>
    <message>
        <location filename="../ui/clipactions.cpp" line="191"/>
        <source>The clip could not be recorded:
%1</source>
        <translation>The clip could not be recorded:
%1</translation>
    </message>
    <message>
        <location filename="../ui/clipactions.cpp" line="193"/>
        <source>Clip recorded: %1</source>
        <translation>Clip recorded: %1</translation>
    </message>
</context>
<context>
    <name>lle::ComparisonView</name>
    <message>
        <location filename="../ui/comparisonview.cpp" line="235"/>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../ui/comparisonview.cpp" line="358"/>
        <source>Compare A and B</source>
        <translation>Compare A and B</translation>
    </message>
    <message>
        <location filename="../ui/comparisonview.cpp" line="359"/>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <location filename="../ui/comparisonview.cpp" line="363"/>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <location filename="../ui/comparisonview.cpp" line="364"/>
        <source>B against A: %1</source>
        <translation>B against A: %1</translation>
    </message>
    <message>
        <location filename="../ui/comparisonview.cpp" line="365"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/comparisonview.cpp" line="365"/>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <location filename="../ui/comparisonview.cpp" line="366"/>
        <source>Back to the start</source>
        <translation>Back to the start</translation>
    </message>
    <message>
        <location filename="../ui/comparisonview.cpp" line="367"/>
        <source>Playback speed</source>
        <translation>Playback speed</translation>
    </message>
    <message>
        <location filename="../ui/comparisonview.cpp" line="368"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/comparisonview.cpp" line="372"/>
        <source>Both runs see the same requests (seed %1): every difference comes from the configuration.</source>
        <translation>Both runs see the same requests (seed %1): every difference comes from the configuration.</translation>
    </message>
    <message>
        <location filename="../ui/comparisonview.cpp" line="375"/>
        <source>Simulating A and B on the same requests…</source>
        <translation>Simulating A and B on the same requests…</translation>
    </message>
    <message>
        <location filename="../ui/comparisonview.cpp" line="377"/>
        <location filename="../ui/comparisonview.cpp" line="382"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../ui/comparisonview.cpp" line="378"/>
        <location filename="../ui/comparisonview.cpp" line="382"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../ui/comparisonview.cpp" line="379"/>
        <source>latency (ms)</source>
        <translation>latency (ms)</translation>
    </message>
    <message>
        <location filename="../ui/comparisonview.cpp" line="380"/>
        <source>requests at or below (%)</source>
        <translation>requests at or below (%)</translation>
    </message>
    <message>
        <location filename="../ui/comparisonview.cpp" line="382"/>
        <source>B − A</source>
        <translation>B − A</translation>
    </message>
    <message>
        <location filename="../ui/comparisonview.cpp" line="382"/>
        <source>B against A</source>
        <translation>B against A</translation>
    </message>
    <message>
        <location filename="../ui/comparisonview.cpp" line="383"/>
        <source>Cold starts</source>
        <translation>Cold starts</translation>
    </message>
    <message>
        <location filename="../ui/comparisonview.cpp" line="383"/>
        <source>p50 latency</source>
        <translation>p50 latency</translation>
    </message>
    <message>
        <location filename="../ui/comparisonview.cpp" line="383"/>
        <source>p99 latency</source>
        <translation>p99 latency</translation>
    </message>
    <message>
        <location filename="../ui/comparisonview.cpp" line="384"/>
        <source>Cost per million requests</source>
        <translation>Cost per million requests</translation>
    </message>
    <message>
        <location filename="../ui/comparisonview.cpp" line="384"/>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../ui/comparisonview.cpp" line="384"/>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
</context>
<context>
    <name>lle::ComputeComparisonDialog</name>
    <message>
        <location filename="../ui/computecomparisondialog.cpp" line="25"/>
        <source>Compare compute options</source>
        <translation>Compare compute options</translation>
    </message>
    <message>
        <location filename="../ui/computecomparisondialog.cpp" line="27"/>
        <source>The same workload and seed under each compute option (timed changes left out). Cost per month extrapolates the run to 730 hours.</source>
        <translation>The same workload and seed under each compute option (timed changes left out). Cost per month extrapolates the run to 730 hours.</translation>
    </message>
    <message>
        <location filename="../ui/computecomparisondialog.cpp" line="34"/>
        <source>cost per month</source>
        <translation>cost per month</translation>
    </message>
    <message>
        <location filename="../ui/computecomparisondialog.cpp" line="34"/>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <location filename="../ui/computecomparisondialog.cpp" line="34"/>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <location filename="../ui/computecomparisondialog.cpp" line="34"/>
        <source>cold starts</source>
        <translation>cold starts</translation>
    </message>
    <message>
        <location filename="../ui/computecomparisondialog.cpp" line="34"/>
        <source>throttled</source>
        <translation>throttled</translation>
    </message>
    <message>
        <location filename="../ui/computecomparisondialog.cpp" line="35"/>
        <source>idle capacity</source>
        <translation>idle capacity</translation>
    </message>
    <message>
        <location filename="../ui/computecomparisondialog.cpp" line="46"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/computecomparisondialog.cpp" line="59"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../ui/computecomparisondialog.cpp" line="77"/>
        <source>On-demand</source>
        <translation>On-demand</translation>
    </message>
    <message>
        <location filename="../ui/computecomparisondialog.cpp" line="78"/>
        <source>On-demand + provisioned concurrency</source>
        <translation>On-demand + provisioned concurrency</translation>
    </message>
    <message>
        <location filename="../ui/computecomparisondialog.cpp" line="79"/>
        <source>SnapStart</source>
        <translation>SnapStart</translation>
    </message>
    <message>
        <location filename="../ui/computecomparisondialog.cpp" line="80"/>
        <source>Managed Instances</source>
        <translation>Managed Instances</translation>
    </message>
    <message>
        <location filename="../ui/computecomparisondialog.cpp" line="89"/>
        <source>%1: not available here (%2).</source>
        <translation>%1: not available here (%2).</translation>
    </message>
    <message>
        <location filename="../ui/computecomparisondialog.cpp" line="94"/>
        <source>%1: %2 cost, %3 p99 against on-demand</source>
        <translation>%1: %2 cost, %3 p99 against on-demand</translation>
    </message>
    <message>
        <location filename="../ui/computecomparisondialog.cpp" line="99"/>
        <source>; %1 % throttled</source>
        <translation>; %1 % throttled</translation>
    </message>
    <message>
        <location filename="../ui/computecomparisondialog.cpp" line="117"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/computecomparisondialog.cpp" line="122"/>
        <source>not available</source>
        <translation>not available</translation>
    </message>
    <message>
        <location filename="../ui/computecomparisondialog.cpp" line="133"/>
        <source>Cancelled: the options not shown were not run.</source>
        <translation>Cancelled: the options not shown were not run.</translation>
    </message>
</context>
<context>
    <name>lle::ComputeControls</name>
    <message>
        <location filename="../ui/computecontrols.cpp" line="184"/>
        <source>Compute</source>
        <translation>Compute</translation>
    </message>
    <message>
        <location filename="../ui/computecontrols.cpp" line="185"/>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <location filename="../ui/computecontrols.cpp" line="186"/>
        <source>on-demand</source>
        <translation>on-demand</translation>
    </message>
    <message>
        <location filename="../ui/computecontrols.cpp" line="187"/>
        <source>managed instances</source>
        <translation>managed instances</translation>
    </message>
    <message>
        <location filename="../ui/computecontrols.cpp" line="188"/>
        <source>tenant isolation</source>
        <translation>tenant isolation</translation>
    </message>
    <message>
        <location filename="../ui/computecontrols.cpp" line="192"/>
        <source>%1 · %2 vCPU · %3 GiB · $%4/h</source>
        <translation>%1 · %2 vCPU · %3 GiB · $%4/h</translation>
    </message>
    <message>
        <location filename="../ui/computecontrols.cpp" line="198"/>
        <source>Instance type</source>
        <translation>Instance type</translation>
    </message>
    <message>
        <location filename="../ui/computecontrols.cpp" line="199"/>
        <source>Requests per environment</source>
        <translation>Requests per environment</translation>
    </message>
    <message>
        <location filename="../ui/computecontrols.cpp" line="200"/>
        <source>runtime default</source>
        <translation>runtime default</translation>
    </message>
    <message>
        <location filename="../ui/computecontrols.cpp" line="201"/>
        <source>Instances the fleet scales between</source>
        <translation>Instances the fleet scales between</translation>
    </message>
    <message>
        <location filename="../ui/computecontrols.cpp" line="202"/>
        <source>at least </source>
        <translation>at least </translation>
    </message>
    <message>
        <location filename="../ui/computecontrols.cpp" line="203"/>
        <source>at most </source>
        <translation>at most </translation>
    </message>
    <message>
        <location filename="../ui/computecontrols.cpp" line="204"/>
        <source>Tenants</source>
        <translation>Tenants</translation>
    </message>
    <message>
        <location filename="../ui/computecontrols.cpp" line="205"/>
        <source> tenants</source>
        <translation> tenants</translation>
    </message>
    <message>
        <location filename="../ui/computecontrols.cpp" line="206"/>
        <source>Popularity (Zipf s)</source>
        <translation>Popularity (Zipf s)</translation>
    </message>
    <message>
        <location filename="../ui/computecontrols.cpp" line="225"/>
        <source>Managed instances and tenant isolation are not available with SnapStart: switch SnapStart off first.</source>
        <translation>Managed instances and tenant isolation are not available with SnapStart: switch SnapStart off first.</translation>
    </message>
    <message>
        <location filename="../ui/computecontrols.cpp" line="226"/>
        <source>Managed instances and tenant isolation are not available with provisioned concurrency: set it to 0 first.</source>
        <translation>Managed instances and tenant isolation are not available with provisioned concurrency: set it to 0 first.</translation>
    </message>
    <message>
        <location filename="../ui/computecontrols.cpp" line="231"/>
        <source>An environment of %1 vCPUs does not fit on this instance type: choose a larger one or less memory.</source>
        <translation>An environment of %1 vCPUs does not fit on this instance type: choose a larger one or less memory.</translation>
    </message>
    <message>
        <location filename="../ui/computecontrols.cpp" line="233"/>
        <source>Each environment has %1 vCPU and serves up to %2 requests at once; %3 per instance. Environments never freeze; the bill is instance-hours plus a 15 % fee.</source>
        <translation>Each environment has %1 vCPU and serves up to %2 requests at once; %3 per instance. Environments never freeze; the bill is instance-hours plus a 15 % fee.</translation>
    </message>
    <message>
        <location filename="../ui/computecontrols.cpp" line="239"/>
        <source>Environments are never shared between tenants: each tenant&apos;s first request is cold. Every tenant environment costs $0.000167 per GB.</source>
        <translation>Environments are never shared between tenants: each tenant&apos;s first request is cold. Every tenant environment costs $0.000167 per GB.</translation>
    </message>
</context>
<context>
    <name>lle::CostPlot</name>
    <message>
        <location filename="../widgets/runplots.cpp" line="1176"/>
        <source>Cost so far by line item</source>
        <translation>Cost so far by line item</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="1177"/>
        <source>requests</source>
        <translation>requests</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="1177"/>
        <source>duration</source>
        <translation>duration</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="1177"/>
        <source>init</source>
        <translation>init</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="1178"/>
        <source>provisioned</source>
        <translation>provisioned</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="1178"/>
        <source>SnapStart</source>
        <translation>SnapStart</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="1178"/>
        <source>ephemeral storage</source>
        <translation>ephemeral storage</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="1179"/>
        <source>free tier credit</source>
        <translation>free tier credit</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="1179"/>
        <source>instances and fee</source>
        <translation>instances and fee</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="1180"/>
        <source>tenants and streaming</source>
        <translation>tenants and streaming</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="1184"/>
        <source>cost (USD)</source>
        <translation>cost (USD)</translation>
    </message>
</context>
<context>
    <name>lle::EnvironmentLanes</name>
    <message>
        <location filename="../widgets/environmentlanes.cpp" line="181"/>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <location filename="../widgets/environmentlanes.cpp" line="68"/>
        <location filename="../widgets/environmentlanes.cpp" line="282"/>
        <source>PC #%1</source>
        <translation>PC #%1</translation>
    </message>
    <message>
        <location filename="../widgets/environmentlanes.cpp" line="68"/>
        <location filename="../widgets/environmentlanes.cpp" line="284"/>
        <source>SS #%1</source>
        <translation>SS #%1</translation>
    </message>
    <message>
        <location filename="../widgets/environmentlanes.cpp" line="69"/>
        <location filename="../widgets/environmentlanes.cpp" line="286"/>
        <source>T%1 #%2</source>
        <translation>T%1 #%2</translation>
    </message>
    <message>
        <location filename="../widgets/environmentlanes.cpp" line="75"/>
        <source>throttled (429)</source>
        <translation>throttled (429)</translation>
    </message>
    <message>
        <location filename="../widgets/environmentlanes.cpp" line="89"/>
        <location filename="../widgets/environmentlanes.cpp" line="100"/>
        <source>t (s)</source>
        <translation>t (s)</translation>
    </message>
    <message>
        <location filename="../widgets/environmentlanes.cpp" line="377"/>
        <source>No execution environment yet: waiting for the first request.</source>
        <translation>No execution environment yet: waiting for the first request.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/environmentlanes.cpp" line="381"/>
        <source>+%n older environment(s) not shown</source>
        <translation>
            <numerusform>+%n older environment not shown</numerusform>
            <numerusform>+%n older environments not shown</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/environmentlanes.cpp" line="392"/>
        <source>thinned: phases shorter than %1 merged past %2 segments</source>
        <translation>thinned: phases shorter than %1 merged past %2 segments</translation>
    </message>
    <message>
        <location filename="../widgets/environmentlanes.cpp" line="416"/>
        <source>Environment #%1 (%2), %3 MB</source>
        <translation>Environment #%1 (%2), %3 MB</translation>
    </message>
    <message>
        <location filename="../widgets/environmentlanes.cpp" line="418"/>
        <source>tenant %1: never serves another tenant</source>
        <translation>tenant %1: never serves another tenant</translation>
    </message>
    <message>
        <location filename="../widgets/environmentlanes.cpp" line="420"/>
        <source>serves up to %1 requests at once; never frozen</source>
        <translation>serves up to %1 requests at once; never frozen</translation>
    </message>
    <message>
        <location filename="../widgets/environmentlanes.cpp" line="421"/>
        <source>created at %1 s</source>
        <translation>created at %1 s</translation>
    </message>
    <message>
        <location filename="../widgets/environmentlanes.cpp" line="423"/>
        <source>ended at %1 s (%2)</source>
        <translation>ended at %1 s (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/environmentlanes.cpp" line="429"/>
        <source>%1: %2 (from %3 s)</source>
        <translation>%1: %2 (from %3 s)</translation>
    </message>
    <message>
        <location filename="../widgets/environmentlanes.cpp" line="444"/>
        <location filename="../widgets/environmentlanes.cpp" line="457"/>
        <source>Request %1: %2</source>
        <translation>Request %1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/environmentlanes.cpp" line="448"/>
        <source>Init Duration %1</source>
        <translation>Init Duration %1</translation>
    </message>
    <message>
        <location filename="../widgets/environmentlanes.cpp" line="450"/>
        <source>Restore Duration %1</source>
        <translation>Restore Duration %1</translation>
    </message>
    <message>
        <location filename="../widgets/environmentlanes.cpp" line="451"/>
        <source>Duration %1 · billed %2 ms · latency %3 · cost %4</source>
        <translation>Duration %1 · billed %2 ms · latency %3 · cost %4</translation>
    </message>
</context>
<context>
    <name>lle::EnvironmentsPlot</name>
    <message>
        <location filename="../widgets/runplots.cpp" line="1322"/>
        <source>Environments</source>
        <translation>Environments</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="1323"/>
        <source>busy</source>
        <translation>busy</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="1324"/>
        <source>initialising</source>
        <translation>initialising</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="1328"/>
        <source>frozen</source>
        <translation>frozen</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="1328"/>
        <source>idle (never frozen)</source>
        <translation>idle (never frozen)</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="1329"/>
        <source>provisioned</source>
        <translation>provisioned</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="1330"/>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="1331"/>
        <source>environments</source>
        <translation>environments</translation>
    </message>
</context>
<context>
    <name>lle::ExplorerWindow</name>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="78"/>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="79"/>
        <source>Restart</source>
        <translation>Restart</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="215"/>
        <location filename="../ui/explorerwindow.cpp" line="531"/>
        <source>Timed changes</source>
        <translation>Timed changes</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="298"/>
        <source>No recent files</source>
        <translation>No recent files</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="300"/>
        <source>&amp;Clear list</source>
        <translation>&amp;Clear list</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="428"/>
        <location filename="../ui/explorerwindow.cpp" line="429"/>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="453"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="453"/>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="456"/>
        <source>t = %1 / %2</source>
        <translation>t = %1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="461"/>
        <source> · day %1, %2:%3</source>
        <translation> · day %1, %2:%3</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="469"/>
        <source>computing…</source>
        <translation>computing…</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="199"/>
        <location filename="../ui/explorerwindow.cpp" line="502"/>
        <source>Not applied: %1</source>
        <translation>Not applied: %1</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="471"/>
        <source>computing… %1 %</source>
        <translation>computing… %1 %</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="473"/>
        <source>computing… %1 %, %2 s left</source>
        <translation>computing… %1 %, %2 s left</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="475"/>
        <source>computing… %1 %, %2 min left</source>
        <translation>computing… %1 %, %2 min left</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="520"/>
        <source>What am I seeing? Each environment is a token and a lane: grey→orange = cold start, blue = running a request, light blue = frozen. Hover for details; a slider changes the function from now on.</source>
        <translation>What am I seeing? Each environment is a token and a lane: grey→orange = cold start, blue = running a request, light blue = frozen. Hover for details; a slider changes the function from now on.</translation>
    </message>
</context>
<context>
    <name>lle::ExportActions</name>
    <message>
        <location filename="../ui/exportactions.cpp" line="337"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="113"/>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="114"/>
        <source>Latency plot as PNG…</source>
        <translation>Latency plot as PNG…</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="114"/>
        <source>Latency distribution as PNG…</source>
        <translation>Latency distribution as PNG…</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="115"/>
        <source>Cost plot as PNG…</source>
        <translation>Cost plot as PNG…</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="115"/>
        <source>Environments plot as PNG…</source>
        <translation>Environments plot as PNG…</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="116"/>
        <source>Environment lanes as PNG…</source>
        <translation>Environment lanes as PNG…</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="119"/>
        <source>Dashboard as PNG…</source>
        <translation>Dashboard as PNG…</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="120"/>
        <source>Data as CSV…</source>
        <translation>Data as CSV…</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="121"/>
        <source>Report…</source>
        <translation>Report…</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="130"/>
        <source>Save as PNG…</source>
        <translation>Save as PNG…</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="131"/>
        <location filename="../ui/exportactions.cpp" line="285"/>
        <source>Copy to clipboard</source>
        <translation>Copy to clipboard</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="149"/>
        <source>There is no run to export yet; try again in a moment.</source>
        <translation>There is no run to export yet; try again in a moment.</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="153"/>
        <source>The run is still being computed; export it once it is complete.</source>
        <translation>The run is still being computed; export it once it is complete.</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="164"/>
        <source>Another export is running; wait for it or cancel it first.</source>
        <translation>Another export is running; wait for it or cancel it first.</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="186"/>
        <location filename="../ui/exportactions.cpp" line="407"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exportactions.cpp" line="238"/>
        <source>Exported %n file(s): %1</source>
        <translation>
            <numerusform>Exported %n file: %1</numerusform>
            <numerusform>Exported %n files: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="241"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export cancelled; nothing was written.</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="243"/>
        <source>The export failed; nothing was written.

%1</source>
        <translation>The export failed; nothing was written.

%1</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="253"/>
        <source>%1: the picture could not be drawn.</source>
        <translation>%1: the picture could not be drawn.</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="260"/>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="263"/>
        <source>%1: the picture could not be encoded</source>
        <translation>%1: the picture could not be encoded</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="276"/>
        <location filename="../ui/exportactions.cpp" line="343"/>
        <location filename="../ui/exportactions.cpp" line="416"/>
        <location filename="../ui/exportactions.cpp" line="438"/>
        <location filename="../ui/exportactions.cpp" line="453"/>
        <source>Export PNG</source>
        <translation>Export PNG</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="291"/>
        <source>The plot could not be drawn.</source>
        <translation>The plot could not be drawn.</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="295"/>
        <source>%1 copied to the clipboard.</source>
        <translation>%1 copied to the clipboard.</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="337"/>
        <location filename="../ui/exportactions.cpp" line="441"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="351"/>
        <location filename="../ui/exportactions.cpp" line="466"/>
        <source>Export data as CSV</source>
        <translation>Export data as CSV</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="362"/>
        <location filename="../ui/exportactions.cpp" line="472"/>
        <source>Export report</source>
        <translation>Export report</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="402"/>
        <source>%1 already holds files of these names:
%2</source>
        <translation>%1 already holds files of these names:
%2</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="405"/>
        <source>Replace them?</source>
        <translation>Replace them?</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="406"/>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="455"/>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
</context>
<context>
    <name>lle::GuideDialog</name>
    <message>
        <location filename="../ui/guidedialog.cpp" line="25"/>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
</context>
<context>
    <name>lle::HelpMenu</name>
    <message>
        <location filename="../ui/helpmenu.cpp" line="104"/>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location filename="../ui/helpmenu.cpp" line="105"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../ui/helpmenu.cpp" line="107"/>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
</context>
<context>
    <name>lle::KpiStrip</name>
    <message>
        <location filename="../widgets/kpistrip.cpp" line="174"/>
        <source>cold starts</source>
        <translation>cold starts</translation>
    </message>
    <message>
        <location filename="../widgets/kpistrip.cpp" line="175"/>
        <source>p50 latency</source>
        <translation>p50 latency</translation>
    </message>
    <message>
        <location filename="../widgets/kpistrip.cpp" line="176"/>
        <source>p99 latency</source>
        <translation>p99 latency</translation>
    </message>
    <message>
        <location filename="../widgets/kpistrip.cpp" line="177"/>
        <source>per 1M requests</source>
        <translation>per 1M requests</translation>
    </message>
    <message>
        <location filename="../widgets/kpistrip.cpp" line="178"/>
        <source>cost so far</source>
        <translation>cost so far</translation>
    </message>
    <message>
        <location filename="../widgets/kpistrip.cpp" line="180"/>
        <source>month at %1 requests</source>
        <translation>month at %1 requests</translation>
    </message>
    <message>
        <location filename="../widgets/kpistrip.cpp" line="181"/>
        <source>projected / month</source>
        <translation>projected / month</translation>
    </message>
    <message>
        <location filename="../widgets/kpistrip.cpp" line="182"/>
        <source>requests · throttled</source>
        <translation>requests · throttled</translation>
    </message>
    <message>
        <location filename="../widgets/kpistrip.cpp" line="202"/>
        <source>%1 · free tier %2</source>
        <translation>%1 · free tier %2</translation>
    </message>
    <message>
        <location filename="../widgets/kpistrip.cpp" line="213"/>
        <source>Month at a stated volume…</source>
        <translation>Month at a stated volume…</translation>
    </message>
    <message>
        <location filename="../widgets/kpistrip.cpp" line="214"/>
        <source>Month projected from this run</source>
        <translation>Month projected from this run</translation>
    </message>
    <message>
        <location filename="../widgets/kpistrip.cpp" line="221"/>
        <source>Month at a stated volume</source>
        <translation>Month at a stated volume</translation>
    </message>
    <message>
        <location filename="../widgets/kpistrip.cpp" line="221"/>
        <source>Requests per month:</source>
        <translation>Requests per month:</translation>
    </message>
</context>
<context>
    <name>lle::Lab</name>
    <message>
        <location filename="../ui/lab.cpp" line="82"/>
        <source>La&amp;b</source>
        <translation>La&amp;b</translation>
    </message>
    <message>
        <location filename="../ui/lab.cpp" line="83"/>
        <source>&amp;Sweep…</source>
        <translation>&amp;Sweep…</translation>
    </message>
    <message>
        <location filename="../ui/lab.cpp" line="84"/>
        <source>Run the scenario over a range of one setting and compare cost and latency</source>
        <translation>Run the scenario over a range of one setting and compare cost and latency</translation>
    </message>
    <message>
        <location filename="../ui/lab.cpp" line="85"/>
        <source>Run &amp;history…</source>
        <translation>Run &amp;history…</translation>
    </message>
    <message>
        <location filename="../ui/lab.cpp" line="86"/>
        <source>Every configuration applied in this session: restore one, compare two</source>
        <translation>Every configuration applied in this session: restore one, compare two</translation>
    </message>
    <message>
        <location filename="../ui/lab.cpp" line="87"/>
        <source>Open s&amp;tudy…</source>
        <translation>Open s&amp;tudy…</translation>
    </message>
    <message>
        <location filename="../ui/lab.cpp" line="88"/>
        <source>Show a study planned for a cluster and run there (its plan folder with every result) in the sweep window</source>
        <translation>Show a study planned for a cluster and run there (its plan folder with every result) in the sweep window</translation>
    </message>
    <message>
        <location filename="../ui/lab.cpp" line="90"/>
        <source>Compare &amp;compute options…</source>
        <translation>Compare &amp;compute options…</translation>
    </message>
    <message>
        <location filename="../ui/lab.cpp" line="91"/>
        <source>The workload under on-demand, provisioned concurrency, SnapStart and Managed Instances, side by side</source>
        <translation>The workload under on-demand, provisioned concurrency, SnapStart and Managed Instances, side by side</translation>
    </message>
    <message>
        <location filename="../ui/lab.cpp" line="92"/>
        <source>&amp;Calibrate from logs…</source>
        <translation>&amp;Calibrate from logs…</translation>
    </message>
    <message>
        <location filename="../ui/lab.cpp" line="93"/>
        <source>Fit memory, handler and init times to CloudWatch REPORT lines</source>
        <translation>Fit memory, handler and init times to CloudWatch REPORT lines</translation>
    </message>
    <message>
        <location filename="../ui/lab.cpp" line="95"/>
        <source>Sweep</source>
        <translation>Sweep</translation>
    </message>
    <message>
        <location filename="../ui/lab.cpp" line="149"/>
        <source>run %1 (%2)</source>
        <translation>run %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/lab.cpp" line="160"/>
        <source>Calibrate from logs</source>
        <translation>Calibrate from logs</translation>
    </message>
    <message>
        <location filename="../ui/lab.cpp" line="161"/>
        <source>CloudWatch logs (*.log *.txt *.json *.jsonl);;All files (*)</source>
        <translation>CloudWatch logs (*.log *.txt *.json *.jsonl);;All files (*)</translation>
    </message>
    <message>
        <location filename="../ui/lab.cpp" line="168"/>
        <source>Open study: choose its plan folder</source>
        <translation>Open study: choose its plan folder</translation>
    </message>
    <message>
        <location filename="../ui/lab.cpp" line="180"/>
        <source>Reading the study in %1…</source>
        <translation>Reading the study in %1…</translation>
    </message>
    <message>
        <location filename="../ui/lab.cpp" line="189"/>
        <source>Open study</source>
        <translation>Open study</translation>
    </message>
    <message>
        <location filename="../ui/lab.cpp" line="190"/>
        <source>The study cannot be shown:
%1</source>
        <translation>The study cannot be shown:
%1</translation>
    </message>
    <message>
        <location filename="../ui/lab.cpp" line="209"/>
        <source>The fitted scenario is applied.</source>
        <translation>The fitted scenario is applied.</translation>
    </message>
</context>
<context>
    <name>lle::LatencyPlot</name>
    <message>
        <location filename="../widgets/runplots.cpp" line="640"/>
        <source>Latency per request</source>
        <translation>Latency per request</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="641"/>
        <location filename="../widgets/runplots.cpp" line="648"/>
        <source>cold</source>
        <translation>cold</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="642"/>
        <location filename="../widgets/runplots.cpp" line="649"/>
        <source>warm</source>
        <translation>warm</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="643"/>
        <source>provisioned</source>
        <translation>provisioned</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="644"/>
        <source>SnapStart</source>
        <translation>SnapStart</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="645"/>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="646"/>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="647"/>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="650"/>
        <source>latency (ms, log)</source>
        <translation>latency (ms, log)</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="701"/>
        <source>every request from %1 to %2, simulated again</source>
        <translation>every request from %1 to %2, simulated again</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="704"/>
        <source>%1 requests, %2 cold, %3</source>
        <translation>%1 requests, %2 cold, %3</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="708"/>
        <source>1 in %1 requests shown</source>
        <translation>1 in %1 requests shown</translation>
    </message>
</context>
<context>
    <name>lle::LessonFigures</name>
    <message>
        <location filename="../app/lessonfigures.cpp" line="423"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../app/lessonfigures.cpp" line="424"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../app/lessonfigures.cpp" line="369"/>
        <source>$%1</source>
        <translation>$%1</translation>
    </message>
</context>
<context>
    <name>lle::LessonPanel</name>
    <message>
        <location filename="../ui/lessonpanel.cpp" line="142"/>
        <source>Playing to %1 s…</source>
        <translation>Playing to %1 s…</translation>
    </message>
    <message>
        <location filename="../ui/lessonpanel.cpp" line="143"/>
        <source>Playing until a cold start…</source>
        <translation>Playing until a cold start…</translation>
    </message>
    <message>
        <location filename="../ui/lessonpanel.cpp" line="144"/>
        <source>Playing until the handler runs…</source>
        <translation>Playing until the handler runs…</translation>
    </message>
    <message>
        <location filename="../ui/lessonpanel.cpp" line="145"/>
        <source>Playing until the environment is frozen…</source>
        <translation>Playing until the environment is frozen…</translation>
    </message>
    <message>
        <location filename="../ui/lessonpanel.cpp" line="146"/>
        <source>Playing until a warm start…</source>
        <translation>Playing until a warm start…</translation>
    </message>
    <message>
        <location filename="../ui/lessonpanel.cpp" line="147"/>
        <source>Playing until an environment shuts down after idling…</source>
        <translation>Playing until an environment shuts down after idling…</translation>
    </message>
    <message>
        <location filename="../ui/lessonpanel.cpp" line="148"/>
        <source>Playing until an environment is recycled…</source>
        <translation>Playing until an environment is recycled…</translation>
    </message>
    <message>
        <location filename="../ui/lessonpanel.cpp" line="149"/>
        <source>Playing until a scale-out cold start…</source>
        <translation>Playing until a scale-out cold start…</translation>
    </message>
    <message>
        <location filename="../ui/lessonpanel.cpp" line="150"/>
        <source>Playing until a request is throttled…</source>
        <translation>Playing until a request is throttled…</translation>
    </message>
    <message>
        <location filename="../ui/lessonpanel.cpp" line="151"/>
        <source>Playing until a request runs on provisioned concurrency…</source>
        <translation>Playing until a request runs on provisioned concurrency…</translation>
    </message>
    <message>
        <location filename="../ui/lessonpanel.cpp" line="152"/>
        <source>Playing until a SnapStart restore…</source>
        <translation>Playing until a SnapStart restore…</translation>
    </message>
    <message>
        <location filename="../ui/lessonpanel.cpp" line="153"/>
        <source>Playing until the configuration changes…</source>
        <translation>Playing until the configuration changes…</translation>
    </message>
    <message>
        <location filename="../ui/lessonpanel.cpp" line="167"/>
        <source>Question: %1</source>
        <translation>Question: %1</translation>
    </message>
    <message>
        <location filename="../ui/lessonpanel.cpp" line="180"/>
        <source>In summary: %1</source>
        <translation>In summary: %1</translation>
    </message>
    <message>
        <location filename="../ui/lessonpanel.cpp" line="199"/>
        <source>Show answer</source>
        <translation>Show answer</translation>
    </message>
    <message>
        <location filename="../ui/lessonpanel.cpp" line="200"/>
        <source>◀ Previous</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <location filename="../ui/lessonpanel.cpp" line="201"/>
        <source>Next ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <location filename="../ui/lessonpanel.cpp" line="202"/>
        <source>Restart lesson</source>
        <translation>Restart lesson</translation>
    </message>
    <message>
        <location filename="../ui/lessonpanel.cpp" line="203"/>
        <source>Skip ahead ▶▶</source>
        <translation>Skip ahead ▶▶</translation>
    </message>
    <message>
        <location filename="../ui/lessonpanel.cpp" line="204"/>
        <source>Go to the moment this step plays to</source>
        <translation>Go to the moment this step plays to</translation>
    </message>
    <message>
        <location filename="../ui/lessonpanel.cpp" line="205"/>
        <source>✕</source>
        <translation>✕</translation>
    </message>
    <message>
        <location filename="../ui/lessonpanel.cpp" line="206"/>
        <source>Close the lesson</source>
        <translation>Close the lesson</translation>
    </message>
</context>
<context>
    <name>lle::LifecycleDiagram</name>
    <message>
        <location filename="../widgets/lifecyclediagram.cpp" line="87"/>
        <source>Env. setup</source>
        <translation>Env. setup</translation>
    </message>
    <message>
        <location filename="../widgets/lifecyclediagram.cpp" line="88"/>
        <source>Ext. init</source>
        <translation>Ext. init</translation>
    </message>
    <message>
        <location filename="../widgets/lifecyclediagram.cpp" line="89"/>
        <source>Runtime</source>
        <translation>Runtime</translation>
    </message>
    <message>
        <location filename="../widgets/lifecyclediagram.cpp" line="90"/>
        <source>Function</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../widgets/lifecyclediagram.cpp" line="99"/>
        <source>Invoke (Managed Instances): each frame is an EC2 instance, each bar in it an environment, filled with the requests it serves at once (up to %1). Environments never freeze.</source>
        <translation>Invoke (Managed Instances): each frame is an EC2 instance, each bar in it an environment, filled with the requests it serves at once (up to %1). Environments never freeze.</translation>
    </message>
    <message>
        <location filename="../widgets/lifecyclediagram.cpp" line="103"/>
        <source>Instances now: %1; requests in flight: %2.</source>
        <translation>Instances now: %1; requests in flight: %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/lifecyclediagram.cpp" line="201"/>
        <location filename="../widgets/lifecyclediagram.cpp" line="288"/>
        <source>Cold start: Init (%n environment(s))</source>
        <translation>
            <numerusform>Cold start: Init (%n environment)</numerusform>
            <numerusform>Cold start: Init (%n environments)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/lifecyclediagram.cpp" line="210"/>
        <location filename="../widgets/lifecyclediagram.cpp" line="306"/>
        <location filename="../widgets/lifecyclediagram.cpp" line="427"/>
        <source>warm reuse</source>
        <translation>warm reuse</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/lifecyclediagram.cpp" line="530"/>
        <source>+%n instance(s)</source>
        <translation>
            <numerusform>+%n instance</numerusform>
            <numerusform>+%n instances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/lifecyclediagram.cpp" line="558"/>
        <source>Now: %n environment(s).</source>
        <translation>
            <numerusform>Now: %n environment.</numerusform>
            <numerusform>Now: %n environments.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lle::PanelText</name>
    <message>
        <location filename="../ui/panelcontrols.cpp" line="87"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../ui/panelcontrols.cpp" line="89"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../ui/panelcontrols.cpp" line="90"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/panelcontrols.cpp" line="96"/>
        <location filename="../ui/panelcontrols.cpp" line="98"/>
        <source>random 5–15 min (AWS-like)</source>
        <translation>random 5–15 min (AWS-like)</translation>
    </message>
    <message>
        <location filename="../ui/panelcontrols.cpp" line="99"/>
        <source>random %1</source>
        <translation>random %1</translation>
    </message>
</context>
<context>
    <name>lle::ParameterPanel</name>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="85"/>
        <location filename="../ui/parameterpanel.cpp" line="209"/>
        <source>custom</source>
        <translation>custom</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="210"/>
        <source>x86_64</source>
        <translation>x86_64</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="211"/>
        <source>arm64 (Graviton)</source>
        <translation>arm64 (Graviton)</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="214"/>
        <source>handler (each request)</source>
        <translation>handler (each request)</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="215"/>
        <source>fixed</source>
        <translation>fixed</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="217"/>
        <source>Poisson (random arrivals)</source>
        <translation>Poisson (random arrivals)</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="218"/>
        <source>constant</source>
        <translation>constant</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="219"/>
        <source>bursts</source>
        <translation>bursts</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="220"/>
        <source>daily cycle</source>
        <translation>daily cycle</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="213"/>
        <source>global (init)</source>
        <translation>global (init)</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="221"/>
        <source>billed (Aug 2025+)</source>
        <translation>billed (Aug 2025+)</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="222"/>
        <source>free (pre Aug 2025)</source>
        <translation>free (pre Aug 2025)</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="245"/>
        <source>%1 MB · %2 vCPU</source>
        <translation>%1 MB · %2 vCPU</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="246"/>
        <location filename="../ui/parameterpanel.cpp" line="255"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="258"/>
        <source>Runtime init measured for this runtime, architecture and package (lambda-perf, May–June 2026): median %1 ms, p90 %2 ms. Shown is that distribution&apos;s mean.</source>
        <translation>Runtime init measured for this runtime, architecture and package (lambda-perf, May–June 2026): median %1 ms, p90 %2 ms. Shown is that distribution&apos;s mean.</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="263"/>
        <source>A mean, drawn with cv 0.15 for every cold start.</source>
        <translation>A mean, drawn with cv 0.15 for every cold start.</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="267"/>
        <source>%1, random</source>
        <translation>%1, random</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/parameterpanel.cpp" line="269"/>
        <source>%n environment(s)</source>
        <translation>
            <numerusform>%n environment</numerusform>
            <numerusform>%n environments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="271"/>
        <source>%1 requests/s</source>
        <translation>%1 requests/s</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="274"/>
        <source>Base rate; bursts of %1/s for %2 s every %3 s.</source>
        <translation>Base rate; bursts of %1/s for %2 s every %3 s.</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="277"/>
        <source>Mean rate over the day; peak/trough %1.</source>
        <translation>Mean rate over the day; peak/trough %1.</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="282"/>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="282"/>
        <source>every %1</source>
        <translation>every %1</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="290"/>
        <source>New environments restore from a snapshot instead of running init.</source>
        <translation>New environments restore from a snapshot instead of running init.</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="291"/>
        <source>Not available for this runtime: only Java 11+, Python 3.12+ and .NET 8+.</source>
        <translation>Not available for this runtime: only Java 11+, Python 3.12+ and .NET 8+.</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="292"/>
        <source>Not available for container images.</source>
        <translation>Not available for container images.</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="294"/>
        <source>Not together with provisioned concurrency: AWS does not allow both on one function. Set provisioned concurrency to 0 first.</source>
        <translation>Not together with provisioned concurrency: AWS does not allow both on one function. Set provisioned concurrency to 0 first.</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="296"/>
        <source>Not with ephemeral storage above 512 MB.</source>
        <translation>Not with ephemeral storage above 512 MB.</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="302"/>
        <source>Provisioned concurrency cannot be combined with SnapStart: switch SnapStart off first.</source>
        <translation>Provisioned concurrency cannot be combined with SnapStart: switch SnapStart off first.</translation>
    </message>
</context>
<context>
    <name>lle::ParetoPlot</name>
    <message>
        <location filename="../widgets/sweepplot.cpp" line="647"/>
        <source>p99 latency (ms)</source>
        <translation>p99 latency (ms)</translation>
    </message>
    <message>
        <location filename="../widgets/sweepplot.cpp" line="648"/>
        <source>cost per million requests (USD)</source>
        <translation>cost per million requests (USD)</translation>
    </message>
    <message>
        <location filename="../widgets/sweepplot.cpp" line="649"/>
        <source>tested point</source>
        <translation>tested point</translation>
    </message>
    <message>
        <location filename="../widgets/sweepplot.cpp" line="650"/>
        <source>best trade-offs (Pareto front)</source>
        <translation>best trade-offs (Pareto front)</translation>
    </message>
    <message>
        <location filename="../widgets/sweepplot.cpp" line="651"/>
        <source>now</source>
        <translation>now</translation>
    </message>
</context>
<context>
    <name>lle::PngSizeDialog</name>
    <message>
        <location filename="../ui/pngsizedialog.cpp" line="34"/>
        <source>Export PNG — %1</source>
        <translation>Export PNG — %1</translation>
    </message>
    <message>
        <location filename="../ui/pngsizedialog.cpp" line="38"/>
        <source>1× (screen)</source>
        <translation>1× (screen)</translation>
    </message>
    <message>
        <location filename="../ui/pngsizedialog.cpp" line="39"/>
        <source>2× (documents and slides)</source>
        <translation>2× (documents and slides)</translation>
    </message>
    <message>
        <location filename="../ui/pngsizedialog.cpp" line="45"/>
        <source>&amp;Width:</source>
        <translation>&amp;Width:</translation>
    </message>
    <message>
        <location filename="../ui/pngsizedialog.cpp" line="46"/>
        <source>&amp;Height:</source>
        <translation>&amp;Height:</translation>
    </message>
    <message>
        <location filename="../ui/pngsizedialog.cpp" line="47"/>
        <source>&amp;Scale:</source>
        <translation>&amp;Scale:</translation>
    </message>
    <message>
        <location filename="../ui/pngsizedialog.cpp" line="48"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../ui/pngsizedialog.cpp" line="48"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/pngsizedialog.cpp" line="87"/>
        <source>The picture is laid out as on the screen (%1 × %2) and drawn at %3 × %4 pixels.</source>
        <translation>The picture is laid out as on the screen (%1 × %2) and drawn at %3 × %4 pixels.</translation>
    </message>
    <message>
        <location filename="../ui/pngsizedialog.cpp" line="92"/>
        <source>Text and lines are drawn %1× larger: the plot is laid out as %2 × %3 and drawn at %4 × %5 pixels.</source>
        <translation>Text and lines are drawn %1× larger: the plot is laid out as %2 × %3 and drawn at %4 × %5 pixels.</translation>
    </message>
</context>
<context>
    <name>lle::RecordClipDialog</name>
    <message>
        <location filename="../ui/recordclipdialog.cpp" line="22"/>
        <source>Record clip</source>
        <translation>Record clip</translation>
    </message>
    <message>
        <location filename="../ui/recordclipdialog.cpp" line="29"/>
        <source>Whole window (parameters beside the dashboard)</source>
        <translation>Whole window (parameters beside the dashboard)</translation>
    </message>
    <message>
        <location filename="../ui/recordclipdialog.cpp" line="30"/>
        <source>Dashboard (key figures, diagram, lanes and plots)</source>
        <translation>Dashboard (key figures, diagram, lanes and plots)</translation>
    </message>
    <message>
        <location filename="../ui/recordclipdialog.cpp" line="31"/>
        <source>Lifecycle diagram</source>
        <translation>Lifecycle diagram</translation>
    </message>
    <message>
        <location filename="../ui/recordclipdialog.cpp" line="32"/>
        <source>Environment lanes</source>
        <translation>Environment lanes</translation>
    </message>
    <message>
        <location filename="../ui/recordclipdialog.cpp" line="33"/>
        <source>Latency per request</source>
        <translation>Latency per request</translation>
    </message>
    <message>
        <location filename="../ui/recordclipdialog.cpp" line="34"/>
        <source>Cost so far by line item</source>
        <translation>Cost so far by line item</translation>
    </message>
    <message>
        <location filename="../ui/recordclipdialog.cpp" line="35"/>
        <source>Latency CDF</source>
        <translation>Latency CDF</translation>
    </message>
    <message>
        <location filename="../ui/recordclipdialog.cpp" line="36"/>
        <source>Environments</source>
        <translation>Environments</translation>
    </message>
    <message>
        <location filename="../ui/recordclipdialog.cpp" line="41"/>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <location filename="../ui/recordclipdialog.cpp" line="49"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/recordclipdialog.cpp" line="56"/>
        <source>&amp;From (simulated)</source>
        <translation>&amp;From (simulated)</translation>
    </message>
    <message>
        <location filename="../ui/recordclipdialog.cpp" line="57"/>
        <source>&amp;To (simulated)</source>
        <translation>&amp;To (simulated)</translation>
    </message>
    <message>
        <location filename="../ui/recordclipdialog.cpp" line="65"/>
        <source>Simulated seconds per second of the clip</source>
        <translation>Simulated seconds per second of the clip</translation>
    </message>
    <message>
        <location filename="../ui/recordclipdialog.cpp" line="66"/>
        <source>&amp;Speed</source>
        <translation>&amp;Speed</translation>
    </message>
    <message>
        <location filename="../ui/recordclipdialog.cpp" line="72"/>
        <source>Frames per &amp;second</source>
        <translation>Frames per &amp;second</translation>
    </message>
    <message>
        <location filename="../ui/recordclipdialog.cpp" line="78"/>
        <source>Si&amp;ze</source>
        <translation>Si&amp;ze</translation>
    </message>
    <message>
        <location filename="../ui/recordclipdialog.cpp" line="83"/>
        <source>MP4 (H.264) — slides and most players</source>
        <translation>MP4 (H.264) — slides and most players</translation>
    </message>
    <message>
        <location filename="../ui/recordclipdialog.cpp" line="84"/>
        <source>WebM (VP9) — web pages</source>
        <translation>WebM (VP9) — web pages</translation>
    </message>
    <message>
        <location filename="../ui/recordclipdialog.cpp" line="85"/>
        <source>GIF (looping) — chat and course pages</source>
        <translation>GIF (looping) — chat and course pages</translation>
    </message>
    <message>
        <location filename="../ui/recordclipdialog.cpp" line="92"/>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <location filename="../ui/recordclipdialog.cpp" line="96"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../ui/recordclipdialog.cpp" line="97"/>
        <source>T&amp;itle</source>
        <translation>T&amp;itle</translation>
    </message>
    <message>
        <location filename="../ui/recordclipdialog.cpp" line="98"/>
        <source>&amp;Caption bar: title, scenario name and simulated clock</source>
        <translation>&amp;Caption bar: title, scenario name and simulated clock</translation>
    </message>
    <message>
        <location filename="../ui/recordclipdialog.cpp" line="111"/>
        <source>Record…</source>
        <translation>Record…</translation>
    </message>
    <message>
        <location filename="../ui/recordclipdialog.cpp" line="143"/>
        <source>&amp;Lesson step as caption: %1</source>
        <translation>&amp;Lesson step as caption: %1</translation>
    </message>
    <message>
        <location filename="../ui/recordclipdialog.cpp" line="172"/>
        <source>%1 frames, %2 s of video.</source>
        <translation>%1 frames, %2 s of video.</translation>
    </message>
</context>
<context>
    <name>lle::RequestCallout</name>
    <message>
        <location filename="../widgets/requestcallout.cpp" line="78"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../widgets/requestcallout.cpp" line="104"/>
        <source>handler</source>
        <translation>handler</translation>
    </message>
    <message>
        <location filename="../widgets/requestcallout.cpp" line="110"/>
        <source>Latency %1:</source>
        <translation>Latency %1:</translation>
    </message>
</context>
<context>
    <name>lle::RunHistory</name>
    <message>
        <location filename="../ui/runhistory.cpp" line="67"/>
        <source>run %1 restored</source>
        <translation>run %1 restored</translation>
    </message>
    <message>
        <location filename="../ui/runhistory.cpp" line="69"/>
        <source>the configuration at the start</source>
        <translation>the configuration at the start</translation>
    </message>
    <message>
        <location filename="../ui/runhistory.cpp" line="102"/>
        <source>scenario “%1”</source>
        <translation>scenario “%1”</translation>
    </message>
    <message>
        <location filename="../ui/runhistory.cpp" line="110"/>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <location filename="../ui/runhistory.cpp" line="118"/>
        <source>%1 from %2</source>
        <translation>%1 from %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runhistory.cpp" line="122"/>
        <source>%n timed change(s) removed</source>
        <translation>
            <numerusform>%n timed change removed</numerusform>
            <numerusform>%n timed changes removed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/runhistory.cpp" line="124"/>
        <source>no change</source>
        <translation>no change</translation>
    </message>
</context>
<context>
    <name>lle::RunHistoryDialog</name>
    <message>
        <location filename="../ui/runhistorydialog.cpp" line="120"/>
        <source>Run history</source>
        <translation>Run history</translation>
    </message>
    <message>
        <location filename="../ui/runhistorydialog.cpp" line="121"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/runhistorydialog.cpp" line="121"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/runhistorydialog.cpp" line="121"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../ui/runhistorydialog.cpp" line="121"/>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
    <message>
        <location filename="../ui/runhistorydialog.cpp" line="121"/>
        <source>Cold starts</source>
        <translation>Cold starts</translation>
    </message>
    <message>
        <location filename="../ui/runhistorydialog.cpp" line="122"/>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <location filename="../ui/runhistorydialog.cpp" line="122"/>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <location filename="../ui/runhistorydialog.cpp" line="122"/>
        <source>Per million</source>
        <translation>Per million</translation>
    </message>
    <message>
        <location filename="../ui/runhistorydialog.cpp" line="122"/>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../ui/runhistorydialog.cpp" line="123"/>
        <source>Select one run to restore it, or two to compare them on the same requests.</source>
        <translation>Select one run to restore it, or two to compare them on the same requests.</translation>
    </message>
    <message>
        <location filename="../ui/runhistorydialog.cpp" line="124"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../ui/runhistorydialog.cpp" line="125"/>
        <source>&amp;Compare A and B</source>
        <translation>&amp;Compare A and B</translation>
    </message>
    <message>
        <location filename="../ui/runhistorydialog.cpp" line="126"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>lle::RunPlot</name>
    <message>
        <location filename="../widgets/runplots.cpp" line="393"/>
        <source>simulated time (s)</source>
        <translation>simulated time (s)</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="396"/>
        <source>simulated time (min)</source>
        <translation>simulated time (min)</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="399"/>
        <source>simulated time (days)</source>
        <translation>simulated time (days)</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="402"/>
        <source>simulated time (h)</source>
        <translation>simulated time (h)</translation>
    </message>
</context>
<context>
    <name>lle::ScenarioDocument</name>
    <message>
        <location filename="../ui/scenariodocument.cpp" line="29"/>
        <source>Sparse traffic idles out</source>
        <translation>Sparse traffic idles out</translation>
    </message>
    <message>
        <location filename="../ui/scenariodocument.cpp" line="30"/>
        <source>Morning peak with provisioned concurrency</source>
        <translation>Morning peak with provisioned concurrency</translation>
    </message>
    <message>
        <location filename="../ui/scenariodocument.cpp" line="31"/>
        <source>Java with SnapStart</source>
        <translation>Java with SnapStart</translation>
    </message>
    <message>
        <location filename="../ui/scenariodocument.cpp" line="32"/>
        <source>More memory: CPU-bound vs I/O-bound</source>
        <translation>More memory: CPU-bound vs I/O-bound</translation>
    </message>
    <message>
        <location filename="../ui/scenariodocument.cpp" line="47"/>
        <source>untitled</source>
        <translation>untitled</translation>
    </message>
    <message>
        <location filename="../ui/scenariodocument.cpp" line="54"/>
        <source>%1[*] — Lambda Lifecycle Explorer</source>
        <translation>%1[*] — Lambda Lifecycle Explorer</translation>
    </message>
    <message>
        <location filename="../ui/scenariodocument.cpp" line="55"/>
        <source>%1 — %2[*] — Lambda Lifecycle Explorer</source>
        <translation>%1 — %2[*] — Lambda Lifecycle Explorer</translation>
    </message>
    <message>
        <location filename="../ui/scenariodocument.cpp" line="169"/>
        <source>%1 was not opened: it is not a valid scenario.

%2</source>
        <translation>%1 was not opened: it is not a valid scenario.

%2</translation>
    </message>
    <message>
        <location filename="../ui/scenariodocument.cpp" line="170"/>
        <source>%1 could not be opened.

%2</source>
        <translation>%1 could not be opened.

%2</translation>
    </message>
    <message>
        <location filename="../ui/scenariodocument.cpp" line="180"/>
        <location filename="../ui/scenariodocument.cpp" line="289"/>
        <source>Open scenario</source>
        <translation>Open scenario</translation>
    </message>
    <message>
        <location filename="../ui/scenariodocument.cpp" line="204"/>
        <source>Save scenario</source>
        <translation>Save scenario</translation>
    </message>
    <message>
        <location filename="../ui/scenariodocument.cpp" line="204"/>
        <source>The scenario was not saved.

%1</source>
        <translation>The scenario was not saved.

%1</translation>
    </message>
    <message>
        <location filename="../ui/scenariodocument.cpp" line="231"/>
        <source>Save scenario as</source>
        <translation>Save scenario as</translation>
    </message>
    <message>
        <location filename="../ui/scenariodocument.cpp" line="232"/>
        <source>Scenario files (*.json)</source>
        <translation>Scenario files (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/scenariodocument.cpp" line="255"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../ui/scenariodocument.cpp" line="244"/>
        <source>The scenario “%1” has changes that are not saved.</source>
        <translation>The scenario “%1” has changes that are not saved.</translation>
    </message>
    <message>
        <location filename="../ui/scenariodocument.cpp" line="257"/>
        <source>Save them before going on?</source>
        <translation>Save them before going on?</translation>
    </message>
    <message>
        <location filename="../ui/scenariodocument.cpp" line="259"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../ui/scenariodocument.cpp" line="260"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../ui/scenariodocument.cpp" line="261"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/scenariodocument.cpp" line="290"/>
        <source>Scenario files (*.json);;All files (*)</source>
        <translation>Scenario files (*.json);;All files (*)</translation>
    </message>
</context>
<context>
    <name>lle::ShortcutsDialog</name>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="80"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="86"/>
        <source>Click a request</source>
        <translation>Click a request</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="86"/>
        <source>Why did this request start cold? (lanes, latency plot)</source>
        <translation>Why did this request start cold? (lanes, latency plot)</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="87"/>
        <source>Point at a box or a lane</source>
        <translation>Point at a box or a lane</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="87"/>
        <source>What am I seeing? (the line under the plots)</source>
        <translation>What am I seeing? (the line under the plots)</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="91"/>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="91"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>lle::StretchZoom</name>
    <message>
        <location filename="../ui/stretchzoom.cpp" line="20"/>
        <source>Every request of a stretch</source>
        <translation>Every request of a stretch</translation>
    </message>
    <message>
        <location filename="../ui/stretchzoom.cpp" line="28"/>
        <source>Simulating every request from %1 to %2 again…</source>
        <translation>Simulating every request from %1 to %2 again…</translation>
    </message>
</context>
<context>
    <name>lle::SweepCurvePlot</name>
    <message>
        <location filename="../widgets/sweepplot.cpp" line="368"/>
        <source>cost per million requests (USD)</source>
        <translation>cost per million requests (USD)</translation>
    </message>
    <message>
        <location filename="../widgets/sweepplot.cpp" line="370"/>
        <source>latency (ms)</source>
        <translation>latency (ms)</translation>
    </message>
    <message>
        <location filename="../widgets/sweepplot.cpp" line="368"/>
        <location filename="../widgets/sweepplot.cpp" line="370"/>
        <source>cold starts (%)</source>
        <translation>cold starts (%)</translation>
    </message>
    <message>
        <location filename="../widgets/sweepplot.cpp" line="108"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../widgets/sweepplot.cpp" line="356"/>
        <source>%1 (MB)</source>
        <translation>%1 (MB)</translation>
    </message>
    <message>
        <location filename="../widgets/sweepplot.cpp" line="357"/>
        <source>%1 (ms)</source>
        <translation>%1 (ms)</translation>
    </message>
    <message>
        <location filename="../widgets/sweepplot.cpp" line="358"/>
        <source>%1 (requests/s)</source>
        <translation>%1 (requests/s)</translation>
    </message>
    <message>
        <location filename="../widgets/sweepplot.cpp" line="359"/>
        <source>%1 (s)</source>
        <translation>%1 (s)</translation>
    </message>
    <message>
        <location filename="../widgets/sweepplot.cpp" line="360"/>
        <source>%1 (environments)</source>
        <translation>%1 (environments)</translation>
    </message>
    <message>
        <location filename="../widgets/sweepplot.cpp" line="369"/>
        <source>idle environments (GB-s)</source>
        <translation>idle environments (GB-s)</translation>
    </message>
    <message>
        <location filename="../widgets/sweepplot.cpp" line="375"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../widgets/sweepplot.cpp" line="377"/>
        <source>cost per million</source>
        <translation>cost per million</translation>
    </message>
    <message>
        <location filename="../widgets/sweepplot.cpp" line="378"/>
        <source>p99 latency</source>
        <translation>p99 latency</translation>
    </message>
    <message>
        <location filename="../widgets/sweepplot.cpp" line="379"/>
        <source>p50 latency</source>
        <translation>p50 latency</translation>
    </message>
    <message>
        <location filename="../widgets/sweepplot.cpp" line="380"/>
        <source>cold starts</source>
        <translation>cold starts</translation>
    </message>
    <message>
        <location filename="../widgets/sweepplot.cpp" line="381"/>
        <source>idle GB-s</source>
        <translation>idle GB-s</translation>
    </message>
    <message>
        <location filename="../widgets/sweepplot.cpp" line="391"/>
        <source>now</source>
        <translation>now</translation>
    </message>
</context>
<context>
    <name>lle::SweepView</name>
    <message>
        <location filename="../ui/sweepview.cpp" line="206"/>
        <source>This workload has no request rate to sweep (it replays a trace).</source>
        <translation>This workload has no request rate to sweep (it replays a trace).</translation>
    </message>
    <message>
        <location filename="../ui/sweepview.cpp" line="382"/>
        <source>Plan for a cluster: choose an empty folder</source>
        <translation>Plan for a cluster: choose an empty folder</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sweepview.cpp" line="401"/>
        <source>Planned %n jobs into %1. Run its jobs.txt with GNU parallel or scripts/cluster/submit-slurm, then lambda-explorer --merge %1 --out OUT, and File → Open study… to see it here.</source>
        <translation>
            <numerusform>Planned %n job into %1. Run its jobs.txt with GNU parallel or scripts/cluster/submit-slurm, then lambda-explorer --merge %1 --out OUT, and File → Open study… to see it here.</numerusform>
            <numerusform>Planned %n jobs into %1. Run its jobs.txt with GNU parallel or scripts/cluster/submit-slurm, then lambda-explorer --merge %1 --out OUT, and File → Open study… to see it here.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sweepview.cpp" line="486"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/sweepview.cpp" line="491"/>
        <source>%1: %2 cost, %3 p99 against now</source>
        <translation>%1: %2 cost, %3 p99 against now</translation>
    </message>
    <message>
        <location filename="../ui/sweepview.cpp" line="533"/>
        <source>%1 per million requests, p99 %2, cold starts %3</source>
        <translation>%1 per million requests, p99 %2, cold starts %3</translation>
    </message>
    <message>
        <location filename="../ui/sweepview.cpp" line="539"/>
        <source>This is the configuration in effect.</source>
        <translation>This is the configuration in effect.</translation>
    </message>
    <message>
        <location filename="../ui/sweepview.cpp" line="541"/>
        <source>Click to apply it at the playhead.</source>
        <translation>Click to apply it at the playhead.</translation>
    </message>
    <message>
        <location filename="../ui/sweepview.cpp" line="555"/>
        <source>A point of an opened study is not applied: it was computed from the study&apos;s own scenario.</source>
        <translation>A point of an opened study is not applied: it was computed from the study&apos;s own scenario.</translation>
    </message>
    <message>
        <location filename="../ui/sweepview.cpp" line="592"/>
        <source>Applied %1 at %2.</source>
        <translation>Applied %1 at %2.</translation>
    </message>
    <message>
        <location filename="../ui/sweepview.cpp" line="603"/>
        <source>Running %1 points × %2 seeds on %3 threads…</source>
        <translation>Running %1 points × %2 seeds on %3 threads…</translation>
    </message>
    <message>
        <location filename="../ui/sweepview.cpp" line="610"/>
        <source>Study %1: %2 points × %3 seeds, merged from the results of %4 jobs.</source>
        <translation>Study %1: %2 points × %3 seeds, merged from the results of %4 jobs.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sweepview.cpp" line="618"/>
        <source>%n seeds per point, 95 % intervals shown</source>
        <translation>
            <numerusform>%n seed per point, 95 % intervals shown</numerusform>
            <numerusform>%n seeds per point, 95 % intervals shown</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sweepview.cpp" line="619"/>
        <source>one seed per point</source>
        <translation>one seed per point</translation>
    </message>
    <message>
        <location filename="../ui/sweepview.cpp" line="620"/>
        <source>%1 points (%2) from the configuration at %3, in %4 s.</source>
        <translation>%1 points (%2) from the configuration at %3, in %4 s.</translation>
    </message>
    <message>
        <location filename="../ui/sweepview.cpp" line="626"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelled; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../ui/sweepview.cpp" line="636"/>
        <source>Preset</source>
        <translation>Preset</translation>
    </message>
    <message>
        <location filename="../ui/sweepview.cpp" line="637"/>
        <source>Memory (Power Tuning)</source>
        <translation>Memory (Power Tuning)</translation>
    </message>
    <message>
        <location filename="../ui/sweepview.cpp" line="638"/>
        <source>Idle timeout</source>
        <translation>Idle timeout</translation>
    </message>
    <message>
        <location filename="../ui/sweepview.cpp" line="639"/>
        <source>Provisioned concurrency</source>
        <translation>Provisioned concurrency</translation>
    </message>
    <message>
        <location filename="../ui/sweepview.cpp" line="640"/>
        <source>Request rate</source>
        <translation>Request rate</translation>
    </message>
    <message>
        <location filename="../ui/sweepview.cpp" line="641"/>
        <source>Any key</source>
        <translation>Any key</translation>
    </message>
    <message>
        <location filename="../ui/sweepview.cpp" line="642"/>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../ui/sweepview.cpp" line="643"/>
        <location filename="../ui/sweepview.cpp" line="646"/>
        <source>Values</source>
        <translation>Values</translation>
    </message>
    <message>
        <location filename="../ui/sweepview.cpp" line="644"/>
        <source>Second key</source>
        <translation>Second key</translation>
    </message>
    <message>
        <location filename="../ui/sweepview.cpp" line="645"/>
        <source>Optional: a second key swept with every value of the first (a grid); leave empty for one key</source>
        <translation>Optional: a second key swept with every value of the first (a grid); leave empty for one key</translation>
    </message>
    <message>
        <location filename="../ui/sweepview.cpp" line="647"/>
        <source>Numbers separated by commas, &apos;.&apos; for decimals</source>
        <translation>Numbers separated by commas, &apos;.&apos; for decimals</translation>
    </message>
    <message>
        <location filename="../ui/sweepview.cpp" line="648"/>
        <source>Seeds</source>
        <translation>Seeds</translation>
    </message>
    <message>
        <location filename="../ui/sweepview.cpp" line="649"/>
        <source>Runs per point with different seeds; more than one gives 95 % confidence intervals</source>
        <translation>Runs per point with different seeds; more than one gives 95 % confidence intervals</translation>
    </message>
    <message>
        <location filename="../ui/sweepview.cpp" line="650"/>
        <source>Run sweep</source>
        <translation>Run sweep</translation>
    </message>
    <message>
        <location filename="../ui/sweepview.cpp" line="651"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/sweepview.cpp" line="652"/>
        <source>Plan for a cluster…</source>
        <translation>Plan for a cluster…</translation>
    </message>
    <message>
        <location filename="../ui/sweepview.cpp" line="653"/>
        <source>Write this sweep as independent jobs into a folder, to run with GNU parallel or Slurm and merge with --merge, instead of running it here</source>
        <translation>Write this sweep as independent jobs into a folder, to run with GNU parallel or Slurm and merge with --merge, instead of running it here</translation>
    </message>
    <message>
        <location filename="../ui/sweepview.cpp" line="656"/>
        <source>Each point runs the whole scenario from the configuration at the playhead, on the same requests (same seeds). Hover a point in the right plot for its change against now; click it to apply it at the playhead.</source>
        <translation>Each point runs the whole scenario from the configuration at the playhead, on the same requests (same seeds). Hover a point in the right plot for its change against now; click it to apply it at the playhead.</translation>
    </message>
    <message>
        <location filename="../ui/sweepview.cpp" line="660"/>
        <source>An opened study: its points were run from the study&apos;s own scenario, on other machines, and merged. Run sweep runs the same keys here, from the configuration at the playhead.</source>
        <translation>An opened study: its points were run from the study&apos;s own scenario, on other machines, and merged. Run sweep runs the same keys here, from the configuration at the playhead.</translation>
    </message>
</context>
<context>
    <name>lle::Teaching</name>
    <message>
        <location filename="../ui/teaching.cpp" line="126"/>
        <source>Open lesson file</source>
        <translation>Open lesson file</translation>
    </message>
    <message>
        <location filename="../ui/teaching.cpp" line="127"/>
        <source>Lessons (*.json)</source>
        <translation>Lessons (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/teaching.cpp" line="159"/>
        <source>&amp;Lessons</source>
        <translation>&amp;Lessons</translation>
    </message>
    <message>
        <location filename="../ui/teaching.cpp" line="161"/>
        <location filename="../ui/teaching.cpp" line="162"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../ui/teaching.cpp" line="163"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../ui/teaching.cpp" line="164"/>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Presentation mode</translation>
    </message>
    <message>
        <location filename="../ui/teaching.cpp" line="165"/>
        <source>Full screen, larger text, secondary panels hidden (F11)</source>
        <translation>Full screen, larger text, secondary panels hidden (F11)</translation>
    </message>
    <message>
        <location filename="../ui/teaching.cpp" line="169"/>
        <source>Open lesson &amp;file…</source>
        <translation>Open lesson &amp;file…</translation>
    </message>
    <message>
        <location filename="../ui/teaching.cpp" line="170"/>
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <location filename="../ui/teaching.cpp" line="244"/>
        <source>Lesson not opened</source>
        <translation>Lesson not opened</translation>
    </message>
    <message>
        <location filename="../ui/teaching.cpp" line="245"/>
        <source>The lesson %1 cannot be opened:</source>
        <translation>The lesson %1 cannot be opened:</translation>
    </message>
</context>
<context>
    <name>lle::TimelineOverview</name>
    <message>
        <location filename="../widgets/timelineoverview.cpp" line="19"/>
        <source>The whole run: requests per interval, cold starts in orange; click to jump, Shift+drag to see every request of a stretch</source>
        <translation>The whole run: requests per interval, cold starts in orange; click to jump, Shift+drag to see every request of a stretch</translation>
    </message>
</context>
<context>
    <name>lle::TraceProgress</name>
    <message>
        <location filename="../ui/traceprogress.cpp" line="47"/>
        <source>Trace problem</source>
        <translation>Trace problem</translation>
    </message>
    <message>
        <location filename="../ui/traceprogress.cpp" line="48"/>
        <source>The trace cannot be replayed:
%1</source>
        <translation>The trace cannot be replayed:
%1</translation>
    </message>
    <message>
        <location filename="../ui/traceprogress.cpp" line="63"/>
        <source>Reading trace %1…</source>
        <translation>Reading trace %1…</translation>
    </message>
    <message>
        <location filename="../ui/traceprogress.cpp" line="69"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/traceprogress.cpp" line="70"/>
        <source>Stop reading the trace; the run shown stays</source>
        <translation>Stop reading the trace; the run shown stays</translation>
    </message>
</context>
</TS>
