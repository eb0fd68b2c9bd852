// SPDX-License-Identifier: GPL-3.0-or-later
// The scenario's timed changes as the changes list shows and edits them: one row per setting that
// changes something, with the value it replaces; Delete and Move as new scenarios.
#include "runtesting.h"
#include "scenarioio.h"
#include "timedchanges.h"

#include <QTest>

#include <algorithm>

using namespace lle;

class TestTimedChanges : public QObject {
    Q_OBJECT

private slots:
    void rowsWithOldAndNew();
    void deleteAndMove();
    void tableFollowsEveryEdit();
};

namespace {

QString spelledValue(const ScalarValue &v)
{
    return std::visit([](const auto &x) -> QString {
        using T = std::decay_t<decltype(x)>;
        if constexpr (std::is_same_v<T, bool>)
            return x ? QStringLiteral("true") : QStringLiteral("false");
        else if constexpr (std::is_same_v<T, double>)
            return QString::number(x, 'g', 17);
        else
            return QString::fromStdString(x);
    }, v);
}

/// The rows as text, to compare two lists whole.
QStringList spelled(const std::vector<TimedChangeRow> &rows)
{
    QStringList out;
    for (const TimedChangeRow &r : rows)
        out << QStringLiteral("%1/%2 @%3 %4: %5 -> %6")
                   .arg(r.change).arg(r.setting).arg(r.atMs).arg(QString::fromStdString(r.path))
                   .arg(r.before ? spelledValue(*r.before) : QStringLiteral("-"))
                   .arg(spelledValue(r.after));
    return out;
}

}  // namespace

void TestTimedChanges::rowsWithOldAndNew()
{
    Scenario s = testing::fiveMinutesAt512Mb();
    s.changes.push_back(Change{120, {{"function.memory_mb", 2048.0}}});
    s.changes.push_back(Change{60, {{"function.memory_mb", 1024.0}, {"function.snapstart.enabled", false}}});
    std::sort(s.changes.begin(), s.changes.end(), [](auto &a, auto &b) { return a.atS < b.atS; });
    QVERIFY(!s.function.snapstart.enabled);
    const auto rows = timedChangeRows(s);
    // SnapStart off when it is off already is no change: not listed.
    QCOMPARE(rows.size(), std::size_t(2));
    QCOMPARE(rows[0].atMs, 60'000.0);
    QCOMPARE(rows[0].path, std::string("function.memory_mb"));
    QVERIFY(rows[0].before && std::get<double>(*rows[0].before) == 512.0);
    QCOMPARE(std::get<double>(rows[0].after), 1024.0);
    QCOMPARE(rows[1].atMs, 120'000.0);
    QVERIFY(rows[1].before && std::get<double>(*rows[1].before) == 1024.0);   // the one before it
    // A change to the value in effect lists nothing; its neighbour in the change still counts.
    s.changes.push_back(Change{180, {{"function.memory_mb", 2048.0}, {"function.handler.cpu_ms", 80.0}}});
    const auto more = timedChangeRows(s);
    QCOMPARE(more.size(), std::size_t(3));
    QCOMPARE(more[2].path, std::string("function.handler.cpu_ms"));
    QCOMPARE(more[2].setting, std::size_t(1));   // its place in the change, for Delete
}

void TestTimedChanges::deleteAndMove()
{
    Scenario s = testing::fiveMinutesAt512Mb();
    s.changes.push_back(Change{60, {{"function.memory_mb", 1024.0}, {"function.handler.cpu_ms", 80.0}}});
    s.changes.push_back(Change{120, {{"function.memory_mb", 2048.0}}});
    Scenario d = withoutTimedSetting(s, 0, 0);
    QCOMPARE(d.changes.size(), std::size_t(2));
    QCOMPARE(d.changes[0].set.size(), std::size_t(1));
    QCOMPARE(d.changes[0].set[0].first, std::string("function.handler.cpu_ms"));
    d = withoutTimedSetting(d, 0, 0);
    QCOMPARE(d.changes.size(), std::size_t(1));   // an empty change goes
    QCOMPARE(d.changes[0].atS, 120.0);

    Scenario m = withTimedChangeMoved(s, 1, 30);   // before the other: kept in time order
    QCOMPARE(m.changes.size(), std::size_t(2));
    QCOMPARE(m.changes[0].atS, 30.0);
    QCOMPARE(m.changes[1].atS, 60.0);
    m = withTimedChangeMoved(s, 1, 60);   // onto the other: merged, its own value wins
    QCOMPARE(m.changes.size(), std::size_t(1));
    QCOMPARE(m.changes[0].set.size(), std::size_t(2));
    QCOMPARE(std::get<double>(m.changes[0].set[0].second), 2048.0);
    m = withTimedChangeMoved(s, 0, 0);   // to the start: the scenario's own values
    QCOMPARE(m.changes.size(), std::size_t(1));
    QCOMPARE(m.function.memoryMb, 1024);
    QVERIFY(validateScenario(m).empty());
}

/// The table a window keeps, fed the scenario after each edit, lists what a fresh count lists:
/// changes appended one by one (a slider moved during playback), then the scenario's own value
/// changed, a change in the middle edited, and the last one removed.
void TestTimedChanges::tableFollowsEveryEdit()
{
    Scenario s = testing::fiveMinutesAt512Mb();
    TimedChangeTable table;
    const auto same = [&](const char *what) {
        const QStringList kept = spelled(table.rowsOf(s)), fresh = spelled(timedChangeRows(s));
        QVERIFY2(kept == fresh, qPrintable(QStringLiteral("%1:\n%2\nfresh:\n%3").arg(QLatin1String(what), kept.join('\n'), fresh.join('\n'))));
    };
    same("no change");
    for (int i = 1; i <= 12; ++i) {
        // Memory up and down, and the CPU work now and then: some set the value in effect.
        Change c{10.0 * i, {{"function.memory_mb", 512.0 * (1 + i % 3)}}};
        if (i % 4 == 0)
            c.set.push_back({"function.handler.cpu_ms", 20.0 * i});
        s.changes.push_back(c);
        same("appended");
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(table.rowsOf(s).size(), std::size_t(15));   // twelve memory moves and three of the CPU work
    s.function.memoryMb = 1024;   // the first change to 1,024 MB now changes nothing
    same("the scenario's own memory");
    QCOMPARE(table.rowsOf(s).size(), std::size_t(14));
    s.changes[5].set[0].second = 4096.0;
    same("a change in the middle");
    s.changes.pop_back();
    same("the last change removed");
    s.changes.push_back(Change{200, {{"function.memory_mb", 3008.0}}});
    same("appended after a removal");
}

QTEST_GUILESS_MAIN(TestTimedChanges)
#include "tst_timedchanges.moc"
