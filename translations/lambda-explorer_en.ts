<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ColdExplainer</name>
    <message>
        <location filename="../app/coldexplainer.cpp" line="17"/>
        <location filename="../app/coldexplainer.cpp" line="103"/>
        <source>environment setup</source>
        <translation>environment setup</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="18"/>
        <location filename="../app/coldexplainer.cpp" line="104"/>
        <source>extension init</source>
        <translation>extension init</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="19"/>
        <location filename="../app/coldexplainer.cpp" line="105"/>
        <source>runtime init</source>
        <translation>runtime init</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="20"/>
        <location filename="../app/coldexplainer.cpp" line="106"/>
        <source>function init</source>
        <translation>function init</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="21"/>
        <source>SnapStart restore</source>
        <translation>SnapStart restore</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="22"/>
        <source>invoke</source>
        <translation>invoke</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="23"/>
        <source>frozen</source>
        <translation>frozen</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="24"/>
        <source>shutdown</source>
        <translation>shutdown</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="32"/>
        <source>expired after idling</source>
        <translation>expired after idling</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="33"/>
        <source>recycled at its maximum lifetime</source>
        <translation>recycled at its maximum lifetime</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="34"/>
        <source>retired after a configuration change</source>
        <translation>retired after a configuration change</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="35"/>
        <source>still there at the end of the run</source>
        <translation>still there at the end of the run</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="45"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="47"/>
        <location filename="../app/coldexplainer.cpp" line="176"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="49"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="50"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="96"/>
        <source>memory</source>
        <translation>memory</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="97"/>
        <source>runtime</source>
        <translation>runtime</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="98"/>
        <source>architecture</source>
        <translation>architecture</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="99"/>
        <source>CPU work</source>
        <translation>CPU work</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="100"/>
        <source>waiting time</source>
        <translation>waiting time</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="101"/>
        <source>connection setup</source>
        <translation>connection setup</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="102"/>
        <source>connection in global scope</source>
        <translation>connection in global scope</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="107"/>
        <source>SnapStart</source>
        <translation>SnapStart</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="108"/>
        <source>provisioned concurrency</source>
        <translation>provisioned concurrency</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="109"/>
        <source>extensions</source>
        <translation>extensions</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="110"/>
        <source>timeout</source>
        <translation>timeout</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="111"/>
        <source>idle lifetime</source>
        <translation>idle lifetime</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="112"/>
        <source>request rate</source>
        <translation>request rate</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="113"/>
        <source>keep-warm interval</source>
        <translation>keep-warm interval</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="124"/>
        <source>/s</source>
        <translation>/s</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="138"/>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="138"/>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="161"/>
        <source>Environment %1: created at %2, served %3 requests</source>
        <translation>Environment %1: created at %2, served %3 requests</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="165"/>
        <source>, shut down at %1 (%2)</source>
        <translation>, shut down at %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="206"/>
        <source>Request %1 is not in the recorded run.</source>
        <translation>Request %1 is not in the recorded run.</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="215"/>
        <source>Ping %1 was not a cold start.</source>
        <translation>Ping %1 was not a cold start.</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="216"/>
        <source>Request %1 was not a cold start.</source>
        <translation>Request %1 was not a cold start.</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="218"/>
        <source>It was throttled (HTTP 429): no environment could be added.</source>
        <translation>It was throttled (HTTP 429): no environment could be added.</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="220"/>
        <source>It ran on provisioned environment %1, initialised ahead of time.</source>
        <translation>It ran on provisioned environment %1, initialised ahead of time.</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="222"/>
        <source>It found environment %1 frozen and reused it: a warm start.</source>
        <translation>It found environment %1 frozen and reused it: a warm start.</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="226"/>
        <source>Request %1: SnapStart restore at %2</source>
        <translation>Request %1: SnapStart restore at %2</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="227"/>
        <source>Request %1: cold start at %2</source>
        <translation>Request %1: cold start at %2</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="232"/>
        <source>First request: no execution environment existed yet.</source>
        <translation>First request: no execution environment existed yet.</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="243"/>
        <source>Scale-out: the only environment was busy with another request, and an environment serves one request at a time.</source>
        <translation>Scale-out: the only environment was busy with another request, and an environment serves one request at a time.</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="244"/>
        <source>Scale-out: all %1 environments were busy, and an environment serves one request at a time.</source>
        <translation>Scale-out: all %1 environments were busy, and an environment serves one request at a time.</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="253"/>
        <source>Expired: environment %1 had been idle for %2 and was shut down at %3; no frozen environment was left.</source>
        <translation>Expired: environment %1 had been idle for %2 and was shut down at %3; no frozen environment was left.</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="257"/>
        <source>Expired: the environments had been idle too long and were shut down.</source>
        <translation>Expired: the environments had been idle too long and were shut down.</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="263"/>
        <source>Recycled: Lambda replaced environment %1 at its maximum lifetime, after %2 (it recycles environments every few hours even when busy).</source>
        <translation>Recycled: Lambda replaced environment %1 at its maximum lifetime, after %2 (it recycles environments every few hours even when busy).</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="267"/>
        <source>Recycled: Lambda replaced the environment at its maximum lifetime.</source>
        <translation>Recycled: Lambda replaced the environment at its maximum lifetime.</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="279"/>
        <source>Changed configuration: a new function version needs new environments.</source>
        <translation>Changed configuration: a new function version needs new environments.</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="280"/>
        <source>Changed configuration at %1 (%2): a new function version needs new environments; the old ones drain and shut down.</source>
        <translation>Changed configuration at %1 (%2): a new function version needs new environments; the old ones drain and shut down.</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="292"/>
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
        <location filename="../app/explanations.cpp" line="31"/>
        <source>Runtime init (orange): the language runtime starts. Measured hello-world means: Rust 18 ms, Go 51 ms, Python 3.12 88 ms, Node.js 22 144 ms, Java 21 253 ms, .NET 8 280 ms. It hardly changes with memory.</source>
        <translation>Runtime init (orange): the language runtime starts. Measured hello-world means: Rust 18 ms, Go 51 ms, Python 3.12 88 ms, Node.js 22 144 ms, Java 21 253 ms, .NET 8 280 ms. It hardly changes with memory.</translation>
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
        <location filename="../app/explanations.cpp" line="65"/>
        <source>The runtime preset fills in the init times measured for hello-world functions (e.g. Python 3.12 88 ms, Java 21 253 ms) and a typical function init. SnapStart exists for Java 11+, Python 3.12+ and .NET 8+.</source>
        <translation>The runtime preset fills in the init times measured for hello-world functions (e.g. Python 3.12 88 ms, Java 21 253 ms) and a typical function init. SnapStart exists for Java 11+, Python 3.12+ and .NET 8+.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="68"/>
        <source>Architecture: x86_64 or arm64 (Graviton), about 20 % cheaper per GB-s.</source>
        <translation>Architecture: x86_64 or arm64 (Graviton), about 20 % cheaper per GB-s.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="69"/>
        <source>arm64 costs $0.0000133334 per GB-s against $0.0000166667 on x86_64. Its init is 10–20 % faster for Node, Python, Go and Rust, slower for Java, .NET and Ruby.</source>
        <translation>arm64 costs $0.0000133334 per GB-s against $0.0000166667 on x86_64. Its init is 10–20 % faster for Node, Python, Go and Rust, slower for Java, .NET and Ruby.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="72"/>
        <source>Memory 128–10,240 MB; CPU is proportional: 1,769 MB = 1 vCPU.</source>
        <translation>Memory 128–10,240 MB; CPU is proportional: 1,769 MB = 1 vCPU.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="73"/>
        <source>Memory is the only performance setting: the CPU share grows with it, one full vCPU at 1,769 MB and 6 vCPUs at 10,240 MB. Below 1,769 MB, twice the memory halves the CPU time, so the cost per request stays flat; single-threaded code gets no faster above it. Billing is memory × duration (GB-s).</source>
        <translation>Memory is the only performance setting: the CPU share grows with it, one full vCPU at 1,769 MB and 6 vCPUs at 10,240 MB. Below 1,769 MB, twice the memory halves the CPU time, so the cost per request stays flat; single-threaded code gets no faster above it. Billing is memory × duration (GB-s).</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="77"/>
        <source>CPU work of the handler, measured at 1 vCPU.</source>
        <translation>CPU work of the handler, measured at 1 vCPU.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="78"/>
        <source>The handler&apos;s CPU work at one vCPU. At lower memory it takes longer (e.g. 40 ms at 1,769 MB is about 69 ms at 1,024 MB); above 1 vCPU only the parallel part speeds up.</source>
        <translation>The handler&apos;s CPU work at one vCPU. At lower memory it takes longer (e.g. 40 ms at 1,769 MB is about 69 ms at 1,024 MB); above 1 vCPU only the parallel part speeds up.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="81"/>
        <source>Waiting time of the handler (network, database); memory does not change it.</source>
        <translation>Waiting time of the handler (network, database); memory does not change it.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="82"/>
        <source>Time the handler waits for other services. More memory does not shorten it, so when waiting dominates, more memory raises the cost per request.</source>
        <translation>Time the handler waits for other services. More memory does not shorten it, so when waiting dominates, more memory raises the cost per request.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="85"/>
        <source>Time to open a database connection.</source>
        <translation>Time to open a database connection.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="86"/>
        <source>How long opening the connection takes. In global scope it is paid once per environment, in function init; in the handler, on every request.</source>
        <translation>How long opening the connection takes. In global scope it is paid once per environment, in function init; in the handler, on every request.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="89"/>
        <source>Where the connection is opened: global scope (once) or in the handler (every request).</source>
        <translation>Where the connection is opened: global scope (once) or in the handler (every request).</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="90"/>
        <source>Code outside the handler runs once per environment during function init and its results are reused by warm starts. Opening a connection there makes only cold starts pay for it.</source>
        <translation>Code outside the handler runs once per environment during function init and its results are reused by warm starts. Opening a connection there makes only cold starts pay for it.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="93"/>
        <source>Environment setup time (not billed, not in Init Duration).</source>
        <translation>Environment setup time (not billed, not in Init Duration).</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="94"/>
        <source>An assumption: AWS publishes no figure. 60 ms for ZIP packages, 150 ms for container images.</source>
        <translation>An assumption: AWS publishes no figure. 60 ms for ZIP packages, 150 ms for container images.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="96"/>
        <source>Extension init time.</source>
        <translation>Extension init time.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="97"/>
        <source>Time for the extensions to start. External extensions also make shutdown take 2,000 ms.</source>
        <translation>Time for the extensions to start. External extensions also make shutdown take 2,000 ms.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="99"/>
        <source>Runtime init time (from the runtime preset).</source>
        <translation>Runtime init time (from the runtime preset).</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="100"/>
        <source>Mean measured runtime init of a hello-world function, e.g. Python 3.12 88 ms, Java 21 253 ms.</source>
        <translation>Mean measured runtime init of a hello-world function, e.g. Python 3.12 88 ms, Java 21 253 ms.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="102"/>
        <source>Function init time: your code outside the handler.</source>
        <translation>Function init time: your code outside the handler.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="103"/>
        <source>Assumed 150 ms for Python and Node, 1,500 ms for Java and .NET, 30 ms for Go and Rust. Init is capped at 10 s.</source>
        <translation>Assumed 150 ms for Python and Node, 1,500 ms for Java and .NET, 30 ms for Go and Rust. Init is capped at 10 s.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="105"/>
        <source>Idle lifetime: a fixed value, or random 5–15 min for every idle period.</source>
        <translation>Idle lifetime: a fixed value, or random 5–15 min for every idle period.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="106"/>
        <source>AWS does not publish how long a frozen environment is kept. Measurements found 5–15 minutes; the random mode draws a new value for every idle period.</source>
        <translation>AWS does not publish how long a frozen environment is kept. Measurements found 5–15 minutes; the random mode draws a new value for every idle period.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="109"/>
        <source>How long a frozen environment is kept before it shuts down.</source>
        <translation>How long a frozen environment is kept before it shuts down.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="110"/>
        <source>Not published by AWS: measured 5–15 minutes. A request after this time starts cold with the reason &quot;expired after idling&quot;.</source>
        <translation>Not published by AWS: measured 5–15 minutes. A request after this time starts cold with the reason &quot;expired after idling&quot;.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="113"/>
        <source>Provisioned concurrency: environments initialised ahead of time, billed while configured.</source>
        <translation>Provisioned concurrency: environments initialised ahead of time, billed while configured.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="114"/>
        <source>N environments are initialised in advance and never idle out; requests use them first. Capacity costs $0.0000041667 per GB-s whether used or not (about $10.95 per GB-month). Not combinable with SnapStart.</source>
        <translation>N environments are initialised in advance and never idle out; requests use them first. Capacity costs $0.0000041667 per GB-s whether used or not (about $10.95 per GB-month). Not combinable with SnapStart.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="117"/>
        <source>SnapStart: new environments restore from a snapshot instead of running init.</source>
        <translation>SnapStart: new environments restore from a snapshot instead of running init.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="118"/>
        <source>Init runs once when a version is published; new environments restore from its snapshot. It pays off when function init takes seconds. Java 11+, Python 3.12+, .NET 8+; not with provisioned concurrency, container images or EFS.</source>
        <translation>Init runs once when a version is published; new environments restore from its snapshot. It pays off when function init takes seconds. Java 11+, Python 3.12+, .NET 8+; not with provisioned concurrency, container images or EFS.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="122"/>
        <source>Traffic pattern: random arrivals, constant, bursts or a daily cycle.</source>
        <translation>Traffic pattern: random arrivals, constant, bursts or a daily cycle.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="123"/>
        <source>How requests arrive. Bursts need many environments at once (scale-out cold starts); a daily cycle shows environments expiring at night.</source>
        <translation>How requests arrive. Bursts need many environments at once (scale-out cold starts); a daily cycle shows environments expiring at night.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="126"/>
        <source>Requests per second.</source>
        <translation>Requests per second.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="127"/>
        <source>Requests in flight = rate × duration: that is how many environments are busy at once.</source>
        <translation>Requests in flight = rate × duration: that is how many environments are busy at once.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="129"/>
        <source>Keep-warm pings: a scheduled request every N seconds (0 = off).</source>
        <translation>Keep-warm pings: a scheduled request every N seconds (0 = off).</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="130"/>
        <source>Pings keep environments from idling out, but each is a billed request, and a burst still needs more environments than the pings keep warm.</source>
        <translation>Pings keep environments from idling out, but each is a billed request, and a burst still needs more environments than the pings keep warm.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="133"/>
        <source>Whether init time is billed (since 1 August 2025) or free (before).</source>
        <translation>Whether init time is billed (since 1 August 2025) or free (before).</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="134"/>
        <source>Since 1 August 2025 the init of on-demand ZIP functions is billed like handler time: e.g. 250.06 ms init + 100.77 ms duration bill 351 ms. Before, it was free for managed runtimes.</source>
        <translation>Since 1 August 2025 the init of on-demand ZIP functions is billed like handler time: e.g. 250.06 ms init + 100.77 ms duration bill 351 ms. Before, it was free for managed runtimes.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="137"/>
        <source>Playback speed: simulated seconds per real second.</source>
        <translation>Playback speed: simulated seconds per real second.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="138"/>
        <source>The simulation is computed ahead; the speed only changes how fast the playhead moves through it.</source>
        <translation>The simulation is computed ahead; the speed only changes how fast the playhead moves through it.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="141"/>
        <source>Lifecycle diagram: each token is an execution environment in its current phase.</source>
        <translation>Lifecycle diagram: each token is an execution environment in its current phase.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="142"/>
        <source>The lifecycle as a diagram: a cold start passes setup, extension, runtime and function init (or a SnapStart restore), then invoke, frozen and back to invoke on a warm start, until shutdown.</source>
        <translation>The lifecycle as a diagram: a cold start passes setup, extension, runtime and function init (or a SnapStart restore), then invoke, frozen and back to invoke on a warm start, until shutdown.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="145"/>
        <source>Environment lanes: one strip per environment, time to the right.</source>
        <translation>Environment lanes: one strip per environment, time to the right.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="146"/>
        <source>Each lane is one execution environment: grey to vermillion = cold start, blue = running a request, light blue = frozen, black = shutdown. Click a cold request to see why it was cold.</source>
        <translation>Each lane is one execution environment: grey to vermillion = cold start, blue = running a request, light blue = frozen, black = shutdown. Click a cold request to see why it was cold.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="149"/>
        <source>Latency of every request, logarithmic; cold starts in vermillion, warm in green.</source>
        <translation>Latency of every request, logarithmic; cold starts in vermillion, warm in green.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="150"/>
        <source>Each dot is a request: its latency on a logarithmic axis, because cold starts are 10–100 times slower than warm requests. Click a cold one to see why it was cold.</source>
        <translation>Each dot is a request: its latency on a logarithmic axis, because cold starts are 10–100 times slower than warm requests. Click a cold one to see why it was cold.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="153"/>
        <source>Latency distribution: share of requests faster than a given latency.</source>
        <translation>Latency distribution: share of requests faster than a given latency.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="154"/>
        <source>The cumulative distribution of latency, cold and warm apart. The p99 often sits in the cold-start tail.</source>
        <translation>The cumulative distribution of latency, cold and warm apart. The p99 often sits in the cold-start tail.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="156"/>
        <source>Cost accumulated by line item: requests, duration, init, provisioned, SnapStart.</source>
        <translation>Cost accumulated by line item: requests, duration, init, provisioned, SnapStart.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="157"/>
        <source>Requests cost $0.20 per 1M; duration $0.0000166667 per GB-s on x86_64; provisioned capacity $0.0000041667 per GB-s while configured, used or not.</source>
        <translation>Requests cost $0.20 per 1M; duration $0.0000166667 per GB-s on x86_64; provisioned capacity $0.0000041667 per GB-s while configured, used or not.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="160"/>
        <source>Environments over time: busy, initialising, frozen and provisioned.</source>
        <translation>Environments over time: busy, initialising, frozen and provisioned.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="161"/>
        <source>How many environments exist and what they do. Frozen ones cost nothing; provisioned ones are billed for as long as they are configured.</source>
        <translation>How many environments exist and what they do. Frozen ones cost nothing; provisioned ones are billed for as long as they are configured.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="165"/>
        <source>Share of requests that started cold (or restored with SnapStart).</source>
        <translation>Share of requests that started cold (or restored with SnapStart).</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="166"/>
        <source>AWS says cold starts are typically under 1 % of invocations in production; bursts, rare traffic and configuration changes raise it.</source>
        <translation>AWS says cold starts are typically under 1 % of invocations in production; bursts, rare traffic and configuration changes raise it.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="169"/>
        <source>Median latency: half the requests are faster.</source>
        <translation>Median latency: half the requests are faster.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="170"/>
        <source>The median is usually a warm request: the handler alone.</source>
        <translation>The median is usually a warm request: the handler alone.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="172"/>
        <source>99th percentile latency: 1 request in 100 is slower.</source>
        <translation>99th percentile latency: 1 request in 100 is slower.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="173"/>
        <source>The p99 is where cold starts show: if more than 1 % of requests are cold, it is a cold start&apos;s latency.</source>
        <translation>The p99 is where cold starts show: if more than 1 % of requests are cold, it is a cold start&apos;s latency.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="175"/>
        <source>Cost per 1 million requests so far.</source>
        <translation>Cost per 1 million requests so far.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="176"/>
        <source>All line items divided by requests: $0.20 for the requests themselves plus duration, init and provisioned capacity.</source>
        <translation>All line items divided by requests: $0.20 for the requests themselves plus duration, init and provisioned capacity.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="179"/>
        <source>Everything billed up to the playhead.</source>
        <translation>Everything billed up to the playhead.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="180"/>
        <source>Requests, billed duration (1 ms granularity), init, provisioned capacity and SnapStart charges up to now.</source>
        <translation>Requests, billed duration (1 ms granularity), init, provisioned capacity and SnapStart charges up to now.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="182"/>
        <source>The cost so far extrapolated to a 30-day month.</source>
        <translation>The cost so far extrapolated to a 30-day month.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="183"/>
        <source>If this traffic continued for a month; the free tier (1M requests and 400,000 GB-s) is not applied unless it is switched on.</source>
        <translation>If this traffic continued for a month; the free tier (1M requests and 400,000 GB-s) is not applied unless it is switched on.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="186"/>
        <source>Requests served and requests throttled (HTTP 429).</source>
        <translation>Requests served and requests throttled (HTTP 429).</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="187"/>
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
        <location filename="../ui/explorerwindow.ui" line="183"/>
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
        <location filename="../ui/explorerwindow.ui" line="143"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="150"/>
        <source>&amp;Playback</source>
        <translation>&amp;Playback</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="156"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="164"/>
        <source>&amp;Open scenario…</source>
        <translation>&amp;Open scenario…</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="165"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="168"/>
        <source>Save &amp;screenshot…</source>
        <translation>Save &amp;screenshot…</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="171"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="172"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="175"/>
        <source>Play / pause</source>
        <translation>Play / pause</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="176"/>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="179"/>
        <source>Step to the next event</source>
        <translation>Step to the next event</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="180"/>
        <source>Right</source>
        <translation>Right</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="184"/>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="187"/>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
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
        <location filename="../app/lessonstrings.cpp" line="15"/>
        <source>Memory is the only performance setting of a Lambda function: CPU comes in proportion to it. At 1,769 MB the function gets one full vCPU; at 128 MB only about 0.07 vCPU. This function does 800 ms of single-threaded CPU work (measured at 1 vCPU) and waits 20 ms for I/O.</source>
        <translation>Memory is the only performance setting of a Lambda function: CPU comes in proportion to it. At 1,769 MB the function gets one full vCPU; at 128 MB only about 0.07 vCPU. This function does 800 ms of single-threaded CPU work (measured at 1 vCPU) and waits 20 ms for I/O.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="16"/>
        <source>At 128 MB each request takes about 11 seconds: 800 ms of CPU work at 0.07 vCPU, plus 20 ms of waiting. With 2 requests per second, more than 20 execution environments are busy at the same time.</source>
        <translation>At 128 MB each request takes about 11 seconds: 800 ms of CPU work at 0.07 vCPU, plus 20 ms of waiting. With 2 requests per second, more than 20 execution environments are busy at the same time.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="17"/>
        <source>Lambda bills memory × duration, in GB-seconds ($0.0000166667 per GB-s on x86_64), plus $0.20 per million requests. Note the cost per 1M requests.</source>
        <translation>Lambda bills memory × duration, in GB-seconds ($0.0000166667 per GB-s on x86_64), plus $0.20 per million requests. Note the cost per 1M requests.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="18"/>
        <source>We give the function 1,769 MB, about 14 times the memory. Will each request cost 14 times more?</source>
        <translation>We give the function 1,769 MB, about 14 times the memory. Will each request cost 14 times more?</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="19"/>
        <source>No, about the same. The function now has one full vCPU, so the CPU work runs about 14 times faster (0.8 s instead of 11 s). Memory × duration, and so the price, hardly changes — and every request is 13 times faster.</source>
        <translation>No, about the same. The function now has one full vCPU, so the CPU work runs about 14 times faster (0.8 s instead of 11 s). Memory × duration, and so the price, hardly changes — and every request is 13 times faster.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="20"/>
        <source>Now at 1,769 MB: one full vCPU. Requests take about 0.82 s and only a handful of environments are needed. Compare the cost per 1M requests with the run at 128 MB.</source>
        <translation>Now at 1,769 MB: one full vCPU. Requests take about 0.82 s and only a handful of environments are needed. Compare the cost per 1M requests with the run at 128 MB.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="21"/>
        <source>At 3,008 MB the function gets 1.7 vCPUs, but single-threaded code cannot use the second one: the duration stays at about 0.82 s, and the price per request rises with the memory.</source>
        <translation>At 3,008 MB the function gets 1.7 vCPUs, but single-threaded code cannot use the second one: the duration stays at about 0.82 s, and the price per request rises with the memory.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="22"/>
        <source>What kind of code would still get faster above 1,769 MB?</source>
        <translation>What kind of code would still get faster above 1,769 MB?</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="23"/>
        <source>Only code that runs in parallel (several threads or processes). Its CPU part speeds up by Amdahl&apos;s law, up to 6 vCPUs at 10,240 MB.</source>
        <translation>Only code that runs in parallel (several threads or processes). Its CPU part speeds up by Amdahl&apos;s law, up to 6 vCPUs at 10,240 MB.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="24"/>
        <source>Now an I/O-bound function: 40 ms of CPU work and 200 ms of waiting for a database. At 128 MB the CPU part takes about 550 ms, so each request takes about 0.75 s.</source>
        <translation>Now an I/O-bound function: 40 ms of CPU work and 200 ms of waiting for a database. At 128 MB the CPU part takes about 550 ms, so each request takes about 0.75 s.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="25"/>
        <source>Will 1,024 MB be cheaper for this function?</source>
        <translation>Will 1,024 MB be cheaper for this function?</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="26"/>
        <source>No. At 1,024 MB a request takes about 0.27 s instead of 0.75 s, but it bills 8 times the memory: about 0.27 GB-s instead of 0.09 GB-s, roughly three times the price. Memory does not shorten waiting.</source>
        <translation>No. At 1,024 MB a request takes about 0.27 s instead of 0.75 s, but it bills 8 times the memory: about 0.27 GB-s instead of 0.09 GB-s, roughly three times the price. Memory does not shorten waiting.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="27"/>
        <source>At 1,024 MB the latency falls, and the cost per request rises. More memory is cheaper only while CPU work dominates and the code can use the extra CPU. Measure before choosing: tools such as AWS Lambda Power Tuning run the function at several memory sizes.</source>
        <translation>At 1,024 MB the latency falls, and the cost per request rises. More memory is cheaper only while CPU work dominates and the code can use the extra CPU. Measure before choosing: tools such as AWS Lambda Power Tuning run the function at several memory sizes.</translation>
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
        <location filename="../app/lessonstrings.cpp" line="31"/>
        <source>Requests arrive in short bursts every 5 minutes. The first request finds no execution environment: a cold start. Lambda now prepares a new one.</source>
        <translation>Requests arrive in short bursts every 5 minutes. The first request finds no execution environment: a cold start. Lambda now prepares a new one.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="32"/>
        <source>A cold start has four steps before the handler runs. Environment setup places a micro-VM and downloads the code (about 60 ms, not part of Init Duration). Then the extensions start (150 ms here), the Python runtime boots (about 88 ms), and the code outside the handler runs: function init (150 ms).</source>
        <translation>A cold start has four steps before the handler runs. Environment setup places a micro-VM and downloads the code (about 60 ms, not part of Init Duration). Then the extensions start (150 ms here), the Python runtime boots (about 88 ms), and the code outside the handler runs: function init (150 ms).</translation>
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
        <location filename="../app/lessonstrings.cpp" line="37"/>
        <source>A warm start skips environment setup, extension, runtime and function init: only the handler runs. Cold starts are typically 10 to 100 times slower than warm requests; the plot&apos;s axis is logarithmic for that reason.</source>
        <translation>A warm start skips environment setup, extension, runtime and function init: only the handler runs. Cold starts are typically 10 to 100 times slower than warm requests; the plot&apos;s axis is logarithmic for that reason.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="38"/>
        <source>The burst is over. How long does a frozen environment stay? AWS does not publish it; measurements found 5 to 15 minutes. This lesson sets 60 s so that we can watch it.</source>
        <translation>The burst is over. How long does a frozen environment stay? AWS does not publish it; measurements found 5 to 15 minutes. This lesson sets 60 s so that we can watch it.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="39"/>
        <source>Shutdown: the runtime and the extensions receive a SHUTDOWN event, then Lambda kills the processes. It takes 0 ms without extensions, 500 ms with internal extensions only and 2,000 ms with an external extension, as here.</source>
        <translation>Shutdown: the runtime and the extensions receive a SHUTDOWN event, then Lambda kills the processes. It takes 0 ms without extensions, 500 ms with internal extensions only and 2,000 ms with an external extension, as here.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="40"/>
        <source>The next burst starts at minute 5. How will its first request start?</source>
        <translation>The next burst starts at minute 5. How will its first request start?</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="41"/>
        <source>Cold: every environment expired after 60 s of idling. Click that request in the lanes to read &quot;expired after idling&quot;.</source>
        <translation>Cold: every environment expired after 60 s of idling. Click that request in the lanes to read &quot;expired after idling&quot;.</translation>
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
        <location filename="../app/lessonstrings.cpp" line="46"/>
        <source>This function opens a database connection that takes 300 ms. Here the connection is created in global scope, outside the handler: that code runs once per environment, during function init, and every warm start reuses the connection.</source>
        <translation>This function opens a database connection that takes 300 ms. Here the connection is created in global scope, outside the handler: that code runs once per environment, during function init, and every warm start reuses the connection.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="47"/>
        <source>Only cold starts pay the 300 ms, on top of the 150 ms of function init. Warm requests take about 90 ms: the handler&apos;s work alone.</source>
        <translation>Only cold starts pay the 300 ms, on top of the 150 ms of function init. Warm requests take about 90 ms: the handler&apos;s work alone.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="48"/>
        <source>What happens if the connection is opened inside the handler?</source>
        <translation>What happens if the connection is opened inside the handler?</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="49"/>
        <source>Every request, warm or cold, pays the 300 ms: the median latency rises from about 90 ms to about 390 ms, and each request bills about four times the GB-seconds.</source>
        <translation>Every request, warm or cold, pays the 300 ms: the median latency rises from about 90 ms to about 390 ms, and each request bills about four times the GB-seconds.</translation>
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
        <source>A common trick: a scheduled rule pings the function every few minutes so that it never idles out. Here a ping arrives every 4 minutes, shorter than the idle lifetime of this run (5 minutes).</source>
        <translation>A common trick: a scheduled rule pings the function every few minutes so that it never idles out. Here a ping arrives every 4 minutes, shorter than the idle lifetime of this run (5 minutes).</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="58"/>
        <source>Between bursts the pings keep one environment warm: its lane shows a short invoke every 4 minutes, then frozen again.</source>
        <translation>Between bursts the pings keep one environment warm: its lane shows a short invoke every 4 minutes, then frozen again.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="59"/>
        <source>The burst arrives: 50 requests per second, each about 0.3 s long, need about 15 environments at once. The warm environment takes one request; all the others start cold, because all environments are busy (scale-out).</source>
        <translation>The burst arrives: 50 requests per second, each about 0.3 s long, need about 15 environments at once. The warm environment takes one request; all the others start cold, because all environments are busy (scale-out).</translation>
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
        <location filename="../app/lessonstrings.cpp" line="62"/>
        <source>Pings are not free: each is a billed request ($0.20 per 1M) plus at least 1 ms of duration. For one environment that is cents a month, but pinging 15 at once needs 15 concurrent pings that hold those environments while they run.</source>
        <translation>Pings are not free: each is a billed request ($0.20 per 1M) plus at least 1 ms of duration. For one environment that is cents a month, but pinging 15 at once needs 15 concurrent pings that hold those environments while they run.</translation>
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
        <source>A Java function whose cold start takes about 1.8 s (runtime init 253 ms plus 1,500 ms of function init). Traffic is 10 requests per second, with a peak of 60 per second from minute 20 to minute 40.</source>
        <translation>A Java function whose cold start takes about 1.8 s (runtime init 253 ms plus 1,500 ms of function init). Traffic is 10 requests per second, with a peak of 60 per second from minute 20 to minute 40.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="69"/>
        <source>At the start of the peak Lambda scales out: every new environment is a cold start of almost 2 seconds, and the p99 latency jumps.</source>
        <translation>At the start of the peak Lambda scales out: every new environment is a cold start of almost 2 seconds, and the p99 latency jumps.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="70"/>
        <source>How many environments does the peak need?</source>
        <translation>How many environments does the peak need?</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="71"/>
        <source>Requests in flight = rate × duration (Little&apos;s law): 60 per second × about 0.47 s ≈ 28. With some headroom, 30.</source>
        <translation>Requests in flight = rate × duration (Little&apos;s law): 60 per second × about 0.47 s ≈ 28. With some headroom, 30.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="72"/>
        <source>Now 30 environments of provisioned concurrency are scheduled from one minute before the peak until one minute after it, as Application Auto Scaling would do. They are initialised ahead of time and never idle out.</source>
        <translation>Now 30 environments of provisioned concurrency are scheduled from one minute before the peak until one minute after it, as Application Auto Scaling would do. They are initialised ahead of time and never idle out.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="73"/>
        <source>Requests go to a free provisioned environment first: no cold start at the peak. Only traffic beyond 30 concurrent requests would spill to on-demand environments.</source>
        <translation>Requests go to a free provisioned environment first: no cold start at the peak. Only traffic beyond 30 concurrent requests would spill to on-demand environments.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="74"/>
        <source>The price: capacity is billed for every GB-second it is configured, used or not: $0.0000041667 per GB-s, about $10.95 per GB-month. Requests on it pay a lower duration rate ($0.0000097222 per GB-s).</source>
        <translation>The price: capacity is billed for every GB-second it is configured, used or not: $0.0000041667 per GB-s, about $10.95 per GB-month. Requests on it pay a lower duration rate ($0.0000097222 per GB-s).</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="75"/>
        <source>What would 30 environments of 1 GB cost if left on all month?</source>
        <translation>What would 30 environments of 1 GB cost if left on all month?</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="76"/>
        <source>30 GB × $10.95 ≈ $330 a month of capacity alone, whether they serve requests or not. Scheduled for one hour a day, about 1/24 of that.</source>
        <translation>30 GB × $10.95 ≈ $330 a month of capacity alone, whether they serve requests or not. Scheduled for one hour a day, about 1/24 of that.</translation>
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
        <location filename="../app/lessonstrings.cpp" line="80"/>
        <source>A Java application whose framework takes 3 s to start: every cold start spends about 3.3 s in init (runtime 253 ms plus 3,000 ms of function init) before the handler runs.</source>
        <translation>A Java application whose framework takes 3 s to start: every cold start spends about 3.3 s in init (runtime 253 ms plus 3,000 ms of function init) before the handler runs.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="81"/>
        <source>With SnapStart, Lambda runs init once when a version is published, takes a snapshot of memory and disk, and every new environment restores from that snapshot instead of running init.</source>
        <translation>With SnapStart, Lambda runs init once when a version is published, takes a snapshot of memory and disk, and every new environment restores from that snapshot instead of running init.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="82"/>
        <source>The restore path (yellow) replaces extension, runtime and function init. For Java the restore takes about 600 ms here, instead of 3.3 s.</source>
        <translation>The restore path (yellow) replaces extension, runtime and function init. For Java the restore takes about 600 ms here, instead of 3.3 s.</translation>
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
    <name>Palette</name>
    <message>
        <location filename="../widgets/palette.cpp" line="48"/>
        <source>Environment setup</source>
        <translation>Environment setup</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="49"/>
        <source>Extension init</source>
        <translation>Extension init</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="50"/>
        <source>Runtime init</source>
        <translation>Runtime init</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="51"/>
        <source>Function init</source>
        <translation>Function init</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="52"/>
        <source>Restore (SnapStart)</source>
        <translation>Restore (SnapStart)</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="53"/>
        <source>Invoke</source>
        <translation>Invoke</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="54"/>
        <source>Frozen</source>
        <translation>Frozen</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="55"/>
        <source>Shutdown</source>
        <translation>Shutdown</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="63"/>
        <source>cold start</source>
        <translation>cold start</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="64"/>
        <source>warm start</source>
        <translation>warm start</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="65"/>
        <source>provisioned</source>
        <translation>provisioned</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="66"/>
        <source>SnapStart restore</source>
        <translation>SnapStart restore</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="67"/>
        <source>throttled (429)</source>
        <translation>throttled (429)</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="68"/>
        <source>timed out</source>
        <translation>timed out</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="76"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="77"/>
        <source>first environment</source>
        <translation>first environment</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="78"/>
        <source>scale-out: all environments busy</source>
        <translation>scale-out: all environments busy</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="79"/>
        <source>previous environments expired (idle timeout)</source>
        <translation>previous environments expired (idle timeout)</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="80"/>
        <source>previous environments recycled (max lifetime)</source>
        <translation>previous environments recycled (max lifetime)</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="81"/>
        <source>configuration changed (new version)</source>
        <translation>configuration changed (new version)</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="89"/>
        <source>on-demand</source>
        <translation>on-demand</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="90"/>
        <location filename="../widgets/palette.cpp" line="111"/>
        <source>provisioned concurrency</source>
        <translation>provisioned concurrency</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="91"/>
        <location filename="../widgets/palette.cpp" line="112"/>
        <source>SnapStart</source>
        <translation>SnapStart</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="99"/>
        <source>still running</source>
        <translation>still running</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="100"/>
        <source>idle timeout</source>
        <translation>idle timeout</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="101"/>
        <source>max lifetime</source>
        <translation>max lifetime</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="102"/>
        <source>configuration changed</source>
        <translation>configuration changed</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="103"/>
        <source>end of run</source>
        <translation>end of run</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="110"/>
        <source>memory</source>
        <translation>memory</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="113"/>
        <source>runtime</source>
        <translation>runtime</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="114"/>
        <source>architecture</source>
        <translation>architecture</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="115"/>
        <source>handler CPU</source>
        <translation>handler CPU</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="116"/>
        <source>handler I/O</source>
        <translation>handler I/O</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="117"/>
        <source>DB setup</source>
        <translation>DB setup</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="118"/>
        <source>DB setup in global scope</source>
        <translation>DB setup in global scope</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="119"/>
        <source>environment setup</source>
        <translation>environment setup</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="120"/>
        <source>extension init</source>
        <translation>extension init</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="121"/>
        <source>runtime init</source>
        <translation>runtime init</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="122"/>
        <source>function init</source>
        <translation>function init</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="123"/>
        <source>idle timeout</source>
        <comment>the setting, not the end reason</comment>
        <translation>idle timeout</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="124"/>
        <source>idle timeout (shortest)</source>
        <translation>idle timeout (shortest)</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="125"/>
        <source>idle timeout (longest)</source>
        <translation>idle timeout (longest)</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="126"/>
        <source>traffic</source>
        <translation>traffic</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="127"/>
        <source>rate</source>
        <translation>rate</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="128"/>
        <source>base rate</source>
        <translation>base rate</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="129"/>
        <source>mean rate</source>
        <translation>mean rate</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="130"/>
        <source>keep-warm pings</source>
        <translation>keep-warm pings</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="131"/>
        <source>init billing</source>
        <translation>init billing</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="139"/>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="139"/>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="142"/>
        <source>billed</source>
        <translation>billed</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="143"/>
        <source>free (before Aug 2025)</source>
        <translation>free (before Aug 2025)</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="148"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="149"/>
        <location filename="../widgets/palette.cpp" line="193"/>
        <location filename="../widgets/palette.cpp" line="194"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="150"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="161"/>
        <source>%1–%2 min</source>
        <translation>%1–%2 min</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="162"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="173"/>
        <location filename="../widgets/palette.cpp" line="184"/>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="195"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="196"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="197"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
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
    <name>lle::CdfPlot</name>
    <message>
        <location filename="../widgets/runplots.cpp" line="447"/>
        <source>Latency CDF</source>
        <translation>Latency CDF</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="449"/>
        <source>cold</source>
        <translation>cold</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="450"/>
        <source>warm</source>
        <translation>warm</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="457"/>
        <source>latency (ms, log)</source>
        <translation>latency (ms, log)</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="458"/>
        <source>share of requests ≤ x</source>
        <translation>share of requests ≤ x</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="572"/>
        <source>p50 %1</source>
        <translation>p50 %1</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="574"/>
        <source>p99 %1</source>
        <translation>p99 %1</translation>
    </message>
</context>
<context>
    <name>lle::CostPlot</name>
    <message>
        <location filename="../widgets/runplots.cpp" line="589"/>
        <source>Cost so far by line item</source>
        <translation>Cost so far by line item</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="591"/>
        <source>requests</source>
        <translation>requests</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="592"/>
        <source>duration</source>
        <translation>duration</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="593"/>
        <source>init</source>
        <translation>init</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="594"/>
        <source>provisioned</source>
        <translation>provisioned</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="595"/>
        <source>SnapStart</source>
        <translation>SnapStart</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="596"/>
        <source>ephemeral storage</source>
        <translation>ephemeral storage</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="598"/>
        <source>free tier credit</source>
        <translation>free tier credit</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="600"/>
        <source>cost (USD)</source>
        <translation>cost (USD)</translation>
    </message>
</context>
<context>
    <name>lle::EnvironmentLanes</name>
    <message>
        <location filename="../widgets/environmentlanes.cpp" line="149"/>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <location filename="../widgets/environmentlanes.cpp" line="66"/>
        <location filename="../widgets/environmentlanes.cpp" line="217"/>
        <source>PC #%1</source>
        <translation>PC #%1</translation>
    </message>
    <message>
        <location filename="../widgets/environmentlanes.cpp" line="66"/>
        <location filename="../widgets/environmentlanes.cpp" line="219"/>
        <source>SS #%1</source>
        <translation>SS #%1</translation>
    </message>
    <message>
        <location filename="../widgets/environmentlanes.cpp" line="73"/>
        <source>throttled (429)</source>
        <translation>throttled (429)</translation>
    </message>
    <message>
        <location filename="../widgets/environmentlanes.cpp" line="278"/>
        <source>t (s)</source>
        <translation>t (s)</translation>
    </message>
    <message>
        <location filename="../widgets/environmentlanes.cpp" line="294"/>
        <source>No execution environment yet: waiting for the first request.</source>
        <translation>No execution environment yet: waiting for the first request.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/environmentlanes.cpp" line="298"/>
        <source>+%n older environment(s) not shown</source>
        <translation>
            <numerusform>+%n older environment not shown</numerusform>
            <numerusform>+%n older environments not shown</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/environmentlanes.cpp" line="317"/>
        <source>Environment #%1 (%2), %3 MB</source>
        <translation>Environment #%1 (%2), %3 MB</translation>
    </message>
    <message>
        <location filename="../widgets/environmentlanes.cpp" line="318"/>
        <source>created at %1 s</source>
        <translation>created at %1 s</translation>
    </message>
    <message>
        <location filename="../widgets/environmentlanes.cpp" line="320"/>
        <source>ended at %1 s (%2)</source>
        <translation>ended at %1 s (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/environmentlanes.cpp" line="326"/>
        <source>%1: %2 (from %3 s)</source>
        <translation>%1: %2 (from %3 s)</translation>
    </message>
    <message>
        <location filename="../widgets/environmentlanes.cpp" line="341"/>
        <location filename="../widgets/environmentlanes.cpp" line="354"/>
        <source>Request %1: %2</source>
        <translation>Request %1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/environmentlanes.cpp" line="345"/>
        <source>Init Duration %1</source>
        <translation>Init Duration %1</translation>
    </message>
    <message>
        <location filename="../widgets/environmentlanes.cpp" line="347"/>
        <source>Restore Duration %1</source>
        <translation>Restore Duration %1</translation>
    </message>
    <message>
        <location filename="../widgets/environmentlanes.cpp" line="348"/>
        <source>Duration %1 · billed %2 ms · latency %3 · cost %4</source>
        <translation>Duration %1 · billed %2 ms · latency %3 · cost %4</translation>
    </message>
</context>
<context>
    <name>lle::EnvironmentsPlot</name>
    <message>
        <location filename="../widgets/runplots.cpp" line="709"/>
        <source>Environments</source>
        <translation>Environments</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="711"/>
        <source>busy</source>
        <translation>busy</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="712"/>
        <source>initialising</source>
        <translation>initialising</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="713"/>
        <source>frozen</source>
        <translation>frozen</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="714"/>
        <source>provisioned</source>
        <translation>provisioned</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="718"/>
        <source>environments</source>
        <translation>environments</translation>
    </message>
</context>
<context>
    <name>lle::ExplorerWindow</name>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="60"/>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="61"/>
        <source>Restart</source>
        <translation>Restart</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="115"/>
        <source>About Lambda Lifecycle Explorer</source>
        <translation>About Lambda Lifecycle Explorer</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="116"/>
        <source>Lambda Lifecycle Explorer animates AWS Lambda execution environments through their lifecycle from a discrete-event simulation. Licensed under the GPL 3.0 or later.</source>
        <translation>Lambda Lifecycle Explorer animates AWS Lambda execution environments through their lifecycle from a discrete-event simulation. Licensed under the GPL 3.0 or later.</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="190"/>
        <location filename="../ui/explorerwindow.cpp" line="191"/>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="209"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="209"/>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="212"/>
        <source>t = %1 / %2</source>
        <translation>t = %1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="214"/>
        <source>computing…</source>
        <translation>computing…</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="241"/>
        <source>Not applied: %1</source>
        <translation>Not applied: %1</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="257"/>
        <source>What am I seeing? Each environment is a token and a lane: grey→orange = cold start, blue = running a request, light blue = frozen. Hover for details; a slider changes the function from now on.</source>
        <translation>What am I seeing? Each environment is a token and a lane: grey→orange = cold start, blue = running a request, light blue = frozen. Hover for details; a slider changes the function from now on.</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="264"/>
        <location filename="../ui/explorerwindow.cpp" line="269"/>
        <location filename="../ui/explorerwindow.cpp" line="279"/>
        <source>Open scenario</source>
        <translation>Open scenario</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="264"/>
        <source>Scenario files (*.json)</source>
        <translation>Scenario files (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="269"/>
        <location filename="../ui/explorerwindow.cpp" line="323"/>
        <source>Cannot read %1.</source>
        <translation>Cannot read %1.</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="279"/>
        <source>The scenario has problems:
%1</source>
        <translation>The scenario has problems:
%1</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="298"/>
        <source>Save screenshot</source>
        <translation>Save screenshot</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="299"/>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="340"/>
        <source>Scenario problems</source>
        <translation>Scenario problems</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="341"/>
        <source>%1 has problems; showing the built-in scenario instead.

%2</source>
        <translation>%1 has problems; showing the built-in scenario instead.

%2</translation>
    </message>
</context>
<context>
    <name>lle::KpiStrip</name>
    <message>
        <location filename="../widgets/kpistrip.cpp" line="117"/>
        <source>cold starts</source>
        <translation>cold starts</translation>
    </message>
    <message>
        <location filename="../widgets/kpistrip.cpp" line="118"/>
        <source>p50 latency</source>
        <translation>p50 latency</translation>
    </message>
    <message>
        <location filename="../widgets/kpistrip.cpp" line="119"/>
        <source>p99 latency</source>
        <translation>p99 latency</translation>
    </message>
    <message>
        <location filename="../widgets/kpistrip.cpp" line="120"/>
        <source>per 1M requests</source>
        <translation>per 1M requests</translation>
    </message>
    <message>
        <location filename="../widgets/kpistrip.cpp" line="121"/>
        <source>cost so far</source>
        <translation>cost so far</translation>
    </message>
    <message>
        <location filename="../widgets/kpistrip.cpp" line="122"/>
        <source>projected / month</source>
        <translation>projected / month</translation>
    </message>
    <message>
        <location filename="../widgets/kpistrip.cpp" line="123"/>
        <source>requests · throttled</source>
        <translation>requests · throttled</translation>
    </message>
</context>
<context>
    <name>lle::LatencyPlot</name>
    <message>
        <location filename="../widgets/runplots.cpp" line="328"/>
        <source>Latency per request</source>
        <translation>Latency per request</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="330"/>
        <source>cold</source>
        <translation>cold</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="331"/>
        <source>warm</source>
        <translation>warm</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="332"/>
        <source>provisioned</source>
        <translation>provisioned</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="333"/>
        <source>SnapStart</source>
        <translation>SnapStart</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="345"/>
        <source>latency (ms, log)</source>
        <translation>latency (ms, log)</translation>
    </message>
</context>
<context>
    <name>lle::LessonPanel</name>
    <message>
        <location filename="../ui/lessonpanel.cpp" line="121"/>
        <source>Playing to %1 s…</source>
        <translation>Playing to %1 s…</translation>
    </message>
    <message>
        <location filename="../ui/lessonpanel.cpp" line="122"/>
        <source>Playing until a cold start…</source>
        <translation>Playing until a cold start…</translation>
    </message>
    <message>
        <location filename="../ui/lessonpanel.cpp" line="123"/>
        <source>Playing until the handler runs…</source>
        <translation>Playing until the handler runs…</translation>
    </message>
    <message>
        <location filename="../ui/lessonpanel.cpp" line="124"/>
        <source>Playing until the environment is frozen…</source>
        <translation>Playing until the environment is frozen…</translation>
    </message>
    <message>
        <location filename="../ui/lessonpanel.cpp" line="125"/>
        <source>Playing until a warm start…</source>
        <translation>Playing until a warm start…</translation>
    </message>
    <message>
        <location filename="../ui/lessonpanel.cpp" line="126"/>
        <source>Playing until an environment shuts down after idling…</source>
        <translation>Playing until an environment shuts down after idling…</translation>
    </message>
    <message>
        <location filename="../ui/lessonpanel.cpp" line="127"/>
        <source>Playing until an environment is recycled…</source>
        <translation>Playing until an environment is recycled…</translation>
    </message>
    <message>
        <location filename="../ui/lessonpanel.cpp" line="128"/>
        <source>Playing until a scale-out cold start…</source>
        <translation>Playing until a scale-out cold start…</translation>
    </message>
    <message>
        <location filename="../ui/lessonpanel.cpp" line="129"/>
        <source>Playing until a request is throttled…</source>
        <translation>Playing until a request is throttled…</translation>
    </message>
    <message>
        <location filename="../ui/lessonpanel.cpp" line="130"/>
        <source>Playing until a request runs on provisioned concurrency…</source>
        <translation>Playing until a request runs on provisioned concurrency…</translation>
    </message>
    <message>
        <location filename="../ui/lessonpanel.cpp" line="131"/>
        <source>Playing until a SnapStart restore…</source>
        <translation>Playing until a SnapStart restore…</translation>
    </message>
    <message>
        <location filename="../ui/lessonpanel.cpp" line="132"/>
        <source>Playing until the configuration changes…</source>
        <translation>Playing until the configuration changes…</translation>
    </message>
    <message>
        <location filename="../ui/lessonpanel.cpp" line="146"/>
        <source>Question: %1</source>
        <translation>Question: %1</translation>
    </message>
    <message>
        <location filename="../ui/lessonpanel.cpp" line="170"/>
        <source>Show answer</source>
        <translation>Show answer</translation>
    </message>
    <message>
        <location filename="../ui/lessonpanel.cpp" line="171"/>
        <source>◀ Previous</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <location filename="../ui/lessonpanel.cpp" line="172"/>
        <source>Next ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <location filename="../ui/lessonpanel.cpp" line="173"/>
        <source>Restart lesson</source>
        <translation>Restart lesson</translation>
    </message>
    <message>
        <location filename="../ui/lessonpanel.cpp" line="174"/>
        <source>✕</source>
        <translation>✕</translation>
    </message>
    <message>
        <location filename="../ui/lessonpanel.cpp" line="175"/>
        <source>Close the lesson</source>
        <translation>Close the lesson</translation>
    </message>
</context>
<context>
    <name>lle::LifecycleDiagram</name>
    <message>
        <location filename="../widgets/lifecyclediagram.cpp" line="105"/>
        <source>Environment setup: Lambda places a micro-VM and downloads the code. Part of a cold start, not billed.</source>
        <translation>Environment setup: Lambda places a micro-VM and downloads the code. Part of a cold start, not billed.</translation>
    </message>
    <message>
        <location filename="../widgets/lifecyclediagram.cpp" line="107"/>
        <source>Extension init: external extensions start. Part of the reported Init Duration.</source>
        <translation>Extension init: external extensions start. Part of the reported Init Duration.</translation>
    </message>
    <message>
        <location filename="../widgets/lifecyclediagram.cpp" line="109"/>
        <source>Runtime init: the language runtime boots (interpreter, JVM, CLR).</source>
        <translation>Runtime init: the language runtime boots (interpreter, JVM, CLR).</translation>
    </message>
    <message>
        <location filename="../widgets/lifecyclediagram.cpp" line="111"/>
        <source>Function init: your code outside the handler runs (imports, SDK clients, DB connections).</source>
        <translation>Function init: your code outside the handler runs (imports, SDK clients, DB connections).</translation>
    </message>
    <message>
        <location filename="../widgets/lifecyclediagram.cpp" line="113"/>
        <source>Restore: with SnapStart a new environment resumes from a snapshot instead of running init.</source>
        <translation>Restore: with SnapStart a new environment resumes from a snapshot instead of running init.</translation>
    </message>
    <message>
        <location filename="../widgets/lifecyclediagram.cpp" line="115"/>
        <source>Invoke: the handler runs one request. One request per environment at a time.</source>
        <translation>Invoke: the handler runs one request. One request per environment at a time.</translation>
    </message>
    <message>
        <location filename="../widgets/lifecyclediagram.cpp" line="117"/>
        <source>Frozen: the environment waits for the next request, keeping memory. A request that finds one is a warm start.</source>
        <translation>Frozen: the environment waits for the next request, keeping memory. A request that finds one is a warm start.</translation>
    </message>
    <message>
        <location filename="../widgets/lifecyclediagram.cpp" line="119"/>
        <source>Shutdown: after the idle timeout (or max lifetime, or a new version) the environment is removed.</source>
        <translation>Shutdown: after the idle timeout (or max lifetime, or a new version) the environment is removed.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/lifecyclediagram.cpp" line="146"/>
        <source>Cold start: Init (%n environment(s))</source>
        <translation>
            <numerusform>Cold start: Init (%n environment)</numerusform>
            <numerusform>Cold start: Init (%n environments)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/lifecyclediagram.cpp" line="179"/>
        <source>warm reuse</source>
        <translation>warm reuse</translation>
    </message>
    <message>
        <location filename="../widgets/lifecyclediagram.cpp" line="187"/>
        <source>idle timeout</source>
        <translation>idle timeout</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/lifecyclediagram.cpp" line="264"/>
        <source>Now: %n environment(s).</source>
        <translation>
            <numerusform>Now: %n environment.</numerusform>
            <numerusform>Now: %n environments.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lle::ParameterPanel</name>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="69"/>
        <source>custom</source>
        <translation>custom</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="70"/>
        <source>x86_64</source>
        <translation>x86_64</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="71"/>
        <source>arm64 (Graviton)</source>
        <translation>arm64 (Graviton)</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="72"/>
        <source>global scope (init)</source>
        <translation>global scope (init)</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="73"/>
        <source>handler (each request)</source>
        <translation>handler (each request)</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="74"/>
        <source>fixed</source>
        <translation>fixed</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="75"/>
        <source>random 5–15 min (AWS-like)</source>
        <translation>random 5–15 min (AWS-like)</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="76"/>
        <source>Poisson (random arrivals)</source>
        <translation>Poisson (random arrivals)</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="77"/>
        <source>constant</source>
        <translation>constant</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="78"/>
        <source>bursts</source>
        <translation>bursts</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="79"/>
        <source>daily cycle</source>
        <translation>daily cycle</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="80"/>
        <source>billed (since Aug 2025)</source>
        <translation>billed (since Aug 2025)</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="81"/>
        <source>free (before Aug 2025)</source>
        <translation>free (before Aug 2025)</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="212"/>
        <source>%1 MB · %2 vCPU</source>
        <translation>%1 MB · %2 vCPU</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="213"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="223"/>
        <source>%1, random</source>
        <translation>%1, random</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/parameterpanel.cpp" line="225"/>
        <source>%n environment(s)</source>
        <translation>
            <numerusform>%n environment</numerusform>
            <numerusform>%n environments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="227"/>
        <source>%1 requests/s</source>
        <translation>%1 requests/s</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="230"/>
        <source>Base rate; bursts of %1/s for %2 s every %3 s.</source>
        <translation>Base rate; bursts of %1/s for %2 s every %3 s.</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="233"/>
        <source>Mean rate over the day; peak/trough %1.</source>
        <translation>Mean rate over the day; peak/trough %1.</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="238"/>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="238"/>
        <source>every %1</source>
        <translation>every %1</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="246"/>
        <source>New environments restore from a snapshot instead of running init.</source>
        <translation>New environments restore from a snapshot instead of running init.</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="247"/>
        <source>Not available for this runtime: only Java 11+, Python 3.12+ and .NET 8+.</source>
        <translation>Not available for this runtime: only Java 11+, Python 3.12+ and .NET 8+.</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="248"/>
        <source>Not available for container images.</source>
        <translation>Not available for container images.</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="250"/>
        <source>Not together with provisioned concurrency: AWS does not allow both on one function. Set provisioned concurrency to 0 first.</source>
        <translation>Not together with provisioned concurrency: AWS does not allow both on one function. Set provisioned concurrency to 0 first.</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="252"/>
        <source>Not with ephemeral storage above 512 MB.</source>
        <translation>Not with ephemeral storage above 512 MB.</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="258"/>
        <source>Provisioned concurrency cannot be combined with SnapStart: switch SnapStart off first.</source>
        <translation>Provisioned concurrency cannot be combined with SnapStart: switch SnapStart off first.</translation>
    </message>
</context>
<context>
    <name>lle::RunPlot</name>
    <message>
        <location filename="../widgets/runplots.cpp" line="186"/>
        <source>simulated time (s)</source>
        <translation>simulated time (s)</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="189"/>
        <source>simulated time (min)</source>
        <translation>simulated time (min)</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="192"/>
        <source>simulated time (h)</source>
        <translation>simulated time (h)</translation>
    </message>
</context>
<context>
    <name>lle::Teaching</name>
    <message>
        <location filename="../ui/teaching.cpp" line="141"/>
        <source>&amp;Lessons</source>
        <translation>&amp;Lessons</translation>
    </message>
    <message>
        <location filename="../ui/teaching.cpp" line="143"/>
        <location filename="../ui/teaching.cpp" line="144"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../ui/teaching.cpp" line="145"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../ui/teaching.cpp" line="146"/>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Presentation mode</translation>
    </message>
    <message>
        <location filename="../ui/teaching.cpp" line="147"/>
        <source>Full screen, larger text, secondary panels hidden (F11)</source>
        <translation>Full screen, larger text, secondary panels hidden (F11)</translation>
    </message>
    <message>
        <location filename="../ui/teaching.cpp" line="150"/>
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
</context>
</TS>
