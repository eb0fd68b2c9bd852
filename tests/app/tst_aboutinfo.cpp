// SPDX-License-Identifier: GPL-3.0-or-later
// The data Help -> About shows: version, commit, licence, every third-party component with its
// licence, and the model reference. The package's copyright file must name the same components.
#include "aboutinfo.h"
#include "commandline.h"

#include <QFile>
#include <QRegularExpression>
#include <QtTest>

using namespace lle;

class TestAboutInfo : public QObject {
    Q_OBJECT

private slots:
    void program();
    void thirdParty_data();
    void thirdParty();
    void onlyKnownComponents();
    void modelReference();
    void copyrightFileNamesTheSameComponents();
};

void TestAboutInfo::program()
{
    const AboutInfo &a = aboutInfo();
    QCOMPARE(a.name, QStringLiteral("Lambda Lifecycle Explorer"));
    QCOMPARE(a.executable, QStringLiteral("lambda-explorer"));
    QCOMPARE(a.licence, QStringLiteral("GPL-3.0-or-later"));
    QVERIFY(QRegularExpression(QStringLiteral(R"(^\d+\.\d+\.\d+$)")).match(a.version).hasMatch());
    // The same version --version prints.
    QVERIFY2(versionText().contains(a.version), qPrintable(versionText()));
    // A commit hash when built from a git work tree, "unknown" otherwise; never empty.
    QVERIFY2(a.commit == QLatin1String("unknown")
                 || QRegularExpression(QStringLiteral("^[0-9a-f]{7,40}$")).match(a.commit).hasMatch(),
             qPrintable(a.commit));
    QVERIFY(!a.copyright.isEmpty());
    QVERIFY(a.desktopId.startsWith(QLatin1String("io.github.")));
    QVERIFY(!a.qtRuntimeVersion.isEmpty());
}

void TestAboutInfo::thirdParty_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("licence");
    QTest::addColumn<QString>("versionPrefix");
    QTest::newRow("Qt") << "Qt" << "LGPL-3.0-only" << "6.";
    QTest::newRow("QCustomPlot") << "QCustomPlot" << "GPL-3.0-or-later" << "2.1";
    QTest::newRow("nlohmann/json") << "nlohmann/json" << "MIT" << "3.";
    QTest::newRow("FFmpeg") << "FFmpeg" << "GPL-2.0-or-later" << "5.";
}

void TestAboutInfo::thirdParty()
{
    QFETCH(QString, name);
    QFETCH(QString, licence);
    QFETCH(QString, versionPrefix);
    const auto &components = aboutInfo().thirdParty;
    const auto it = std::find_if(components.begin(), components.end(),
                                 [&](const ThirdPartyComponent &c) { return c.name == name; });
    QVERIFY2(it != components.end(), qPrintable(name + QStringLiteral(" is not listed")));
    QCOMPARE(it->licence, licence);
    QVERIFY2(it->version.startsWith(versionPrefix), qPrintable(it->version));
    QVERIFY(!it->copyright.isEmpty());
    QVERIFY(it->url.startsWith(QLatin1String("https://")));
    QVERIFY(it->use && *it->use);
}

void TestAboutInfo::onlyKnownComponents()
{
    // A new library must be added to this test, to the copyright file and to the README.
    QCOMPARE(aboutInfo().thirdParty.size(), 4);
}

void TestAboutInfo::modelReference()
{
    const AboutInfo &a = aboutInfo();
    QCOMPARE(a.modelDate, QStringLiteral(LLE_MODEL_VERSION));
    QVERIFY2(versionText().contains(a.modelDate), qPrintable(versionText()));
    QVERIFY(!a.modelTitle.isEmpty());
    QVERIFY(a.modelScope.contains(QLatin1String("us-east-1")));
    QVERIFY(a.modelSources.size() >= 20);
    QSet<QString> ids;
    for (const ModelSource &s : a.modelSources) {
        QVERIFY2(QRegularExpression(QStringLiteral(R"(^S\d+$)")).match(s.id).hasMatch(), qPrintable(s.id));
        QVERIFY2(!ids.contains(s.id), qPrintable(s.id + QStringLiteral(" twice")));
        ids.insert(s.id);
        QVERIFY(!s.text.isEmpty());
    }
    // The pricing page and the runtime-environment page carry most of the model.
    QVERIFY(ids.contains(QStringLiteral("S1")));
    QVERIFY(ids.contains(QStringLiteral("S4")));
}

void TestAboutInfo::copyrightFileNamesTheSameComponents()
{
    QFile f(QStringLiteral(LLE_COPYRIGHT_FILE));
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY(text.contains(QLatin1String("License: ") + aboutInfo().licence));
    for (const ThirdPartyComponent &c : aboutInfo().thirdParty) {
        // "  Qt 6 - LGPL-3.0-only - Copyright …" in the header's list, and a License paragraph.
        const QRegularExpression line(QStringLiteral("\\n  %1 [^\\n]*- %2 - %3")
                                          .arg(QRegularExpression::escape(c.name),
                                               QRegularExpression::escape(c.licence),
                                               QRegularExpression::escape(c.copyright)));
        QVERIFY2(line.match(text).hasMatch(), qPrintable(c.name + QStringLiteral(" / ") + c.licence));
        QVERIFY2(text.contains(QLatin1String("\nLicense: ") + c.licence + QLatin1Char('\n')),
                 qPrintable(c.licence));
    }
}

QTEST_GUILESS_MAIN(TestAboutInfo)
#include "tst_aboutinfo.moc"
