<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
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
        <location filename="../ui/explorerwindow.ui" line="183"/>
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
        <location filename="../ui/explorerwindow.ui" line="143"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="150"/>
        <source>&amp;Playback</source>
        <translation>재생(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="156"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="164"/>
        <source>&amp;Open scenario…</source>
        <translation>시나리오 열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="165"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="168"/>
        <source>Save &amp;screenshot…</source>
        <translation>스크린샷 저장(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="171"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="172"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="175"/>
        <source>Play / pause</source>
        <translation>재생 / 일시 정지</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="176"/>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.ui" line="179"/>
        <source>Step to the next event</source>
        <translation>다음 이벤트로 이동</translation>
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
        <translation>정보(&amp;A)</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <location filename="../widgets/palette.cpp" line="48"/>
        <source>Environment setup</source>
        <translation>환경 설정</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="49"/>
        <source>Extension init</source>
        <translation>확장 초기화</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="50"/>
        <source>Runtime init</source>
        <translation>런타임 초기화</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="51"/>
        <source>Function init</source>
        <translation>함수 초기화</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="52"/>
        <source>Restore (SnapStart)</source>
        <translation>복원 (SnapStart)</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="53"/>
        <source>Invoke</source>
        <translation>호출</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="54"/>
        <source>Frozen</source>
        <translation>동결(Frozen)</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="55"/>
        <source>Shutdown</source>
        <translation>종료</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="63"/>
        <source>cold start</source>
        <translation>콜드 스타트</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="64"/>
        <source>warm start</source>
        <translation>웜 스타트</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="65"/>
        <source>provisioned</source>
        <translation>프로비저닝됨</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="66"/>
        <source>SnapStart restore</source>
        <translation>SnapStart 복원</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="67"/>
        <source>throttled (429)</source>
        <translation>제한됨 (429)</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="68"/>
        <source>timed out</source>
        <translation>시간 초과</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="76"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="77"/>
        <source>first environment</source>
        <translation>첫 번째 실행 환경</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="78"/>
        <source>scale-out: all environments busy</source>
        <translation>확장: 모든 실행 환경이 사용 중</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="79"/>
        <source>previous environments expired (idle timeout)</source>
        <translation>이전 실행 환경 만료 (유휴 시간 초과)</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="80"/>
        <source>previous environments recycled (max lifetime)</source>
        <translation>이전 실행 환경 교체 (최대 수명)</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="81"/>
        <source>configuration changed (new version)</source>
        <translation>구성 변경 (새 버전)</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="89"/>
        <source>on-demand</source>
        <translation>온디맨드</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="90"/>
        <location filename="../widgets/palette.cpp" line="111"/>
        <source>provisioned concurrency</source>
        <translation>프로비저닝된 동시성</translation>
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
        <translation>실행 중</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="100"/>
        <source>idle timeout</source>
        <translation>유휴 시간 초과</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="101"/>
        <source>max lifetime</source>
        <translation>최대 수명</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="102"/>
        <source>configuration changed</source>
        <translation>구성 변경</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="103"/>
        <source>end of run</source>
        <translation>실행 종료</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="110"/>
        <source>memory</source>
        <translation>메모리</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="113"/>
        <source>runtime</source>
        <translation>런타임</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="114"/>
        <source>architecture</source>
        <translation>아키텍처</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="115"/>
        <source>handler CPU</source>
        <translation>핸들러 CPU</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="116"/>
        <source>handler I/O</source>
        <translation>핸들러 I/O</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="117"/>
        <source>DB setup</source>
        <translation>DB 연결 설정</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="118"/>
        <source>DB setup in global scope</source>
        <translation>전역 범위의 DB 연결 설정</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="119"/>
        <source>environment setup</source>
        <translation>환경 설정</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="120"/>
        <source>extension init</source>
        <translation>확장 초기화</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="121"/>
        <source>runtime init</source>
        <translation>런타임 초기화</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="122"/>
        <source>function init</source>
        <translation>함수 초기화</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="123"/>
        <source>idle timeout</source>
        <comment>the setting, not the end reason</comment>
        <translation>유휴 시간 제한</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="124"/>
        <source>idle timeout (shortest)</source>
        <translation>유휴 시간 제한 (최소)</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="125"/>
        <source>idle timeout (longest)</source>
        <translation>유휴 시간 제한 (최대)</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="126"/>
        <source>traffic</source>
        <translation>트래픽</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="127"/>
        <source>rate</source>
        <translation>요청률</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="128"/>
        <source>base rate</source>
        <translation>기본 요청률</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="129"/>
        <source>mean rate</source>
        <translation>평균 요청률</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="130"/>
        <source>keep-warm pings</source>
        <translation>웜 유지 핑</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="131"/>
        <source>init billing</source>
        <translation>초기화 과금</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="139"/>
        <source>on</source>
        <translation>켜짐</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="139"/>
        <source>off</source>
        <translation>꺼짐</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="142"/>
        <source>billed</source>
        <translation>과금</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="143"/>
        <source>free (before Aug 2025)</source>
        <translation>무료 (2025년 8월 이전)</translation>
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
        <translation>%1/초</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="161"/>
        <source>%1–%2 min</source>
        <translation>%1~%2분</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="162"/>
        <source>%1–%2</source>
        <translation>%1~%2</translation>
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
        <translation>%1초</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="196"/>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <location filename="../widgets/palette.cpp" line="197"/>
        <source>%1 h</source>
        <translation>%1시간</translation>
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
        <translation>확장 초기화</translation>
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
    <name>lle::CdfPlot</name>
    <message>
        <location filename="../widgets/runplots.cpp" line="450"/>
        <source>Latency CDF</source>
        <translation>지연 시간 누적 분포(CDF)</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="452"/>
        <source>cold</source>
        <translation>콜드</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="453"/>
        <source>warm</source>
        <translation>웜</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="460"/>
        <source>latency (ms, log)</source>
        <translation>지연 시간 (ms, 로그)</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="461"/>
        <source>share of requests ≤ x</source>
        <translation>x 이하 요청 비율</translation>
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
        <translation>항목별 누적 비용</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="594"/>
        <source>requests</source>
        <translation>요청</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="595"/>
        <source>duration</source>
        <translation>실행 시간</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="596"/>
        <source>init</source>
        <translation>초기화</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="597"/>
        <source>provisioned</source>
        <translation>프로비저닝됨</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="598"/>
        <source>SnapStart</source>
        <translation>SnapStart</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="599"/>
        <source>ephemeral storage</source>
        <translation>임시 스토리지</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="601"/>
        <source>free tier credit</source>
        <translation>프리 티어 공제</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="603"/>
        <source>cost (USD)</source>
        <translation>비용 (USD)</translation>
    </message>
</context>
<context>
    <name>lle::EnvironmentLanes</name>
    <message>
        <location filename="../widgets/environmentlanes.cpp" line="149"/>
        <source>Computing…</source>
        <translation>계산 중…</translation>
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
        <translation>제한됨 (429)</translation>
    </message>
    <message>
        <location filename="../widgets/environmentlanes.cpp" line="278"/>
        <source>t (s)</source>
        <translation>t (초)</translation>
    </message>
    <message>
        <location filename="../widgets/environmentlanes.cpp" line="294"/>
        <source>No execution environment yet: waiting for the first request.</source>
        <translation>아직 실행 환경이 없습니다: 첫 요청을 기다리는 중입니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/environmentlanes.cpp" line="298"/>
        <source>+%n older environment(s) not shown</source>
        <translation>
            <numerusform>이전 실행 환경 %n개는 표시하지 않음</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/environmentlanes.cpp" line="317"/>
        <source>Environment #%1 (%2), %3 MB</source>
        <translation>실행 환경 #%1 (%2), %3 MB</translation>
    </message>
    <message>
        <location filename="../widgets/environmentlanes.cpp" line="318"/>
        <source>created at %1 s</source>
        <translation>%1초에 생성</translation>
    </message>
    <message>
        <location filename="../widgets/environmentlanes.cpp" line="320"/>
        <source>ended at %1 s (%2)</source>
        <translation>%1초에 종료 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/environmentlanes.cpp" line="326"/>
        <source>%1: %2 (from %3 s)</source>
        <translation>%1: %2 (%3초부터)</translation>
    </message>
    <message>
        <location filename="../widgets/environmentlanes.cpp" line="341"/>
        <location filename="../widgets/environmentlanes.cpp" line="354"/>
        <source>Request %1: %2</source>
        <translation>요청 %1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/environmentlanes.cpp" line="345"/>
        <source>Init Duration %1</source>
        <translation>초기화 시간 %1</translation>
    </message>
    <message>
        <location filename="../widgets/environmentlanes.cpp" line="347"/>
        <source>Restore Duration %1</source>
        <translation>복원 시간 %1</translation>
    </message>
    <message>
        <location filename="../widgets/environmentlanes.cpp" line="348"/>
        <source>Duration %1 · billed %2 ms · latency %3 · cost %4</source>
        <translation>실행 시간 %1 · 과금 %2 ms · 지연 시간 %3 · 비용 %4</translation>
    </message>
</context>
<context>
    <name>lle::EnvironmentsPlot</name>
    <message>
        <location filename="../widgets/runplots.cpp" line="712"/>
        <source>Environments</source>
        <translation>실행 환경</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="714"/>
        <source>busy</source>
        <translation>사용 중</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="715"/>
        <source>initialising</source>
        <translation>초기화 중</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="716"/>
        <source>frozen</source>
        <translation>동결</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="717"/>
        <source>provisioned</source>
        <translation>프로비저닝됨</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="721"/>
        <source>environments</source>
        <translation>실행 환경 수</translation>
    </message>
</context>
<context>
    <name>lle::ExplorerWindow</name>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="58"/>
        <source>Step</source>
        <translation>한 단계</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="59"/>
        <source>Restart</source>
        <translation>처음부터</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="113"/>
        <source>About Lambda Lifecycle Explorer</source>
        <translation>Lambda 수명 주기 탐색기 정보</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="114"/>
        <source>Lambda Lifecycle Explorer animates AWS Lambda execution environments through their lifecycle from a discrete-event simulation. Licensed under the GPL 3.0 or later.</source>
        <translation>Lambda 수명 주기 탐색기는 이산 사건 시뮬레이션으로 AWS Lambda 실행 환경의 수명 주기를 애니메이션으로 보여 줍니다. GPL 3.0 이상 라이선스로 배포됩니다.</translation>
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
        <translation>일시 정지</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="207"/>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="210"/>
        <source>t = %1 / %2</source>
        <translation>t = %1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="212"/>
        <source>computing…</source>
        <translation>계산 중…</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="239"/>
        <source>Not applied: %1</source>
        <translation>적용되지 않음: %1</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="255"/>
        <source>What am I seeing? Each environment is a token and a lane: grey→orange = cold start, blue = running a request, light blue = frozen. Hover for details; a slider changes the function from now on.</source>
        <translation>무엇을 보고 있나요? 실행 환경 하나가 토큰 하나, 레인 하나입니다: 회색→주황 = 콜드 스타트, 파랑 = 요청 처리 중, 하늘색 = 동결. 마우스를 올리면 자세히 보이고, 슬라이더는 지금부터 함수를 바꿉니다.</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="262"/>
        <location filename="../ui/explorerwindow.cpp" line="267"/>
        <location filename="../ui/explorerwindow.cpp" line="277"/>
        <source>Open scenario</source>
        <translation>시나리오 열기</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="262"/>
        <source>Scenario files (*.json)</source>
        <translation>시나리오 파일 (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="267"/>
        <location filename="../ui/explorerwindow.cpp" line="318"/>
        <source>Cannot read %1.</source>
        <translation>%1을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="277"/>
        <source>The scenario has problems:
%1</source>
        <translation>시나리오에 문제가 있습니다:
%1</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="285"/>
        <source>Save screenshot</source>
        <translation>스크린샷 저장</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="286"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="334"/>
        <source>Scenario problems</source>
        <translation>시나리오 문제</translation>
    </message>
    <message>
        <location filename="../ui/explorerwindow.cpp" line="335"/>
        <source>%1 has problems; showing the built-in scenario instead.

%2</source>
        <translation>%1에 문제가 있어 기본 제공 시나리오를 대신 보여 줍니다.

%2</translation>
    </message>
</context>
<context>
    <name>lle::KpiStrip</name>
    <message>
        <location filename="../widgets/kpistrip.cpp" line="109"/>
        <source>cold starts</source>
        <translation>콜드 스타트</translation>
    </message>
    <message>
        <location filename="../widgets/kpistrip.cpp" line="110"/>
        <source>p50 latency</source>
        <translation>p50 지연 시간</translation>
    </message>
    <message>
        <location filename="../widgets/kpistrip.cpp" line="111"/>
        <source>p99 latency</source>
        <translation>p99 지연 시간</translation>
    </message>
    <message>
        <location filename="../widgets/kpistrip.cpp" line="112"/>
        <source>per 1M requests</source>
        <translation>요청 100만 건당</translation>
    </message>
    <message>
        <location filename="../widgets/kpistrip.cpp" line="113"/>
        <source>cost so far</source>
        <translation>지금까지 비용</translation>
    </message>
    <message>
        <location filename="../widgets/kpistrip.cpp" line="114"/>
        <source>projected / month</source>
        <translation>월 예상 비용</translation>
    </message>
    <message>
        <location filename="../widgets/kpistrip.cpp" line="115"/>
        <source>requests · throttled</source>
        <translation>요청 · 제한됨</translation>
    </message>
</context>
<context>
    <name>lle::LatencyPlot</name>
    <message>
        <location filename="../widgets/runplots.cpp" line="331"/>
        <source>Latency per request</source>
        <translation>요청별 지연 시간</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="333"/>
        <source>cold</source>
        <translation>콜드</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="334"/>
        <source>warm</source>
        <translation>웜</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="335"/>
        <source>provisioned</source>
        <translation>프로비저닝됨</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="336"/>
        <source>SnapStart</source>
        <translation>SnapStart</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="348"/>
        <source>latency (ms, log)</source>
        <translation>지연 시간 (ms, 로그)</translation>
    </message>
</context>
<context>
    <name>lle::LifecycleDiagram</name>
    <message>
        <location filename="../widgets/lifecyclediagram.cpp" line="105"/>
        <source>Environment setup: Lambda places a micro-VM and downloads the code. Part of a cold start, not billed.</source>
        <translation>환경 설정: Lambda가 마이크로 VM을 배치하고 코드를 내려받습니다. 콜드 스타트의 일부이며 과금되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/lifecyclediagram.cpp" line="107"/>
        <source>Extension init: external extensions start. Part of the reported Init Duration.</source>
        <translation>확장 초기화: 외부 확장이 시작됩니다. 보고되는 초기화 시간(Init Duration)에 포함됩니다.</translation>
    </message>
    <message>
        <location filename="../widgets/lifecyclediagram.cpp" line="109"/>
        <source>Runtime init: the language runtime boots (interpreter, JVM, CLR).</source>
        <translation>런타임 초기화: 언어 런타임(인터프리터, JVM, CLR)이 부팅됩니다.</translation>
    </message>
    <message>
        <location filename="../widgets/lifecyclediagram.cpp" line="111"/>
        <source>Function init: your code outside the handler runs (imports, SDK clients, DB connections).</source>
        <translation>함수 초기화: 핸들러 밖의 코드(import, SDK 클라이언트, DB 연결)가 실행됩니다.</translation>
    </message>
    <message>
        <location filename="../widgets/lifecyclediagram.cpp" line="113"/>
        <source>Restore: with SnapStart a new environment resumes from a snapshot instead of running init.</source>
        <translation>복원: SnapStart를 쓰면 새 실행 환경이 초기화 대신 스냅샷에서 재개됩니다.</translation>
    </message>
    <message>
        <location filename="../widgets/lifecyclediagram.cpp" line="115"/>
        <source>Invoke: the handler runs one request. One request per environment at a time.</source>
        <translation>호출: 핸들러가 요청 하나를 처리합니다. 실행 환경 하나는 한 번에 요청 하나만 처리합니다.</translation>
    </message>
    <message>
        <location filename="../widgets/lifecyclediagram.cpp" line="117"/>
        <source>Frozen: the environment waits for the next request, keeping memory. A request that finds one is a warm start.</source>
        <translation>동결(Frozen): 실행 환경이 메모리를 유지한 채 다음 요청을 기다립니다. 이런 환경을 찾은 요청은 웜 스타트입니다.</translation>
    </message>
    <message>
        <location filename="../widgets/lifecyclediagram.cpp" line="119"/>
        <source>Shutdown: after the idle timeout (or max lifetime, or a new version) the environment is removed.</source>
        <translation>종료: 유휴 시간 제한(또는 최대 수명, 새 버전) 이후 실행 환경이 제거됩니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/lifecyclediagram.cpp" line="146"/>
        <source>Cold start: Init (%n environment(s))</source>
        <translation>
            <numerusform>콜드 스타트: 초기화 (실행 환경 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/lifecyclediagram.cpp" line="179"/>
        <source>warm reuse</source>
        <translation>웜 재사용</translation>
    </message>
    <message>
        <location filename="../widgets/lifecyclediagram.cpp" line="187"/>
        <source>idle timeout</source>
        <translation>유휴 시간 초과</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/lifecyclediagram.cpp" line="264"/>
        <source>Now: %n environment(s).</source>
        <translation>
            <numerusform>현재 실행 환경 %n개.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lle::ParameterPanel</name>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="69"/>
        <source>custom</source>
        <translation>사용자 지정</translation>
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
        <translation>전역 범위 (초기화)</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="73"/>
        <source>handler (each request)</source>
        <translation>핸들러 (요청마다)</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="74"/>
        <source>fixed</source>
        <translation>고정</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="75"/>
        <source>random 5–15 min (AWS-like)</source>
        <translation>무작위 5~15분 (AWS와 유사)</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="76"/>
        <source>Poisson (random arrivals)</source>
        <translation>포아송 (무작위 도착)</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="77"/>
        <source>constant</source>
        <translation>일정</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="78"/>
        <source>bursts</source>
        <translation>버스트</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="79"/>
        <source>daily cycle</source>
        <translation>일일 주기</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="80"/>
        <source>billed (since Aug 2025)</source>
        <translation>과금 (2025년 8월부터)</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="81"/>
        <source>free (before Aug 2025)</source>
        <translation>무료 (2025년 8월 이전)</translation>
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
        <translation>%1, 무작위</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/parameterpanel.cpp" line="216"/>
        <source>%n environment(s)</source>
        <translation>
            <numerusform>실행 환경 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="218"/>
        <source>%1 requests/s</source>
        <translation>초당 요청 %1건</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="221"/>
        <source>Base rate; bursts of %1/s for %2 s every %3 s.</source>
        <translation>기본 요청률입니다. %3초마다 %2초 동안 초당 %1건의 버스트가 옵니다.</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="224"/>
        <source>Mean rate over the day; peak/trough %1.</source>
        <translation>하루 평균 요청률입니다. 최고/최저 비율 %1.</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="229"/>
        <source>off</source>
        <translation>꺼짐</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="229"/>
        <source>every %1</source>
        <translation>%1마다</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="237"/>
        <source>New environments restore from a snapshot instead of running init.</source>
        <translation>새 실행 환경이 초기화 대신 스냅샷에서 복원됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="238"/>
        <source>Not available for this runtime: only Java 11+, Python 3.12+ and .NET 8+.</source>
        <translation>이 런타임에서는 쓸 수 없습니다: Java 11+, Python 3.12+, .NET 8+만 지원합니다.</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="239"/>
        <source>Not available for container images.</source>
        <translation>컨테이너 이미지에서는 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="241"/>
        <source>Not together with provisioned concurrency: AWS does not allow both on one function. Set provisioned concurrency to 0 first.</source>
        <translation>프로비저닝된 동시성과 함께 쓸 수 없습니다: AWS는 한 함수에 둘 다 허용하지 않습니다. 먼저 프로비저닝된 동시성을 0으로 설정하세요.</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="243"/>
        <source>Not with ephemeral storage above 512 MB.</source>
        <translation>임시 스토리지가 512 MB를 넘으면 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/parameterpanel.cpp" line="249"/>
        <source>Provisioned concurrency cannot be combined with SnapStart: switch SnapStart off first.</source>
        <translation>프로비저닝된 동시성은 SnapStart와 함께 쓸 수 없습니다: 먼저 SnapStart를 끄세요.</translation>
    </message>
</context>
<context>
    <name>lle::RunPlot</name>
    <message>
        <location filename="../widgets/runplots.cpp" line="189"/>
        <source>simulated time (s)</source>
        <translation>시뮬레이션 시간 (초)</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="192"/>
        <source>simulated time (min)</source>
        <translation>시뮬레이션 시간 (분)</translation>
    </message>
    <message>
        <location filename="../widgets/runplots.cpp" line="195"/>
        <source>simulated time (h)</source>
        <translation>시뮬레이션 시간 (시간)</translation>
    </message>
</context>
</TS>
