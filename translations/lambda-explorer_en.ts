<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <location filename="../widgets/runplots.cpp" line="450"/>
        <source>Latency CDF</source>
        <translation>Latency CDF</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="452"/>
        <source>cold</source>
        <translation>cold</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="453"/>
        <source>warm</source>
        <translation>warm</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="460"/>
        <source>latency (ms, log)</source>
        <translation>latency (ms, log)</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="461"/>
        <source>share of requests ≤ x</source>
        <translation>share of requests ≤ x</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="575"/>
        <source>p50 %1</source>
        <translation>p50 %1</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="577"/>
        <source>p99 %1</source>
        <translation>p99 %1</translation>
    </message>
</context>
<context>
    <name>lle::CostPlot</name>
    <message>
        <location filename="../widgets/runplots.cpp" line="592"/>
        <source>Cost so far by line item</source>
        <translation>Cost so far by line item</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="594"/>
        <source>requests</source>
        <translation>requests</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="595"/>
        <source>duration</source>
        <translation>duration</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="596"/>
        <source>init</source>
        <translation>init</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="597"/>
        <source>provisioned</source>
        <translation>provisioned</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="598"/>
        <source>SnapStart</source>
        <translation>SnapStart</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="599"/>
        <source>ephemeral storage</source>
        <translation>ephemeral storage</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="601"/>
        <source>free tier credit</source>
        <translation>free tier credit</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="603"/>
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
        <location filename="../widgets/runplots.cpp" line="712"/>
        <source>Environments</source>
        <translation>Environments</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="714"/>
        <source>busy</source>
        <translation>busy</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="715"/>
        <source>initialising</source>
        <translation>initialising</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="716"/>
        <source>frozen</source>
        <translation>frozen</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="717"/>
        <source>provisioned</source>
        <translation>provisioned</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="721"/>
        <source>environments</source>
        <translation>environments</translation>
    </message>
</context>
<context>
    <name>lle::ExplorerWindow</name>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="58"/>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="59"/>
        <source>Restart</source>
        <translation>Restart</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="113"/>
        <source>About Lambda Lifecycle Explorer</source>
        <translation>About Lambda Lifecycle Explorer</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="114"/>
        <source>Lambda Lifecycle Explorer animates AWS Lambda execution environments through their lifecycle from a discrete-event simulation. Licensed under the GPL 3.0 or later.</source>
        <translation>Lambda Lifecycle Explorer animates AWS Lambda execution environments through their lifecycle from a discrete-event simulation. Licensed under the GPL 3.0 or later.</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="188"/>
        <location filename="../ui/explorerwindow.cpp" line="189"/>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="207"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="207"/>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="210"/>
        <source>t = %1 / %2</source>
        <translation>t = %1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="212"/>
        <source>computing…</source>
        <translation>computing…</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="239"/>
        <source>Not applied: %1</source>
        <translation>Not applied: %1</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="255"/>
        <source>What am I seeing? Each environment is a token and a lane: grey→orange = cold start, blue = running a request, light blue = frozen. Hover for details; a slider changes the function from now on.</source>
        <translation>What am I seeing? Each environment is a token and a lane: grey→orange = cold start, blue = running a request, light blue = frozen. Hover for details; a slider changes the function from now on.</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="262"/>
        <location filename="../ui/explorerwindow.cpp" line="267"/>
        <location filename="../ui/explorerwindow.cpp" line="277"/>
        <source>Open scenario</source>
        <translation>Open scenario</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="262"/>
        <source>Scenario files (*.json)</source>
        <translation>Scenario files (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="267"/>
        <location filename="../ui/explorerwindow.cpp" line="318"/>
        <source>Cannot read %1.</source>
        <translation>Cannot read %1.</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="277"/>
        <source>The scenario has problems:
%1</source>
        <translation>The scenario has problems:
%1</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="285"/>
        <source>Save screenshot</source>
        <translation>Save screenshot</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="286"/>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="334"/>
        <source>Scenario problems</source>
        <translation>Scenario problems</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="335"/>
        <source>%1 has problems; showing the built-in scenario instead.

%2</source>
        <translation>%1 has problems; showing the built-in scenario instead.

%2</translation>
    </message>
</context>
<context>
    <name>lle::KpiStrip</name>
    <message>
        <location filename="../widgets/kpistrip.cpp" line="109"/>
        <source>cold starts</source>
        <translation>cold starts</translation>
    </message>
    <message>
        <location filename="../widgets/kpistrip.cpp" line="110"/>
        <source>p50 latency</source>
        <translation>p50 latency</translation>
    </message>
    <message>
        <location filename="../widgets/kpistrip.cpp" line="111"/>
        <source>p99 latency</source>
        <translation>p99 latency</translation>
    </message>
    <message>
        <location filename="../widgets/kpistrip.cpp" line="112"/>
        <source>per 1M requests</source>
        <translation>per 1M requests</translation>
    </message>
    <message>
        <location filename="../widgets/kpistrip.cpp" line="113"/>
        <source>cost so far</source>
        <translation>cost so far</translation>
    </message>
    <message>
        <location filename="../widgets/kpistrip.cpp" line="114"/>
        <source>projected / month</source>
        <translation>projected / month</translation>
    </message>
    <message>
        <location filename="../widgets/kpistrip.cpp" line="115"/>
        <source>requests · throttled</source>
        <translation>requests · throttled</translation>
    </message>
</context>
<context>
    <name>lle::LatencyPlot</name>
    <message>
        <location filename="../widgets/runplots.cpp" line="331"/>
        <source>Latency per request</source>
        <translation>Latency per request</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="333"/>
        <source>cold</source>
        <translation>cold</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="334"/>
        <source>warm</source>
        <translation>warm</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="335"/>
        <source>provisioned</source>
        <translation>provisioned</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="336"/>
        <source>SnapStart</source>
        <translation>SnapStart</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="348"/>
        <source>latency (ms, log)</source>
        <translation>latency (ms, log)</translation>
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
        <location filename="../ui/parameterpanel.cpp" line="203"/>
        <source>%1 MB · %2 vCPU</source>
        <translation>%1 MB · %2 vCPU</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="204"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="214"/>
        <source>%1, random</source>
        <translation>%1, random</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/parameterpanel.cpp" line="216"/>
        <source>%n environment(s)</source>
        <translation>
            <numerusform>%n environment</numerusform>
            <numerusform>%n environments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="218"/>
        <source>%1 requests/s</source>
        <translation>%1 requests/s</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="221"/>
        <source>Base rate; bursts of %1/s for %2 s every %3 s.</source>
        <translation>Base rate; bursts of %1/s for %2 s every %3 s.</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="224"/>
        <source>Mean rate over the day; peak/trough %1.</source>
        <translation>Mean rate over the day; peak/trough %1.</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="229"/>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="229"/>
        <source>every %1</source>
        <translation>every %1</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="237"/>
        <source>New environments restore from a snapshot instead of running init.</source>
        <translation>New environments restore from a snapshot instead of running init.</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="238"/>
        <source>Not available for this runtime: only Java 11+, Python 3.12+ and .NET 8+.</source>
        <translation>Not available for this runtime: only Java 11+, Python 3.12+ and .NET 8+.</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="239"/>
        <source>Not available for container images.</source>
        <translation>Not available for container images.</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="241"/>
        <source>Not together with provisioned concurrency: AWS does not allow both on one function. Set provisioned concurrency to 0 first.</source>
        <translation>Not together with provisioned concurrency: AWS does not allow both on one function. Set provisioned concurrency to 0 first.</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="243"/>
        <source>Not with ephemeral storage above 512 MB.</source>
        <translation>Not with ephemeral storage above 512 MB.</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="249"/>
        <source>Provisioned concurrency cannot be combined with SnapStart: switch SnapStart off first.</source>
        <translation>Provisioned concurrency cannot be combined with SnapStart: switch SnapStart off first.</translation>
    </message>
</context>
<context>
    <name>lle::RunPlot</name>
    <message>
        <location filename="../widgets/runplots.cpp" line="189"/>
        <source>simulated time (s)</source>
        <translation>simulated time (s)</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="192"/>
        <source>simulated time (min)</source>
        <translation>simulated time (min)</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="195"/>
        <source>simulated time (h)</source>
        <translation>simulated time (h)</translation>
    </message>
</context>
</TS>
