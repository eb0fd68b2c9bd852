// SPDX-License-Identifier: GPL-3.0-or-later
// The Compute group: each option asks for whole-run edits, the options' own controls show only
// with their option, and an option AWS does not allow says why.
#include "computecontrols.h"

#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QtTest>

#include <map>

using namespace lle;

Q_DECLARE_METATYPE(lle::ComputeControls::Edits)

class TestComputeControls : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<ComputeControls::Edits>(); }
    void choosingAnOptionAsksForWholeRunEdits_data();
    void choosingAnOptionAsksForWholeRunEdits();
    void showingAConfigEmitsNothing();
    void optionsRefusedWithSnapStartSayWhy();
    void managedNoteGivesTheLayout();
};

void TestComputeControls::choosingAnOptionAsksForWholeRunEdits_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("compute");
    QTest::addColumn<bool>("tenants");
    QTest::newRow("managed instances") << 1 << "managed_instances" << false;
    QTest::newRow("tenant isolation") << 2 << "on_demand" << true;
}

void TestComputeControls::choosingAnOptionAsksForWholeRunEdits()
{
    QFETCH(int, index);
    QFETCH(QString, compute);
    QFETCH(bool, tenants);
    ComputeControls c;
    c.showConfig(Scenario{});
    QSignalSpy spy(&c, &ComputeControls::editRequested);
    auto *combo = c.findChild<QComboBox *>(QStringLiteral("computeCombo"));
    QVERIFY(combo);
    combo->setCurrentIndex(index);
    emit combo->activated(index);
    QCOMPARE(spy.size(), 1);
    const auto edits = spy.at(0).at(0).value<ComputeControls::Edits>();
    std::map<std::string, ScalarValue> byPath(edits.begin(), edits.end());
    QCOMPARE(QString::fromStdString(std::get<std::string>(byPath.at("function.compute"))), compute);
    QCOMPARE(std::get<bool>(byPath.at("function.tenant_isolation")), tenants);
}

void TestComputeControls::showingAConfigEmitsNothing()
{
    ComputeControls c;
    c.show();
    QSignalSpy spy(&c, &ComputeControls::editRequested);
    Scenario s;
    s.function.compute = ComputeKind::ManagedInstances;
    s.function.managedInstances.minInstances = 5;
    c.showConfig(s);
    QCOMPARE(spy.size(), 0);
    QCOMPARE(c.findChild<QComboBox *>(QStringLiteral("computeCombo"))->currentIndex(), 1);
    auto *min = c.findChild<QSpinBox *>(QStringLiteral("minInstancesSpin"));
    QCOMPARE(min->value(), 5);
    QVERIFY(min->isVisible());
    QVERIFY(!c.findChild<QSpinBox *>(QStringLiteral("tenantCountSpin"))->isVisible());
}

void TestComputeControls::optionsRefusedWithSnapStartSayWhy()
{
    ComputeControls c;
    c.show();
    Scenario s;
    s.function.runtime = "java21";
    s.function.snapstart.enabled = true;
    c.showConfig(s);
    auto *model = qobject_cast<QStandardItemModel *>(c.findChild<QComboBox *>(QStringLiteral("computeCombo"))->model());
    QVERIFY(model);
    QVERIFY(model->item(0)->isEnabled());
    QVERIFY(!model->item(1)->isEnabled());
    QVERIFY(!model->item(2)->isEnabled());
    auto *note = c.findChild<QLabel *>(QStringLiteral("computeNote"));
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QStringLiteral("SnapStart")), qPrintable(note->text()));
}

void TestComputeControls::managedNoteGivesTheLayout()
{
    ComputeControls c;
    Scenario s;
    s.function.compute = ComputeKind::ManagedInstances;
    s.function.memoryMb = 2048;
    s.function.runtime = "nodejs22.x";
    c.showConfig(s);
    // 2 GiB at 2 GiB per vCPU: 1 vCPU, Node.js 64 per vCPU, two on an m7g.large.
    const QString note = c.findChild<QLabel *>(QStringLiteral("computeNote"))->text();
    QVERIFY2(note.contains(QStringLiteral("64")) && note.contains(QStringLiteral("2 per instance")), qPrintable(note));
}

QTEST_MAIN(TestComputeControls)
#include "tst_computecontrols.moc"
