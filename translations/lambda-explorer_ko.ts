<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>ClipFrames</name>
    <message>
        <location filename="../widgets/clipframes.cpp" line="196"/>
        <source>simulated %1 / %2 · %3×</source>
        <translation>시뮬레이션 %1 / %2 · %3×</translation>
    </message>
</context>
<context>
    <name>ColdExplainer</name>
    <message>
        <location filename="../app/coldexplainer.cpp" line="36"/>
        <source>expired after idling</source>
        <translation>유휴 후 만료</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="37"/>
        <source>recycled at its maximum lifetime</source>
        <translation>최대 수명에 도달해 교체됨</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="38"/>
        <source>retired after a configuration change</source>
        <translation>구성 변경 후 퇴역</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="39"/>
        <source>still there at the end of the run</source>
        <translation>실행이 끝날 때까지 남아 있음</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="40"/>
        <source>removed when the fleet scaled in</source>
        <translation>플릿이 축소되어 제거됨</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="108"/>
        <source>Environment %1: created at %2, served %3 requests</source>
        <translation>실행 환경 %1: %2에 생성, 요청 %3건 처리</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="112"/>
        <source>, shut down at %1 (%2)</source>
        <translation>, %1에 종료(%2)</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="114"/>
        <source>retired for a new function version with the same settings</source>
        <translation>설정이 같은 새 함수 버전으로 퇴역</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="139"/>
        <source>Request %1 is not in the recorded run.</source>
        <translation>요청 %1은(는) 기록된 실행에 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="156"/>
        <source>Ping %1 was not a cold start.</source>
        <translation>핑 %1은(는) 콜드 스타트가 아니었습니다.</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="157"/>
        <source>Request %1 was not a cold start.</source>
        <translation>요청 %1은(는) 콜드 스타트가 아니었습니다.</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="159"/>
        <source>It was throttled (HTTP 429): no environment could be added.</source>
        <translation>스로틀되었습니다(HTTP 429). 실행 환경을 더 늘릴 수 없었습니다.</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="162"/>
        <source>It ran on provisioned environment %1, initialised ahead of time.</source>
        <translation>미리 초기화된 프로비저닝 실행 환경 %1에서 실행되었습니다.</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="164"/>
        <source>It found environment %1 frozen and reused it: a warm start.</source>
        <translation>동결된 실행 환경 %1을(를) 찾아 재사용했습니다. 웜 스타트입니다.</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="171"/>
        <source>Request %1: SnapStart restore at %2</source>
        <translation>요청 %1: %2에 SnapStart 복원</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="172"/>
        <source>Request %1: cold start at %2</source>
        <translation>요청 %1: %2에 콜드 스타트</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="178"/>
        <source>First request: no execution environment existed yet.</source>
        <translation>첫 요청: 아직 실행 환경이 하나도 없었습니다.</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="195"/>
        <source>Scale-out: no environment was free, so a new one was created.</source>
        <translation>스케일 아웃: 비어 있는 실행 환경이 없어 새 실행 환경을 만들었습니다.</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="197"/>
        <source>1 environment was busy with another request.</source>
        <translation>실행 환경 1개가 다른 요청을 처리하느라 바빴습니다.</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="199"/>
        <source>%1 environments were busy with other requests.</source>
        <translation>실행 환경 %1개가 다른 요청을 처리하느라 바빴습니다.</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="201"/>
        <source>1 environment was still initialising for a request that came earlier.</source>
        <translation>실행 환경 1개는 먼저 온 요청을 위해 아직 초기화 중이었습니다.</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="203"/>
        <source>%1 environments were still initialising for requests that came earlier.</source>
        <translation>실행 환경 %1개는 먼저 온 요청들을 위해 아직 초기화 중이었습니다.</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="204"/>
        <source>An environment serves one request at a time.</source>
        <translation>실행 환경 하나는 한 번에 요청 하나만 처리합니다.</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="212"/>
        <source>Expired: environment %1 had been idle for %2 and was shut down at %3.</source>
        <translation>만료: 실행 환경 %1이(가) %2 동안 유휴 상태였다가 %3에 종료되었습니다.</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="218"/>
        <source>No frozen environment was left to reuse.</source>
        <translation>재사용할 동결된 실행 환경이 남아 있지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="223"/>
        <source>Recycled: Lambda replaced environment %1 at its maximum lifetime, after %2.</source>
        <translation>교체: Lambda가 최대 수명에 이른 실행 환경 %1을(를) %2 후에 교체했습니다.</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="237"/>
        <source>A new function version at %1, with the settings already in effect, needs new environments.</source>
        <translation>%1에 이미 적용된 설정 그대로 게시된 새 함수 버전에도 새 실행 환경이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="242"/>
        <source>Changed configuration at %1 (%2).</source>
        <translation>%1에 구성이 바뀌었습니다(%2).</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="243"/>
        <source>A new function version needs new environments.</source>
        <translation>새 함수 버전에는 새 실행 환경이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="244"/>
        <source>The old environments drain and shut down.</source>
        <translation>이전 실행 환경은 처리 중인 요청을 마치고 종료됩니다.</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="216"/>
        <source>Expired: the environments had been idle too long and were shut down.</source>
        <translation>만료: 실행 환경들이 너무 오래 유휴 상태여서 종료되었습니다.</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="227"/>
        <source>Recycled: Lambda replaced the environment at its maximum lifetime.</source>
        <translation>교체: Lambda가 최대 수명에 이른 실행 환경을 교체했습니다.</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="228"/>
        <source>It recycles environments every few hours, even busy ones.</source>
        <translation>Lambda는 바쁜 실행 환경도 몇 시간마다 교체합니다.</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="240"/>
        <source>Changed configuration: a new function version needs new environments.</source>
        <translation>구성 변경: 새 함수 버전에는 새 실행 환경이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../app/coldexplainer.cpp" line="256"/>
        <source>Environment %1 started for it: %2.</source>
        <translation>이 요청을 위해 실행 환경 %1이(가) 시작되었습니다: %2.</translation>
    </message>
</context>
<context>
    <name>Explanations</name>
    <message>
        <location filename="../app/explanations.cpp" line="21"/>
        <source>Environment setup: Lambda places a micro-VM and downloads the code.</source>
        <translation>환경 설정: Lambda가 마이크로 VM을 배치하고 코드를 내려받습니다.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="22"/>
        <source>Environment setup (grey) is the first step of a cold start: Lambda finds a host, starts a micro-VM, downloads the code and applies the memory setting. It is not part of the reported Init Duration and is not billed; the model assumes 60 ms for a ZIP package and 150 ms for a container image.</source>
        <translation>환경 설정(회색)은 콜드 스타트의 첫 단계입니다. Lambda가 호스트를 찾아 마이크로 VM을 띄우고, 코드를 내려받고, 메모리 설정을 적용합니다. 보고되는 Init Duration에 포함되지 않고 과금되지도 않습니다. 모델은 ZIP 패키지 60ms, 컨테이너 이미지 150ms로 가정합니다.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="26"/>
        <source>Extension init: external extensions register and start.</source>
        <translation>익스텐션 초기화: 외부 익스텐션이 등록되고 시작됩니다.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="27"/>
        <source>Extension init (reddish purple): up to 10 extensions (monitoring agents, secret caches) start before the runtime. Part of Init Duration, and billed since August 2025. A function without extensions skips it.</source>
        <translation>익스텐션 초기화(자주색): 최대 10개의 익스텐션(모니터링 에이전트, 시크릿 캐시 등)이 런타임보다 먼저 시작됩니다. Init Duration에 포함되며 2025년 8월부터 과금됩니다. 익스텐션이 없는 함수는 이 단계를 건너뜁니다.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="30"/>
        <source>Runtime init: the language runtime boots (interpreter, JVM, CLR).</source>
        <translation>런타임 초기화: 언어 런타임(인터프리터, JVM, CLR)이 부팅됩니다.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="34"/>
        <source>Function init: your code outside the handler runs (imports, clients, connections).</source>
        <translation>함수 초기화: 핸들러 바깥 코드(임포트, 클라이언트, 연결)가 실행됩니다.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="35"/>
        <source>Function init (vermillion) runs the code in global scope: imports, SDK clients, database connections. This is the part a developer controls. Init as a whole is capped at 10 s for on-demand environments. What is prepared here is reused by every warm start of the environment.</source>
        <translation>함수 초기화(주홍색)는 전역 범위의 코드를 실행합니다. 임포트, SDK 클라이언트, 데이터베이스 연결 등 개발자가 직접 좌우하는 부분입니다. 온디맨드 실행 환경의 초기화 전체는 10초로 제한됩니다. 여기서 준비한 것은 그 실행 환경의 모든 웜 스타트가 재사용합니다.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="39"/>
        <source>SnapStart restore: the environment resumes from a snapshot instead of running init.</source>
        <translation>SnapStart 복원: 초기화를 실행하는 대신 스냅샷에서 이어서 시작합니다.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="40"/>
        <source>Restore (yellow, SnapStart only): the environment resumes from a cached snapshot of an initialised one, then after-restore hooks run. It replaces extension, runtime and function init on the request path. Assumed 600 ms for Java and 300 ms for Python and .NET; capped at 10 s.</source>
        <translation>복원(노란색, SnapStart 전용): 초기화된 환경의 캐시된 스냅샷에서 실행 환경을 되살리고 복원 후 훅을 실행합니다. 요청 경로에서 익스텐션·런타임·함수 초기화를 대신합니다. Java 600ms, Python과 .NET 300ms로 가정하며, 10초로 제한됩니다.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="44"/>
        <source>Invoke: the handler runs for one request.</source>
        <translation>호출: 요청 하나를 위해 핸들러가 실행됩니다.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="45"/>
        <source>Invoke (blue): the handler processes one request. An execution environment serves one request at a time, so a request that finds every environment busy starts a new one. Function timeout 1–900 s.</source>
        <translation>호출(파란색): 핸들러가 요청 하나를 처리합니다. 실행 환경 하나는 한 번에 요청 하나만 처리하므로, 모든 환경이 바쁠 때 들어온 요청은 새 환경을 띄웁니다. 함수 제한 시간은 1~900초입니다.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="48"/>
        <source>Frozen: no CPU, but memory, /tmp and globals are kept for reuse.</source>
        <translation>동결: CPU는 멈추지만 메모리, /tmp, 전역 변수는 재사용을 위해 남습니다.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="49"/>
        <source>Frozen (light blue): after the response the environment is frozen. It uses no CPU and costs nothing, but keeps memory, /tmp and global variables. The next request that finds it is a warm start. How long it is kept is not published: measured 5–15 minutes.</source>
        <translation>동결(하늘색): 응답 후 실행 환경이 동결됩니다. CPU를 쓰지 않고 요금도 없지만 메모리, /tmp, 전역 변수는 유지됩니다. 이 환경을 찾은 다음 요청은 웜 스타트가 됩니다. 유지 기간은 공개되지 않았으며 측정값은 5~15분입니다.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="53"/>
        <source>Warm start: a frozen environment is thawed and goes straight to the handler.</source>
        <translation>웜 스타트: 동결된 실행 환경이 깨어나 바로 핸들러로 갑니다.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="54"/>
        <source>A warm start reuses a frozen environment: no setup, no init, only the handler runs. That is why warm requests are often 10–100 times faster than cold ones. AWS says cold starts are typically under 1 % of invocations in production.</source>
        <translation>웜 스타트는 동결된 실행 환경을 재사용합니다. 환경 설정도 초기화도 없이 핸들러만 실행됩니다. 그래서 웜 요청은 콜드 요청보다 흔히 10~100배 빠릅니다. AWS에 따르면 운영 환경에서 콜드 스타트는 보통 호출의 1% 미만입니다.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="58"/>
        <source>Shutdown: after idling (or at its maximum lifetime) the environment is removed.</source>
        <translation>종료: 유휴 시간이 지나거나 최대 수명에 이르면 실행 환경이 제거됩니다.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="59"/>
        <source>Shutdown (black): the runtime and extensions receive a SHUTDOWN event, then the processes are killed. It takes 0 ms without extensions, 500 ms with internal extensions and 2,000 ms with external ones. Environments are also recycled every few hours even when busy (model: 2 h).</source>
        <translation>종료(검은색): 런타임과 익스텐션이 SHUTDOWN 이벤트를 받은 뒤 프로세스가 강제 종료됩니다. 익스텐션이 없으면 0ms, 내부 익스텐션은 500ms, 외부 익스텐션은 2,000ms가 걸립니다. 실행 환경은 바쁠 때도 몇 시간마다 교체됩니다(모델: 2시간).</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="64"/>
        <source>Runtime: sets the measured runtime init time and whether SnapStart is possible.</source>
        <translation>런타임: 측정된 런타임 초기화 시간과 SnapStart 사용 가능 여부를 정합니다.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="69"/>
        <source>Architecture: x86_64 or arm64 (Graviton), about 20 % cheaper per GB-s.</source>
        <translation>아키텍처: x86_64 또는 arm64(Graviton). arm64는 GB-s당 약 20% 저렴합니다.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="73"/>
        <source>Memory 128–10,240 MB; CPU is proportional: 1,769 MB = 1 vCPU.</source>
        <translation>메모리 128~10,240MB. CPU는 비례: 1,769MB = vCPU 1개.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="74"/>
        <source>Memory is the only performance setting: the CPU share grows with it, one full vCPU at 1,769 MB and 6 vCPUs at 10,240 MB. Below 1,769 MB, twice the memory halves the CPU time, so the cost per request stays flat; single-threaded code gets no faster above it. Billing is memory × duration (GB-s).</source>
        <translation>성능 설정은 메모리 하나뿐입니다. CPU 몫이 메모리와 함께 늘어, 1,769MB에서 vCPU 1개, 10,240MB에서 vCPU 6개가 됩니다. 1,769MB 아래에서는 메모리를 두 배로 하면 CPU 시간이 절반이 되어 요청당 비용이 그대로이고, 그 위에서는 단일 스레드 코드가 더 빨라지지 않습니다. 요금은 메모리 × 실행 시간(GB-s)입니다.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="78"/>
        <source>CPU work of the handler, measured at 1 vCPU.</source>
        <translation>핸들러의 CPU 작업량(vCPU 1개 기준).</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="79"/>
        <source>The handler&apos;s CPU work at one vCPU. At lower memory it takes longer (e.g. 40 ms at 1,769 MB is about 69 ms at 1,024 MB); above 1 vCPU only the parallel part speeds up.</source>
        <translation>vCPU 1개일 때 핸들러의 CPU 작업 시간입니다. 메모리가 적으면 더 오래 걸리고(예: 1,769MB에서 40ms이면 1,024MB에서 약 69ms), vCPU 1개를 넘으면 병렬 부분만 빨라집니다.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="82"/>
        <source>Waiting time of the handler (network, database); memory does not change it.</source>
        <translation>핸들러의 대기 시간(네트워크, 데이터베이스). 메모리로는 바뀌지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="83"/>
        <source>Time the handler waits for other services. More memory does not shorten it, so when waiting dominates, more memory raises the cost per request.</source>
        <translation>핸들러가 다른 서비스를 기다리는 시간입니다. 메모리를 늘려도 줄지 않으므로, 대기가 대부분이면 메모리를 늘릴수록 요청당 비용이 오릅니다.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="86"/>
        <source>Time to open a database connection.</source>
        <translation>데이터베이스 연결을 여는 데 걸리는 시간.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="87"/>
        <source>How long opening the connection takes. In global scope it is paid once per environment, in function init; in the handler, on every request.</source>
        <translation>연결을 여는 데 걸리는 시간입니다. 전역 범위에서 열면 실행 환경마다 함수 초기화 중 한 번, 핸들러 안에서 열면 요청마다 부담합니다.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="90"/>
        <source>Where the connection is opened: global scope (once) or in the handler (every request).</source>
        <translation>연결을 여는 위치: 전역 범위(한 번) 또는 핸들러 안(요청마다).</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="91"/>
        <source>Code outside the handler runs once per environment during function init and its results are reused by warm starts. Opening a connection there makes only cold starts pay for it.</source>
        <translation>핸들러 바깥 코드는 실행 환경마다 함수 초기화 중 한 번 실행되고, 그 결과를 웜 스타트가 재사용합니다. 연결을 거기서 열면 콜드 스타트만 그 비용을 냅니다.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="94"/>
        <source>Environment setup time (not billed, not in Init Duration).</source>
        <translation>환경 설정 시간(과금되지 않으며 Init Duration에 포함되지 않음).</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="95"/>
        <source>An assumption: AWS publishes no figure. 60 ms for ZIP packages, 150 ms for container images.</source>
        <translation>가정값입니다. AWS가 공개한 수치가 없습니다. ZIP 패키지 60ms, 컨테이너 이미지 150ms.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="97"/>
        <source>Extension init time.</source>
        <translation>익스텐션 초기화 시간.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="98"/>
        <source>Time for the extensions to start. External extensions also make shutdown take 2,000 ms.</source>
        <translation>익스텐션이 시작되는 데 걸리는 시간입니다. 외부 익스텐션이 있으면 종료에도 2,000ms가 걸립니다.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="100"/>
        <source>Runtime init time (from the runtime preset).</source>
        <translation>런타임 초기화 시간(런타임 프리셋 값).</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="31"/>
        <source>Runtime init (orange): the language runtime starts. Measured hello-world medians: Rust 17 ms, Go 52 ms, Python 3.12 92 ms, Node.js 22 153 ms, Java 21 252 ms, .NET 8 267 ms. It hardly changes with memory.</source>
        <translation>런타임 초기화(주황색): 언어 런타임이 시작됩니다. hello-world 측정 중앙값: Rust 17ms, Go 52ms, Python 3.12 92ms, Node.js 22 153ms, Java 21 252ms, .NET 8 267ms. 메모리에 따라 거의 변하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="65"/>
        <source>The runtime preset fills in the init times measured for hello-world functions (median and p90, e.g. Python 3.12 92 and 113 ms, Java 21 252 and 291 ms) and a typical function init. SnapStart exists for Java 11+, Python 3.12+ and .NET 8+.</source>
        <translation>런타임 프리셋은 hello-world 함수로 측정한 초기화 시간(중앙값과 p90, 예: Python 3.12 92ms와 113ms, Java 21 252ms와 291ms)과 일반적인 함수 초기화 시간을 채웁니다. SnapStart는 Java 11+, Python 3.12+, .NET 8+에서 쓸 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="70"/>
        <source>arm64 costs $0.0000133334 per GB-s against $0.0000166667 on x86_64. Its init is 10–20 % faster for Node, Python, Go and Rust, about the same for Java, .NET and Ruby.</source>
        <translation>arm64는 GB-s당 $0.0000133334로, x86_64의 $0.0000166667보다 쌉니다. 초기화는 Node, Python, Go, Rust에서 10~20% 빠르고 Java, .NET, Ruby에서는 거의 같습니다.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="101"/>
        <source>The preset draws runtime init from the measured spread of a hello-world function (median Python 3.12 92 ms, Java 21 252 ms); the slider shows its mean. Moving the slider sets a mean drawn with cv 0.15.</source>
        <translation>프리셋은 hello-world 함수에서 측정한 분포로 런타임 초기화 시간을 뽑습니다(중앙값 Python 3.12 92ms, Java 21 252ms). 슬라이더는 그 평균을 보여 줍니다. 슬라이더를 움직이면 cv 0.15로 뽑는 평균값이 됩니다.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="104"/>
        <source>Function init time: your code outside the handler.</source>
        <translation>함수 초기화 시간: 핸들러 바깥의 코드.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="105"/>
        <source>Assumed 150 ms for Python and Node, 1,500 ms for Java and .NET, 30 ms for Go and Rust. Init is capped at 10 s.</source>
        <translation>가정값: Python과 Node 150ms, Java와 .NET 1,500ms, Go와 Rust 30ms. 초기화는 10초로 제한됩니다.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="107"/>
        <source>Idle lifetime: a fixed value, or random 5–15 min for every idle period.</source>
        <translation>유휴 유지 시간: 고정값, 또는 유휴 구간마다 5~15분 중 무작위.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="108"/>
        <source>AWS does not publish how long a frozen environment is kept. Measurements found 5–15 minutes; the random mode draws a new value for every idle period.</source>
        <translation>AWS는 동결된 실행 환경을 얼마나 유지하는지 공개하지 않습니다. 측정값은 5~15분이며, 무작위 모드는 유휴 구간마다 새 값을 뽑습니다.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="111"/>
        <source>How long a frozen environment is kept before it shuts down.</source>
        <translation>동결된 실행 환경이 종료되기 전까지 유지되는 시간.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="112"/>
        <source>Not published by AWS: measured 5–15 minutes. A request after this time starts cold with the reason &quot;expired after idling&quot;.</source>
        <translation>AWS 미공개, 측정값 5~15분. 이 시간이 지난 뒤 온 요청은 &quot;유휴 후 만료&quot; 이유로 콜드 스타트합니다.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="115"/>
        <source>Provisioned concurrency: environments initialised ahead of time, billed while configured.</source>
        <translation>프로비저닝된 동시성: 미리 초기화된 실행 환경. 설정된 동안 과금됩니다.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="116"/>
        <source>N environments are initialised in advance and never idle out; requests use them first. Capacity costs $0.0000041667 per GB-s whether used or not (about $10.95 per GB-month). Not combinable with SnapStart.</source>
        <translation>실행 환경 N개를 미리 초기화하며 유휴 만료되지 않고, 요청이 먼저 이 환경을 씁니다. 용량은 사용 여부와 상관없이 GB-s당 $0.0000041667(GB-월당 약 $10.95)입니다. SnapStart와 함께 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="119"/>
        <source>SnapStart: new environments restore from a snapshot instead of running init.</source>
        <translation>SnapStart: 새 실행 환경이 초기화 대신 스냅샷에서 복원합니다.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="120"/>
        <source>Init runs once when a version is published; new environments restore from its snapshot. It pays off when function init takes seconds. Java 11+, Python 3.12+, .NET 8+; not with provisioned concurrency, container images or EFS.</source>
        <translation>버전을 게시할 때 초기화가 한 번 실행되고, 새 실행 환경은 그 스냅샷에서 복원합니다. 함수 초기화가 수 초 걸릴 때 이득입니다. Java 11+, Python 3.12+, .NET 8+. 프로비저닝된 동시성, 컨테이너 이미지, EFS와는 함께 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="124"/>
        <source>Traffic pattern: random arrivals, constant, bursts or a daily cycle.</source>
        <translation>트래픽 패턴: 무작위 도착, 일정, 폭주, 일일 주기.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="125"/>
        <source>How requests arrive. Bursts need many environments at once (scale-out cold starts); a daily cycle shows environments expiring at night.</source>
        <translation>요청이 도착하는 방식입니다. 폭주에는 실행 환경이 한꺼번에 많이 필요하고(스케일 아웃 콜드 스타트), 일일 주기에서는 밤에 실행 환경이 만료되는 모습을 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="128"/>
        <source>Requests per second.</source>
        <translation>초당 요청 수.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="129"/>
        <source>Requests in flight = rate × duration: that is how many environments are busy at once.</source>
        <translation>동시 처리 요청 수 = 도착률 × 실행 시간. 이만큼의 실행 환경이 동시에 바쁩니다.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="131"/>
        <source>Keep-warm pings: a scheduled request every N seconds (0 = off).</source>
        <translation>웜 유지 핑: N초마다 예약된 요청(0 = 끔).</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="132"/>
        <source>Pings keep environments from idling out, but each is a billed request, and a burst still needs more environments than the pings keep warm.</source>
        <translation>핑은 실행 환경의 유휴 만료를 막지만 핑마다 과금되는 요청이며, 요청이 몰리면 핑으로 유지하는 것보다 많은 실행 환경이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="135"/>
        <source>Whether init time is billed (since 1 August 2025) or free (before).</source>
        <translation>초기화 시간 과금 여부: 과금(2025년 8월 1일부터) 또는 무료(그 이전).</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="136"/>
        <source>Since 1 August 2025 the init of on-demand ZIP functions is billed like handler time: e.g. 250.06 ms init + 100.77 ms duration bill 351 ms. Before, it was free for managed runtimes.</source>
        <translation>2025년 8월 1일부터 온디맨드 ZIP 함수의 초기화는 핸들러 시간처럼 과금됩니다. 예: 초기화 250.06ms + 실행 100.77ms = 351ms 과금. 그 이전에는 관리형 런타임의 초기화가 무료였습니다.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="139"/>
        <source>Playback speed: simulated seconds per real second.</source>
        <translation>재생 속도: 실제 1초당 시뮬레이션 초.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="140"/>
        <source>The simulation is computed ahead; the speed only changes how fast the playhead moves through it.</source>
        <translation>시뮬레이션은 미리 계산되며, 속도는 재생 위치가 그 안을 지나가는 빠르기만 바꿉니다.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="143"/>
        <source>Lifecycle diagram: each token is an execution environment in its current phase.</source>
        <translation>수명 주기 다이어그램: 토큰 하나가 현재 단계에 있는 실행 환경 하나입니다.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="144"/>
        <source>The lifecycle as a diagram: a cold start passes setup, extension, runtime and function init (or a SnapStart restore), then invoke, frozen and back to invoke on a warm start, until shutdown.</source>
        <translation>수명 주기를 그림으로 보여 줍니다. 콜드 스타트는 환경 설정, 익스텐션·런타임·함수 초기화(또는 SnapStart 복원)를 거쳐 호출되고, 동결되었다가 웜 스타트로 다시 호출되며, 마지막에 종료됩니다.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="147"/>
        <source>Environment lanes: one strip per environment, time to the right.</source>
        <translation>실행 환경 레인: 실행 환경마다 한 줄, 시간은 오른쪽으로 흐릅니다.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="148"/>
        <source>Each lane is one execution environment: grey to vermillion = cold start, blue = running a request, light blue = frozen, black = shutdown. Click a cold request to see why it was cold.</source>
        <translation>레인 하나가 실행 환경 하나입니다. 회색에서 주홍색 = 콜드 스타트, 파란색 = 요청 처리 중, 하늘색 = 동결, 검은색 = 종료. 콜드 요청을 클릭하면 왜 콜드였는지 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="151"/>
        <source>Latency of every request, logarithmic; cold starts in vermillion, warm in green.</source>
        <translation>요청별 지연 시간(로그 눈금). 콜드 스타트는 주홍색, 웜은 초록색.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="152"/>
        <source>Each dot is a request: its latency on a logarithmic axis, because cold starts are 10–100 times slower than warm requests. Click a cold one to see why it was cold.</source>
        <translation>점 하나가 요청 하나의 지연 시간입니다. 콜드 스타트가 웜 요청보다 10~100배 느려서 로그 축을 씁니다. 콜드 요청을 클릭하면 왜 콜드였는지 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="155"/>
        <source>Latency distribution: share of requests faster than a given latency.</source>
        <translation>지연 시간 분포: 주어진 지연 시간보다 빠른 요청의 비율.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="156"/>
        <source>The cumulative distribution of latency, cold and warm apart. The p99 often sits in the cold-start tail.</source>
        <translation>지연 시간의 누적 분포를 콜드와 웜으로 나눠 보여 줍니다. p99는 흔히 콜드 스타트 꼬리에 걸립니다.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="158"/>
        <source>Cost accumulated by line item: requests, duration, init, provisioned, SnapStart.</source>
        <translation>항목별 누적 비용: 요청, 실행 시간, 초기화, 프로비저닝, SnapStart.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="159"/>
        <source>Requests cost $0.20 per 1M; duration $0.0000166667 per GB-s on x86_64; provisioned capacity $0.0000041667 per GB-s while configured, used or not.</source>
        <translation>요청은 100만 건당 $0.20, 실행 시간은 x86_64에서 GB-s당 $0.0000166667, 프로비저닝 용량은 쓰든 안 쓰든 설정된 동안 GB-s당 $0.0000041667입니다.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="162"/>
        <source>Environments over time: busy, initialising, frozen and provisioned.</source>
        <translation>시간에 따른 실행 환경: 처리 중, 초기화 중, 동결, 프로비저닝.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="163"/>
        <source>How many environments exist and what they do. Frozen ones cost nothing; provisioned ones are billed for as long as they are configured.</source>
        <translation>실행 환경이 몇 개 있고 무엇을 하는지 보여 줍니다. 동결된 환경은 요금이 없고, 프로비저닝된 환경은 설정된 동안 계속 과금됩니다.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="167"/>
        <source>Compute option: on-demand, Managed Instances (many requests per environment) or tenant isolation.</source>
        <translation>컴퓨팅 옵션: 온디맨드, 관리형 인스턴스(실행 환경 하나가 여러 요청 처리) 또는 테넌트 격리.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="168"/>
        <source>On-demand environments serve one request at a time and freeze between requests. Managed Instances run environments on EC2 instances: each serves many requests at once, never freezes, and the bill is instance-hours plus a 15 % management fee instead of GB-seconds. Tenant isolation never shares an environment between tenants, so each tenant&apos;s first request is cold.</source>
        <translation>온디맨드 실행 환경은 한 번에 요청 하나를 처리하고 요청 사이에는 동결됩니다. 관리형 인스턴스는 EC2 인스턴스 위에서 실행 환경을 돌립니다. 환경마다 여러 요청을 동시에 처리하고 동결되지 않으며, 요금은 GB-초 대신 인스턴스 시간과 15 % 관리 수수료입니다. 테넌트 격리는 실행 환경을 테넌트끼리 공유하지 않으므로 테넌트마다 첫 요청이 콜드 스타트입니다.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="173"/>
        <source>The EC2 instance type of the capacity provider, with its vCPUs, memory and hourly price.</source>
        <translation>용량 공급자의 EC2 인스턴스 유형과 그 vCPU, 메모리, 시간당 가격.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="174"/>
        <source>Graviton types (…g) are cheaper per vCPU than Intel ones (…i). An instance holds as many environments as fit by vCPU and memory; xlarge doubles vCPU, memory and price, 2xlarge doubles again.</source>
        <translation>Graviton 유형(…g)은 Intel 유형(…i)보다 vCPU당 저렴합니다. 인스턴스 하나에는 vCPU와 메모리가 허용하는 만큼 실행 환경이 들어갑니다. xlarge는 vCPU, 메모리, 가격이 두 배이고 2xlarge는 다시 두 배입니다.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="177"/>
        <source>How many requests one environment serves at once (1–1,600).</source>
        <translation>실행 환경 하나가 동시에 처리하는 요청 수(1–1,600).</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="178"/>
        <source>The runtime default is 16 per vCPU for Python, 32 for Java and .NET, 64 for Node.js. The requests in an environment share its vCPUs: CPU-bound work slows as they fill, waiting does not. Beyond every environment&apos;s slots requests are throttled (429); nothing queues.</source>
        <translation>런타임 기본값은 vCPU당 Python 16, Java와 .NET 32, Node.js 64입니다. 한 환경의 요청들은 그 vCPU를 나눠 씁니다. 환경이 찰수록 CPU 작업은 느려지지만 대기 시간은 그대로입니다. 모든 환경의 슬롯이 차면 요청은 스로틀링(429)되며 대기열은 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="182"/>
        <source>The fleet never has fewer instances than this (AWS default 3).</source>
        <translation>플릿의 인스턴스 수는 이 값 아래로 내려가지 않습니다(AWS 기본값 3).</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="183"/>
        <source>The minimum fleet runs and is billed even with no traffic: instances × hourly price × 1.15 per hour.</source>
        <translation>최소 플릿은 트래픽이 없어도 실행되고 과금됩니다: 시간당 인스턴스 수 × 시간당 가격 × 1.15.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="185"/>
        <source>The fleet never grows beyond this many instances.</source>
        <translation>플릿은 이 인스턴스 수를 넘어 커지지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="186"/>
        <source>Every minute the fleet compares its CPU utilisation with the target (50 %) and launches or removes instances; new ones take a minute to launch and then initialise their environments.</source>
        <translation>플릿은 1분마다 CPU 사용률을 목표(50 %)와 비교해 인스턴스를 추가하거나 제거합니다. 새 인스턴스는 시작에 1분이 걸리고 그다음 실행 환경을 초기화합니다.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="189"/>
        <source>How many tenants send the requests.</source>
        <translation>요청을 보내는 테넌트 수.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="190"/>
        <source>Each tenant has its own environments and idle timeouts. Every tenant environment costs $0.000167 per GB on top of requests and duration; at most 2,500 per 1,000 of concurrency.</source>
        <translation>테넌트마다 자기 실행 환경과 유휴 시간 제한이 있습니다. 테넌트 실행 환경 하나당 요청과 실행 시간 요금에 더해 GB당 $0.000167이 부과되며, 동시성 1,000당 최대 2,500개입니다.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="193"/>
        <source>How unequal the tenants are: 0 all alike, 1 a few big ones and a long tail.</source>
        <translation>테넌트 간 불균형 정도: 0이면 모두 같고, 1이면 큰 테넌트 몇과 긴 꼬리.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="194"/>
        <source>Tenant k sends a share proportional to 1 / k^s. Rare tenants idle out between requests and pay cold starts that a shared pool would have avoided.</source>
        <translation>테넌트 k는 1 / k^s에 비례하는 몫을 보냅니다. 드문 테넌트는 요청 사이에 유휴 만료되어, 공유 풀이었다면 피했을 콜드 스타트를 겪습니다.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="198"/>
        <source>Share of requests that started cold (or restored with SnapStart).</source>
        <translation>콜드 스타트(또는 SnapStart 복원)로 시작한 요청의 비율.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="199"/>
        <source>AWS says cold starts are typically under 1 % of invocations in production; bursts, rare traffic and configuration changes raise it.</source>
        <translation>AWS에 따르면 운영 환경의 콜드 스타트는 보통 호출의 1% 미만입니다. 요청 폭주, 드문 트래픽, 구성 변경이 이 비율을 높입니다.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="202"/>
        <source>Median latency: half the requests are faster.</source>
        <translation>지연 시간 중앙값: 요청의 절반이 이보다 빠릅니다.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="203"/>
        <source>The median is usually a warm request: the handler alone.</source>
        <translation>중앙값은 대개 웜 요청, 즉 핸들러만의 시간입니다.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="205"/>
        <source>99th percentile latency: 1 request in 100 is slower.</source>
        <translation>99번째 백분위 지연 시간: 요청 100건 중 1건이 이보다 느립니다.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="206"/>
        <source>The p99 is where cold starts show: if more than 1 % of requests are cold, it is a cold start&apos;s latency.</source>
        <translation>콜드 스타트가 드러나는 곳이 p99입니다. 콜드 요청이 1%를 넘으면 p99는 콜드 스타트의 지연 시간이 됩니다.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="208"/>
        <source>Cost per 1 million requests so far.</source>
        <translation>지금까지의 요청 100만 건당 비용.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="209"/>
        <source>All line items divided by requests: $0.20 for the requests themselves plus duration, init and provisioned capacity.</source>
        <translation>모든 비용 항목을 요청 수로 나눈 값입니다. 요청 자체 $0.20에 실행 시간, 초기화, 프로비저닝 용량이 더해집니다.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="212"/>
        <source>Everything billed up to the playhead.</source>
        <translation>재생 위치까지 과금된 전체 금액.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="213"/>
        <source>Requests, billed duration (1 ms granularity), init, provisioned capacity and SnapStart charges up to now.</source>
        <translation>지금까지의 요청, 과금 실행 시간(1ms 단위), 초기화, 프로비저닝 용량, SnapStart 요금입니다.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="215"/>
        <source>The cost so far extrapolated to a 30-day month.</source>
        <translation>지금까지의 비용을 30일 한 달로 환산한 값.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="216"/>
        <source>If this traffic continued for a month; the free tier (1M requests and 400,000 GB-s) is not applied unless it is switched on.</source>
        <translation>이 트래픽이 한 달 내내 이어진다면의 금액입니다. 프리 티어(요청 100만 건, 400,000 GB-s)는 켰을 때만 적용됩니다.</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="219"/>
        <source>Requests served and requests throttled (HTTP 429).</source>
        <translation>처리된 요청과 스로틀된 요청(HTTP 429).</translation>
    </message>
    <message>
        <location filename="../app/explanations.cpp" line="220"/>
        <source>Over the concurrency limit (default 1,000) or the scaling rate (1,000 environments per 10 s), a request fails at once with 429; throttled requests are not billed.</source>
        <translation>동시성 한도(기본 1,000) 또는 스케일 아웃 속도(10초당 실행 환경 1,000개)를 넘으면 요청이 즉시 429로 실패합니다. 스로틀된 요청은 과금되지 않습니다.</translation>
    </message>
</context>
<context>
    <name>ExplorerWindow</name>
    <message>
        <location filename="../ui/explorerwindow.ui" line="10"/>
        <source>Lambda Lifecycle Explorer</source>
        <translation>Lambda 수명 주기 탐색기</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="24"/>
        <source>Play or pause (Space)</source>
        <translation>재생 또는 일시 정지 (Space)</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="25"/>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="31"/>
        <source>Step to the next event (→)</source>
        <translation>다음 이벤트로 이동 (→)</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="32"/>
        <source>Step</source>
        <translation>한 단계</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="37"/>
        <source>Back to the start (Home)</source>
        <translation>처음으로 (Home)</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="38"/>
        <source>Restart</source>
        <translation>처음부터</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="43"/>
        <source>Speed</source>
        <translation>속도</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="48"/>
        <source>Playback speed: 0.1× to 10,000× real time (snaps to 1×)</source>
        <translation>재생 속도: 실제 시간의 0.1×~10,000× (1×에 맞춰짐)</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="62"/>
        <source>Simulated time at the playhead / length of the run</source>
        <translation>재생 위치의 시뮬레이션 시간 / 전체 실행 길이</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="74"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="75"/>
        <source>Stop computing the run; what is computed so far stays</source>
        <translation>실행 계산을 멈춥니다. 지금까지 계산된 부분은 남습니다</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="159"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="161"/>
        <source>Open &amp;Recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="164"/>
        <source>E&amp;xamples</source>
        <translation>예제(&amp;X)</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="177"/>
        <source>&amp;Playback</source>
        <translation>재생(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="187"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="195"/>
        <source>&amp;New scenario</source>
        <translation>새 시나리오(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="196"/>
        <source>Start again from the built-in scenario</source>
        <translation>기본 제공 시나리오로 새로 시작합니다</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="199"/>
        <source>&amp;Open scenario…</source>
        <translation>시나리오 열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="202"/>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="205"/>
        <source>Save &amp;as…</source>
        <translation>다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="208"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="211"/>
        <source>Play / pause</source>
        <translation>재생 / 일시 정지</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="212"/>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="215"/>
        <source>Step to the next event</source>
        <translation>다음 이벤트로 이동</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="216"/>
        <source>Right</source>
        <translation>Right</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="219"/>
        <source>Step back to the previous event</source>
        <translation>이전 이벤트로 되돌아가기</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="220"/>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="223"/>
        <source>Run to next cold start</source>
        <translation>다음 콜드 스타트까지 진행</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="224"/>
        <source>Play briskly to the moment the next cold start begins and pause there (Esc stops)</source>
        <translation>다음 콜드 스타트가 시작되는 순간까지 빠르게 재생하고 거기서 일시 정지합니다(Esc로 멈춤)</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="225"/>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="228"/>
        <source>Go to start</source>
        <translation>처음으로</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="229"/>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="232"/>
        <source>Every request of this interval</source>
        <translation>이 구간의 모든 요청</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="233"/>
        <source>Simulate the metrics interval at the playhead again and draw every request in it; again to go back</source>
        <translation>재생 위치의 지표 구간을 다시 시뮬레이션하여 그 안의 모든 요청을 그립니다. 한 번 더 누르면 돌아갑니다</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="234"/>
        <source>Z</source>
        <translation>Z</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="237"/>
        <source>Go to end</source>
        <translation>끝으로</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="238"/>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="241"/>
        <source>&amp;About</source>
        <translation>정보(&amp;A)</translation>
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
        <translation>%1초</translation>
    </message>
    <message>
        <location filename="../app/format.cpp" line="16"/>
        <location filename="../app/format.cpp" line="97"/>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <location filename="../app/format.cpp" line="17"/>
        <location filename="../app/format.cpp" line="95"/>
        <source>%1 h</source>
        <translation>%1시간</translation>
    </message>
    <message>
        <location filename="../app/format.cpp" line="93"/>
        <source>%1 days</source>
        <translation>%1일</translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <location filename="../app/lessonstrings.cpp" line="13"/>
        <source>Memory buys CPU: duration and cost</source>
        <translation>메모리로 CPU를 산다: 실행 시간과 비용</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="14"/>
        <source>Lambda has no CPU setting: memory sets the CPU share. When more memory is cheaper, and when it is not.</source>
        <translation>Lambda에는 CPU 설정이 없고, 메모리가 CPU 몫을 정합니다. 메모리를 늘리는 편이 더 싼 경우와 그렇지 않은 경우를 살펴봅니다.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="23"/>
        <source>Only code that runs in parallel (several threads or processes). Its CPU part speeds up by Amdahl&apos;s law, up to 6 vCPUs at 10,240 MB.</source>
        <translation>병렬로 실행되는 코드(여러 스레드나 프로세스)뿐입니다. CPU 부분이 암달의 법칙에 따라 빨라지며, 10,240MB에서 최대 vCPU 6개까지 씁니다.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="29"/>
        <source>The lifecycle of an execution environment</source>
        <translation>실행 환경의 수명 주기</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="30"/>
        <source>Cold start with its four init phases, invoke, freeze, warm reuse, and shutdown after idling.</source>
        <translation>네 단계 초기화로 이루어진 콜드 스타트, 호출, 동결, 웜 스타트 재사용, 유휴 후 종료까지.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="33"/>
        <source>Init is done: the handler runs for this request (invoke). An execution environment serves one request at a time; a second request arriving now needs another environment.</source>
        <translation>초기화가 끝나고 이 요청을 위해 핸들러가 실행됩니다(호출). 실행 환경 하나는 한 번에 요청 하나만 처리하므로, 지금 들어오는 두 번째 요청에는 다른 실행 환경이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="34"/>
        <source>The response is sent and environment 1 is frozen: no CPU, but memory, /tmp and global variables are kept. A frozen environment costs nothing.</source>
        <translation>응답이 나가고 실행 환경 1이 동결됩니다. CPU는 쓰지 않지만 메모리, /tmp, 전역 변수는 그대로 남습니다. 동결된 실행 환경에는 요금이 들지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="35"/>
        <source>A new request found a frozen environment. It thaws and goes straight to the handler: a warm start, with no init at all.</source>
        <translation>새 요청이 동결된 실행 환경을 찾았습니다. 환경이 깨어나 바로 핸들러로 갑니다. 초기화가 전혀 없는 웜 스타트입니다.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="36"/>
        <source>Why are warm starts so much faster on the latency plot?</source>
        <translation>지연 시간 그래프에서 웜 스타트가 왜 이렇게 빠를까요?</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="39"/>
        <source>Shutdown: the runtime and the extensions receive a SHUTDOWN event, then Lambda kills the processes. It takes 0 ms without extensions, 500 ms with internal extensions only and {shutdown_ms} with an external extension, as here.</source>
        <translation>종료: 런타임과 익스텐션이 SHUTDOWN 이벤트를 받고, 그다음 Lambda가 프로세스를 강제 종료합니다. 익스텐션이 없으면 0ms, 내부 익스텐션만 있으면 500ms, 여기처럼 외부 익스텐션이 있으면 {shutdown_ms}가 걸립니다.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="42"/>
        <source>The next burst begins with a cold start again. Click a cold request in the lanes or in the latency plot to see why it was cold.</source>
        <translation>다음 요청 폭주는 다시 콜드 스타트로 시작합니다. 레인이나 지연 시간 그래프에서 콜드 요청을 클릭하면 왜 콜드였는지 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="44"/>
        <source>Initialise in global scope, not in the handler</source>
        <translation>초기화는 핸들러가 아니라 전역 범위에서</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="45"/>
        <source>A database connection opened outside the handler is paid once per environment; inside the handler, on every request.</source>
        <translation>핸들러 바깥에서 연 데이터베이스 연결은 실행 환경마다 한 번만 비용을 치르고, 핸들러 안에서 열면 요청마다 치릅니다.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="48"/>
        <source>What happens if the connection is opened inside the handler?</source>
        <translation>연결을 핸들러 안에서 열면 어떻게 될까요?</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="15"/>
        <source>Memory is the only performance setting of a Lambda function: CPU comes in proportion to it. At 1,769 MB the function gets one full vCPU; at {function.memory_mb} MB only about {vcpus} vCPU. This function does {function.handler.cpu_ms} ms of single-threaded CPU work (measured at 1 vCPU) and waits {function.handler.io_ms} ms for I/O.</source>
        <translation>Lambda 함수의 성능 설정은 메모리 하나뿐이며, CPU는 메모리에 비례해 함께 주어집니다. 1,769MB에서 vCPU 1개를 온전히 받고, {function.memory_mb}MB에서는 약 {vcpus} vCPU뿐입니다. 이 함수는 단일 스레드 CPU 작업 {function.handler.cpu_ms}ms(vCPU 1개 기준)를 하고 I/O를 {function.handler.io_ms}ms 기다립니다.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="16"/>
        <source>At {function.memory_mb} MB each request takes about {duration_ms}: {function.handler.cpu_ms} ms of CPU work at {vcpus} vCPU, plus {function.handler.io_ms} ms of waiting. With {workload.rate_per_s} requests per second, about {concurrency_mean} execution environments are busy at the same time.</source>
        <translation>{function.memory_mb}MB에서는 요청 하나에 약 {duration_ms}가 걸립니다. {vcpus} vCPU로 {function.handler.cpu_ms}ms 분량의 CPU 작업을 하고, {function.handler.io_ms}ms를 더 기다리기 때문입니다. 초당 {workload.rate_per_s}건이 들어오니 실행 환경 약 {concurrency_mean}개가 동시에 바쁩니다.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="17"/>
        <source>Lambda bills memory × duration, in GB-seconds ({price_duration_gb_s} per GB-s on x86_64), plus {price_request_per_million} per million requests. Note the cost per 1M requests.</source>
        <translation>Lambda 요금은 메모리 × 실행 시간, 즉 GB-초 단위(x86_64 기준 GB-s당 {price_duration_gb_s})에 요청 100만 건당 {price_request_per_million}가 더해집니다. 100만 건당 비용을 기억해 두세요.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="18"/>
        <source>We give the function 1,769 MB, one full vCPU: many times the memory it has now. Will each request cost that many times more?</source>
        <translation>함수에 vCPU 1개를 온전히 받는 1,769MB를 줍니다. 지금의 몇 배나 되는 메모리입니다. 요청당 비용도 그만큼 몇 배가 될까요?</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="19"/>
        <source>No, about the same. Below one full vCPU the CPU share grows with the memory, so the CPU work runs as many times faster as the memory grew. Memory × duration, and so the price, hardly changes — and every request is much faster.</source>
        <translation>아니요, 거의 같습니다. vCPU 1개까지는 CPU 몫이 메모리에 비례하므로, 메모리가 늘어난 배수만큼 CPU 작업이 빨라집니다. 메모리 × 실행 시간, 곧 요금은 거의 그대로이고 모든 요청이 훨씬 빨라집니다.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="20"/>
        <source>Now at {function.memory_mb} MB: one full vCPU. Requests take about {duration_ms} and only about {concurrency_mean} environments are busy at once. Compare the cost per 1M requests with the first run&apos;s.</source>
        <translation>이제 {function.memory_mb}MB, vCPU 1개입니다. 요청은 약 {duration_ms} 걸리고 동시에 바쁜 실행 환경도 약 {concurrency_mean}개면 충분합니다. 100만 건당 비용을 첫 실행과 비교해 보세요.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="21"/>
        <source>At {function.memory_mb} MB the function gets {vcpus} vCPUs, but single-threaded code cannot use more than one: the duration stays at about {duration_ms}, and the price per request rises with the memory.</source>
        <translation>{function.memory_mb}MB에서는 vCPU {vcpus}개를 받지만 단일 스레드 코드는 vCPU를 하나보다 더 쓰지 못합니다. 실행 시간은 약 {duration_ms} 그대로이고 요청당 요금은 메모리만큼 오릅니다.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="22"/>
        <source>What kind of code would still get faster above one full vCPU?</source>
        <translation>vCPU 1개를 넘어서도 더 빨라지는 코드는 어떤 코드일까요?</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="24"/>
        <source>Now an I/O-bound function: {function.handler.cpu_ms} ms of CPU work and {function.handler.io_ms} ms of waiting for a database. At {function.memory_mb} MB, only {vcpus} vCPU, each request takes about {duration_ms}, most of it the slowed CPU part.</source>
        <translation>이번에는 I/O 위주 함수입니다. CPU 작업 {function.handler.cpu_ms}ms에 데이터베이스 대기 {function.handler.io_ms}ms. {function.memory_mb}MB, vCPU {vcpus}개뿐이라 요청 하나에 약 {duration_ms}가 걸리며, 대부분은 느려진 CPU 부분입니다.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="25"/>
        <source>Will more memory be cheaper for this function?</source>
        <translation>이 함수는 메모리를 늘리면 더 쌀까요?</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="26"/>
        <source>No. The CPU part shrinks, but the waiting does not, and every millisecond of it bills the larger memory: the GB-seconds per request, and so the price, grow several times over. Memory does not shorten waiting.</source>
        <translation>아니요. CPU 부분은 줄지만 대기는 줄지 않고, 그 대기 시간 내내 늘어난 메모리가 과금됩니다. 요청당 GB-초, 곧 요금이 몇 배로 늘어납니다. 메모리를 늘려도 대기 시간은 줄지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="27"/>
        <source>At {function.memory_mb} MB a request takes about {duration_ms}: the latency falls, and the cost per request rises. More memory is cheaper only while CPU work dominates and the code can use the extra CPU. Measure before choosing: tools such as AWS Lambda Power Tuning run the function at several memory sizes.</source>
        <translation>{function.memory_mb}MB에서는 요청이 약 {duration_ms} 걸립니다. 지연 시간은 줄고 요청당 비용은 오릅니다. 메모리를 늘리는 편이 싼 것은 CPU 작업이 대부분이고 코드가 늘어난 CPU를 쓸 수 있을 때뿐입니다. 고르기 전에 측정하세요. AWS Lambda Power Tuning 같은 도구가 여러 메모리 크기로 함수를 실행해 줍니다.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="31"/>
        <source>Requests arrive in short bursts every {workload.every_min} minutes. The first request finds no execution environment: a cold start. Lambda now prepares a new one.</source>
        <translation>요청이 {workload.every_min}분마다 짧게 몰려 들어옵니다. 첫 요청에는 실행 환경이 없으니 콜드 스타트입니다. Lambda가 새 실행 환경을 준비합니다.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="32"/>
        <source>A cold start has four steps before the handler runs, each taking a draw around the time its slider sets. Environment setup places a micro-VM and downloads the code ({env_setup_ms} here, set to {function.init_ms.env_setup} ms; not part of Init Duration). Then the extensions start ({extension_init_ms}, set to {function.init_ms.extension} ms), the Python runtime boots ({runtime_init_ms}, drawn from its measured start times), and the code outside the handler runs: function init ({function_init_ms}, set to {function.init_ms.function} ms).</source>
        <translation>콜드 스타트에는 핸들러 실행 전에 네 단계가 있고, 각 단계의 시간은 슬라이더에 설정한 값 근처에서 뽑힙니다. 환경 설정이 마이크로 VM을 배치하고 코드를 내려받습니다(여기서는 {env_setup_ms}, 설정값 {function.init_ms.env_setup}ms, Init Duration에는 들어가지 않음). 그다음 익스텐션이 시작되고({extension_init_ms}, 설정값 {function.init_ms.extension}ms), Python 런타임이 부팅하며({runtime_init_ms}, 측정된 시작 시간 분포에서 뽑음), 핸들러 바깥의 코드가 실행됩니다. 함수 초기화({function_init_ms}, 설정값 {function.init_ms.function}ms)입니다.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="37"/>
        <source>A warm start skips environment setup, extension, runtime and function init: only the handler runs. Here a cold start took {cold_latency_ms} and a warm one {warm_latency_ms}; the plot&apos;s axis is logarithmic for differences this large.</source>
        <translation>웜 스타트는 환경 설정과 익스텐션·런타임·함수 초기화를 모두 건너뛰고 핸들러만 실행합니다. 여기서 콜드 스타트는 {cold_latency_ms}, 웜 스타트는 {warm_latency_ms}가 걸렸습니다. 차이가 이렇게 커서 그래프 축이 로그 눈금입니다.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="38"/>
        <source>The burst is over. How long does a frozen environment stay? AWS does not publish it; measurements found 5 to 15 minutes. This lesson sets {platform.idle_timeout_s} s so that we can watch it.</source>
        <translation>요청이 몰리던 구간이 끝났습니다. 동결된 실행 환경은 얼마나 유지될까요? AWS는 공개하지 않으며, 측정값은 5~15분입니다. 이 강의에서는 직접 볼 수 있도록 {platform.idle_timeout_s}초로 설정했습니다.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="40"/>
        <source>The next burst starts at minute {workload.every_min}. How will its first request start?</source>
        <translation>다음 요청 폭주는 {workload.every_min}분에 시작됩니다. 그 첫 요청은 어떻게 시작될까요?</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="41"/>
        <source>Cold: every environment expired after {platform.idle_timeout_s} s of idling. Click that request in the lanes to read &quot;expired after idling&quot;.</source>
        <translation>콜드 스타트입니다. 모든 실행 환경이 {platform.idle_timeout_s}초 유휴 후 만료되었습니다. 레인에서 그 요청을 클릭하면 &quot;유휴 후 만료&quot;라는 이유가 보입니다.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="46"/>
        <source>This function opens a database connection that takes {function.handler.setup_ms} ms. Here the connection is created in global scope, outside the handler: that code runs once per environment, during function init, and every warm start reuses the connection.</source>
        <translation>이 함수는 {function.handler.setup_ms}ms가 걸리는 데이터베이스 연결을 엽니다. 여기서는 핸들러 바깥 전역 범위에서 연결을 만듭니다. 이 코드는 실행 환경마다 함수 초기화 중에 한 번 실행되고, 이후 모든 웜 스타트가 그 연결을 재사용합니다.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="47"/>
        <source>Only cold starts pay the {function.handler.setup_ms} ms, on top of the {function.init_ms.function} ms of function init. Warm requests take about {warm_latency_ms}: the handler&apos;s work alone.</source>
        <translation>{function.handler.setup_ms}ms는 콜드 스타트만 부담하며, 함수 초기화 {function.init_ms.function}ms에 더해집니다. 웜 요청은 핸들러 작업만 하므로 약 {warm_latency_ms}입니다.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="49"/>
        <source>Every request, warm or cold, pays the {function.handler.setup_ms} ms: the median latency, now {latency_p50_ms}, grows by that much, and each request bills several times the GB-seconds.</source>
        <translation>웜이든 콜드든 모든 요청이 {function.handler.setup_ms}ms를 부담합니다. 지금 {latency_p50_ms}인 지연 시간 중앙값이 그만큼 늘고, 요청마다 몇 배의 GB-초가 과금됩니다.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="50"/>
        <source>Now the connection is opened inside the handler, on every request. Look at the p50 latency and the cost per 1M requests.</source>
        <translation>이제 연결을 핸들러 안에서 요청마다 엽니다. p50 지연 시간과 100만 건당 비용을 보세요.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="51"/>
        <source>The duration cost grows with the time spent waiting for the connection. Cold starts got only slightly cheaper, and they are a small share of requests.</source>
        <translation>실행 시간 비용은 연결을 기다린 시간만큼 늘어납니다. 콜드 스타트는 조금 싸졌을 뿐이고, 그마저 전체 요청 중 작은 비율입니다.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="52"/>
        <source>Is there a catch with global scope?</source>
        <translation>전역 범위에 함정은 없을까요?</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="53"/>
        <source>Global state lives as long as the environment and is shared by all its requests: good for connections, SDK clients and caches, but never keep one request&apos;s data there. A longer function init also makes every cold start slower, and since August 2025 init time is billed.</source>
        <translation>전역 상태는 실행 환경이 살아 있는 동안 유지되고 그 환경의 모든 요청이 공유합니다. 연결, SDK 클라이언트, 캐시에는 좋지만 특정 요청의 데이터를 두어서는 안 됩니다. 또 함수 초기화가 길어지면 모든 콜드 스타트가 느려지며, 2025년 8월부터는 초기화 시간도 과금됩니다.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="55"/>
        <source>Keep-warm pings: cost and limits</source>
        <translation>웜 유지 핑: 비용과 한계</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="56"/>
        <source>Pinging a function keeps one environment warm, but it does not protect a burst from cold starts.</source>
        <translation>함수에 핑을 보내면 실행 환경 하나는 따뜻하게 유지되지만, 요청이 몰릴 때의 콜드 스타트는 막지 못합니다.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="57"/>
        <source>A common trick: a scheduled rule pings the function every few minutes so that it never idles out. Here a ping arrives every {workload.keep_warm.interval_min} minutes, shorter than the idle lifetime of this run ({platform.idle_timeout_min} minutes).</source>
        <translation>흔히 쓰는 요령: 예약된 규칙으로 몇 분마다 함수에 핑을 보내 유휴 만료를 막습니다. 여기서는 {workload.keep_warm.interval_min}분마다 핑이 오며, 이 실행의 유휴 유지 시간({platform.idle_timeout_min}분)보다 짧습니다.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="58"/>
        <source>Between bursts the pings keep one environment warm: its lane shows a short invoke every {workload.keep_warm.interval_min} minutes, then frozen again.</source>
        <translation>요청이 몰리지 않는 동안 핑이 실행 환경 하나를 따뜻하게 유지합니다. 그 레인에는 {workload.keep_warm.interval_min}분마다 짧은 호출이 보이고 다시 동결됩니다.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="59"/>
        <source>The burst arrives: {workload.burst_rate_per_s} requests per second, each about {latency_p50_ms} long, need up to {concurrency_peak} environments at once. The warm environment takes one request; all the others start cold, because all environments are busy (scale-out).</source>
        <translation>요청이 몰려옵니다. 초당 {workload.burst_rate_per_s}건, 각각 약 {latency_p50_ms}라서 실행 환경이 동시에 최대 {concurrency_peak}개 필요합니다. 웜 환경은 요청 하나만 받고, 나머지는 모든 환경이 바쁘기 때문에 콜드 스타트합니다(스케일 아웃).</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="62"/>
        <source>Pings are not free: each is a billed request ({price_request_per_million} per 1M) plus at least 1 ms of duration. For one environment that is cents a month, but keeping the burst&apos;s {concurrency_peak} warm needs {concurrency_peak} concurrent pings that hold those environments while they run.</source>
        <translation>핑도 공짜가 아닙니다. 핑마다 과금되는 요청(100만 건당 {price_request_per_million})이고 실행 시간도 최소 1ms가 붙습니다. 환경 하나라면 한 달에 몇 센트지만, 몰려온 요청에 필요한 {concurrency_peak}개를 웜 상태로 유지하려면 동시에 핑 {concurrency_peak}개를 보내야 하고 그동안 그 환경들이 묶입니다.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="91"/>
        <source>An API that waits on a database: {function.handler.cpu_ms} ms of CPU and {function.handler.io_ms} ms of waiting per request, {workload.rate_per_s} requests a second. On demand, an environment serves one request at a time, so about {concurrency_mean} are busy at any moment and {environments_live} exist, each billed by the GB-second while it works.</source>
        <translation>데이터베이스를 기다리는 API입니다. 요청마다 CPU {function.handler.cpu_ms} ms와 대기 {function.handler.io_ms} ms, 초당 {workload.rate_per_s}개 요청. 온디맨드에서는 실행 환경이 한 번에 요청 하나만 처리하므로 어느 순간이든 약 {concurrency_mean}개가 바쁘고 {environments_live}개가 존재하며, 각각 일하는 동안 GB-초로 과금됩니다.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="92"/>
        <source>Now the same traffic on Managed Instances: {function.managed_instances.min_instances} m7g.large instances, {mi_envs_per_instance} environments each, and every environment takes up to {mi_max_concurrency} requests at once. The requests overlap in the {mi_environments} lanes; nothing freezes and no request pays a cold start.</source>
        <translation>이제 같은 트래픽을 관리형 인스턴스에서: m7g.large 인스턴스 {function.managed_instances.min_instances}개, 인스턴스마다 실행 환경 {mi_envs_per_instance}개, 환경마다 최대 {mi_max_concurrency}개 요청을 동시에 받습니다. 요청들이 {mi_environments}개 레인 안에서 겹칩니다. 동결되는 것은 없고 콜드 스타트를 겪는 요청도 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="95"/>
        <source>CPU-bound handlers: the CPU parts of the requests in an environment share its vCPUs, so at concurrency k on v vCPUs each takes max(1, k/v) times as long. The fleet adds instances when CPU utilisation passes its target, but launching takes about {function.managed_instances.launch_s} s.</source>
        <translation>CPU 위주 핸들러입니다. 한 환경에 있는 요청들의 CPU 부분이 vCPU를 나눠 쓰므로, vCPU v개에서 동시성 k이면 각 요청이 max(1, k/v)배 오래 걸립니다. CPU 사용률이 목표를 넘으면 플릿이 인스턴스를 늘리지만 시작에 약 {function.managed_instances.launch_s}초가 걸립니다.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="96"/>
        <source>The bill has no GB-seconds: {function.managed_instances.min_instances} instances at {mi_instance_price_per_hour} an hour plus the {mi_fee_percent} % management fee, about {cost_per_hour} an hour whatever the traffic, against about {ondemand_cost_per_hour} an hour that these requests would cost on demand. The fleet&apos;s minimum is paid even when nobody calls.</source>
        <translation>요금에 GB-초가 없습니다. 시간당 {mi_instance_price_per_hour}인 인스턴스 {function.managed_instances.min_instances}개와 {mi_fee_percent} % 관리 수수료로, 트래픽과 상관없이 시간당 약 {cost_per_hour}입니다. 같은 요청을 온디맨드로 처리하면 시간당 약 {ondemand_cost_per_hour}입니다. 최소 플릿 비용은 아무도 호출하지 않아도 냅니다.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="98"/>
        <source>When traffic is low or rare: an idle minimum fleet of {function.managed_instances.min_instances} instances still costs its instance price plus the fee every hour, while idle on-demand environments cost nothing. Managed Instances pay off for steady traffic that keeps the instances busy, more so with a Savings Plan discount.</source>
        <translation>트래픽이 적거나 드물 때입니다. 유휴 상태의 최소 플릿 인스턴스 {function.managed_instances.min_instances}개도 매시간 인스턴스 가격과 수수료가 들지만, 유휴 온디맨드 환경은 비용이 없습니다. 관리형 인스턴스는 인스턴스를 계속 바쁘게 하는 꾸준한 트래픽에서, Savings Plan 할인이 있으면 더욱 이득입니다.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="99"/>
        <source>With only {function.managed_instances.max_concurrency} requests per environment, the {mi_environments} environments hold {mi_slots} requests; about {concurrency_mean} are in flight on average, so bursts find every slot taken and are throttled at once (429): nothing queues.</source>
        <translation>환경당 요청이 {function.managed_instances.max_concurrency}개뿐이면 실행 환경 {mi_environments}개가 요청 {mi_slots}개를 받습니다. 평균 약 {concurrency_mean}개가 처리 중이므로 몰리는 순간에는 모든 슬롯이 차 있어 즉시 스로틀링(429)됩니다. 대기열은 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="60"/>
        <source>So what did the pings buy?</source>
        <translation>그렇다면 핑으로 얻은 것은 무엇일까요?</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="61"/>
        <source>One warm environment, and only while the idle lifetime is longer than the ping interval. A burst needs as many environments as requests in flight, and each extra one starts cold.</source>
        <translation>따뜻한 실행 환경 하나, 그것도 유휴 유지 시간이 핑 간격보다 길 때만입니다. 요청이 몰리면 동시에 처리 중인 요청 수만큼 실행 환경이 필요하고, 추가되는 환경은 모두 콜드 스타트합니다.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="63"/>
        <source>Why is pinging no guarantee even for a single environment?</source>
        <translation>핑이 실행 환경 하나조차 보장하지 못하는 이유는 무엇일까요?</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="64"/>
        <source>AWS publishes no idle lifetime, so any interval is a guess; environments are also recycled every few hours even when busy, and a ping that meets a busy environment starts a new one. For a guaranteed number of ready environments, use provisioned concurrency.</source>
        <translation>AWS가 유휴 유지 시간을 공개하지 않으니 어떤 간격이든 추측일 뿐입니다. 또 실행 환경은 바빠도 몇 시간마다 교체되며, 바쁜 환경을 만난 핑은 새 환경을 띄웁니다. 준비된 실행 환경 수를 보장하려면 프로비저닝된 동시성을 쓰세요.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="66"/>
        <source>Provisioned concurrency for peak hours</source>
        <translation>피크 시간대의 프로비저닝된 동시성</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="67"/>
        <source>Environments initialised ahead of a peak remove its cold starts; their capacity is billed whether they serve or not.</source>
        <translation>피크 전에 미리 초기화한 실행 환경이 콜드 스타트를 없애 주지만, 그 용량은 요청을 처리하든 않든 과금됩니다.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="68"/>
        <source>A Java function whose cold start takes about {cold_latency_ms} (runtime init plus {function.init_ms.function} ms of function init). Traffic is {rate_start_per_s} requests per second, with a peak of {rate_peak_per_s} per second from minute {rate_peak_from_min} to minute {rate_peak_until_min}.</source>
        <translation>콜드 스타트에 약 {cold_latency_ms}(런타임 초기화 + 함수 초기화 {function.init_ms.function}ms)가 걸리는 Java 함수입니다. 트래픽은 초당 {rate_start_per_s}건이고, {rate_peak_from_min}분부터 {rate_peak_until_min}분까지 초당 {rate_peak_per_s}건의 피크가 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="71"/>
        <source>Requests in flight = rate × duration (Little&apos;s law): once the environments are warm, {workload.rate_per_s} per second × about {warm_latency_mean_ms} ≈ {concurrency_at_rate}. Round it up for some headroom.</source>
        <translation>동시 처리 요청 수 = 도착률 × 실행 시간(리틀의 법칙): 실행 환경이 모두 웜 상태가 되면 초당 {workload.rate_per_s}건 × 약 {warm_latency_mean_ms} ≈ {concurrency_at_rate}. 여유를 두어 올림합니다.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="72"/>
        <source>Now {function.provisioned_concurrency} environments of provisioned concurrency are scheduled from one minute before the peak until one minute after it, as Application Auto Scaling would do. They are initialised ahead of time and never idle out.</source>
        <translation>이제 Application Auto Scaling으로 하듯이, 피크 1분 전부터 1분 후까지 프로비저닝된 동시성 {function.provisioned_concurrency}개를 예약했습니다. 이 실행 환경들은 미리 초기화되고 유휴 만료되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="73"/>
        <source>Requests go to a free provisioned environment first: no cold start at the peak. Only traffic beyond {function.provisioned_concurrency} concurrent requests would spill to on-demand environments.</source>
        <translation>요청은 비어 있는 프로비저닝 환경으로 먼저 갑니다. 피크에도 콜드 스타트가 없습니다. 동시 요청이 {function.provisioned_concurrency}건을 넘을 때만 온디맨드 환경으로 넘어갑니다.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="74"/>
        <source>The price: capacity is billed for every GB-second it is configured, used or not: {price_pc_capacity_gb_s} per GB-s, about {price_pc_capacity_gb_month} per GB-month. Requests on it pay a lower duration rate ({price_pc_duration_gb_s} per GB-s).</source>
        <translation>대가: 용량은 쓰든 안 쓰든 설정된 동안 GB-초마다 과금됩니다. GB-s당 {price_pc_capacity_gb_s}, GB-월당 약 {price_pc_capacity_gb_month}입니다. 그 위에서 처리한 요청은 더 낮은 실행 시간 요금(GB-s당 {price_pc_duration_gb_s})을 냅니다.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="75"/>
        <source>What would {pc_peak} environments of {function.memory_mb} MB cost if left on all month?</source>
        <translation>{function.memory_mb}MB 실행 환경 {pc_peak}개를 한 달 내내 켜 두면 얼마일까요?</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="76"/>
        <source>About {pc_peak_month_usd} a month of capacity alone, whether they serve requests or not. Scheduled for one hour a day, about 1/24 of that.</source>
        <translation>용량만으로 한 달에 약 {pc_peak_month_usd}이며, 요청을 처리하든 않든 나갑니다. 하루 한 시간만 예약하면 그 1/24 정도입니다.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="80"/>
        <source>A Java application whose framework takes {function.init_ms.function} ms to start: every cold start spends about {init_ms} in init (the Java runtime&apos;s start plus the function init) before the handler runs. A cold request takes {cold_latency_ms} here.</source>
        <translation>프레임워크 시작에 {function.init_ms.function}ms가 걸리는 Java 애플리케이션입니다. 콜드 스타트마다 핸들러 실행 전에 약 {init_ms}(Java 런타임 시작 + 함수 초기화)를 초기화에 씁니다. 여기서 콜드 요청은 {cold_latency_ms}가 걸립니다.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="82"/>
        <source>The restore path (yellow) replaces extension, runtime and function init. Here the restore takes {restore_ms} instead of the seconds of init before, and a cold request takes {cold_latency_ms}.</source>
        <translation>복원 경로(노란색)가 익스텐션·런타임·함수 초기화를 대신합니다. 여기서 복원은 앞서 본 수 초의 초기화 대신 {restore_ms}가 걸리고, 콜드 요청은 {cold_latency_ms}가 걸립니다.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="89"/>
        <source>One environment, many requests</source>
        <translation>실행 환경 하나, 요청 여러 개</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="90"/>
        <source>Lambda Managed Instances run environments on EC2 instances that each serve many requests at once and never freeze: what that does to the lanes, the latency and the bill.</source>
        <translation>Lambda 관리형 인스턴스는 EC2 인스턴스 위에서 실행 환경을 돌리며, 각 환경은 여러 요청을 동시에 처리하고 동결되지 않습니다. 이것이 레인, 지연 시간, 요금에 어떤 영향을 주는지 봅니다.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="93"/>
        <source>The requests in one environment share its vCPU, but here they mostly wait on the database, and waiting is not shared: p50 and p99 stay close to on-demand&apos;s.</source>
        <translation>한 환경의 요청들은 그 vCPU를 나눠 쓰지만, 여기서는 대부분 데이터베이스를 기다리고 대기는 나눠 쓰지 않습니다. 그래서 p50과 p99가 온디맨드와 비슷합니다.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="94"/>
        <source>What would make the latency grow on Managed Instances?</source>
        <translation>관리형 인스턴스에서 지연 시간을 늘리는 것은 무엇일까요?</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="97"/>
        <source>When is on-demand cheaper?</source>
        <translation>온디맨드가 더 저렴한 때는 언제일까요?</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="69"/>
        <source>At the start of the peak Lambda scales out: every new environment is a cold start of about {cold_latency_ms}, and the p99 latency jumps.</source>
        <translation>피크가 시작되면 Lambda가 스케일 아웃합니다. 새 실행 환경마다 약 {cold_latency_ms}의 콜드 스타트가 생기고 p99 지연 시간이 치솟습니다.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="70"/>
        <source>How many environments does the peak need?</source>
        <translation>피크에는 실행 환경이 몇 개 필요할까요?</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="78"/>
        <source>SnapStart: restore instead of init</source>
        <translation>SnapStart: 초기화 대신 복원</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="79"/>
        <source>A snapshot of an initialised environment replaces init on the request path: when it pays off, and why not together with provisioned concurrency.</source>
        <translation>초기화된 실행 환경의 스냅샷이 요청 경로의 초기화를 대신합니다. 언제 이득인지, 왜 프로비저닝된 동시성과 함께 쓸 수 없는지 알아봅니다.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="81"/>
        <source>With SnapStart, Lambda runs init once when a version is published, takes a snapshot of memory and disk, and every new environment restores from that snapshot instead of running init.</source>
        <translation>SnapStart를 켜면 Lambda가 버전을 게시할 때 초기화를 한 번 실행하고 메모리와 디스크의 스냅샷을 만듭니다. 새 실행 환경은 초기화 대신 이 스냅샷에서 복원합니다.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="83"/>
        <source>When does SnapStart not pay off?</source>
        <translation>SnapStart가 이득이 아닌 때는 언제일까요?</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="84"/>
        <source>When init is already short. Measured restores of hello-world Java functions took 630 to 1,100 ms, slower than their plain init of about 250 ms. SnapStart pays when function init takes seconds. Python and .NET also pay a cache charge and a charge for every restore; Java pays nothing extra.</source>
        <translation>초기화가 이미 짧을 때입니다. hello-world Java 함수의 복원은 630~1,100ms로 측정되어, 약 250ms인 일반 초기화보다 느렸습니다. SnapStart는 함수 초기화가 수 초 걸릴 때 이득입니다. Python과 .NET은 캐시 요금과 복원마다 요금이 추가되며, Java는 추가 요금이 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="85"/>
        <source>SnapStart works for Java 11+, Python 3.12+ and .NET 8+; not for Node.js, Ruby, container images, EFS or ephemeral storage above 512 MB.</source>
        <translation>SnapStart는 Java 11+, Python 3.12+, .NET 8+에서 쓸 수 있고 Node.js, Ruby, 컨테이너 이미지, EFS, 512MB를 넘는 임시 스토리지에서는 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="86"/>
        <source>Why can&apos;t this function also use provisioned concurrency?</source>
        <translation>이 함수에 프로비저닝된 동시성까지 쓸 수 없는 이유는 무엇일까요?</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="87"/>
        <source>Lambda does not allow both on the same function: provisioned environments are already initialised ahead of time, while SnapStart makes on-demand cold starts shorter. Choose one; the explorer refuses the combination too.</source>
        <translation>Lambda는 한 함수에 둘을 함께 허용하지 않습니다. 프로비저닝 환경은 이미 미리 초기화되어 있고, SnapStart는 온디맨드 콜드 스타트를 짧게 만드는 기능입니다. 하나를 고르세요. 이 탐색기도 그 조합을 거부합니다.</translation>
    </message>
</context>
<context>
    <name>OutputFolder</name>
    <message>
        <location filename="../app/runtofolder.cpp" line="35"/>
        <source>%1: cannot create the output folder (a file of that name exists)</source>
        <translation>%1: 출력 폴더를 만들 수 없습니다 (같은 이름의 파일이 있습니다)</translation>
    </message>
    <message>
        <location filename="../app/runtofolder.cpp" line="36"/>
        <source>%1: cannot create the output folder</source>
        <translation>%1: 출력 폴더를 만들 수 없습니다</translation>
    </message>
</context>
<context>
    <name>ParameterPanel</name>
    <message>
        <location filename="../ui/parameterpanel.ui" line="15"/>
        <source>Function</source>
        <translation>함수</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.ui" line="23"/>
        <source>Runtime</source>
        <translation>런타임</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.ui" line="29"/>
        <source>Architecture</source>
        <translation>아키텍처</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.ui" line="35"/>
        <source>Memory</source>
        <translation>메모리</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.ui" line="44"/>
        <source>Handler CPU work (at 1 vCPU)</source>
        <translation>핸들러 CPU 작업 (1 vCPU 기준)</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.ui" line="53"/>
        <source>Handler I/O wait</source>
        <translation>핸들러 I/O 대기</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.ui" line="62"/>
        <source>DB connection setup</source>
        <translation>DB 연결 설정</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.ui" line="71"/>
        <source>DB connection opened</source>
        <translation>DB 연결 위치</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.ui" line="81"/>
        <source>Init sub-phases (cold start)</source>
        <translation>초기화 세부 단계 (콜드 스타트)</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.ui" line="89"/>
        <source>Environment setup</source>
        <translation>환경 설정</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.ui" line="98"/>
        <source>Extension init</source>
        <translation>익스텐션 초기화</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.ui" line="107"/>
        <source>Runtime init</source>
        <translation>런타임 초기화</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.ui" line="116"/>
        <source>Function init</source>
        <translation>함수 초기화</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.ui" line="129"/>
        <source>Platform</source>
        <translation>플랫폼</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.ui" line="137"/>
        <source>Idle timeout</source>
        <translation>유휴 시간 제한</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.ui" line="143"/>
        <source>Fixed idle timeout</source>
        <translation>고정 유휴 시간 제한</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.ui" line="152"/>
        <source>Provisioned concurrency</source>
        <translation>프로비저닝된 동시성</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.ui" line="164"/>
        <source>SnapStart</source>
        <translation>SnapStart</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.ui" line="174"/>
        <source>Traffic</source>
        <translation>트래픽</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.ui" line="182"/>
        <source>Pattern</source>
        <translation>패턴</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.ui" line="188"/>
        <source>Rate</source>
        <translation>요청률</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.ui" line="200"/>
        <source>Keep-warm pings</source>
        <translation>웜 유지 핑</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.ui" line="213"/>
        <source>Billing</source>
        <translation>과금</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.ui" line="221"/>
        <source>Init billing</source>
        <translation>초기화 과금</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <location filename="../app/reportexport.cpp" line="104"/>
        <source>The run is still being computed; export it once it is complete.</source>
        <translation>실행을 아직 계산하는 중입니다. 계산이 끝난 뒤 내보내세요.</translation>
    </message>
    <message>
        <location filename="../app/reportexport.cpp" line="108"/>
        <source>%1: the plots are not available</source>
        <translation>%1: 그래프를 사용할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../app/runtofolder.cpp" line="106"/>
        <source>Simulating the run…</source>
        <translation>실행을 시뮬레이션하는 중…</translation>
    </message>
    <message>
        <location filename="../app/runtofolder.cpp" line="128"/>
        <source>Drawing %1…</source>
        <translation>%1 그리는 중…</translation>
    </message>
    <message>
        <location filename="../app/runtofolder.cpp" line="131"/>
        <source>%1: the plot could not be drawn</source>
        <translation>%1: 그래프를 그릴 수 없습니다</translation>
    </message>
    <message>
        <location filename="../app/runtofolder.cpp" line="140"/>
        <source>Writing the page…</source>
        <translation>페이지를 쓰는 중…</translation>
    </message>
    <message>
        <location filename="../app/runtofolder.cpp" line="161"/>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../app/runtofolder.cpp" line="171"/>
        <source>out of memory</source>
        <translation>메모리가 부족합니다</translation>
    </message>
    <message>
        <location filename="../app/runtofolder.cpp" line="173"/>
        <source>internal error: %1</source>
        <translation>내부 오류: %1</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../app/reportpage.cpp" line="136"/>
        <source>the newest frozen environment takes a request (newest)</source>
        <translation>가장 최근에 동결된 실행 환경이 요청을 받음 (newest)</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="137"/>
        <source>the most recently used frozen environment takes a request (mru)</source>
        <translation>가장 최근에 사용된 동결 실행 환경이 요청을 받음 (mru)</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="138"/>
        <source>a frozen environment chosen at random takes a request (random)</source>
        <translation>무작위로 고른 동결 실행 환경이 요청을 받음 (random)</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="147"/>
        <source>Poisson arrivals at %1 requests/s</source>
        <translation>초당 %1건의 포아송 도착</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="149"/>
        <source>evenly spaced arrivals at %1 requests/s</source>
        <translation>초당 %1건의 등간격 도착</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="151"/>
        <source>daily cycle around %1 requests/s, peak to trough %2, peak at %3 s of a %4 s period</source>
        <translation>초당 %1건 중심의 일 주기, 최고/최저 비 %2, %4초 주기 중 %3초에 최고</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="154"/>
        <source>%1 requests/s, with bursts of %2 requests/s for %3 s every %4 s</source>
        <translation>초당 %1건, %4초마다 %3초 동안 초당 %2건의 버스트</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="157"/>
        <source>replay of the trace %1</source>
        <translation>트레이스 %1 재생</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="273"/>
        <source>Requests (pings included)</source>
        <translation>요청 (핑 포함)</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="274"/>
        <source>Duration (handler time, on-demand)</source>
        <translation>실행 시간 (핸들러 시간, 온디맨드)</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="275"/>
        <source>Init duration billed (cold starts)</source>
        <translation>과금된 초기화 시간 (콜드 스타트)</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="276"/>
        <source>Provisioned concurrency: capacity kept warm</source>
        <translation>프로비저닝된 동시성: 대기 용량</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="277"/>
        <source>Provisioned concurrency: duration</source>
        <translation>프로비저닝된 동시성: 실행 시간</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="278"/>
        <source>SnapStart: snapshot cache</source>
        <translation>SnapStart: 스냅샷 캐시</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="279"/>
        <source>SnapStart: restores</source>
        <translation>SnapStart: 복원</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="280"/>
        <source>Ephemeral storage above 512 MB</source>
        <translation>512 MB를 넘는 임시 스토리지</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="281"/>
        <source>Managed Instances: EC2 instance-hours</source>
        <translation>관리형 인스턴스: EC2 인스턴스 시간</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="282"/>
        <source>Managed Instances: management fee (15 %)</source>
        <translation>관리형 인스턴스: 관리 수수료 (15 %)</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="283"/>
        <source>Tenant isolation: environments created</source>
        <translation>테넌트 격리: 생성된 실행 환경</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="284"/>
        <source>Response streaming beyond 6 MB</source>
        <translation>6 MB를 넘는 응답 스트리밍</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="285"/>
        <source>Free tier credit</source>
        <translation>프리 티어 공제</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="319"/>
        <source>Latency of every request over the run, by start type (logarithmic axis). Cold starts sit one or two orders of magnitude above warm ones.</source>
        <translation>실행 동안 모든 요청의 지연 시간을 시작 유형별로 보여 줍니다(로그 축). 콜드 스타트는 웜 스타트보다 10~100배 위에 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="322"/>
        <source>Distribution of latency (share of requests at or below a latency), cold and warm starts apart, with the p50 and p99 of all requests.</source>
        <translation>지연 시간 분포(어떤 지연 시간 이하인 요청의 비율). 콜드 스타트와 웜 스타트를 나누어 보이고, 전체 요청의 p50과 p99를 표시합니다.</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="325"/>
        <source>Cost accumulated over the run, by line of the bill.</source>
        <translation>실행 동안 누적된 비용, 청구 항목별.</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="327"/>
        <source>Execution environments over time: busy (invoking), initialising, frozen (idle, kept warm) and provisioned.</source>
        <translation>시간에 따른 실행 환경: 처리 중(호출), 초기화 중, 동결(유휴, 웜 유지), 프로비저닝됨.</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="330"/>
        <source>Every execution environment as a lane, coloured by lifecycle phase: the whole run, and a closer look at its first seconds.</source>
        <translation>모든 실행 환경을 한 줄씩, 수명 주기 단계별 색으로 보여 줍니다: 전체 실행과 처음 몇 초의 확대.</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="345"/>
        <source>init free on managed runtimes (before August 2025)</source>
        <translation>관리형 런타임의 초기화 무료 (2025년 8월 이전)</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="346"/>
        <source>init billed (since August 2025)</source>
        <translation>초기화 과금 (2025년 8월부터)</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="354"/>
        <source>%1 — Lambda Lifecycle Explorer report</source>
        <translation>%1 — Lambda Lifecycle Explorer 보고서</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="361"/>
        <source>Lambda Lifecycle Explorer report · generated %1</source>
        <translation>Lambda Lifecycle Explorer 보고서 · %1 생성</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="368"/>
        <source>Software</source>
        <translation>소프트웨어</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="369"/>
        <source>Model reference</source>
        <translation>모델 참조</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="370"/>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="371"/>
        <source>Simulated</source>
        <translation>시뮬레이션 시간</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="372"/>
        <source>Billing regime</source>
        <translation>과금 방식</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="372"/>
        <source>, free tier applied</source>
        <translation>, 프리 티어 적용</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="373"/>
        <source>Function</source>
        <translation>함수</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="373"/>
        <source>%1, %2, %3 MB</source>
        <translation>%1, %2, %3 MB</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="378"/>
        <source>Traffic</source>
        <translation>트래픽</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="379"/>
        <location filename="../app/reportpage.cpp" line="513"/>
        <source>Timed changes</source>
        <translation>시간 지정 변경</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="379"/>
        <location filename="../app/reportpage.cpp" line="506"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/reportpage.cpp" line="379"/>
        <source>%n change(s), listed under Parameters</source>
        <translation>
            <numerusform>변경 %n건, 매개변수 표에 있음</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="384"/>
        <location filename="../app/reportpage.cpp" line="389"/>
        <source>Key figures</source>
        <translation>핵심 지표</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="384"/>
        <source>Bill</source>
        <translation>청구서</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="384"/>
        <location filename="../app/reportpage.cpp" line="470"/>
        <source>Plots</source>
        <translation>그래프</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="384"/>
        <source>Assumptions</source>
        <translation>가정</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="385"/>
        <source>Parameters</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="385"/>
        <location filename="../app/reportpage.cpp" line="559"/>
        <source>Data files</source>
        <translation>데이터 파일</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="390"/>
        <location filename="../app/reportpage.cpp" line="406"/>
        <source>Requests</source>
        <translation>요청</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="391"/>
        <source>%1 throttled · %2 timed out</source>
        <translation>스로틀 %1 · 시간 초과 %2</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="392"/>
        <source>Cold starts</source>
        <translation>콜드 스타트</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="393"/>
        <source>%1 of %2 completed</source>
        <translation>완료 %2건 중 %1건</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="394"/>
        <source>Latency p50</source>
        <translation>지연 시간 p50</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="394"/>
        <source>half of the requests are faster</source>
        <translation>요청의 절반이 이보다 빠름</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="395"/>
        <source>Latency p90 · p99</source>
        <translation>지연 시간 p90 · p99</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="396"/>
        <source>1 in 10 and 1 in 100 requests are slower</source>
        <translation>10건 중 1건, 100건 중 1건이 이보다 느림</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="397"/>
        <source>Cost of the run</source>
        <translation>실행 비용</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="397"/>
        <source>over %1 simulated</source>
        <translation>시뮬레이션 %1 동안</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="398"/>
        <source>Cost per 1M requests</source>
        <translation>요청 100만 건당 비용</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="398"/>
        <source>completed requests</source>
        <translation>완료된 요청 기준</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="399"/>
        <source>Projected per month</source>
        <translation>월 예상 비용</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="400"/>
        <source>at this rate for 730 h</source>
        <translation>이 속도로 730시간</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="401"/>
        <source>Environments</source>
        <translation>실행 환경</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="401"/>
        <source>%1 created</source>
        <translation>%1개 생성</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="402"/>
        <source>peak %1 · mean %2</source>
        <translation>최대 %1 · 평균 %2</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="406"/>
        <source>Latency</source>
        <translation>지연 시간</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="406"/>
        <source>Count</source>
        <translation>건수</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="407"/>
        <source>mean</source>
        <translation>평균</translation>
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
        <translation>최대</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="410"/>
        <source>All requests</source>
        <translation>전체 요청</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="411"/>
        <source>Cold starts (and SnapStart restores)</source>
        <translation>콜드 스타트 (SnapStart 복원 포함)</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="412"/>
        <source>Warm starts (and provisioned)</source>
        <translation>웜 스타트 (프로비저닝 포함)</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="415"/>
        <source>Requests and environments</source>
        <translation>요청과 실행 환경</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="419"/>
        <source>Requests (completed · throttled · timed out)</source>
        <translation>요청 (완료 · 스로틀 · 시간 초과)</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="421"/>
        <source>Start types (cold · warm · provisioned · SnapStart)</source>
        <translation>시작 유형 (콜드 · 웜 · 프로비저닝 · SnapStart)</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="424"/>
        <source>Keep-warm pings (billed, not in the latency figures)</source>
        <translation>웜 유지 핑 (과금됨, 지연 시간 지표에는 제외)</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="425"/>
        <source>Environments created · peak · shut down</source>
        <translation>실행 환경 생성 · 최대 · 종료</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="428"/>
        <source>Environments on average (all · busy · idle)</source>
        <translation>평균 실행 환경 수 (전체 · 처리 중 · 유휴)</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="431"/>
        <source>GB-seconds billed (on demand · provisioned)</source>
        <translation>과금된 GB-초 (온디맨드 · 프로비저닝)</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="433"/>
        <source>GB-seconds idle (frozen environments, not billed on demand)</source>
        <translation>유휴 GB-초 (동결된 실행 환경, 온디맨드에서는 과금 안 됨)</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="438"/>
        <source>Itemised bill</source>
        <translation>항목별 청구서</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="440"/>
        <source>Line</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="440"/>
        <source>summary.json key</source>
        <translation>summary.json 키</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="440"/>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="440"/>
        <source>Share</source>
        <translation>비중</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="459"/>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="462"/>
        <source>Per 1M completed requests: %1. Projected per month (730 h at the simulated rate): %2 — a straight extrapolation; minimum charges (provisioned concurrency in 5-minute steps, the 3-hour SnapStart cache minimum) weigh more in a short run.</source>
        <translation>완료 요청 100만 건당: %1. 월 예상(시뮬레이션한 속도로 730시간): %2 — 단순 외삽입니다. 최소 과금(5분 단위의 프로비저닝된 동시성, SnapStart 캐시 최소 3시간)은 짧은 실행에서 더 크게 작용합니다.</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="483"/>
        <source>Assumptions in force</source>
        <translation>적용된 가정</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="487"/>
        <source>Idle timeout</source>
        <translation>유휴 시간 제한</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="488"/>
        <source>drawn uniformly between %1 s and %2 s for every idle period</source>
        <translation>유휴 구간마다 %1초에서 %2초 사이에서 균등하게 뽑음</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="490"/>
        <source>fixed at %1 s: a frozen environment is shut down after that long unused</source>
        <translation>%1초로 고정: 동결된 실행 환경은 그만큼 쓰이지 않으면 종료됨</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="492"/>
        <source>Routing</source>
        <translation>라우팅</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="493"/>
        <source>Maximum lifetime</source>
        <translation>최대 수명</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="494"/>
        <source>%1 s: an environment is retired after its current request once this old</source>
        <translation>%1초: 실행 환경이 이만큼 오래되면 현재 요청을 마친 뒤 폐기됨</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="496"/>
        <source>none (environments are never recycled for age)</source>
        <translation>없음 (나이 때문에 실행 환경을 교체하지 않음)</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="497"/>
        <source>Scale-out rate</source>
        <translation>스케일 아웃 속도</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="497"/>
        <source>burst of %1 new environments, then %2 per second (token bucket); concurrency limit %3</source>
        <translation>새 실행 환경 %1개까지 한 번에, 이후 초당 %2개 (토큰 버킷). 동시성 한도 %3</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="501"/>
        <source>Init billing</source>
        <translation>초기화 과금</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="502"/>
        <source>Free tier</source>
        <translation>프리 티어</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="502"/>
        <source>1M requests and 400,000 GB-s subtracted per started 31 days</source>
        <translation>시작된 31일마다 요청 100만 건과 400,000 GB-초 차감</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="503"/>
        <source>not applied</source>
        <translation>적용 안 함</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="505"/>
        <source>Provisioned concurrency</source>
        <translation>프로비저닝된 동시성</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="507"/>
        <source>SnapStart</source>
        <translation>SnapStart</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="508"/>
        <source>on: restore %1 ms, billed restore %2 ms</source>
        <translation>켜짐: 복원 %1 ms, 과금되는 복원 %2 ms</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="507"/>
        <source>off</source>
        <translation>꺼짐</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="510"/>
        <source>on: restore %1 ms; this runtime pays no restore or cache charge</source>
        <translation>켜짐: 복원 %1 ms. 이 런타임은 복원 요금과 캐시 요금을 내지 않습니다</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="513"/>
        <source>the configuration changes during the run; see changes[…] under Parameters. The assumptions above are those at the start.</source>
        <translation>실행 중에 구성이 바뀝니다. 매개변수 표의 changes[…]를 보세요. 위의 가정은 시작 시점의 것입니다.</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="521"/>
        <source>Prices used (%1, us-east-1)</source>
        <translation>적용한 가격 (%1, us-east-1)</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="523"/>
        <source>pricing.rates key</source>
        <translation>pricing.rates 키</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="523"/>
        <source>Price</source>
        <translation>가격</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="523"/>
        <source>Unit</source>
        <translation>단위</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="529"/>
        <source>override (list price %1)</source>
        <translation>재정의 (정가 %1)</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="536"/>
        <source>from %1 GB-s a month: %2 per GB-s</source>
        <translation>월 %1 GB-초부터: GB-초당 %2</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="538"/>
        <source>On-demand duration is priced in volume tiers: %1.</source>
        <translation>온디맨드 실행 시간은 사용량 구간별로 가격이 매겨집니다: %1.</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="547"/>
        <source>Scenario parameters</source>
        <translation>시나리오 매개변수</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="548"/>
        <source>Every key of the scenario as run (scenario.json in this folder holds the same). Greyed keys are not read with these settings.</source>
        <translation>실행한 시나리오의 모든 키입니다(이 폴더의 scenario.json에도 같은 내용이 있습니다). 회색 키는 이 설정에서는 읽히지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="551"/>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="551"/>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="566"/>
        <source>the figures above (lambda-explorer/summary@1)</source>
        <translation>위의 수치 (lambda-explorer/summary@1)</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="568"/>
        <source>the scenario as run, every key (lambda-explorer/scenario@1)</source>
        <translation>실행한 시나리오의 모든 키 (lambda-explorer/scenario@1)</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="570"/>
        <source>one row per request, pings included</source>
        <translation>요청마다 한 행, 핑 포함</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="572"/>
        <source>one row per execution environment</source>
        <translation>실행 환경마다 한 행</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="574"/>
        <source>one row per lifecycle phase of every environment</source>
        <translation>모든 실행 환경의 수명 주기 단계마다 한 행</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="576"/>
        <source>one row per %1 of simulated time</source>
        <translation>시뮬레이션 시간 %1마다 한 행</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="582"/>
        <source>To run it again (the same seed gives the same results on the same version):</source>
        <translation>다시 실행하려면(같은 버전에서 같은 시드는 같은 결과를 냅니다):</translation>
    </message>
    <message>
        <location filename="../app/reportpage.cpp" line="587"/>
        <source>%1 · model reference %2 · a simulation of AWS Lambda execution environments; prices of us-east-1 as listed above. Figures are estimates, not an AWS bill.</source>
        <translation>%1 · 모델 참조 %2 · AWS Lambda 실행 환경의 시뮬레이션이며, 가격은 위에 적은 us-east-1 가격입니다. 수치는 추정치이며 AWS 청구서가 아닙니다.</translation>
    </message>
</context>
<context>
    <name>ReportPlots</name>
    <message>
        <location filename="../widgets/reportplots.cpp" line="55"/>
        <source>seed %1 · %2 simulated</source>
        <translation>시드 %1 · 시뮬레이션 %2</translation>
    </message>
    <message>
        <location filename="../widgets/reportplots.cpp" line="57"/>
        <source> (shown up to %1)</source>
        <translation> (%1까지 표시)</translation>
    </message>
    <message>
        <location filename="../widgets/reportplots.cpp" line="59"/>
        <source>model reference %1</source>
        <translation>모델 참조 %1</translation>
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
        <translation>시뮬레이션 시간 (초)</translation>
    </message>
    <message>
        <location filename="../widgets/reportplots.cpp" line="242"/>
        <source>simulated time (min)</source>
        <translation>시뮬레이션 시간 (분)</translation>
    </message>
    <message>
        <location filename="../widgets/reportplots.cpp" line="243"/>
        <source>simulated time (h)</source>
        <translation>시뮬레이션 시간 (시간)</translation>
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
        <translation>실행 환경 %1개,
한 줄에 %2개</translation>
    </message>
    <message>
        <location filename="../widgets/reportplots.cpp" line="368"/>
        <source>%1 envs</source>
        <translation>실행 환경 %1개</translation>
    </message>
    <message>
        <location filename="../widgets/reportplots.cpp" line="374"/>
        <source>No execution environment in this stretch of time.</source>
        <translation>이 시간 구간에는 실행 환경이 없습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/reportplots.cpp" line="383"/>
        <source>429 ✕</source>
        <translation>429 ✕</translation>
    </message>
    <message>
        <location filename="../widgets/reportplots.cpp" line="492"/>
        <source>environments created: %1 · shut down: %2 on idle timeout, %3 on max lifetime</source>
        <translation>생성된 실행 환경: %1 · 종료: 유휴 시간 제한 %2, 최대 수명 %3</translation>
    </message>
    <message>
        <location filename="../widgets/reportplots.cpp" line="497"/>
        <source>, %1 configuration change</source>
        <translation>, 구성 변경 %1</translation>
    </message>
    <message>
        <location filename="../widgets/reportplots.cpp" line="499"/>
        <source> · %1 still running at the end</source>
        <translation> · 끝날 때 %1개 실행 중</translation>
    </message>
    <message>
        <location filename="../widgets/reportplots.cpp" line="549"/>
        <source>The run up to %1</source>
        <translation>%1까지의 실행</translation>
    </message>
    <message>
        <location filename="../widgets/reportplots.cpp" line="550"/>
        <source>The whole run</source>
        <translation>전체 실행</translation>
    </message>
    <message>
        <location filename="../widgets/reportplots.cpp" line="554"/>
        <source>The first %1 s, closer: the init phases of the first cold starts</source>
        <translation>처음 %1초 확대: 첫 콜드 스타트들의 초기화 단계</translation>
    </message>
    <message>
        <location filename="../widgets/reportplots.cpp" line="579"/>
        <source>Latency per request</source>
        <translation>요청별 지연 시간</translation>
    </message>
    <message>
        <location filename="../widgets/reportplots.cpp" line="580"/>
        <source>Latency distribution, cold and warm starts</source>
        <translation>지연 시간 분포, 콜드 스타트와 웜 스타트</translation>
    </message>
    <message>
        <location filename="../widgets/reportplots.cpp" line="581"/>
        <source>Cost accumulated by line item</source>
        <translation>항목별 누적 비용</translation>
    </message>
    <message>
        <location filename="../widgets/reportplots.cpp" line="582"/>
        <source>Execution environments over time</source>
        <translation>시간에 따른 실행 환경</translation>
    </message>
    <message>
        <location filename="../widgets/reportplots.cpp" line="583"/>
        <source>Execution environment lifecycle</source>
        <translation>실행 환경 수명 주기</translation>
    </message>
    <message>
        <location filename="../widgets/reportplots.cpp" line="640"/>
        <source>%1: the plot could not be drawn</source>
        <translation>%1: 그래프를 그릴 수 없습니다</translation>
    </message>
</context>
<context>
    <name>ScenarioName</name>
    <message>
        <location filename="../app/lessonstrings.cpp" line="103"/>
        <source>Python API with bursts</source>
        <translation>버스트가 있는 Python API</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="104"/>
        <source>Sparse traffic idles out</source>
        <translation>드문 트래픽은 유휴 시간 제한에 걸린다</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="105"/>
        <source>Morning peak with provisioned concurrency</source>
        <translation>프로비저닝된 동시성으로 맞는 아침 피크</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="106"/>
        <source>Java with SnapStart</source>
        <translation>SnapStart를 쓰는 Java</translation>
    </message>
    <message>
        <location filename="../app/lessonstrings.cpp" line="107"/>
        <source>More memory: CPU-bound vs I/O-bound</source>
        <translation>메모리를 늘리면: CPU 위주 대 I/O 위주</translation>
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
        <translation>시드 %1 · %2개 지점 × 시드 %3개, 95% 신뢰 구간</translation>
    </message>
    <message>
        <location filename="../widgets/sweeppng.cpp" line="53"/>
        <source>seed %1 · %2 points, one seed each</source>
        <translation>시드 %1 · %2개 지점, 지점마다 시드 1개</translation>
    </message>
    <message>
        <location filename="../widgets/sweeppng.cpp" line="55"/>
        <source>model reference %1</source>
        <translation>모델 기준 %1</translation>
    </message>
    <message>
        <location filename="../widgets/sweeppng.cpp" line="147"/>
        <source>Cost and p99 latency per tested point: %1</source>
        <translation>시험한 지점별 비용과 p99 지연 시간: %1</translation>
    </message>
    <message>
        <location filename="../widgets/sweeppng.cpp" line="165"/>
        <source>Cost against p99 latency: %1</source>
        <translation>비용 대비 p99 지연 시간: %1</translation>
    </message>
    <message>
        <location filename="../widgets/sweeppng.cpp" line="178"/>
        <source>%1 could not be drawn</source>
        <translation>%1을(를) 그릴 수 없습니다</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../app/vocabulary.cpp" line="24"/>
        <source>runtime</source>
        <translation>런타임</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="25"/>
        <source>architecture</source>
        <translation>아키텍처</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="26"/>
        <source>memory</source>
        <translation>메모리</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="27"/>
        <source>handler CPU</source>
        <translation>핸들러 CPU</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="28"/>
        <source>handler I/O</source>
        <translation>핸들러 I/O</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="29"/>
        <source>DB connection setup</source>
        <translation>DB 연결 설정</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="30"/>
        <source>DB connection in global scope</source>
        <translation>전역 범위의 DB 연결</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="31"/>
        <source>environment setup</source>
        <translation>환경 설정</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="32"/>
        <source>extension init</source>
        <translation>익스텐션 초기화</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="33"/>
        <source>runtime init</source>
        <translation>런타임 초기화</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="34"/>
        <source>function init</source>
        <translation>함수 초기화</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="35"/>
        <source>extensions</source>
        <translation>익스텐션</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="36"/>
        <source>timeout</source>
        <translation>제한 시간</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="37"/>
        <location filename="../app/vocabulary.cpp" line="116"/>
        <source>idle timeout</source>
        <translation>유휴 시간 제한</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="38"/>
        <source>idle timeout (shortest)</source>
        <translation>유휴 시간 제한 (최소)</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="39"/>
        <source>idle timeout (longest)</source>
        <translation>유휴 시간 제한 (최대)</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="40"/>
        <location filename="../app/vocabulary.cpp" line="105"/>
        <source>provisioned concurrency</source>
        <translation>프로비저닝된 동시성</translation>
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
        <translation>트래픽</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="43"/>
        <source>rate</source>
        <translation>요청률</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="44"/>
        <source>base rate</source>
        <translation>기본 요청률</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="45"/>
        <source>mean rate</source>
        <translation>평균 요청률</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="46"/>
        <source>keep-warm pings</source>
        <translation>웜 유지 핑</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="47"/>
        <source>init billing</source>
        <translation>초기화 과금</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="63"/>
        <source>Environment setup</source>
        <translation>환경 설정</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="64"/>
        <source>Extension init</source>
        <translation>익스텐션 초기화</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="65"/>
        <source>Runtime init</source>
        <translation>런타임 초기화</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="66"/>
        <source>Function init</source>
        <translation>함수 초기화</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="67"/>
        <source>Restore (SnapStart)</source>
        <translation>복원 (SnapStart)</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="68"/>
        <source>Invoke</source>
        <translation>호출</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="69"/>
        <source>Frozen</source>
        <translation>동결(Frozen)</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="70"/>
        <source>Shutdown</source>
        <translation>종료</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="78"/>
        <source>cold start</source>
        <translation>콜드 스타트</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="79"/>
        <source>warm start</source>
        <translation>웜 스타트</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="80"/>
        <source>provisioned</source>
        <translation>프로비저닝됨</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="81"/>
        <source>SnapStart restore</source>
        <translation>SnapStart 복원</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="82"/>
        <source>throttled (429)</source>
        <translation>스로틀됨 (429)</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="83"/>
        <source>timed out</source>
        <translation>시간 초과</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="91"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="92"/>
        <source>first environment</source>
        <translation>첫 번째 실행 환경</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="93"/>
        <source>scale-out: all environments busy</source>
        <translation>스케일 아웃: 모든 실행 환경이 사용 중</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="94"/>
        <source>previous environments expired (idle timeout)</source>
        <translation>이전 실행 환경 만료 (유휴 시간 제한)</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="95"/>
        <source>previous environments recycled (max lifetime)</source>
        <translation>이전 실행 환경 교체 (최대 수명)</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="96"/>
        <source>configuration changed (new version)</source>
        <translation>구성 변경 (새 버전)</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="104"/>
        <source>on-demand</source>
        <translation>온디맨드</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="107"/>
        <source>managed instance</source>
        <translation>관리형 인스턴스</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="115"/>
        <source>still running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="117"/>
        <source>max lifetime</source>
        <translation>최대 수명</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="118"/>
        <source>configuration changed</source>
        <translation>구성 변경</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="119"/>
        <source>end of run</source>
        <translation>실행 종료</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="120"/>
        <source>fleet scaled in</source>
        <translation>플릿 축소</translation>
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
        <translation>초</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="158"/>
        <source>/s</source>
        <translation>/초</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="167"/>
        <source>on</source>
        <translation>켜짐</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="167"/>
        <source>off</source>
        <translation>꺼짐</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="170"/>
        <source>billed</source>
        <translation>과금</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="171"/>
        <source>free (before Aug 2025)</source>
        <translation>무료 (2025년 8월 이전)</translation>
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
        <translation>%1/초</translation>
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
        <translation>%1~%2분</translation>
    </message>
    <message>
        <location filename="../app/vocabulary.cpp" line="204"/>
        <source>%1–%2</source>
        <translation>%1~%2</translation>
    </message>
</context>
<context>
    <name>lle::AboutDialog</name>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="21"/>
        <source>About %1</source>
        <translation>%1 정보</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="31"/>
        <source>Version %1 (commit %2), running on Qt %3</source>
        <translation>버전 %1 (커밋 %2), Qt %3에서 실행 중</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="33"/>
        <source>Licence: %1</source>
        <translation>라이선스: %1</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="34"/>
        <source>Free software: you may share and change it under the GNU General Public License, version 3 or any later version. It comes with no warranty.</source>
        <translation>자유 소프트웨어입니다. GNU 일반 공중 사용 허가서(GPL) 버전 3 또는 그 이후 버전에 따라 공유하고 수정할 수 있습니다. 어떠한 보증도 제공하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="47"/>
        <source>Component</source>
        <translation>구성 요소</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="47"/>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="47"/>
        <source>Licence</source>
        <translation>라이선스</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="47"/>
        <source>Used for</source>
        <translation>용도</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="65"/>
        <source>Copyright lines and the full licence texts are in /usr/share/doc/lambda-explorer/copyright once the package is installed.</source>
        <translation>저작권 표시와 라이선스 전문은 패키지를 설치하면 /usr/share/doc/lambda-explorer/copyright에 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="70"/>
        <source>Third-party components</source>
        <translation>서드파티 구성 요소</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="78"/>
        <source>Prices and behaviour follow “%1”, dated %2 (%3). Its sources:</source>
        <translation>가격과 동작은 “%1”(%2, %3)을 따릅니다. 출처:</translation>
    </message>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="86"/>
        <source>Model reference</source>
        <translation>모델 참조 문서</translation>
    </message>
</context>
<context>
    <name>lle::AboutInfo</name>
    <message>
        <location filename="../app/aboutinfo.cpp" line="36"/>
        <source>application framework and user interface (dynamically linked)</source>
        <translation>애플리케이션 프레임워크와 사용자 인터페이스 (동적 링크)</translation>
    </message>
    <message>
        <location filename="../app/aboutinfo.cpp" line="40"/>
        <source>the live plots (dynamically linked)</source>
        <translation>실시간 그래프 (동적 링크)</translation>
    </message>
    <message>
        <location filename="../app/aboutinfo.cpp" line="44"/>
        <source>reading and writing scenario and result files (compiled in)</source>
        <translation>시나리오와 결과 파일 읽기·쓰기 (컴파일에 포함)</translation>
    </message>
    <message>
        <location filename="../app/aboutinfo.cpp" line="49"/>
        <source>recording clips as MP4 (H.264, x264), WebM (VP9, libvpx) and GIF (dynamically linked)</source>
        <translation>MP4(H.264, x264), WebM(VP9, libvpx), GIF 클립 녹화 (동적 링크)</translation>
    </message>
</context>
<context>
    <name>lle::Autosave</name>
    <message>
        <location filename="../ui/autosave.cpp" line="176"/>
        <source>The autosaved scenario %1 cannot be read; it was moved to %2.

%3</source>
        <translation>자동 저장된 시나리오 %1을(를) 읽을 수 없어 %2(으)로 옮겼습니다.

%3</translation>
    </message>
    <message>
        <location filename="../ui/autosave.cpp" line="178"/>
        <source>The autosaved scenario %1 cannot be read; it was removed.

%2</source>
        <translation>자동 저장된 시나리오 %1을(를) 읽을 수 없어 삭제했습니다.

%2</translation>
    </message>
    <message>
        <location filename="../ui/autosave.cpp" line="184"/>
        <source>Autosave</source>
        <translation>자동 저장</translation>
    </message>
    <message>
        <location filename="../ui/autosave.cpp" line="193"/>
        <source>Unsaved scenario</source>
        <translation>저장되지 않은 시나리오</translation>
    </message>
    <message>
        <location filename="../ui/autosave.cpp" line="194"/>
        <source>Restore the unsaved scenario from %1?</source>
        <translation>%1에 자동 저장된, 저장되지 않은 시나리오를 복원할까요?</translation>
    </message>
    <message>
        <location filename="../ui/autosave.cpp" line="196"/>
        <source>Restore</source>
        <translation>복원</translation>
    </message>
    <message>
        <location filename="../ui/autosave.cpp" line="197"/>
        <source>Discard</source>
        <translation>버리기</translation>
    </message>
</context>
<context>
    <name>lle::CalibrationDialog</name>
    <message>
        <location filename="../ui/calibrationdialog.cpp" line="119"/>
        <location filename="../ui/calibrationdialog.cpp" line="124"/>
        <source>Save the fitted scenario</source>
        <translation>보정된 시나리오 저장</translation>
    </message>
    <message>
        <location filename="../ui/calibrationdialog.cpp" line="121"/>
        <source>Scenario files (*.json)</source>
        <translation>시나리오 파일 (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/calibrationdialog.cpp" line="189"/>
        <location filename="../ui/calibrationdialog.cpp" line="200"/>
        <source>Cancelled; nothing was read.</source>
        <translation>취소했습니다. 아무것도 읽지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../ui/calibrationdialog.cpp" line="250"/>
        <source>handler</source>
        <translation>핸들러</translation>
    </message>
    <message>
        <location filename="../ui/calibrationdialog.cpp" line="251"/>
        <source>Init Duration</source>
        <translation>초기화 시간(Init Duration)</translation>
    </message>
    <message>
        <location filename="../ui/calibrationdialog.cpp" line="252"/>
        <source>SnapStart restore</source>
        <translation>SnapStart 복원</translation>
    </message>
    <message>
        <location filename="../ui/calibrationdialog.cpp" line="258"/>
        <source>mean</source>
        <translation>평균</translation>
    </message>
    <message>
        <location filename="../ui/calibrationdialog.cpp" line="271"/>
        <source>fixed</source>
        <translation>고정</translation>
    </message>
    <message>
        <location filename="../ui/calibrationdialog.cpp" line="272"/>
        <source>exponential</source>
        <translation>지수 분포</translation>
    </message>
    <message>
        <location filename="../ui/calibrationdialog.cpp" line="273"/>
        <source>lognormal, cv %1</source>
        <translation>로그 정규 분포, 변동 계수 %1</translation>
    </message>
    <message>
        <location filename="../ui/calibrationdialog.cpp" line="276"/>
        <source>&lt;b&gt;%1 reports&lt;/b&gt; at %2 MB (%3 timeouts, %4 errors)</source>
        <translation>&lt;b&gt;REPORT %1건&lt;/b&gt;, %2 MB (타임아웃 %3건, 오류 %4건)</translation>
    </message>
    <message>
        <location filename="../ui/calibrationdialog.cpp" line="282"/>
        <source>One memory size in the log: CPU and I/O cannot be told apart, all of the time counts as CPU.</source>
        <translation>로그에 메모리 크기가 하나뿐이라 CPU와 I/O를 구분할 수 없어 전부 CPU 시간으로 계산했습니다.</translation>
    </message>
    <message>
        <location filename="../ui/calibrationdialog.cpp" line="279"/>
        <source>Handler: CPU %1 at 1 vCPU, I/O %2 (%3)</source>
        <translation>핸들러: CPU %1(vCPU 1개 기준), I/O %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/calibrationdialog.cpp" line="283"/>
        <source>Function init %1 (from %2 cold starts): their Init Duration minus %3&apos;s runtime init %4%5</source>
        <translation>함수 초기화 %1(콜드 스타트 %2회 기준): Init Duration에서 %3의 런타임 초기화 %4%5을(를) 뺀 값</translation>
    </message>
    <message>
        <location filename="../ui/calibrationdialog.cpp" line="286"/>
        <source> and extension init %1</source>
        <translation>와(과) 익스텐션 초기화 %1</translation>
    </message>
    <message>
        <location filename="../ui/calibrationdialog.cpp" line="288"/>
        <source>SnapStart restore %1</source>
        <translation>SnapStart 복원 %1</translation>
    </message>
    <message>
        <location filename="../ui/calibrationdialog.cpp" line="296"/>
        <source>Nothing has been fitted yet.</source>
        <translation>아직 보정한 결과가 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/calibrationdialog.cpp" line="304"/>
        <source>Calibrate from logs — %1</source>
        <translation>로그로 보정 — %1</translation>
    </message>
    <message>
        <location filename="../ui/calibrationdialog.cpp" line="305"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../ui/calibrationdialog.cpp" line="306"/>
        <source>&amp;Apply to the window</source>
        <translation>창에 적용(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/calibrationdialog.cpp" line="307"/>
        <source>&amp;Save scenario…</source>
        <translation>시나리오 저장(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/calibrationdialog.cpp" line="308"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location filename="../ui/calibrationdialog.cpp" line="309"/>
        <source>Runtime init subtracted: &amp;runtime</source>
        <translation>빼는 런타임 초기화: 런타임(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/calibrationdialog.cpp" line="310"/>
        <source>The log&apos;s Init Duration includes the runtime&apos;s own init: the function init fitted is what remains after subtracting this runtime&apos;s. The command line uses function.runtime of its scenario (--set function.runtime=…).</source>
        <translation>로그의 Init Duration에는 런타임 자체의 초기화가 들어 있습니다. 맞춘 함수 초기화는 이 런타임의 초기화를 빼고 남은 값입니다. 명령줄은 시나리오의 function.runtime을 사용합니다(--set function.runtime=…).</translation>
    </message>
    <message>
        <location filename="../ui/calibrationdialog.cpp" line="313"/>
        <source>Quantity</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../ui/calibrationdialog.cpp" line="313"/>
        <source>Statistic</source>
        <translation>통계</translation>
    </message>
    <message>
        <location filename="../ui/calibrationdialog.cpp" line="313"/>
        <source>Samples</source>
        <translation>표본 수</translation>
    </message>
    <message>
        <location filename="../ui/calibrationdialog.cpp" line="313"/>
        <source>Measured</source>
        <translation>측정값</translation>
    </message>
    <message>
        <location filename="../ui/calibrationdialog.cpp" line="313"/>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../ui/calibrationdialog.cpp" line="317"/>
        <source>Reading %1…</source>
        <translation>%1 읽는 중…</translation>
    </message>
    <message>
        <location filename="../ui/calibrationdialog.cpp" line="321"/>
        <source>Fitted to %1. The bars are the log, the line the model with the fitted values.</source>
        <translation>%1에 맞췄습니다. 막대는 로그, 선은 맞춘 값으로 돌린 모델입니다.</translation>
    </message>
</context>
<context>
    <name>lle::CalibrationPlot</name>
    <message>
        <location filename="../widgets/calibrationplot.cpp" line="107"/>
        <source>handler duration (ms, log scale)</source>
        <translation>핸들러 실행 시간 (ms, 로그 눈금)</translation>
    </message>
    <message>
        <location filename="../widgets/calibrationplot.cpp" line="108"/>
        <source>share of invocations (%)</source>
        <translation>호출 비율 (%)</translation>
    </message>
    <message>
        <location filename="../widgets/calibrationplot.cpp" line="109"/>
        <source>measured (logs)</source>
        <translation>측정 (로그)</translation>
    </message>
    <message>
        <location filename="../widgets/calibrationplot.cpp" line="110"/>
        <source>model (fitted)</source>
        <translation>모델 (보정)</translation>
    </message>
</context>
<context>
    <name>lle::CdfPlot</name>
    <message>
        <location filename="../widgets/runplots.cpp" line="957"/>
        <source>Latency CDF</source>
        <translation>지연 시간 누적 분포(CDF)</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="958"/>
        <source>cold</source>
        <translation>콜드</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="959"/>
        <source>warm</source>
        <translation>웜</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="960"/>
        <source>all requests</source>
        <translation>모든 요청</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="961"/>
        <source>latency (ms, log)</source>
        <translation>지연 시간 (ms, 로그)</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="962"/>
        <source>share ≤ x</source>
        <translation>x 이하 비율</translation>
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
        <translation>시각</translation>
    </message>
    <message>
        <location filename="../ui/changeslist.cpp" line="108"/>
        <source>Setting</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../ui/changeslist.cpp" line="108"/>
        <source>Old → new</source>
        <translation>이전 → 새 값</translation>
    </message>
    <message>
        <location filename="../ui/changeslist.cpp" line="109"/>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../ui/changeslist.cpp" line="110"/>
        <source>Remove this setting from the timed change; the run is computed again</source>
        <translation>이 설정을 시점 변경에서 뺍니다. 실행을 다시 계산합니다</translation>
    </message>
    <message>
        <location filename="../ui/changeslist.cpp" line="111"/>
        <source>Move to playhead</source>
        <translation>재생 위치로 옮기기</translation>
    </message>
    <message>
        <location filename="../ui/changeslist.cpp" line="112"/>
        <source>Make this change happen at the playhead instead</source>
        <translation>이 변경이 재생 위치에서 일어나도록 옮깁니다</translation>
    </message>
</context>
<context>
    <name>lle::ClipActions</name>
    <message>
        <location filename="../ui/clipactions.cpp" line="39"/>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4 동영상 (*.mp4)</translation>
    </message>
    <message>
        <location filename="../ui/clipactions.cpp" line="40"/>
        <source>WebM video (*.webm)</source>
        <translation>WebM 동영상 (*.webm)</translation>
    </message>
    <message>
        <location filename="../ui/clipactions.cpp" line="41"/>
        <source>GIF animation (*.gif)</source>
        <translation>GIF 애니메이션 (*.gif)</translation>
    </message>
    <message>
        <location filename="../ui/clipactions.cpp" line="79"/>
        <source>Recor&amp;d clip…</source>
        <translation>클립 녹화(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/clipactions.cpp" line="80"/>
        <source>Record the animation as MP4, WebM or GIF for slides and course pages</source>
        <translation>슬라이드와 강의 페이지에 쓸 애니메이션을 MP4, WebM 또는 GIF로 녹화합니다</translation>
    </message>
    <message>
        <location filename="../ui/clipactions.cpp" line="92"/>
        <location filename="../ui/clipactions.cpp" line="125"/>
        <location filename="../ui/clipactions.cpp" line="136"/>
        <location filename="../ui/clipactions.cpp" line="191"/>
        <source>Record clip</source>
        <translation>클립 녹화</translation>
    </message>
    <message>
        <location filename="../ui/clipactions.cpp" line="93"/>
        <source>The run is still being computed. Record the clip once it is complete.</source>
        <translation>실행을 아직 계산하는 중입니다. 계산이 끝난 뒤 클립을 녹화하세요.</translation>
    </message>
    <message>
        <location filename="../ui/clipactions.cpp" line="134"/>
        <source>Recording the clip…</source>
        <translation>클립을 녹화하는 중…</translation>
    </message>
    <message>
        <location filename="../ui/clipactions.cpp" line="134"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../ui/clipactions.cpp" line="176"/>
        <source>Recording %1…</source>
        <translation>%1 녹화 중…</translation>
    </message>
    <message>
        <location filename="../ui/clipactions.cpp" line="178"/>
        <source>about %1 s left</source>
        <translation>약 %1초 남음</translation>
    </message>
    <message>
        <location filename="../ui/clipactions.cpp" line="191"/>
        <source>The clip could not be recorded:
%1</source>
        <translation>클립을 녹화하지 못했습니다:
%1</translation>
    </message>
    <message>
        <location filename="../ui/clipactions.cpp" line="193"/>
        <source>Clip recorded: %1</source>
        <translation>클립을 녹화했습니다: %1</translation>
    </message>
</context>
<context>
    <name>lle::ComparisonView</name>
    <message>
        <location filename="../ui/comparisonview.cpp" line="235"/>
        <source>Cancelled.</source>
        <translation>취소했습니다.</translation>
    </message>
    <message>
        <location filename="../ui/comparisonview.cpp" line="358"/>
        <source>Compare A and B</source>
        <translation>A와 B 비교</translation>
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
        <translation>A 대비 B: %1</translation>
    </message>
    <message>
        <location filename="../ui/comparisonview.cpp" line="365"/>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <location filename="../ui/comparisonview.cpp" line="365"/>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <location filename="../ui/comparisonview.cpp" line="366"/>
        <source>Back to the start</source>
        <translation>처음으로</translation>
    </message>
    <message>
        <location filename="../ui/comparisonview.cpp" line="367"/>
        <source>Playback speed</source>
        <translation>재생 속도</translation>
    </message>
    <message>
        <location filename="../ui/comparisonview.cpp" line="368"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../ui/comparisonview.cpp" line="372"/>
        <source>Both runs see the same requests (seed %1): every difference comes from the configuration.</source>
        <translation>두 실행은 같은 요청을 받습니다(시드 %1). 모든 차이는 구성에서 나옵니다.</translation>
    </message>
    <message>
        <location filename="../ui/comparisonview.cpp" line="375"/>
        <source>Simulating A and B on the same requests…</source>
        <translation>같은 요청으로 A와 B를 시뮬레이션하는 중…</translation>
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
        <translation>지연 시간 (ms)</translation>
    </message>
    <message>
        <location filename="../ui/comparisonview.cpp" line="380"/>
        <source>requests at or below (%)</source>
        <translation>이하인 요청 비율 (%)</translation>
    </message>
    <message>
        <location filename="../ui/comparisonview.cpp" line="382"/>
        <source>B − A</source>
        <translation>B − A</translation>
    </message>
    <message>
        <location filename="../ui/comparisonview.cpp" line="382"/>
        <source>B against A</source>
        <translation>A 대비 B</translation>
    </message>
    <message>
        <location filename="../ui/comparisonview.cpp" line="383"/>
        <source>Cold starts</source>
        <translation>콜드 스타트</translation>
    </message>
    <message>
        <location filename="../ui/comparisonview.cpp" line="383"/>
        <source>p50 latency</source>
        <translation>p50 지연 시간</translation>
    </message>
    <message>
        <location filename="../ui/comparisonview.cpp" line="383"/>
        <source>p99 latency</source>
        <translation>p99 지연 시간</translation>
    </message>
    <message>
        <location filename="../ui/comparisonview.cpp" line="384"/>
        <source>Cost per million requests</source>
        <translation>요청 100만 건당 비용</translation>
    </message>
    <message>
        <location filename="../ui/comparisonview.cpp" line="384"/>
        <source>Cost</source>
        <translation>비용</translation>
    </message>
    <message>
        <location filename="../ui/comparisonview.cpp" line="384"/>
        <source>Requests</source>
        <translation>요청 수</translation>
    </message>
</context>
<context>
    <name>lle::ComputeComparisonDialog</name>
    <message>
        <location filename="../ui/computecomparisondialog.cpp" line="25"/>
        <source>Compare compute options</source>
        <translation>컴퓨팅 옵션 비교</translation>
    </message>
    <message>
        <location filename="../ui/computecomparisondialog.cpp" line="27"/>
        <source>The same workload and seed under each compute option (timed changes left out). Cost per month extrapolates the run to 730 hours.</source>
        <translation>같은 워크로드와 시드를 컴퓨팅 옵션마다 실행합니다(시간 지정 변경은 제외). 월 비용은 실행 결과를 730시간으로 환산한 값입니다.</translation>
    </message>
    <message>
        <location filename="../ui/computecomparisondialog.cpp" line="34"/>
        <source>cost per month</source>
        <translation>월 비용</translation>
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
        <translation>콜드 스타트</translation>
    </message>
    <message>
        <location filename="../ui/computecomparisondialog.cpp" line="34"/>
        <source>throttled</source>
        <translation>스로틀링</translation>
    </message>
    <message>
        <location filename="../ui/computecomparisondialog.cpp" line="35"/>
        <source>idle capacity</source>
        <translation>유휴 용량</translation>
    </message>
    <message>
        <location filename="../ui/computecomparisondialog.cpp" line="46"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../ui/computecomparisondialog.cpp" line="59"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location filename="../ui/computecomparisondialog.cpp" line="77"/>
        <source>On-demand</source>
        <translation>온디맨드</translation>
    </message>
    <message>
        <location filename="../ui/computecomparisondialog.cpp" line="78"/>
        <source>On-demand + provisioned concurrency</source>
        <translation>온디맨드 + 프로비저닝된 동시성</translation>
    </message>
    <message>
        <location filename="../ui/computecomparisondialog.cpp" line="79"/>
        <source>SnapStart</source>
        <translation>SnapStart</translation>
    </message>
    <message>
        <location filename="../ui/computecomparisondialog.cpp" line="80"/>
        <source>Managed Instances</source>
        <translation>관리형 인스턴스</translation>
    </message>
    <message>
        <location filename="../ui/computecomparisondialog.cpp" line="89"/>
        <source>%1: not available here (%2).</source>
        <translation>%1: 여기서는 사용할 수 없음 (%2).</translation>
    </message>
    <message>
        <location filename="../ui/computecomparisondialog.cpp" line="94"/>
        <source>%1: %2 cost, %3 p99 against on-demand</source>
        <translation>%1: 온디맨드 대비 비용 %2, p99 %3</translation>
    </message>
    <message>
        <location filename="../ui/computecomparisondialog.cpp" line="99"/>
        <source>; %1 % throttled</source>
        <translation>; %1 % 스로틀링</translation>
    </message>
    <message>
        <location filename="../ui/computecomparisondialog.cpp" line="117"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/computecomparisondialog.cpp" line="122"/>
        <source>not available</source>
        <translation>사용 불가</translation>
    </message>
    <message>
        <location filename="../ui/computecomparisondialog.cpp" line="133"/>
        <source>Cancelled: the options not shown were not run.</source>
        <translation>취소됨: 표시되지 않은 옵션은 실행되지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>lle::ComputeControls</name>
    <message>
        <location filename="../ui/computecontrols.cpp" line="184"/>
        <source>Compute</source>
        <translation>컴퓨팅</translation>
    </message>
    <message>
        <location filename="../ui/computecontrols.cpp" line="185"/>
        <source>Option</source>
        <translation>옵션</translation>
    </message>
    <message>
        <location filename="../ui/computecontrols.cpp" line="186"/>
        <source>on-demand</source>
        <translation>온디맨드</translation>
    </message>
    <message>
        <location filename="../ui/computecontrols.cpp" line="187"/>
        <source>managed instances</source>
        <translation>관리형 인스턴스</translation>
    </message>
    <message>
        <location filename="../ui/computecontrols.cpp" line="188"/>
        <source>tenant isolation</source>
        <translation>테넌트 격리</translation>
    </message>
    <message>
        <location filename="../ui/computecontrols.cpp" line="192"/>
        <source>%1 · %2 vCPU · %3 GiB · $%4/h</source>
        <translation>%1 · vCPU %2개 · %3 GiB · 시간당 $%4</translation>
    </message>
    <message>
        <location filename="../ui/computecontrols.cpp" line="198"/>
        <source>Instance type</source>
        <translation>인스턴스 유형</translation>
    </message>
    <message>
        <location filename="../ui/computecontrols.cpp" line="199"/>
        <source>Requests per environment</source>
        <translation>환경당 동시 요청</translation>
    </message>
    <message>
        <location filename="../ui/computecontrols.cpp" line="200"/>
        <source>runtime default</source>
        <translation>런타임 기본값</translation>
    </message>
    <message>
        <location filename="../ui/computecontrols.cpp" line="201"/>
        <source>Instances the fleet scales between</source>
        <translation>플릿 인스턴스 범위</translation>
    </message>
    <message>
        <location filename="../ui/computecontrols.cpp" line="202"/>
        <source>at least </source>
        <translation>최소 </translation>
    </message>
    <message>
        <location filename="../ui/computecontrols.cpp" line="203"/>
        <source>at most </source>
        <translation>최대 </translation>
    </message>
    <message>
        <location filename="../ui/computecontrols.cpp" line="204"/>
        <source>Tenants</source>
        <translation>테넌트</translation>
    </message>
    <message>
        <location filename="../ui/computecontrols.cpp" line="205"/>
        <source> tenants</source>
        <translation>개 테넌트</translation>
    </message>
    <message>
        <location filename="../ui/computecontrols.cpp" line="206"/>
        <source>Popularity (Zipf s)</source>
        <translation>인기도 편중 (Zipf s)</translation>
    </message>
    <message>
        <location filename="../ui/computecontrols.cpp" line="225"/>
        <source>Managed instances and tenant isolation are not available with SnapStart: switch SnapStart off first.</source>
        <translation>관리형 인스턴스와 테넌트 격리는 SnapStart와 함께 쓸 수 없습니다. 먼저 SnapStart를 끄세요.</translation>
    </message>
    <message>
        <location filename="../ui/computecontrols.cpp" line="226"/>
        <source>Managed instances and tenant isolation are not available with provisioned concurrency: set it to 0 first.</source>
        <translation>관리형 인스턴스와 테넌트 격리는 프로비저닝된 동시성과 함께 쓸 수 없습니다. 먼저 0으로 설정하세요.</translation>
    </message>
    <message>
        <location filename="../ui/computecontrols.cpp" line="231"/>
        <source>An environment of %1 vCPUs does not fit on this instance type: choose a larger one or less memory.</source>
        <translation>vCPU %1개짜리 실행 환경이 이 인스턴스 유형에 들어가지 않습니다. 더 큰 유형을 고르거나 메모리를 줄이세요.</translation>
    </message>
    <message>
        <location filename="../ui/computecontrols.cpp" line="233"/>
        <source>Each environment has %1 vCPU and serves up to %2 requests at once; %3 per instance. Environments never freeze; the bill is instance-hours plus a 15 % fee.</source>
        <translation>실행 환경마다 vCPU %1개로 요청을 최대 %2개까지 동시에 처리하며, 인스턴스당 %3개입니다. 환경은 동결되지 않고, 요금은 인스턴스 시간과 15 % 수수료입니다.</translation>
    </message>
    <message>
        <location filename="../ui/computecontrols.cpp" line="239"/>
        <source>Environments are never shared between tenants: each tenant&apos;s first request is cold. Every tenant environment costs $0.000167 per GB.</source>
        <translation>실행 환경은 테넌트끼리 공유되지 않습니다. 테넌트마다 첫 요청이 콜드 스타트입니다. 테넌트 실행 환경마다 GB당 $0.000167이 부과됩니다.</translation>
    </message>
</context>
<context>
    <name>lle::CostPlot</name>
    <message>
        <location filename="../widgets/runplots.cpp" line="1176"/>
        <source>Cost so far by line item</source>
        <translation>항목별 누적 비용</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="1177"/>
        <source>requests</source>
        <translation>요청</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="1177"/>
        <source>duration</source>
        <translation>실행 시간</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="1177"/>
        <source>init</source>
        <translation>초기화</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="1178"/>
        <source>provisioned</source>
        <translation>프로비저닝됨</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="1178"/>
        <source>SnapStart</source>
        <translation>SnapStart</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="1178"/>
        <source>ephemeral storage</source>
        <translation>임시 스토리지</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="1179"/>
        <source>free tier credit</source>
        <translation>프리 티어 공제</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="1179"/>
        <source>instances and fee</source>
        <translation>인스턴스와 수수료</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="1180"/>
        <source>tenants and streaming</source>
        <translation>테넌트와 스트리밍</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="1184"/>
        <source>cost (USD)</source>
        <translation>비용 (USD)</translation>
    </message>
</context>
<context>
    <name>lle::EnvironmentLanes</name>
    <message>
        <location filename="../widgets/environmentlanes.cpp" line="181"/>
        <source>Computing…</source>
        <translation>계산 중…</translation>
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
        <translation>테넌트%1 #%2</translation>
    </message>
    <message>
        <location filename="../widgets/environmentlanes.cpp" line="75"/>
        <source>throttled (429)</source>
        <translation>스로틀됨 (429)</translation>
    </message>
    <message>
        <location filename="../widgets/environmentlanes.cpp" line="89"/>
        <location filename="../widgets/environmentlanes.cpp" line="100"/>
        <source>t (s)</source>
        <translation>t (초)</translation>
    </message>
    <message>
        <location filename="../widgets/environmentlanes.cpp" line="377"/>
        <source>No execution environment yet: waiting for the first request.</source>
        <translation>아직 실행 환경이 없습니다: 첫 요청을 기다리는 중입니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/environmentlanes.cpp" line="381"/>
        <source>+%n older environment(s) not shown</source>
        <translation>
            <numerusform>이전 실행 환경 %n개는 표시하지 않음</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/environmentlanes.cpp" line="392"/>
        <source>thinned: phases shorter than %1 merged past %2 segments</source>
        <translation>간추림: 구간 %2개를 넘어 %1보다 짧은 단계는 합쳐 그림</translation>
    </message>
    <message>
        <location filename="../widgets/environmentlanes.cpp" line="416"/>
        <source>Environment #%1 (%2), %3 MB</source>
        <translation>실행 환경 #%1 (%2), %3 MB</translation>
    </message>
    <message>
        <location filename="../widgets/environmentlanes.cpp" line="418"/>
        <source>tenant %1: never serves another tenant</source>
        <translation>테넌트 %1: 다른 테넌트를 처리하지 않음</translation>
    </message>
    <message>
        <location filename="../widgets/environmentlanes.cpp" line="420"/>
        <source>serves up to %1 requests at once; never frozen</source>
        <translation>요청을 최대 %1개까지 동시에 처리, 동결되지 않음</translation>
    </message>
    <message>
        <location filename="../widgets/environmentlanes.cpp" line="421"/>
        <source>created at %1 s</source>
        <translation>%1초에 생성</translation>
    </message>
    <message>
        <location filename="../widgets/environmentlanes.cpp" line="423"/>
        <source>ended at %1 s (%2)</source>
        <translation>%1초에 종료 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/environmentlanes.cpp" line="429"/>
        <source>%1: %2 (from %3 s)</source>
        <translation>%1: %2 (%3초부터)</translation>
    </message>
    <message>
        <location filename="../widgets/environmentlanes.cpp" line="444"/>
        <location filename="../widgets/environmentlanes.cpp" line="457"/>
        <source>Request %1: %2</source>
        <translation>요청 %1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/environmentlanes.cpp" line="448"/>
        <source>Init Duration %1</source>
        <translation>초기화 시간 %1</translation>
    </message>
    <message>
        <location filename="../widgets/environmentlanes.cpp" line="450"/>
        <source>Restore Duration %1</source>
        <translation>복원 시간 %1</translation>
    </message>
    <message>
        <location filename="../widgets/environmentlanes.cpp" line="451"/>
        <source>Duration %1 · billed %2 ms · latency %3 · cost %4</source>
        <translation>실행 시간 %1 · 과금 %2 ms · 지연 시간 %3 · 비용 %4</translation>
    </message>
</context>
<context>
    <name>lle::EnvironmentsPlot</name>
    <message>
        <location filename="../widgets/runplots.cpp" line="1322"/>
        <source>Environments</source>
        <translation>실행 환경</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="1323"/>
        <source>busy</source>
        <translation>사용 중</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="1324"/>
        <source>initialising</source>
        <translation>초기화 중</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="1328"/>
        <source>frozen</source>
        <translation>동결</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="1328"/>
        <source>idle (never frozen)</source>
        <translation>유휴 (동결 없음)</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="1329"/>
        <source>provisioned</source>
        <translation>프로비저닝됨</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="1330"/>
        <source>all</source>
        <translation>전체</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="1331"/>
        <source>environments</source>
        <translation>실행 환경 수</translation>
    </message>
</context>
<context>
    <name>lle::ExplorerWindow</name>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="78"/>
        <source>Step</source>
        <translation>한 단계</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="79"/>
        <source>Restart</source>
        <translation>처음부터</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="215"/>
        <location filename="../ui/explorerwindow.cpp" line="531"/>
        <source>Timed changes</source>
        <translation>시간 지정 변경</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="298"/>
        <source>No recent files</source>
        <translation>최근 파일 없음</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="300"/>
        <source>&amp;Clear list</source>
        <translation>목록 지우기(&amp;C)</translation>
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
        <translation>일시 정지</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="453"/>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="456"/>
        <source>t = %1 / %2</source>
        <translation>t = %1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="461"/>
        <source> · day %1, %2:%3</source>
        <translation> · %1일째 %2:%3</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="469"/>
        <source>computing…</source>
        <translation>계산 중…</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="199"/>
        <location filename="../ui/explorerwindow.cpp" line="502"/>
        <source>Not applied: %1</source>
        <translation>적용되지 않음: %1</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="471"/>
        <source>computing… %1 %</source>
        <translation>계산 중… %1 %</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="473"/>
        <source>computing… %1 %, %2 s left</source>
        <translation>계산 중… %1 %, %2초 남음</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="475"/>
        <source>computing… %1 %, %2 min left</source>
        <translation>계산 중… %1 %, %2분 남음</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="520"/>
        <source>What am I seeing? Each environment is a token and a lane: grey→orange = cold start, blue = running a request, light blue = frozen. Hover for details; a slider changes the function from now on.</source>
        <translation>무엇을 보고 있나요? 실행 환경 하나가 토큰 하나, 레인 하나입니다: 회색→주황 = 콜드 스타트, 파랑 = 요청 처리 중, 하늘색 = 동결. 마우스를 올리면 자세히 보이고, 슬라이더는 지금부터 함수를 바꿉니다.</translation>
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
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="114"/>
        <source>Latency plot as PNG…</source>
        <translation>지연 시간 그래프를 PNG로…</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="114"/>
        <source>Latency distribution as PNG…</source>
        <translation>지연 시간 분포를 PNG로…</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="115"/>
        <source>Cost plot as PNG…</source>
        <translation>비용 그래프를 PNG로…</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="115"/>
        <source>Environments plot as PNG…</source>
        <translation>실행 환경 그래프를 PNG로…</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="116"/>
        <source>Environment lanes as PNG…</source>
        <translation>실행 환경 레인을 PNG로…</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="119"/>
        <source>Dashboard as PNG…</source>
        <translation>대시보드 전체를 PNG로…</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="120"/>
        <source>Data as CSV…</source>
        <translation>데이터를 CSV로…</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="121"/>
        <source>Report…</source>
        <translation>보고서…</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="130"/>
        <source>Save as PNG…</source>
        <translation>PNG로 저장…</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="131"/>
        <location filename="../ui/exportactions.cpp" line="285"/>
        <source>Copy to clipboard</source>
        <translation>클립보드에 복사</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="149"/>
        <source>There is no run to export yet; try again in a moment.</source>
        <translation>아직 내보낼 실행 결과가 없습니다. 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="153"/>
        <source>The run is still being computed; export it once it is complete.</source>
        <translation>아직 실행을 계산하는 중입니다. 계산이 끝난 뒤 내보내세요.</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="164"/>
        <source>Another export is running; wait for it or cancel it first.</source>
        <translation>다른 내보내기가 진행 중입니다. 끝날 때까지 기다리거나 먼저 취소하세요.</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="186"/>
        <location filename="../ui/exportactions.cpp" line="407"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exportactions.cpp" line="238"/>
        <source>Exported %n file(s): %1</source>
        <translation>
            <numerusform>파일 %n개를 내보냈습니다: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="241"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>내보내기를 취소했습니다. 아무 파일도 쓰지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="243"/>
        <source>The export failed; nothing was written.

%1</source>
        <translation>내보내기에 실패했습니다. 아무 파일도 쓰지 않았습니다.

%1</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="253"/>
        <source>%1: the picture could not be drawn.</source>
        <translation>%1: 그림을 그릴 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="260"/>
        <source>Writing %1…</source>
        <translation>%1 쓰는 중…</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="263"/>
        <source>%1: the picture could not be encoded</source>
        <translation>%1: 그림을 PNG로 변환할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="276"/>
        <location filename="../ui/exportactions.cpp" line="343"/>
        <location filename="../ui/exportactions.cpp" line="416"/>
        <location filename="../ui/exportactions.cpp" line="438"/>
        <location filename="../ui/exportactions.cpp" line="453"/>
        <source>Export PNG</source>
        <translation>PNG 내보내기</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="291"/>
        <source>The plot could not be drawn.</source>
        <translation>그래프를 그릴 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="295"/>
        <source>%1 copied to the clipboard.</source>
        <translation>%1 그래프를 클립보드에 복사했습니다.</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="337"/>
        <location filename="../ui/exportactions.cpp" line="441"/>
        <source>Dashboard</source>
        <translation>대시보드</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="351"/>
        <location filename="../ui/exportactions.cpp" line="466"/>
        <source>Export data as CSV</source>
        <translation>데이터를 CSV로 내보내기</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="362"/>
        <location filename="../ui/exportactions.cpp" line="472"/>
        <source>Export report</source>
        <translation>보고서 내보내기</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="402"/>
        <source>%1 already holds files of these names:
%2</source>
        <translation>%1 폴더에 같은 이름의 파일이 이미 있습니다:
%2</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="405"/>
        <source>Replace them?</source>
        <translation>바꿔 쓸까요?</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="406"/>
        <source>Replace</source>
        <translation>바꿔 쓰기</translation>
    </message>
    <message>
        <location filename="../ui/exportactions.cpp" line="455"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
</context>
<context>
    <name>lle::GuideDialog</name>
    <message>
        <location filename="../ui/guidedialog.cpp" line="25"/>
        <source>User guide</source>
        <translation>사용자 가이드</translation>
    </message>
</context>
<context>
    <name>lle::HelpMenu</name>
    <message>
        <location filename="../ui/helpmenu.cpp" line="104"/>
        <source>&amp;User guide</source>
        <translation>사용자 가이드(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/helpmenu.cpp" line="105"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>키보드 단축키(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/helpmenu.cpp" line="107"/>
        <source>&amp;About</source>
        <translation>정보(&amp;A)</translation>
    </message>
</context>
<context>
    <name>lle::KpiStrip</name>
    <message>
        <location filename="../widgets/kpistrip.cpp" line="174"/>
        <source>cold starts</source>
        <translation>콜드 스타트</translation>
    </message>
    <message>
        <location filename="../widgets/kpistrip.cpp" line="175"/>
        <source>p50 latency</source>
        <translation>p50 지연 시간</translation>
    </message>
    <message>
        <location filename="../widgets/kpistrip.cpp" line="176"/>
        <source>p99 latency</source>
        <translation>p99 지연 시간</translation>
    </message>
    <message>
        <location filename="../widgets/kpistrip.cpp" line="177"/>
        <source>per 1M requests</source>
        <translation>요청 100만 건당</translation>
    </message>
    <message>
        <location filename="../widgets/kpistrip.cpp" line="178"/>
        <source>cost so far</source>
        <translation>지금까지 비용</translation>
    </message>
    <message>
        <location filename="../widgets/kpistrip.cpp" line="180"/>
        <source>month at %1 requests</source>
        <translation>월 %1건 기준</translation>
    </message>
    <message>
        <location filename="../widgets/kpistrip.cpp" line="181"/>
        <source>projected / month</source>
        <translation>월 예상 비용</translation>
    </message>
    <message>
        <location filename="../widgets/kpistrip.cpp" line="182"/>
        <source>requests · throttled</source>
        <translation>요청 · 스로틀됨</translation>
    </message>
    <message>
        <location filename="../widgets/kpistrip.cpp" line="202"/>
        <source>%1 · free tier %2</source>
        <translation>%1 · 프리 티어 적용 %2</translation>
    </message>
    <message>
        <location filename="../widgets/kpistrip.cpp" line="213"/>
        <source>Month at a stated volume…</source>
        <translation>정한 요청량으로 월 비용 보기…</translation>
    </message>
    <message>
        <location filename="../widgets/kpistrip.cpp" line="214"/>
        <source>Month projected from this run</source>
        <translation>이 실행에서 환산한 월 비용 보기</translation>
    </message>
    <message>
        <location filename="../widgets/kpistrip.cpp" line="221"/>
        <source>Month at a stated volume</source>
        <translation>정한 요청량의 월 비용</translation>
    </message>
    <message>
        <location filename="../widgets/kpistrip.cpp" line="221"/>
        <source>Requests per month:</source>
        <translation>월 요청 수:</translation>
    </message>
</context>
<context>
    <name>lle::Lab</name>
    <message>
        <location filename="../ui/lab.cpp" line="82"/>
        <source>La&amp;b</source>
        <translation>실험실(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/lab.cpp" line="83"/>
        <source>&amp;Sweep…</source>
        <translation>스윕(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/lab.cpp" line="84"/>
        <source>Run the scenario over a range of one setting and compare cost and latency</source>
        <translation>설정 하나를 여러 값으로 바꿔 가며 시나리오를 실행하고 비용과 지연 시간을 비교합니다</translation>
    </message>
    <message>
        <location filename="../ui/lab.cpp" line="85"/>
        <source>Run &amp;history…</source>
        <translation>실행 기록(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../ui/lab.cpp" line="86"/>
        <source>Every configuration applied in this session: restore one, compare two</source>
        <translation>이번 세션에서 적용한 모든 구성: 하나를 되돌리거나 둘을 비교합니다</translation>
    </message>
    <message>
        <location filename="../ui/lab.cpp" line="87"/>
        <source>Open s&amp;tudy…</source>
        <translation>연구 열기(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../ui/lab.cpp" line="88"/>
        <source>Show a study planned for a cluster and run there (its plan folder with every result) in the sweep window</source>
        <translation>클러스터용으로 계획해 그곳에서 실행한 연구(모든 결과가 든 계획 폴더)를 스윕 창에 표시합니다</translation>
    </message>
    <message>
        <location filename="../ui/lab.cpp" line="90"/>
        <source>Compare &amp;compute options…</source>
        <translation>컴퓨팅 옵션 비교(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/lab.cpp" line="91"/>
        <source>The workload under on-demand, provisioned concurrency, SnapStart and Managed Instances, side by side</source>
        <translation>워크로드를 온디맨드, 프로비저닝된 동시성, SnapStart, 관리형 인스턴스로 실행해 나란히 비교</translation>
    </message>
    <message>
        <location filename="../ui/lab.cpp" line="92"/>
        <source>&amp;Calibrate from logs…</source>
        <translation>로그로 보정(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/lab.cpp" line="93"/>
        <source>Fit memory, handler and init times to CloudWatch REPORT lines</source>
        <translation>CloudWatch REPORT 줄에 메모리, 핸들러 시간, 초기화 시간을 맞춥니다</translation>
    </message>
    <message>
        <location filename="../ui/lab.cpp" line="95"/>
        <source>Sweep</source>
        <translation>스윕</translation>
    </message>
    <message>
        <location filename="../ui/lab.cpp" line="149"/>
        <source>run %1 (%2)</source>
        <translation>실행 %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/lab.cpp" line="160"/>
        <source>Calibrate from logs</source>
        <translation>로그로 보정</translation>
    </message>
    <message>
        <location filename="../ui/lab.cpp" line="161"/>
        <source>CloudWatch logs (*.log *.txt *.json *.jsonl);;All files (*)</source>
        <translation>CloudWatch 로그 (*.log *.txt *.json *.jsonl);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../ui/lab.cpp" line="168"/>
        <source>Open study: choose its plan folder</source>
        <translation>연구 열기: 계획 폴더 선택</translation>
    </message>
    <message>
        <location filename="../ui/lab.cpp" line="180"/>
        <source>Reading the study in %1…</source>
        <translation>%1의 연구를 읽는 중…</translation>
    </message>
    <message>
        <location filename="../ui/lab.cpp" line="189"/>
        <source>Open study</source>
        <translation>연구 열기</translation>
    </message>
    <message>
        <location filename="../ui/lab.cpp" line="190"/>
        <source>The study cannot be shown:
%1</source>
        <translation>연구를 표시할 수 없습니다:
%1</translation>
    </message>
    <message>
        <location filename="../ui/lab.cpp" line="209"/>
        <source>The fitted scenario is applied.</source>
        <translation>보정된 시나리오를 적용했습니다.</translation>
    </message>
</context>
<context>
    <name>lle::LatencyPlot</name>
    <message>
        <location filename="../widgets/runplots.cpp" line="640"/>
        <source>Latency per request</source>
        <translation>요청별 지연 시간</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="641"/>
        <location filename="../widgets/runplots.cpp" line="648"/>
        <source>cold</source>
        <translation>콜드</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="642"/>
        <location filename="../widgets/runplots.cpp" line="649"/>
        <source>warm</source>
        <translation>웜</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="643"/>
        <source>provisioned</source>
        <translation>프로비저닝됨</translation>
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
        <translation>최대</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="650"/>
        <source>latency (ms, log)</source>
        <translation>지연 시간 (ms, 로그)</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="701"/>
        <source>every request from %1 to %2, simulated again</source>
        <translation>%1부터 %2까지의 모든 요청 (다시 시뮬레이션)</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="704"/>
        <source>%1 requests, %2 cold, %3</source>
        <translation>요청 %1개, 콜드 %2개, %3</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="708"/>
        <source>1 in %1 requests shown</source>
        <translation>요청 %1개 중 1개 표시</translation>
    </message>
</context>
<context>
    <name>lle::LessonFigures</name>
    <message>
        <location filename="../app/lessonfigures.cpp" line="423"/>
        <source>%1 ms</source>
        <translation>%1ms</translation>
    </message>
    <message>
        <location filename="../app/lessonfigures.cpp" line="424"/>
        <source>%1 s</source>
        <translation>%1초</translation>
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
        <translation>%1초까지 재생 중…</translation>
    </message>
    <message>
        <location filename="../ui/lessonpanel.cpp" line="143"/>
        <source>Playing until a cold start…</source>
        <translation>콜드 스타트까지 재생 중…</translation>
    </message>
    <message>
        <location filename="../ui/lessonpanel.cpp" line="144"/>
        <source>Playing until the handler runs…</source>
        <translation>핸들러가 실행될 때까지 재생 중…</translation>
    </message>
    <message>
        <location filename="../ui/lessonpanel.cpp" line="145"/>
        <source>Playing until the environment is frozen…</source>
        <translation>실행 환경이 동결될 때까지 재생 중…</translation>
    </message>
    <message>
        <location filename="../ui/lessonpanel.cpp" line="146"/>
        <source>Playing until a warm start…</source>
        <translation>웜 스타트까지 재생 중…</translation>
    </message>
    <message>
        <location filename="../ui/lessonpanel.cpp" line="147"/>
        <source>Playing until an environment shuts down after idling…</source>
        <translation>실행 환경이 유휴 후 종료될 때까지 재생 중…</translation>
    </message>
    <message>
        <location filename="../ui/lessonpanel.cpp" line="148"/>
        <source>Playing until an environment is recycled…</source>
        <translation>실행 환경이 교체될 때까지 재생 중…</translation>
    </message>
    <message>
        <location filename="../ui/lessonpanel.cpp" line="149"/>
        <source>Playing until a scale-out cold start…</source>
        <translation>스케일 아웃 콜드 스타트까지 재생 중…</translation>
    </message>
    <message>
        <location filename="../ui/lessonpanel.cpp" line="150"/>
        <source>Playing until a request is throttled…</source>
        <translation>요청이 스로틀될 때까지 재생 중…</translation>
    </message>
    <message>
        <location filename="../ui/lessonpanel.cpp" line="151"/>
        <source>Playing until a request runs on provisioned concurrency…</source>
        <translation>요청이 프로비저닝된 동시성에서 실행될 때까지 재생 중…</translation>
    </message>
    <message>
        <location filename="../ui/lessonpanel.cpp" line="152"/>
        <source>Playing until a SnapStart restore…</source>
        <translation>SnapStart 복원까지 재생 중…</translation>
    </message>
    <message>
        <location filename="../ui/lessonpanel.cpp" line="153"/>
        <source>Playing until the configuration changes…</source>
        <translation>구성이 바뀔 때까지 재생 중…</translation>
    </message>
    <message>
        <location filename="../ui/lessonpanel.cpp" line="167"/>
        <source>Question: %1</source>
        <translation>질문: %1</translation>
    </message>
    <message>
        <location filename="../ui/lessonpanel.cpp" line="180"/>
        <source>In summary: %1</source>
        <translation>정리: %1</translation>
    </message>
    <message>
        <location filename="../ui/lessonpanel.cpp" line="199"/>
        <source>Show answer</source>
        <translation>정답 보기</translation>
    </message>
    <message>
        <location filename="../ui/lessonpanel.cpp" line="200"/>
        <source>◀ Previous</source>
        <translation>◀ 이전</translation>
    </message>
    <message>
        <location filename="../ui/lessonpanel.cpp" line="201"/>
        <source>Next ▶</source>
        <translation>다음 ▶</translation>
    </message>
    <message>
        <location filename="../ui/lessonpanel.cpp" line="202"/>
        <source>Restart lesson</source>
        <translation>강의 처음부터</translation>
    </message>
    <message>
        <location filename="../ui/lessonpanel.cpp" line="203"/>
        <source>Skip ahead ▶▶</source>
        <translation>건너뛰기 ▶▶</translation>
    </message>
    <message>
        <location filename="../ui/lessonpanel.cpp" line="204"/>
        <source>Go to the moment this step plays to</source>
        <translation>이 단계가 재생하려는 시점으로 바로 이동</translation>
    </message>
    <message>
        <location filename="../ui/lessonpanel.cpp" line="205"/>
        <source>✕</source>
        <translation>✕</translation>
    </message>
    <message>
        <location filename="../ui/lessonpanel.cpp" line="206"/>
        <source>Close the lesson</source>
        <translation>강의 닫기</translation>
    </message>
</context>
<context>
    <name>lle::LifecycleDiagram</name>
    <message>
        <location filename="../widgets/lifecyclediagram.cpp" line="87"/>
        <source>Env. setup</source>
        <translation>환경 설정</translation>
    </message>
    <message>
        <location filename="../widgets/lifecyclediagram.cpp" line="88"/>
        <source>Ext. init</source>
        <translation>익스텐션</translation>
    </message>
    <message>
        <location filename="../widgets/lifecyclediagram.cpp" line="89"/>
        <source>Runtime</source>
        <translation>런타임</translation>
    </message>
    <message>
        <location filename="../widgets/lifecyclediagram.cpp" line="90"/>
        <source>Function</source>
        <translation>함수</translation>
    </message>
    <message>
        <location filename="../widgets/lifecyclediagram.cpp" line="99"/>
        <source>Invoke (Managed Instances): each frame is an EC2 instance, each bar in it an environment, filled with the requests it serves at once (up to %1). Environments never freeze.</source>
        <translation>Invoke (Managed Instances): 테두리 하나가 EC2 인스턴스 하나, 그 안의 막대 하나가 실행 환경 하나이며, 막대는 그 환경이 동시에 처리하는 요청 수만큼 채워집니다(최대 %1개). 실행 환경은 동결되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/lifecyclediagram.cpp" line="103"/>
        <source>Instances now: %1; requests in flight: %2.</source>
        <translation>현재 인스턴스 %1개, 처리 중인 요청 %2개.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/lifecyclediagram.cpp" line="201"/>
        <location filename="../widgets/lifecyclediagram.cpp" line="288"/>
        <source>Cold start: Init (%n environment(s))</source>
        <translation>
            <numerusform>콜드 스타트: 초기화 (실행 환경 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/lifecyclediagram.cpp" line="210"/>
        <location filename="../widgets/lifecyclediagram.cpp" line="306"/>
        <location filename="../widgets/lifecyclediagram.cpp" line="427"/>
        <source>warm reuse</source>
        <translation>웜 재사용</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/lifecyclediagram.cpp" line="530"/>
        <source>+%n instance(s)</source>
        <translation>
            <numerusform>인스턴스 %n개 더</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/lifecyclediagram.cpp" line="558"/>
        <source>Now: %n environment(s).</source>
        <translation>
            <numerusform>현재 실행 환경 %n개.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lle::PanelText</name>
    <message>
        <location filename="../ui/panelcontrols.cpp" line="87"/>
        <source>%1 h</source>
        <translation>%1시간</translation>
    </message>
    <message>
        <location filename="../ui/panelcontrols.cpp" line="89"/>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <location filename="../ui/panelcontrols.cpp" line="90"/>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <location filename="../ui/panelcontrols.cpp" line="96"/>
        <location filename="../ui/panelcontrols.cpp" line="98"/>
        <source>random 5–15 min (AWS-like)</source>
        <translation>무작위 5~15분 (AWS와 유사)</translation>
    </message>
    <message>
        <location filename="../ui/panelcontrols.cpp" line="99"/>
        <source>random %1</source>
        <translation>무작위 %1</translation>
    </message>
</context>
<context>
    <name>lle::ParameterPanel</name>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="85"/>
        <location filename="../ui/parameterpanel.cpp" line="209"/>
        <source>custom</source>
        <translation>사용자 지정</translation>
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
        <translation>핸들러 (요청마다)</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="215"/>
        <source>fixed</source>
        <translation>고정</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="217"/>
        <source>Poisson (random arrivals)</source>
        <translation>포아송 (무작위 도착)</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="218"/>
        <source>constant</source>
        <translation>일정</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="219"/>
        <source>bursts</source>
        <translation>버스트</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="220"/>
        <source>daily cycle</source>
        <translation>일일 주기</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="213"/>
        <source>global (init)</source>
        <translation>전역 범위 (초기화)</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="221"/>
        <source>billed (Aug 2025+)</source>
        <translation>과금 (2025년 8월부터)</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="222"/>
        <source>free (pre Aug 2025)</source>
        <translation>무료 (2025년 8월 이전)</translation>
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
        <translation>이 런타임, 아키텍처, 패키지에서 측정한 런타임 초기화 시간(lambda-perf, 2026년 5~6월): 중앙값 %1ms, p90 %2ms. 표시된 값은 이 분포의 평균입니다.</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="263"/>
        <source>A mean, drawn with cv 0.15 for every cold start.</source>
        <translation>평균값이며, 콜드 스타트마다 cv 0.15로 뽑습니다.</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="267"/>
        <source>%1, random</source>
        <translation>%1, 무작위</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/parameterpanel.cpp" line="269"/>
        <source>%n environment(s)</source>
        <translation>
            <numerusform>실행 환경 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="271"/>
        <source>%1 requests/s</source>
        <translation>초당 요청 %1건</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="274"/>
        <source>Base rate; bursts of %1/s for %2 s every %3 s.</source>
        <translation>기본 요청률입니다. %3초마다 %2초 동안 초당 %1건의 버스트가 옵니다.</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="277"/>
        <source>Mean rate over the day; peak/trough %1.</source>
        <translation>하루 평균 요청률입니다. 최고/최저 비율 %1.</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="282"/>
        <source>off</source>
        <translation>꺼짐</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="282"/>
        <source>every %1</source>
        <translation>%1마다</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="290"/>
        <source>New environments restore from a snapshot instead of running init.</source>
        <translation>새 실행 환경이 초기화 대신 스냅샷에서 복원됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="291"/>
        <source>Not available for this runtime: only Java 11+, Python 3.12+ and .NET 8+.</source>
        <translation>이 런타임에서는 쓸 수 없습니다: Java 11+, Python 3.12+, .NET 8+만 지원합니다.</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="292"/>
        <source>Not available for container images.</source>
        <translation>컨테이너 이미지에서는 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="294"/>
        <source>Not together with provisioned concurrency: AWS does not allow both on one function. Set provisioned concurrency to 0 first.</source>
        <translation>프로비저닝된 동시성과 함께 쓸 수 없습니다: AWS는 한 함수에 둘 다 허용하지 않습니다. 먼저 프로비저닝된 동시성을 0으로 설정하세요.</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="296"/>
        <source>Not with ephemeral storage above 512 MB.</source>
        <translation>임시 스토리지가 512 MB를 넘으면 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="302"/>
        <source>Provisioned concurrency cannot be combined with SnapStart: switch SnapStart off first.</source>
        <translation>프로비저닝된 동시성은 SnapStart와 함께 쓸 수 없습니다: 먼저 SnapStart를 끄세요.</translation>
    </message>
</context>
<context>
    <name>lle::ParetoPlot</name>
    <message>
        <location filename="../widgets/sweepplot.cpp" line="647"/>
        <source>p99 latency (ms)</source>
        <translation>p99 지연 시간 (ms)</translation>
    </message>
    <message>
        <location filename="../widgets/sweepplot.cpp" line="648"/>
        <source>cost per million requests (USD)</source>
        <translation>요청 100만 건당 비용 (USD)</translation>
    </message>
    <message>
        <location filename="../widgets/sweepplot.cpp" line="649"/>
        <source>tested point</source>
        <translation>시험한 지점</translation>
    </message>
    <message>
        <location filename="../widgets/sweepplot.cpp" line="650"/>
        <source>best trade-offs (Pareto front)</source>
        <translation>최선의 절충 (파레토 경계)</translation>
    </message>
    <message>
        <location filename="../widgets/sweepplot.cpp" line="651"/>
        <source>now</source>
        <translation>현재</translation>
    </message>
</context>
<context>
    <name>lle::PngSizeDialog</name>
    <message>
        <location filename="../ui/pngsizedialog.cpp" line="34"/>
        <source>Export PNG — %1</source>
        <translation>PNG 내보내기 — %1</translation>
    </message>
    <message>
        <location filename="../ui/pngsizedialog.cpp" line="38"/>
        <source>1× (screen)</source>
        <translation>1× (화면용)</translation>
    </message>
    <message>
        <location filename="../ui/pngsizedialog.cpp" line="39"/>
        <source>2× (documents and slides)</source>
        <translation>2× (문서·슬라이드용)</translation>
    </message>
    <message>
        <location filename="../ui/pngsizedialog.cpp" line="45"/>
        <source>&amp;Width:</source>
        <translation>너비(&amp;W):</translation>
    </message>
    <message>
        <location filename="../ui/pngsizedialog.cpp" line="46"/>
        <source>&amp;Height:</source>
        <translation>높이(&amp;H):</translation>
    </message>
    <message>
        <location filename="../ui/pngsizedialog.cpp" line="47"/>
        <source>&amp;Scale:</source>
        <translation>배율(&amp;S):</translation>
    </message>
    <message>
        <location filename="../ui/pngsizedialog.cpp" line="48"/>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <location filename="../ui/pngsizedialog.cpp" line="48"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../ui/pngsizedialog.cpp" line="87"/>
        <source>The picture is laid out as on the screen (%1 × %2) and drawn at %3 × %4 pixels.</source>
        <translation>화면에 보이는 배치(%1 × %2) 그대로 %3 × %4 픽셀로 그립니다.</translation>
    </message>
    <message>
        <location filename="../ui/pngsizedialog.cpp" line="92"/>
        <source>Text and lines are drawn %1× larger: the plot is laid out as %2 × %3 and drawn at %4 × %5 pixels.</source>
        <translation>글자와 선을 %1배 크게 그립니다. 그래프를 %2 × %3 크기로 배치하고 %4 × %5 픽셀로 그립니다.</translation>
    </message>
</context>
<context>
    <name>lle::RecordClipDialog</name>
    <message>
        <location filename="../ui/recordclipdialog.cpp" line="22"/>
        <source>Record clip</source>
        <translation>클립 녹화</translation>
    </message>
    <message>
        <location filename="../ui/recordclipdialog.cpp" line="29"/>
        <source>Whole window (parameters beside the dashboard)</source>
        <translation>창 전체 (대시보드 옆에 매개변수)</translation>
    </message>
    <message>
        <location filename="../ui/recordclipdialog.cpp" line="30"/>
        <source>Dashboard (key figures, diagram, lanes and plots)</source>
        <translation>대시보드 (핵심 지표, 다이어그램, 레인, 그래프)</translation>
    </message>
    <message>
        <location filename="../ui/recordclipdialog.cpp" line="31"/>
        <source>Lifecycle diagram</source>
        <translation>수명 주기 다이어그램</translation>
    </message>
    <message>
        <location filename="../ui/recordclipdialog.cpp" line="32"/>
        <source>Environment lanes</source>
        <translation>실행 환경 레인</translation>
    </message>
    <message>
        <location filename="../ui/recordclipdialog.cpp" line="33"/>
        <source>Latency per request</source>
        <translation>요청별 지연 시간</translation>
    </message>
    <message>
        <location filename="../ui/recordclipdialog.cpp" line="34"/>
        <source>Cost so far by line item</source>
        <translation>항목별 누적 비용</translation>
    </message>
    <message>
        <location filename="../ui/recordclipdialog.cpp" line="35"/>
        <source>Latency CDF</source>
        <translation>지연 시간 누적 분포(CDF)</translation>
    </message>
    <message>
        <location filename="../ui/recordclipdialog.cpp" line="36"/>
        <source>Environments</source>
        <translation>실행 환경</translation>
    </message>
    <message>
        <location filename="../ui/recordclipdialog.cpp" line="41"/>
        <source>&amp;Record</source>
        <translation>녹화 대상(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/recordclipdialog.cpp" line="49"/>
        <source> s</source>
        <translation>초</translation>
    </message>
    <message>
        <location filename="../ui/recordclipdialog.cpp" line="56"/>
        <source>&amp;From (simulated)</source>
        <translation>시작 (시뮬레이션 시간)(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/recordclipdialog.cpp" line="57"/>
        <source>&amp;To (simulated)</source>
        <translation>끝 (시뮬레이션 시간)(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/recordclipdialog.cpp" line="65"/>
        <source>Simulated seconds per second of the clip</source>
        <translation>클립 1초당 시뮬레이션 시간(초)</translation>
    </message>
    <message>
        <location filename="../ui/recordclipdialog.cpp" line="66"/>
        <source>&amp;Speed</source>
        <translation>속도(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/recordclipdialog.cpp" line="72"/>
        <source>Frames per &amp;second</source>
        <translation>초당 프레임 수(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/recordclipdialog.cpp" line="78"/>
        <source>Si&amp;ze</source>
        <translation>크기(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../ui/recordclipdialog.cpp" line="83"/>
        <source>MP4 (H.264) — slides and most players</source>
        <translation>MP4 (H.264) — 슬라이드와 대부분의 플레이어</translation>
    </message>
    <message>
        <location filename="../ui/recordclipdialog.cpp" line="84"/>
        <source>WebM (VP9) — web pages</source>
        <translation>WebM (VP9) — 웹 페이지</translation>
    </message>
    <message>
        <location filename="../ui/recordclipdialog.cpp" line="85"/>
        <source>GIF (looping) — chat and course pages</source>
        <translation>GIF (반복 재생) — 채팅과 강의 페이지</translation>
    </message>
    <message>
        <location filename="../ui/recordclipdialog.cpp" line="92"/>
        <source>F&amp;ormat</source>
        <translation>형식(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/recordclipdialog.cpp" line="96"/>
        <source>optional</source>
        <translation>선택 사항</translation>
    </message>
    <message>
        <location filename="../ui/recordclipdialog.cpp" line="97"/>
        <source>T&amp;itle</source>
        <translation>제목(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/recordclipdialog.cpp" line="98"/>
        <source>&amp;Caption bar: title, scenario name and simulated clock</source>
        <translation>캡션 막대: 제목, 시나리오 이름, 시뮬레이션 시계(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/recordclipdialog.cpp" line="111"/>
        <source>Record…</source>
        <translation>녹화…</translation>
    </message>
    <message>
        <location filename="../ui/recordclipdialog.cpp" line="143"/>
        <source>&amp;Lesson step as caption: %1</source>
        <translation>레슨 단계를 캡션으로(&amp;L): %1</translation>
    </message>
    <message>
        <location filename="../ui/recordclipdialog.cpp" line="172"/>
        <source>%1 frames, %2 s of video.</source>
        <translation>%1 프레임, 동영상 %2초.</translation>
    </message>
</context>
<context>
    <name>lle::RequestCallout</name>
    <message>
        <location filename="../widgets/requestcallout.cpp" line="78"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location filename="../widgets/requestcallout.cpp" line="104"/>
        <source>handler</source>
        <translation>핸들러</translation>
    </message>
    <message>
        <location filename="../widgets/requestcallout.cpp" line="110"/>
        <source>Latency %1:</source>
        <translation>지연 시간 %1:</translation>
    </message>
</context>
<context>
    <name>lle::RunHistory</name>
    <message>
        <location filename="../ui/runhistory.cpp" line="67"/>
        <source>run %1 restored</source>
        <translation>실행 %1 되돌림</translation>
    </message>
    <message>
        <location filename="../ui/runhistory.cpp" line="69"/>
        <source>the configuration at the start</source>
        <translation>시작 시 구성</translation>
    </message>
    <message>
        <location filename="../ui/runhistory.cpp" line="102"/>
        <source>scenario “%1”</source>
        <translation>시나리오 “%1”</translation>
    </message>
    <message>
        <location filename="../ui/runhistory.cpp" line="110"/>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <location filename="../ui/runhistory.cpp" line="118"/>
        <source>%1 from %2</source>
        <translation>%2부터 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runhistory.cpp" line="122"/>
        <source>%n timed change(s) removed</source>
        <translation>
            <numerusform>시점 변경 %n개 삭제</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/runhistory.cpp" line="124"/>
        <source>no change</source>
        <translation>변경 없음</translation>
    </message>
</context>
<context>
    <name>lle::RunHistoryDialog</name>
    <message>
        <location filename="../ui/runhistorydialog.cpp" line="120"/>
        <source>Run history</source>
        <translation>실행 기록</translation>
    </message>
    <message>
        <location filename="../ui/runhistorydialog.cpp" line="121"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/runhistorydialog.cpp" line="121"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../ui/runhistorydialog.cpp" line="121"/>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <location filename="../ui/runhistorydialog.cpp" line="121"/>
        <source>What changed</source>
        <translation>변경 내용</translation>
    </message>
    <message>
        <location filename="../ui/runhistorydialog.cpp" line="121"/>
        <source>Cold starts</source>
        <translation>콜드 스타트</translation>
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
        <translation>100만 건당</translation>
    </message>
    <message>
        <location filename="../ui/runhistorydialog.cpp" line="122"/>
        <source>Cost</source>
        <translation>비용</translation>
    </message>
    <message>
        <location filename="../ui/runhistorydialog.cpp" line="123"/>
        <source>Select one run to restore it, or two to compare them on the same requests.</source>
        <translation>실행 하나를 골라 되돌리거나, 두 개를 골라 같은 요청으로 비교하세요.</translation>
    </message>
    <message>
        <location filename="../ui/runhistorydialog.cpp" line="124"/>
        <source>&amp;Restore</source>
        <translation>되돌리기(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/runhistorydialog.cpp" line="125"/>
        <source>&amp;Compare A and B</source>
        <translation>A와 B 비교(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/runhistorydialog.cpp" line="126"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>lle::RunPlot</name>
    <message>
        <location filename="../widgets/runplots.cpp" line="393"/>
        <source>simulated time (s)</source>
        <translation>시뮬레이션 시간 (초)</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="396"/>
        <source>simulated time (min)</source>
        <translation>시뮬레이션 시간 (분)</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="399"/>
        <source>simulated time (days)</source>
        <translation>시뮬레이션 시간 (일)</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="402"/>
        <source>simulated time (h)</source>
        <translation>시뮬레이션 시간 (시간)</translation>
    </message>
</context>
<context>
    <name>lle::ScenarioDocument</name>
    <message>
        <location filename="../ui/scenariodocument.cpp" line="29"/>
        <source>Sparse traffic idles out</source>
        <translation>드문 트래픽: 유휴 후 종료되는 실행 환경</translation>
    </message>
    <message>
        <location filename="../ui/scenariodocument.cpp" line="30"/>
        <source>Morning peak with provisioned concurrency</source>
        <translation>아침 피크와 프로비저닝된 동시성</translation>
    </message>
    <message>
        <location filename="../ui/scenariodocument.cpp" line="31"/>
        <source>Java with SnapStart</source>
        <translation>Java와 SnapStart</translation>
    </message>
    <message>
        <location filename="../ui/scenariodocument.cpp" line="32"/>
        <source>More memory: CPU-bound vs I/O-bound</source>
        <translation>메모리 증설: CPU 위주 vs I/O 위주</translation>
    </message>
    <message>
        <location filename="../ui/scenariodocument.cpp" line="47"/>
        <source>untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <location filename="../ui/scenariodocument.cpp" line="54"/>
        <source>%1[*] — Lambda Lifecycle Explorer</source>
        <translation>%1[*] — Lambda 수명 주기 탐색기</translation>
    </message>
    <message>
        <location filename="../ui/scenariodocument.cpp" line="55"/>
        <source>%1 — %2[*] — Lambda Lifecycle Explorer</source>
        <translation>%1 — %2[*] — Lambda 수명 주기 탐색기</translation>
    </message>
    <message>
        <location filename="../ui/scenariodocument.cpp" line="169"/>
        <source>%1 was not opened: it is not a valid scenario.

%2</source>
        <translation>%1 파일을 열지 않았습니다. 올바른 시나리오가 아닙니다.

%2</translation>
    </message>
    <message>
        <location filename="../ui/scenariodocument.cpp" line="170"/>
        <source>%1 could not be opened.

%2</source>
        <translation>%1 파일을 열 수 없습니다.

%2</translation>
    </message>
    <message>
        <location filename="../ui/scenariodocument.cpp" line="180"/>
        <location filename="../ui/scenariodocument.cpp" line="289"/>
        <source>Open scenario</source>
        <translation>시나리오 열기</translation>
    </message>
    <message>
        <location filename="../ui/scenariodocument.cpp" line="204"/>
        <source>Save scenario</source>
        <translation>시나리오 저장</translation>
    </message>
    <message>
        <location filename="../ui/scenariodocument.cpp" line="204"/>
        <source>The scenario was not saved.

%1</source>
        <translation>시나리오를 저장하지 못했습니다.

%1</translation>
    </message>
    <message>
        <location filename="../ui/scenariodocument.cpp" line="231"/>
        <source>Save scenario as</source>
        <translation>다른 이름으로 시나리오 저장</translation>
    </message>
    <message>
        <location filename="../ui/scenariodocument.cpp" line="232"/>
        <source>Scenario files (*.json)</source>
        <translation>시나리오 파일 (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/scenariodocument.cpp" line="255"/>
        <source>Unsaved changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <location filename="../ui/scenariodocument.cpp" line="244"/>
        <source>The scenario “%1” has changes that are not saved.</source>
        <translation>시나리오 “%1”에 저장하지 않은 변경 사항이 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/scenariodocument.cpp" line="257"/>
        <source>Save them before going on?</source>
        <translation>계속하기 전에 저장할까요?</translation>
    </message>
    <message>
        <location filename="../ui/scenariodocument.cpp" line="259"/>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <location filename="../ui/scenariodocument.cpp" line="260"/>
        <source>Discard</source>
        <translation>저장하지 않음</translation>
    </message>
    <message>
        <location filename="../ui/scenariodocument.cpp" line="261"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../ui/scenariodocument.cpp" line="290"/>
        <source>Scenario files (*.json);;All files (*)</source>
        <translation>시나리오 파일 (*.json);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>lle::ShortcutsDialog</name>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="80"/>
        <source>Keyboard shortcuts</source>
        <translation>키보드 단축키</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="86"/>
        <source>Click a request</source>
        <translation>요청 클릭</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="86"/>
        <source>Why did this request start cold? (lanes, latency plot)</source>
        <translation>이 요청은 왜 콜드 스타트였나요? (레인, 지연 시간 그래프)</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="87"/>
        <source>Point at a box or a lane</source>
        <translation>상자나 레인에 마우스 올리기</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="87"/>
        <source>What am I seeing? (the line under the plots)</source>
        <translation>무엇을 보고 있나요? (그래프 아래 줄)</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="91"/>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="91"/>
        <source>Action</source>
        <translation>동작</translation>
    </message>
</context>
<context>
    <name>lle::StretchZoom</name>
    <message>
        <location filename="../ui/stretchzoom.cpp" line="20"/>
        <source>Every request of a stretch</source>
        <translation>구간의 모든 요청</translation>
    </message>
    <message>
        <location filename="../ui/stretchzoom.cpp" line="28"/>
        <source>Simulating every request from %1 to %2 again…</source>
        <translation>%1부터 %2까지의 모든 요청을 다시 시뮬레이션하는 중…</translation>
    </message>
</context>
<context>
    <name>lle::SweepCurvePlot</name>
    <message>
        <location filename="../widgets/sweepplot.cpp" line="368"/>
        <source>cost per million requests (USD)</source>
        <translation>요청 100만 건당 비용 (USD)</translation>
    </message>
    <message>
        <location filename="../widgets/sweepplot.cpp" line="370"/>
        <source>latency (ms)</source>
        <translation>지연 시간 (ms)</translation>
    </message>
    <message>
        <location filename="../widgets/sweepplot.cpp" line="368"/>
        <location filename="../widgets/sweepplot.cpp" line="370"/>
        <source>cold starts (%)</source>
        <translation>콜드 스타트 (%)</translation>
    </message>
    <message>
        <location filename="../widgets/sweepplot.cpp" line="108"/>
        <source>%1 s</source>
        <translation>%1초</translation>
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
        <translation>%1 (요청/초)</translation>
    </message>
    <message>
        <location filename="../widgets/sweepplot.cpp" line="359"/>
        <source>%1 (s)</source>
        <translation>%1 (초)</translation>
    </message>
    <message>
        <location filename="../widgets/sweepplot.cpp" line="360"/>
        <source>%1 (environments)</source>
        <translation>%1 (실행 환경 수)</translation>
    </message>
    <message>
        <location filename="../widgets/sweepplot.cpp" line="369"/>
        <source>idle environments (GB-s)</source>
        <translation>유휴 실행 환경 (GB-초)</translation>
    </message>
    <message>
        <location filename="../widgets/sweepplot.cpp" line="375"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../widgets/sweepplot.cpp" line="377"/>
        <source>cost per million</source>
        <translation>100만 건당 비용</translation>
    </message>
    <message>
        <location filename="../widgets/sweepplot.cpp" line="378"/>
        <source>p99 latency</source>
        <translation>p99 지연 시간</translation>
    </message>
    <message>
        <location filename="../widgets/sweepplot.cpp" line="379"/>
        <source>p50 latency</source>
        <translation>p50 지연 시간</translation>
    </message>
    <message>
        <location filename="../widgets/sweepplot.cpp" line="380"/>
        <source>cold starts</source>
        <translation>콜드 스타트</translation>
    </message>
    <message>
        <location filename="../widgets/sweepplot.cpp" line="381"/>
        <source>idle GB-s</source>
        <translation>유휴 GB-초</translation>
    </message>
    <message>
        <location filename="../widgets/sweepplot.cpp" line="391"/>
        <source>now</source>
        <translation>현재</translation>
    </message>
</context>
<context>
    <name>lle::SweepView</name>
    <message>
        <location filename="../ui/sweepview.cpp" line="206"/>
        <source>This workload has no request rate to sweep (it replays a trace).</source>
        <translation>이 워크로드는 트레이스를 재생하므로 스윕할 요청률이 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/sweepview.cpp" line="382"/>
        <source>Plan for a cluster: choose an empty folder</source>
        <translation>클러스터용 계획: 빈 폴더 선택</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sweepview.cpp" line="401"/>
        <source>Planned %n jobs into %1. Run its jobs.txt with GNU parallel or scripts/cluster/submit-slurm, then lambda-explorer --merge %1 --out OUT, and File → Open study… to see it here.</source>
        <translation>
            <numerusform>작업 %n개를 %1에 계획했습니다. jobs.txt를 GNU parallel이나 scripts/cluster/submit-slurm으로 실행한 뒤 lambda-explorer --merge %1 --out OUT으로 병합하고, 파일 → 연구 열기…로 여기서 보세요.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sweepview.cpp" line="486"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../ui/sweepview.cpp" line="491"/>
        <source>%1: %2 cost, %3 p99 against now</source>
        <translation>%1: 현재 대비 비용 %2, p99 %3</translation>
    </message>
    <message>
        <location filename="../ui/sweepview.cpp" line="533"/>
        <source>%1 per million requests, p99 %2, cold starts %3</source>
        <translation>요청 100만 건당 %1, p99 %2, 콜드 스타트 %3</translation>
    </message>
    <message>
        <location filename="../ui/sweepview.cpp" line="539"/>
        <source>This is the configuration in effect.</source>
        <translation>현재 적용 중인 구성입니다.</translation>
    </message>
    <message>
        <location filename="../ui/sweepview.cpp" line="541"/>
        <source>Click to apply it at the playhead.</source>
        <translation>클릭하면 재생 위치에서 이 구성을 적용합니다.</translation>
    </message>
    <message>
        <location filename="../ui/sweepview.cpp" line="555"/>
        <source>A point of an opened study is not applied: it was computed from the study&apos;s own scenario.</source>
        <translation>연 연구의 지점은 적용되지 않습니다. 그 연구 자체의 시나리오로 계산된 값입니다.</translation>
    </message>
    <message>
        <location filename="../ui/sweepview.cpp" line="592"/>
        <source>Applied %1 at %2.</source>
        <translation>%2 시점에 %1 적용.</translation>
    </message>
    <message>
        <location filename="../ui/sweepview.cpp" line="603"/>
        <source>Running %1 points × %2 seeds on %3 threads…</source>
        <translation>%1개 지점 × 시드 %2개를 스레드 %3개로 실행 중…</translation>
    </message>
    <message>
        <location filename="../ui/sweepview.cpp" line="610"/>
        <source>Study %1: %2 points × %3 seeds, merged from the results of %4 jobs.</source>
        <translation>연구 %1: 지점 %2개 × 시드 %3개, 작업 %4개의 결과를 병합함.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sweepview.cpp" line="618"/>
        <source>%n seeds per point, 95 % intervals shown</source>
        <translation>
            <numerusform>지점당 시드 %n개, 95% 신뢰 구간 표시</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sweepview.cpp" line="619"/>
        <source>one seed per point</source>
        <translation>지점당 시드 1개</translation>
    </message>
    <message>
        <location filename="../ui/sweepview.cpp" line="620"/>
        <source>%1 points (%2) from the configuration at %3, in %4 s.</source>
        <translation>%3 시점의 구성에서 %1개 지점(%2), %4초 걸림.</translation>
    </message>
    <message>
        <location filename="../ui/sweepview.cpp" line="626"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>취소했습니다. 바뀐 것은 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/sweepview.cpp" line="636"/>
        <source>Preset</source>
        <translation>프리셋</translation>
    </message>
    <message>
        <location filename="../ui/sweepview.cpp" line="637"/>
        <source>Memory (Power Tuning)</source>
        <translation>메모리 (Power Tuning)</translation>
    </message>
    <message>
        <location filename="../ui/sweepview.cpp" line="638"/>
        <source>Idle timeout</source>
        <translation>유휴 시간 제한</translation>
    </message>
    <message>
        <location filename="../ui/sweepview.cpp" line="639"/>
        <source>Provisioned concurrency</source>
        <translation>프로비저닝된 동시성</translation>
    </message>
    <message>
        <location filename="../ui/sweepview.cpp" line="640"/>
        <source>Request rate</source>
        <translation>요청률</translation>
    </message>
    <message>
        <location filename="../ui/sweepview.cpp" line="641"/>
        <source>Any key</source>
        <translation>임의의 키</translation>
    </message>
    <message>
        <location filename="../ui/sweepview.cpp" line="642"/>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <location filename="../ui/sweepview.cpp" line="643"/>
        <location filename="../ui/sweepview.cpp" line="646"/>
        <source>Values</source>
        <translation>값</translation>
    </message>
    <message>
        <location filename="../ui/sweepview.cpp" line="644"/>
        <source>Second key</source>
        <translation>두 번째 키</translation>
    </message>
    <message>
        <location filename="../ui/sweepview.cpp" line="645"/>
        <source>Optional: a second key swept with every value of the first (a grid); leave empty for one key</source>
        <translation>선택 사항: 첫 번째 키의 모든 값과 조합해 스윕할 두 번째 키(그리드)입니다. 키 하나만 스윕하려면 비워 두세요</translation>
    </message>
    <message>
        <location filename="../ui/sweepview.cpp" line="647"/>
        <source>Numbers separated by commas, &apos;.&apos; for decimals</source>
        <translation>쉼표로 구분한 숫자, 소수점은 &apos;.&apos;</translation>
    </message>
    <message>
        <location filename="../ui/sweepview.cpp" line="648"/>
        <source>Seeds</source>
        <translation>시드</translation>
    </message>
    <message>
        <location filename="../ui/sweepview.cpp" line="649"/>
        <source>Runs per point with different seeds; more than one gives 95 % confidence intervals</source>
        <translation>지점마다 시드를 바꿔 돌리는 횟수. 2 이상이면 95% 신뢰 구간을 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../ui/sweepview.cpp" line="650"/>
        <source>Run sweep</source>
        <translation>스윕 실행</translation>
    </message>
    <message>
        <location filename="../ui/sweepview.cpp" line="651"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../ui/sweepview.cpp" line="652"/>
        <source>Plan for a cluster…</source>
        <translation>클러스터용 계획…</translation>
    </message>
    <message>
        <location filename="../ui/sweepview.cpp" line="653"/>
        <source>Write this sweep as independent jobs into a folder, to run with GNU parallel or Slurm and merge with --merge, instead of running it here</source>
        <translation>이 스윕을 여기서 실행하지 않고 독립된 작업들로 폴더에 기록합니다. GNU parallel이나 Slurm으로 실행하고 --merge로 병합하세요</translation>
    </message>
    <message>
        <location filename="../ui/sweepview.cpp" line="656"/>
        <source>Each point runs the whole scenario from the configuration at the playhead, on the same requests (same seeds). Hover a point in the right plot for its change against now; click it to apply it at the playhead.</source>
        <translation>각 지점은 재생 위치의 구성에서 같은 요청(같은 시드)으로 시나리오 전체를 실행합니다. 오른쪽 그래프의 점에 마우스를 올리면 현재 대비 변화가, 클릭하면 재생 위치에서 그 구성이 적용됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/sweepview.cpp" line="660"/>
        <source>An opened study: its points were run from the study&apos;s own scenario, on other machines, and merged. Run sweep runs the same keys here, from the configuration at the playhead.</source>
        <translation>연 연구: 지점들은 그 연구 자체의 시나리오로 다른 컴퓨터에서 실행되어 병합된 것입니다. 스윕 실행은 같은 키를 여기서, 재생 위치의 설정으로 실행합니다.</translation>
    </message>
</context>
<context>
    <name>lle::Teaching</name>
    <message>
        <location filename="../ui/teaching.cpp" line="126"/>
        <source>Open lesson file</source>
        <translation>강의 파일 열기</translation>
    </message>
    <message>
        <location filename="../ui/teaching.cpp" line="127"/>
        <source>Lessons (*.json)</source>
        <translation>강의 (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/teaching.cpp" line="159"/>
        <source>&amp;Lessons</source>
        <translation>강의(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/teaching.cpp" line="161"/>
        <location filename="../ui/teaching.cpp" line="162"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/teaching.cpp" line="163"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/teaching.cpp" line="164"/>
        <source>&amp;Presentation mode</source>
        <translation>발표 모드(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/teaching.cpp" line="165"/>
        <source>Full screen, larger text, secondary panels hidden (F11)</source>
        <translation>전체 화면, 큰 글꼴, 보조 패널 숨김(F11)</translation>
    </message>
    <message>
        <location filename="../ui/teaching.cpp" line="169"/>
        <source>Open lesson &amp;file…</source>
        <translation>강의 파일 열기(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/teaching.cpp" line="170"/>
        <source>Lesson</source>
        <translation>강의</translation>
    </message>
    <message>
        <location filename="../ui/teaching.cpp" line="244"/>
        <source>Lesson not opened</source>
        <translation>강의를 열지 못했습니다</translation>
    </message>
    <message>
        <location filename="../ui/teaching.cpp" line="245"/>
        <source>The lesson %1 cannot be opened:</source>
        <translation>강의 %1을(를) 열 수 없습니다:</translation>
    </message>
</context>
<context>
    <name>lle::TimelineOverview</name>
    <message>
        <location filename="../widgets/timelineoverview.cpp" line="19"/>
        <source>The whole run: requests per interval, cold starts in orange; click to jump, Shift+drag to see every request of a stretch</source>
        <translation>전체 실행: 구간별 요청 수, 콜드 스타트는 주황색. 클릭하면 그 시점으로 이동하고, Shift+드래그하면 그 구간의 모든 요청을 봅니다</translation>
    </message>
</context>
<context>
    <name>lle::TraceProgress</name>
    <message>
        <location filename="../ui/traceprogress.cpp" line="47"/>
        <source>Trace problem</source>
        <translation>트레이스 문제</translation>
    </message>
    <message>
        <location filename="../ui/traceprogress.cpp" line="48"/>
        <source>The trace cannot be replayed:
%1</source>
        <translation>트레이스를 재생할 수 없습니다:
%1</translation>
    </message>
    <message>
        <location filename="../ui/traceprogress.cpp" line="63"/>
        <source>Reading trace %1…</source>
        <translation>트레이스 %1 읽는 중…</translation>
    </message>
    <message>
        <location filename="../ui/traceprogress.cpp" line="69"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../ui/traceprogress.cpp" line="70"/>
        <source>Stop reading the trace; the run shown stays</source>
        <translation>트레이스 읽기를 멈춥니다. 표시 중인 실행은 그대로 남습니다</translation>
    </message>
</context>
</TS>
