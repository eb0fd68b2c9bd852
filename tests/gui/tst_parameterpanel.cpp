// SPDX-License-Identifier: GPL-3.0-or-later
// The parameter panel never lies: every control shows the value the scenario has, also outside a
// slider's usual range, and every control asks for the key it shows.
#include "language.h"
#include "panelcontrols.h"
#include "parameterpanel.h"
#include "scenarioio.h"
#include "valueslider.h"
#include "vocabulary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QtTest>

#include <cmath>
#include <cstring>
#include <functional>
#include <random>

using namespace lle;

class TestParameterPanel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void everyControlWritesItsKey_data();
    void everyControlWritesItsKey();
    void everySliderIsInTheKeyMap();
    void sparseTrafficReadsBack();
    void idleRangeModeNamesTheScenarioRange_data();
    void idleRangeModeNamesTheScenarioRange();
    void randomScenariosReadBackExactly();
    void combosFollowTheLanguage();
    void captionsSayTheVocabularysTerm_data();
    void captionsSayTheVocabularysTerm();
};

namespace {

/// The first number in a label ("0.0017 requests/s", "10,240 MB · 5.79 vCPU"), read in the
/// current locale.
double firstNumber(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("[0-9][0-9,]*(\\.[0-9]+)?"));
    const auto m = number.match(text);
    if (!m.hasMatch())
        return std::nan("");
    bool ok = false;
    const double v = QLocale().toDouble(m.captured(0), &ok);
    return ok ? v : std::nan("");
}

/// The label beside a slider: "memorySlider" → "memoryValue".
QLabel *valueLabel(const ParameterPanel &panel, const char *slider)
{
    QString name = QString::fromLatin1(slider);
    name.replace(QLatin1String("Slider"), QLatin1String("Value"));
    return panel.findChild<QLabel *>(name);
}

/// The seconds a label like "45 s", "8 min", "1 h" states.
double statedSeconds(const QString &text)
{
    const double v = firstNumber(text);
    if (text.endsWith(QLatin1String(" min")))
        return v * 60;
    if (text.endsWith(QLatin1String(" h")))
        return v * 3600;
    return v;
}

}  // namespace

void TestParameterPanel::everyControlWritesItsKey_data()
{
    QTest::addColumn<QString>("control");   // objectName in parameterpanel.ui
    QTest::addColumn<QString>("key");       // the scenario key it must ask for
    const Scenario s = defaultScenario();
    for (const PanelSliderKey &k : panelSliderKeys())
        QTest::newRow(k.name) << QString::fromLatin1(k.name)
                                << QString::fromLatin1(std::strcmp(k.key, "workload.rate") == 0 ? rateKeyFor(s.workload.pattern) : k.key);
    QTest::newRow("runtimeCombo") << "runtimeCombo" << "function.runtime";
    QTest::newRow("architectureCombo") << "architectureCombo" << "function.architecture";
    QTest::newRow("patternCombo") << "patternCombo" << "workload.pattern";
    QTest::newRow("initBillingCombo") << "initBillingCombo" << "pricing.init_billing";
    QTest::newRow("dbPlaceCombo") << "dbPlaceCombo" << "function.handler.setup_in_init";
    QTest::newRow("snapStartCheck") << "snapStartCheck" << "function.snapstart.enabled";
}

/// A user's step on the control asks for exactly its key, with a value that, written into the
/// scenario, the control shows again: no control sets a key other than the one it shows.
void TestParameterPanel::everyControlWritesItsKey()
{
    QFETCH(QString, control);
    QFETCH(QString, key);
    ParameterPanel panel;
    Scenario s = defaultScenario();
    panel.showConfig(s);
    std::vector<std::pair<std::string, ScalarValue>> asked;
    connect(&panel, &ParameterPanel::valueRequested, this,
            [&](const std::string &path, const ScalarValue &v) { asked.emplace_back(path, v); });
    QWidget *widget = panel.findChild<QWidget *>(control);
    QVERIFY2(widget, qPrintable(control));
    QVERIFY(widget->isEnabled());
    // What the control shows after the step, to be found again after the scenario took the value.
    std::function<QVariant()> shown;
    if (auto *slider = qobject_cast<ValueSlider *>(widget)) {
        // A Page Up (Page Down at the top) commits at once, as a user's would; a page, not a
        // single step, so that a snapping slider lands on another value.
        const int step = slider->value() + slider->pageStep() > slider->maximum() ? -slider->pageStep() : slider->pageStep();
        slider->setValue(slider->value() + step);
        shown = [slider] { return QVariant(slider->realValue()); };
    } else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
        QVERIFY(combo->count() >= 2);
        const int other = combo->currentIndex() == 0 ? 1 : 0;
        combo->setCurrentIndex(other);
        emit combo->activated(other);   // what a user's choice emits; setCurrentIndex alone does not
        shown = [combo] { return combo->currentData(); };
    } else if (auto *check = qobject_cast<QCheckBox *>(widget)) {
        check->click();
        shown = [check] { return QVariant(check->isChecked()); };
    } else {
        QFAIL("a control of an unknown kind");
    }
    QCOMPARE(asked.size(), std::size_t(1));
    QCOMPARE(QString::fromStdString(asked[0].first), key);
    const QVariant after = shown();
    const auto problems = setScenarioValue(s, asked[0].first, asked[0].second);
    QVERIFY2(problems.empty(), problems.empty() ? "" : problems.front().format().c_str());
    panel.showConfig(defaultScenario());
    QVERIFY(shown() != after);
    panel.showConfig(s);
    QCOMPARE(shown(), after);
}

void TestParameterPanel::everySliderIsInTheKeyMap()
{
    ParameterPanel panel;
    QStringList mapped;
    for (const PanelSliderKey &k : panelSliderKeys()) {
        // The row's name is its slider's: the tests' rows and value labels go by it.
        QCOMPARE(panel.slider(k)->objectName(), QString::fromLatin1(k.name));
        mapped << QString::fromLatin1(k.name);
    }
    for (const ValueSlider *slider : panel.findChildren<ValueSlider *>())
        QVERIFY2(mapped.contains(slider->objectName()), qPrintable(slider->objectName()));
}

void TestParameterPanel::sparseTrafficReadsBack()
{
    // The "Sparse traffic" example: 0.0017 requests/s was shown as 0.01 (issue 13).
    ParameterPanel panel;
    Scenario s = defaultScenario();
    s.workload.pattern = WorkloadPattern::Poisson;
    s.workload.ratePerS = 0.0017;
    panel.showConfig(s);
    QCOMPARE(panel.rateSlider()->realValue(), 0.0017);
    QCOMPARE(panel.findChild<QLabel *>(QStringLiteral("rateValue"))->text(), QStringLiteral("0.0017 requests/s"));
    // The handle sits inside the travel, not pinned at its left end.
    QVERIFY(panel.rateSlider()->value() > 0);
    QVERIFY(panel.rateSlider()->realMinimum() <= 0.0001);
    QVERIFY(panel.rateSlider()->realMaximum() >= 10000);
}

void TestParameterPanel::idleRangeModeNamesTheScenarioRange_data()
{
    QTest::addColumn<double>("minS");
    QTest::addColumn<double>("maxS");
    QTest::addColumn<QString>("text");
    QTest::newRow("sparse example") << 120.0 << 480.0 << "random 2–8 min";
    QTest::newRow("AWS-like") << 300.0 << 900.0 << "random 5–15 min (AWS-like)";
    QTest::newRow("seconds") << 30.0 << 90.0 << "random 30.0 s–1.5 min";
}

void TestParameterPanel::idleRangeModeNamesTheScenarioRange()
{
    QFETCH(double, minS);
    QFETCH(double, maxS);
    QFETCH(QString, text);
    ParameterPanel panel;
    Scenario s = defaultScenario();
    s.platform.idleTimeout = IdleTimeout{true, minS, maxS};
    panel.showConfig(s);
    auto *combo = panel.findChild<QComboBox *>(QStringLiteral("idleModeCombo"));
    QCOMPARE(combo->currentText(), text);
}

void TestParameterPanel::randomScenariosReadBackExactly()
{
    // Random valid scenarios (seeded): every slider holds the scenario's value exactly and its label
    // states it.
    std::mt19937_64 rng(13);
    auto uniform = [&](double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(rng); };
    auto digits = [](double v, int sig) {   // a value as a person would type it
        if (v == 0) return 0.0;
        const double mag = std::pow(10.0, std::floor(std::log10(std::abs(v))) - (sig - 1));
        return std::round(v / mag) * mag;
    };
    ParameterPanel panel;
    int checked = 0;
    for (int i = 0; i < 200; ++i) {
        Scenario s = defaultScenario();
        auto &f = s.function;
        f.memoryMb = int(uniform(128, 10240));
        f.handler.cpuMs = digits(uniform(0, 20000), 3);
        f.handler.ioMs = digits(uniform(0, 5000), 3);
        f.handler.setupMs = digits(uniform(0, 3000), 2);
        f.initMs.envSetup = digits(uniform(0, 3000), 3);
        f.initMs.extension = digits(uniform(0, 4000), 3);
        f.initMs.runtime = digits(uniform(0, 4000), 4);
        f.runtimeInitQuantiles.reset();   // set by hand, not a preset's fitted distribution
        f.initMs.function = digits(uniform(0, 20000), 4);
        f.provisionedConcurrency = int(uniform(0, 400));
        s.platform.idleTimeout = IdleTimeout{false, digits(std::exp(uniform(0, std::log(7200.0))), 2), 0};
        s.platform.idleTimeout.maxS = s.platform.idleTimeout.minS;
        const WorkloadPattern patterns[] = {WorkloadPattern::Poisson, WorkloadPattern::Constant, WorkloadPattern::Burst,
                                            WorkloadPattern::Diurnal};
        s.workload.pattern = patterns[rng() % 4];
        const double rate = digits(std::exp(uniform(std::log(0.0001), std::log(10000.0))), 3);
        s.workload.ratePerS = s.workload.baseRatePerS = s.workload.meanRatePerS = rate;
        s.workload.keepWarm.intervalS = rng() % 2 ? 0 : digits(uniform(30, 3600), 2);
        if (!validateScenario(s).empty())
            continue;
        ++checked;
        panel.showConfig(s);
        for (const PanelSliderKey &k : panelSliderKeys()) {
            ValueSlider *slider = panel.slider(k);
            const double expected = *panelValueOf(s, k.key);
            const QString where = QStringLiteral("scenario %1, %2").arg(i).arg(QLatin1String(k.name));
            QVERIFY2(slider->realValue() == expected, qPrintable(where));
            const QString label = valueLabel(panel, k.name)->text();
            double stated = std::strcmp(k.key, "platform.idle_timeout_s") == 0 ? statedSeconds(label)
                            : std::strcmp(k.key, "workload.keep_warm.interval_s") == 0
                                ? (expected == 0 ? 0 : statedSeconds(label.section(QLatin1Char(' '), 1)))
                                : firstNumber(label);
            QVERIFY2(std::abs(stated - expected) <= 1e-9 * std::max(1.0, expected),
                     qPrintable(where + QStringLiteral(": label \"%1\" for %2").arg(label).arg(expected)));
        }
    }
    QVERIFY(checked > 100);
}

void TestParameterPanel::combosFollowTheLanguage()
{
    // Items once filled are renamed on a language change (they kept the old language before).
    ParameterPanel panel;
    auto *pattern = panel.findChild<QComboBox *>(QStringLiteral("patternCombo"));
    pattern->setItemText(0, QStringLiteral("stale"));
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&panel, &change);
    QCOMPARE(pattern->itemText(0), QStringLiteral("Poisson (random arrivals)"));
}

void TestParameterPanel::captionsSayTheVocabularysTerm_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("slider");
    for (const char *lang : {"en", "ko"})
        for (const PanelSliderKey &k : panelSliderKeys())
            QTest::addRow("%s %s", lang, k.name) << QString::fromLatin1(lang) << QString::fromLatin1(k.name);
}

void TestParameterPanel::captionsSayTheVocabularysTerm()
{
    // The changes list and the why-cold text name a setting with the vocabulary's word: the
    // slider's caption says the same word ("Handler CPU work (at 1 vCPU)" for "handler CPU").
    QFETCH(QString, lang);
    QFETCH(QString, slider);
    setApplicationLanguage(lang);
    const auto restore = qScopeGuard([] {
        setApplicationLanguage(QStringLiteral("en"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    });
    ParameterPanel panel;
    QString key;
    for (const PanelSliderKey &k : panelSliderKeys())
        if (slider == QLatin1String(k.name))
            key = QString::fromLatin1(std::strcmp(k.key, "workload.rate") == 0 ? rateKeyFor(WorkloadPattern::Poisson) : k.key);
    QString captionName = slider;
    captionName.replace(QLatin1String("Slider"), QLatin1String("Caption"));
    auto *caption = panel.findChild<QLabel *>(captionName);
    QVERIFY2(caption, qPrintable(captionName));
    const QString term = Vocabulary::settingName(key.toStdString());
    QVERIFY2(term != key, qPrintable(key));
    QVERIFY2(caption->text().contains(term, Qt::CaseInsensitive), qPrintable(caption->text() + QLatin1String(" / ") + term));
}

QTEST_MAIN(TestParameterPanel)
#include "tst_parameterpanel.moc"
