// SPDX-License-Identifier: GPL-3.0-or-later
// How every layer writes a duration, an amount, a count and a time, in English and in Korean.
#include "format.h"
#include "language.h"

#include <QtTest>

#include <cmath>
#include <limits>

using namespace lle;

class TestFormat : public QObject {
    Q_OBJECT

private slots:
    void cleanupTestCase() { setApplicationLanguage(QStringLiteral("en")); }
    void formats_data();
    void formats();
};

void TestFormat::formats_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("what");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expected");
    const double inf = std::numeric_limits<double>::infinity();
    const auto row = [](const char *lang, const char *what, double v, const QString &expected) {
        QTest::addRow("%s %s %g", lang, what, v) << QString::fromLatin1(lang) << QString::fromLatin1(what) << v << expected;
    };
    // A readout picks the unit that keeps the figure short.
    row("en", "ms", 0, "0.00 ms");
    row("en", "ms", 0.004, "0.00 ms");
    row("en", "ms", 0.35, "0.35 ms");
    row("en", "ms", 4.2, "4.2 ms");
    row("en", "ms", 120, "120 ms");
    row("en", "ms", 999.4, "999 ms");
    row("en", "ms", 1000, "1.00 s");
    row("en", "ms", 1234, "1.23 s");
    row("en", "ms", 12'500, "12.5 s");
    row("en", "ms", 60'000, "1.0 min");
    row("en", "ms", 150'000, "2.5 min");
    row("en", "ms", 5'400'000, "1.5 h");
    row("en", "ms", 3.6e12, "1,000,000.0 h");
    row("en", "ms", -0.5, "-0.50 ms");
    row("en", "ms", -1500, "-1.50 s");
    row("en", "ms", inf, "–");
    row("en", "ms", std::nan(""), "–");
    row("ko", "ms", 0.35, "0.35 ms");
    row("ko", "ms", 1234, "1.23초");
    row("ko", "ms", 150'000, "2.5분");
    row("ko", "ms", 3.6e12, "1,000,000.0시간");
    row("en", "usd", 0, "$0.0000");
    row("en", "usd", 0.000042, "$0.000042");
    row("en", "usd", 0.5, "$0.5000");
    row("en", "usd", 12.5, "$12.50");
    row("en", "usd", 1'234'567.891, "$1,234,567.89");
    row("en", "usd", -3.5, "-$3.50");
    row("ko", "usd", 1'234'567.891, "$1,234,567.89");
    row("en", "count", 0, "0");
    row("en", "count", 1'234'567, "1,234,567");
    row("en", "count", 1e15, "1,000,000,000,000,000");
    row("ko", "count", 1'234'567, "1,234,567");
    row("en", "number", 0.5, "0.5");
    row("en", "number", 600, "600");
    row("en", "number", 1024.25, "1,024.25");
    row("en", "number", -0.125, "-0.125");
    row("en", "number", 0.0001, "0");
    // A clock: no locale.
    row("en", "simTime", 0, "00:00.000");
    row("en", "simTime", -5, "00:00.000");
    row("en", "simTime", 65'250, "01:05.250");
    row("en", "simTime", 3'723'400, "1:02:03.4");
    row("en", "simTime", 3.6e9, "1000:00:00.0");
    row("en", "runTime", 0, "0.0 s");
    row("en", "runTime", 1500, "1.5 s");
    row("en", "runTime", 125'000, "2:05");
    row("en", "runTime", 3'723'000, "1:02:03");
    row("ko", "runTime", 1500, "1.5초");
    // A table keeps milliseconds to 10 s, so that its rows compare.
    row("en", "tableMs", 0, "0.0 ms");
    row("en", "tableMs", 0.4, "0.4 ms");
    row("en", "tableMs", 99.9, "99.9 ms");
    row("en", "tableMs", 100, "100 ms");
    row("en", "tableMs", 9999, "9,999 ms");
    row("en", "tableMs", 10'000, "10.0 s");
    row("en", "tableMs", 1e9, "1,000,000.0 s");
    row("en", "tableMs", -5, "-5.0 ms");
    row("ko", "tableMs", 10'000, "10.0초");
    row("en", "tableUsd", 0, "$0.00");
    row("en", "tableUsd", 0.000123456, "$0.0001235");
    row("en", "tableUsd", 0.5, "$0.5000");
    row("en", "tableUsd", 1234.5, "$1,234.50");
    row("en", "tableUsd", 1e9, "$1,000,000,000.00");
    row("en", "tableUsd", -0.25, "-$0.2500");
    row("en", "runLength", 0, "0 s");
    row("en", "runLength", 45, "45 s");
    row("en", "runLength", 150, "2.5 min");
    row("en", "runLength", 10'800, "3 h");
    row("en", "runLength", 604'800, "7 days");
    row("ko", "runLength", 604'800, "7일");
    row("ko", "runLength", 45, "45초");
}

void TestFormat::formats()
{
    QFETCH(QString, lang);
    QFETCH(QString, what);
    QFETCH(double, value);
    QFETCH(QString, expected);
    QCOMPARE(setApplicationLanguage(lang), lang);
    const QLocale loc;
    QString got;
    if (what == QLatin1String("ms")) got = Format::ms(value);
    else if (what == QLatin1String("usd")) got = Format::usd(value);
    else if (what == QLatin1String("count")) got = Format::count(static_cast<std::uint64_t>(value));
    else if (what == QLatin1String("number")) got = Format::number(value, 3, loc);
    else if (what == QLatin1String("simTime")) got = Format::simTime(value);
    else if (what == QLatin1String("runTime")) got = Format::runTime(value);
    else if (what == QLatin1String("tableMs")) got = Format::tableMs(value, loc);
    else if (what == QLatin1String("tableUsd")) got = Format::tableUsd(value, loc);
    else if (what == QLatin1String("runLength")) got = Format::runLength(value, loc);
    else QFAIL("unknown function");
    QCOMPARE(got, expected);
}

QTEST_GUILESS_MAIN(TestFormat)
#include "tst_format.moc"
