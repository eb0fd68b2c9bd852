// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvformat.h"

#include <QLocale>
#include <QtTest>

#include <clocale>
#include <cmath>
#include <limits>

using namespace lle;

class TestCsvFormat : public QObject {
    Q_OBJECT

private slots:
    void quoting_data();
    void quoting();
    void milliseconds_data();
    void milliseconds();
    void money_data();
    void money();
    void integers();
    void notFiniteIsEmpty();
    void localeDoesNotMatter();
};

void TestCsvFormat::quoting_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("field");
    QTest::newRow("plain") << QByteArray("cold") << QByteArray("cold");
    QTest::newRow("empty") << QByteArray("") << QByteArray("");
    QTest::newRow("comma") << QByteArray("a,b") << QByteArray("\"a,b\"");
    QTest::newRow("quote") << QByteArray("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"");
    QTest::newRow("only a quote") << QByteArray("\"") << QByteArray("\"\"\"\"");
    QTest::newRow("newline") << QByteArray("a\nb") << QByteArray("\"a\nb\"");
    QTest::newRow("carriage return") << QByteArray("a\rb") << QByteArray("\"a\rb\"");
    QTest::newRow("spaces kept, not quoted") << QByteArray(" a b ") << QByteArray(" a b ");
    QTest::newRow("utf-8 untouched") << QByteArray("파이썬 API") << QByteArray("파이썬 API");
}

void TestCsvFormat::quoting()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, field);
    QCOMPARE(QByteArray::fromStdString(csv::field(text.toStdString())), field);
}

void TestCsvFormat::milliseconds_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("integer") << 100.0 << QByteArray("100");
    QTest::newRow("zero") << 0.0 << QByteArray("0");
    QTest::newRow("negative zero") << -0.0 << QByteArray("0");
    QTest::newRow("tiny negative rounds to 0") << -0.0001 << QByteArray("0");
    QTest::newRow("one decimal") << 12.5 << QByteArray("12.5");
    QTest::newRow("three decimals") << 12.125 << QByteArray("12.125");
    QTest::newRow("rounded to 3 decimals") << 1.23456 << QByteArray("1.235");
    QTest::newRow("rounding carries") << 9.9996 << QByteArray("10");
    QTest::newRow("float noise trimmed") << 0.1 + 0.2 << QByteArray("0.3");
    QTest::newRow("negative") << -1500.25 << QByteArray("-1500.25");
    QTest::newRow("large") << 34560000000.0 << QByteArray("34560000000");
    QTest::newRow("no exponent for small") << 0.001 << QByteArray("0.001");
    QTest::newRow("below resolution") << 0.0004 << QByteArray("0");
}

void TestCsvFormat::milliseconds()
{
    QFETCH(double, value);
    QFETCH(QByteArray, text);
    QCOMPARE(QByteArray::fromStdString(csv::ms(value)), text);
}

void TestCsvFormat::money_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("zero") << 0.0 << QByteArray("0");
    QTest::newRow("request price") << 2e-7 << QByteArray("0.0000002");
    QTest::newRow("10 significant digits")
        << 0.0000002 + 0.488 * 1769.0 / 1024.0 * 0.0000166667 << QByteArray("0.00001425067914");
    QTest::newRow("rounded up") << 1.23456789016 << QByteArray("1.23456789");
    QTest::newRow("rounding the 10th digit") << 1.234567890500001 << QByteArray("1.234567891");
    QTest::newRow("no exponent when large") << 12345678901234.0 << QByteArray("12345678900000");
    QTest::newRow("short stays short") << 6.5 << QByteArray("6.5");
    QTest::newRow("negative credit") << -0.25 << QByteArray("-0.25");
}

void TestCsvFormat::money()
{
    QFETCH(double, value);
    QFETCH(QByteArray, text);
    const QByteArray got = QByteArray::fromStdString(csv::money(value));
    QCOMPARE(got, text);
    QVERIFY(!got.contains('e'));
    // Never more than 10 significant digits.
    QByteArray digits = got;
    digits.replace("-", "").replace(".", "");
    while (digits.startsWith('0'))
        digits.remove(0, 1);
    while (digits.endsWith('0'))
        digits.chop(1);
    QVERIFY2(digits.size() <= 10, got.constData());
}

void TestCsvFormat::integers()
{
    std::string s;
    csv::appendUInt(s, 0);
    s += ',';
    csv::appendUInt(s, 18446744073709551615ULL);
    QCOMPARE(QByteArray::fromStdString(s), QByteArray("0,18446744073709551615"));
}

void TestCsvFormat::notFiniteIsEmpty()
{
    QCOMPARE(csv::ms(std::numeric_limits<double>::quiet_NaN()), std::string());
    QCOMPARE(csv::ms(std::numeric_limits<double>::infinity()), std::string());
    QCOMPARE(csv::money(std::numeric_limits<double>::quiet_NaN()), std::string());
}

void TestCsvFormat::localeDoesNotMatter()
{
    // A comma-decimal locale in both the C library and Qt must not leak into files.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const char *cLocale = nullptr;
    for (const char *name : {"de_DE.UTF-8", "de_DE.utf8", "fr_FR.UTF-8", "fr_FR.utf8"}) {
        if ((cLocale = std::setlocale(LC_ALL, name)))
            break;
    }
    const std::string ms = csv::ms(12.5);
    const std::string money = csv::money(0.00001425067914);
    const std::string level = csv::decimal(2.75, 6);
    std::setlocale(LC_ALL, "C");
    QLocale::setDefault(before);
    QCOMPARE(ms, std::string("12.5"));
    QCOMPARE(money, std::string("0.00001425067914"));
    QCOMPARE(level, std::string("2.75"));
    if (!cLocale)
        qInfo("no comma-decimal C locale installed; checked with Qt's default locale only");
}

QTEST_GUILESS_MAIN(TestCsvFormat)
#include "tst_csvformat.moc"
