// SPDX-License-Identifier: GPL-3.0-or-later
// A small fixed run compared byte for byte with files checked by hand against the model
// (tests/data/golden/README.md shows the arithmetic). Set LLE_UPDATE_GOLDEN=1 to rewrite them
// after an intended change of the model or the formats — and check them by hand again.
#include "explorerprocess.h"

#include <QTemporaryDir>
#include <QtTest>

using lle::test::readAll;
using lle::test::runExplorer;

class TestGolden : public QObject {
    Q_OBJECT

private slots:
    void files_data();
    void files();
};

void TestGolden::files_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("summary.json") << "summary.json";
    QTest::newRow("invocations.csv") << "invocations.csv";
}

void TestGolden::files()
{
    QFETCH(QString, file);
    const QString golden = QStringLiteral(LLE_GOLDEN_DIR);
    QTemporaryDir out;
    const auto r = runExplorer({"--headless", golden + "/scenario.json", "--out", out.path(), "--outputs",
                                "summary,invocations"});
    QVERIFY(r.finished);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QByteArray got = readAll(out.filePath(file));
    QVERIFY(!got.isEmpty());
    if (qEnvironmentVariableIntValue("LLE_UPDATE_GOLDEN") == 1) {
        QVERIFY(lle::test::writeFile(golden + "/" + file, got));
        QSKIP("golden file rewritten");
    }
    const QByteArray expected = readAll(golden + "/" + file);
    QVERIFY2(!expected.isEmpty(), qPrintable(golden + "/" + file + " is missing"));
    if (got != expected) {
        // Name the first differing line rather than dumping both files.
        const auto a = got.split('\n'), b = expected.split('\n');
        for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
            const QByteArray x = i < a.size() ? a[i] : QByteArray("<end>");
            const QByteArray y = i < b.size() ? b[i] : QByteArray("<end>");
            if (x != y)
                QFAIL(qPrintable(QStringLiteral("%1 line %2:\n  got      %3\n  expected %4")
                                     .arg(file)
                                     .arg(i + 1)
                                     .arg(QString::fromUtf8(x), QString::fromUtf8(y))));
        }
    }
}

QTEST_GUILESS_MAIN(TestGolden)
#include "tst_golden.moc"
