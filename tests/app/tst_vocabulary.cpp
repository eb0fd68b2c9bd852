// SPDX-License-Identifier: GPL-3.0-or-later
// The explorer's words: every phase and every setting the panel sets has a name, and a number its
// unit, in English and in Korean; one change reads the same wherever it is written.
#include "format.h"
#include "language.h"
#include "vocabulary.h"

#include <QtTest>

using namespace lle;

class TestVocabulary : public QObject {
    Q_OBJECT

private slots:
    void cleanupTestCase() { setApplicationLanguage(QStringLiteral("en")); }
    void phaseNames_data();
    void phaseNames();
    void settingTerms_data();
    void settingTerms();
    void settingValues_data();
    void settingValues();
    void changeLabels_data();
    void changeLabels();
};

namespace {

const Phase kPhases[] = {Phase::EnvSetup, Phase::ExtensionInit, Phase::RuntimeInit, Phase::FunctionInit,
                         Phase::Restore,  Phase::Invoke,        Phase::Frozen,      Phase::Shutdown};

/// True when `s` has a Hangul syllable: a Korean text, not the English fallback.
bool hasHangul(const QString &s)
{
    for (QChar c : s)
        if (c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3)
            return true;
    return false;
}

/// Names that are product names stay English in Korean (glossary-ko.md).
bool isProductName(const QString &english) { return english == QLatin1String("SnapStart"); }

}  // namespace

void TestVocabulary::phaseNames_data()
{
    QTest::addColumn<int>("phase");
    for (Phase p : kPhases)
        QTest::addRow("%d", int(p)) << int(p);
}

void TestVocabulary::phaseNames()
{
    QFETCH(int, phase);
    const Phase p = static_cast<Phase>(phase);
    setApplicationLanguage(QStringLiteral("en"));
    const QString en = Vocabulary::phaseName(p);
    QVERIFY(!en.isEmpty());
    QVERIFY2(!hasHangul(en), qPrintable(en));
    setApplicationLanguage(QStringLiteral("ko"));
    const QString ko = Vocabulary::phaseName(p);
    QVERIFY2(hasHangul(ko), qPrintable(en + QLatin1String(" → ") + ko));
}

void TestVocabulary::settingTerms_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("numeric");
    // Every key the parameter panel sets (ui/panelcontrols.cpp, its combos and check box), and the
    // keys a why-cold text or a change names.
    const auto row = [](const char *key, bool numeric) { QTest::newRow(key) << QString::fromLatin1(key) << numeric; };
    row("function.memory_mb", true);
    row("function.handler.cpu_ms", true);
    row("function.handler.io_ms", true);
    row("function.handler.setup_ms", true);
    row("function.handler.setup_in_init", false);
    row("function.init_ms.env_setup", true);
    row("function.init_ms.extension", true);
    row("function.init_ms.runtime", true);
    row("function.init_ms.function", true);
    row("platform.idle_timeout_s", true);
    row("platform.idle_timeout_s.min", true);
    row("platform.idle_timeout_s.max", true);
    row("function.provisioned_concurrency", false);
    row("function.snapstart.enabled", false);
    row("function.runtime", false);
    row("function.architecture", false);
    row("workload.pattern", false);
    row("workload.rate_per_s", true);
    row("workload.base_rate_per_s", true);
    row("workload.mean_rate_per_s", true);
    row("workload.keep_warm.interval_s", true);
    row("pricing.init_billing", false);
    row("function.timeout_s", true);
    row("function.extensions", false);
}

void TestVocabulary::settingTerms()
{
    QFETCH(QString, key);
    QFETCH(bool, numeric);
    const std::string k = key.toStdString();
    QVERIFY(Vocabulary::settingKeys().contains(key));
    QCOMPARE(Vocabulary::settingUnit(k) != Vocabulary::Unit::None, numeric);
    setApplicationLanguage(QStringLiteral("en"));
    const QString en = Vocabulary::settingName(k);
    QVERIFY2(!en.isEmpty() && en != key, qPrintable(en));
    const QString enUnit = Vocabulary::unitSymbol(Vocabulary::settingUnit(k));
    QCOMPARE(enUnit.isEmpty(), !numeric);
    setApplicationLanguage(QStringLiteral("ko"));
    const QString ko = Vocabulary::settingName(k);
    QVERIFY2(isProductName(en) ? ko == en : hasHangul(ko), qPrintable(en + QLatin1String(" → ") + ko));
    if (numeric) {
        // A unit in Korean too: seconds are 초, the others keep their symbol.
        const QString koUnit = Vocabulary::unitSymbol(Vocabulary::settingUnit(k));
        QVERIFY(!koUnit.isEmpty());
        QVERIFY(Vocabulary::settingValue(k, 2.0).contains(koUnit) || Vocabulary::settingUnit(k) == Vocabulary::Unit::Seconds);
    }
}

void TestVocabulary::settingValues_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *lang, const char *key, const QVariant &v, const char *expected) {
        QTest::addRow("%s %s %s", lang, key, qPrintable(v.toString()))
            << QString::fromLatin1(lang) << QString::fromLatin1(key) << v << QString::fromUtf8(expected);
    };
    row("en", "function.memory_mb", 2048.0, "2,048 MB");
    row("en", "function.handler.cpu_ms", 0.5, "0.50 ms");
    row("en", "function.handler.cpu_ms", 12.5, "12.5 ms");
    row("en", "platform.idle_timeout_s", 20.0, "20.0 s");
    row("en", "platform.idle_timeout_s", 600.0, "10.0 min");
    row("en", "workload.rate_per_s", 1500.0, "1,500/s");
    row("en", "function.provisioned_concurrency", 3.0, "3");
    row("en", "function.snapstart.enabled", true, "on");
    row("en", "pricing.init_billing", QStringLiteral("billed"), "billed");
    row("en", "an.unknown_ms", 7.0, "7 ms");
    row("ko", "function.memory_mb", 2048.0, "2,048 MB");
    row("ko", "platform.idle_timeout_s", 20.0, "20.0초");
    row("ko", "workload.rate_per_s", 1500.0, "1,500/초");
    row("ko", "function.snapstart.enabled", false, "꺼짐");
}

void TestVocabulary::settingValues()
{
    QFETCH(QString, lang);
    QFETCH(QString, key);
    QFETCH(QVariant, value);
    QFETCH(QString, expected);
    setApplicationLanguage(lang);
    ScalarValue v;
    if (value.typeId() == QMetaType::Bool) v = value.toBool();
    else if (value.typeId() == QMetaType::Double) v = value.toDouble();
    else v = value.toString().toStdString();
    QCOMPARE(Vocabulary::settingValue(key.toStdString(), v), expected);
}

void TestVocabulary::changeLabels_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en") << "en" << QStringLiteral("memory 512 → 2,048 MB, handler CPU 40 → 80 ms, SnapStart off → on");
    QTest::newRow("ko") << "ko" << QStringLiteral("메모리 512 → 2,048 MB, 핸들러 CPU 40 → 80 ms, SnapStart 꺼짐 → 켜짐");
}

void TestVocabulary::changeLabels()
{
    QFETCH(QString, lang);
    QFETCH(QString, expected);
    setApplicationLanguage(lang);
    ChangeMark mark;
    mark.settings = {{"function.memory_mb", 512.0, 2048.0},
                     {"function.handler.cpu_ms", 40.0, 80.0},
                     {"function.snapstart.enabled", false, true}};
    QCOMPARE(Vocabulary::changeLabel(mark), expected);
    // A change's words are its settings' words, one by one.
    QStringList parts;
    for (const auto &s : mark.settings) {
        QVERIFY(Vocabulary::settingChange(s).startsWith(Vocabulary::settingName(s.path)));
        parts << Vocabulary::settingChange(s);
    }
    QCOMPARE(parts.join(QStringLiteral(", ")), expected);
    // The idle timeout as one setting, whether fixed or a range.
    ChangeMark idle;
    idle.settings = {{"platform.idle_timeout_s.min", 20.0, 300.0}, {"platform.idle_timeout_s.max", 20.0, 900.0}};
    idle.idleBefore = IdleTimeout{false, 20, 20};
    idle.idleAfter = IdleTimeout{true, 300, 900};
    QCOMPARE(Vocabulary::changeLabel(idle),
             Vocabulary::settingName("platform.idle_timeout_s") + QLatin1Char(' ') + Format::ms(20'000)
                 + QStringLiteral(" → ") + (lang == QLatin1String("ko") ? QStringLiteral("5~15분") : QStringLiteral("5–15 min")));
}

QTEST_GUILESS_MAIN(TestVocabulary)
#include "tst_vocabulary.moc"
