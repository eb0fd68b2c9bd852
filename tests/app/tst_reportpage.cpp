// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportpage.h"
#include "colours.h"
#include "scenarioio.h"
#include "simulator.h"

#include <QRegularExpression>
#include <QTest>

using namespace lle;

/// The report's page as a reader meets it: numbers rounded for reading, and no charge listed
/// that the runtime does not pay.
class TestReportPage : public QObject {
    Q_OBJECT

    static QString page(const Scenario &s)
    {
        Simulator sim(s);
        sim.run();
        ReportPageInput in;
        in.scenario = s;
        in.summary = sim.summary();
        in.generatedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4));
        return ReportPage::html(in);
    }

    static Scenario snapStart(const char *runtime)
    {
        Scenario s = defaultScenario();
        s.durationS = 60;
        setScenarioValue(s, "function.runtime", std::string(runtime));
        setScenarioValue(s, "function.snapstart.enabled", true);
        return s;
    }

private slots:
    void styleTakesTheSharedColours()
    {
        // The page's colours are colours.h's, every name of the style sheet's template filled in.
        Scenario s = defaultScenario();
        s.durationS = 10;
        const QString html = page(s);
        const QString style = html.section(QLatin1String("<style>"), 1).section(QLatin1String("</style>"), 0, 0);
        QVERIFY(!style.isEmpty());
        const auto left = QRegularExpression(QStringLiteral("@[a-z]+@")).match(style);
        QVERIFY2(!left.hasMatch(), qPrintable(left.captured()));
        QVERIFY(style.contains(QLatin1String("--accent: ") + colours::css(colours::kBlue)));
        QVERIFY(style.contains(QLatin1String("border: 1px solid ") + colours::css(colours::kOrange)));
        QVERIFY(style.contains(QLatin1String("background: ") + colours::css(colours::kPaper)));
    }

    void numbersRoundedForReading()
    {
        Scenario s = defaultScenario();
        s.durationS = 60;
        // A value as calibration fits it.
        setScenarioValue(s, "function.init_ms.function", 16.25860486150367);
        const QString html = page(s);
        QVERIFY(!html.contains(QLatin1String("16.25860486150367")));
        QVERIFY2(html.contains(QLatin1String("16.259")), "the fitted value, rounded");
        // No parameter carries more than six significant decimals (prices are shown as AWS
        // lists them, in their own table).
        const QString parameters = html.mid(html.indexOf(QLatin1String("id=\"parameters\"")));
        QVERIFY(parameters.size() < html.size());
        const QRegularExpression longNumber(QStringLiteral("\\d\\.0*[1-9]\\d{6,}"));
        const auto m = longNumber.match(parameters);
        QVERIFY2(!m.hasMatch(), qPrintable(m.captured()));
    }

    void billedRestoreOnlyWherePaid_data()
    {
        QTest::addColumn<QString>("runtime");
        QTest::addColumn<bool>("charged");
        QTest::newRow("java21") << QStringLiteral("java21") << false;
        QTest::newRow("python3.12") << QStringLiteral("python3.12") << true;
    }

    void billedRestoreOnlyWherePaid()
    {
        QFETCH(QString, runtime);
        QFETCH(bool, charged);
        const QString html = page(snapStart(runtime.toUtf8().constData()));
        QCOMPARE(html.contains(QLatin1String("billed restore")), charged);
        // The key is greyed (not read) where no restore is billed.
        QCOMPARE(html.contains(QLatin1String("<tr class=\"unused\"><td class=\"path\">function.snapstart.billed_restore_ms")), !charged);
    }
};

QTEST_GUILESS_MAIN(TestReportPage)
#include "tst_reportpage.moc"
