// SPDX-License-Identifier: GPL-3.0-or-later
#include "computecontrols.h"

#include "managedinstances.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStandardItemModel>

namespace lle {

namespace {
enum Option { OnDemand, Managed, Tenants };

Option optionOf(const FunctionSpec &f)
{
    if (f.compute == ComputeKind::ManagedInstances)
        return Managed;
    return f.tenantIsolation ? Tenants : OnDemand;
}
}  // namespace

ComputeControls::ComputeControls(QWidget *parent)
    : QGroupBox(parent)
    , m_option(new QComboBox(this))
    , m_optionLabel(new QLabel(this))
    , m_typeLabel(new QLabel)
    , m_concurrencyLabel(new QLabel)
    , m_fleetLabel(new QLabel)
    , m_tenantsLabel(new QLabel)
    , m_zipfLabel(new QLabel)
    , m_managed(new QWidget(this))
    , m_tenants(new QWidget(this))
    , m_instanceType(new QComboBox)
    , m_concurrency(new QSpinBox)
    , m_minInstances(new QSpinBox)
    , m_maxInstances(new QSpinBox)
    , m_tenantCount(new QSpinBox)
    , m_zipf(new QDoubleSpinBox)
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("computeGroup"));
    m_option->setObjectName(QStringLiteral("computeCombo"));
    m_instanceType->setObjectName(QStringLiteral("instanceTypeCombo"));
    m_concurrency->setObjectName(QStringLiteral("managedConcurrencySpin"));
    m_minInstances->setObjectName(QStringLiteral("minInstancesSpin"));
    m_maxInstances->setObjectName(QStringLiteral("maxInstancesSpin"));
    m_tenantCount->setObjectName(QStringLiteral("tenantCountSpin"));
    m_zipf->setObjectName(QStringLiteral("tenantZipfSpin"));
    m_note->setObjectName(QStringLiteral("computeNote"));
    m_note->setWordWrap(true);

    for (int i = 0; i < 3; ++i)
        m_option->addItem(QString());
    for (const auto &t : instanceTypes())
        m_instanceType->addItem(QString(), QString::fromLatin1(t.id.data(), static_cast<int>(t.id.size())));
    m_concurrency->setRange(0, kMaxManagedConcurrency);   // 0 shows as "runtime default"
    m_minInstances->setRange(1, 1000);
    m_maxInstances->setRange(1, 1000);
    m_tenantCount->setRange(1, 100000);
    m_zipf->setRange(0, 3);
    m_zipf->setSingleStep(0.1);
    m_zipf->setDecimals(1);
    for (QWidget *w : {static_cast<QWidget *>(m_instanceType), static_cast<QWidget *>(m_concurrency),
                       static_cast<QWidget *>(m_minInstances), static_cast<QWidget *>(m_maxInstances),
                       static_cast<QWidget *>(m_tenantCount), static_cast<QWidget *>(m_zipf)})
        w->setFocusPolicy(Qt::StrongFocus);
    // Bounded widths: at their full texts ("m7g.large · 2 vCPU · 8 GiB …") the panel's column
    // outgrew a 1280 px window; the whole text is in the list and the tooltip.
    for (QComboBox *c : {m_option, m_instanceType}) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(14);
        connect(c, &QComboBox::currentTextChanged, c, [c](const QString &text) { c->setToolTip(text); });
    }

    auto *managed = new QGridLayout(m_managed);
    managed->setContentsMargins(0, 0, 0, 0);
    managed->addWidget(m_typeLabel, 0, 0);
    managed->addWidget(m_instanceType, 0, 1);
    managed->addWidget(m_concurrencyLabel, 1, 0);
    managed->addWidget(m_concurrency, 1, 1);
    managed->addWidget(m_fleetLabel, 2, 0, 1, 2);
    managed->addWidget(m_minInstances, 3, 1);
    managed->addWidget(m_maxInstances, 4, 1);
    auto *tenants = new QGridLayout(m_tenants);
    tenants->setContentsMargins(0, 0, 0, 0);
    tenants->addWidget(m_tenantsLabel, 0, 0);
    tenants->addWidget(m_tenantCount, 0, 1);
    tenants->addWidget(m_zipfLabel, 1, 0);
    tenants->addWidget(m_zipf, 1, 1);

    auto *grid = new QGridLayout(this);
    grid->addWidget(m_optionLabel, 0, 0);
    grid->addWidget(m_option, 0, 1);
    grid->addWidget(m_managed, 1, 0, 1, 2);
    grid->addWidget(m_tenants, 2, 0, 1, 2);
    grid->addWidget(m_note, 3, 0, 1, 2);

    connect(m_option, &QComboBox::activated, this, [this](int index) {
        switch (index) {
        case OnDemand:
            request({{"function.compute", std::string("on_demand")}, {"function.tenant_isolation", false}});
            break;
        case Managed:
            request({{"function.tenant_isolation", false}, {"function.compute", std::string("managed_instances")}});
            break;
        case Tenants:
            request({{"function.compute", std::string("on_demand")}, {"function.tenant_isolation", true}});
            break;
        }
    });
    connect(m_instanceType, &QComboBox::activated, this, [this] {
        request({{"function.managed_instances.instance_type", m_instanceType->currentData().toString().toStdString()}});
    });
    // Spin boxes ask when editing ends, not at every keystroke: each edit recomputes the run.
    auto spin = [this](QAbstractSpinBox *box, const char *path, auto value) {
        connect(box, &QAbstractSpinBox::editingFinished, this, [this, path, value] {
            request({{path, value()}});
        });
    };
    spin(m_concurrency, "function.managed_instances.max_concurrency",
         [this] { return ScalarValue(static_cast<double>(m_concurrency->value())); });
    spin(m_minInstances, "function.managed_instances.min_instances",
         [this] { return ScalarValue(static_cast<double>(m_minInstances->value())); });
    spin(m_maxInstances, "function.managed_instances.max_instances",
         [this] { return ScalarValue(static_cast<double>(m_maxInstances->value())); });
    spin(m_tenantCount, "workload.tenants.count", [this] { return ScalarValue(static_cast<double>(m_tenantCount->value())); });
    spin(m_zipf, "workload.tenants.zipf_s", [this] { return ScalarValue(m_zipf->value()); });

    retranslate();
    showConfig(m_config);
}

void ComputeControls::request(Edits edits)
{
    if (m_updating)
        return;
    // "Runtime default" is the absence of the key: 0 is not a value a file may hold.
    for (auto &[path, value] : edits)
        if (path == "function.managed_instances.max_concurrency" && std::get<double>(value) == 0)
            return;
    emit editRequested(edits);
}

void ComputeControls::showConfig(const Scenario &config)
{
    m_config = config;
    m_updating = true;
    const auto &f = config.function;
    const auto &mi = f.managedInstances;
    {
        const QSignalBlocker b1(m_option), b2(m_instanceType), b3(m_concurrency), b4(m_minInstances),
            b5(m_maxInstances), b6(m_tenantCount), b7(m_zipf);
        m_option->setCurrentIndex(optionOf(f));
        const int type = m_instanceType->findData(QString::fromStdString(mi.instanceType));
        if (type >= 0)
            m_instanceType->setCurrentIndex(type);
        m_concurrency->setValue(mi.maxConcurrency);
        m_minInstances->setValue(mi.minInstances);
        m_maxInstances->setValue(mi.maxInstances);
        m_tenantCount->setValue(config.workload.tenants.count);
        m_zipf->setValue(config.workload.tenants.zipfS);
    }
    m_updating = false;
    refresh();
}

void ComputeControls::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void ComputeControls::retranslate()
{
    setTitle(tr("Compute"));
    m_optionLabel->setText(tr("Option"));
    m_option->setItemText(OnDemand, tr("on-demand"));
    m_option->setItemText(Managed, tr("managed instances"));
    m_option->setItemText(Tenants, tr("tenant isolation"));
    const QLocale loc;
    for (int i = 0; i < m_instanceType->count(); ++i) {
        const auto &t = instanceTypes()[static_cast<std::size_t>(i)];
        m_instanceType->setItemText(i, tr("%1 · %2 vCPU · %3 GiB · $%4/h")
                                           .arg(QString::fromLatin1(t.id.data(), static_cast<int>(t.id.size())))
                                           .arg(t.vcpus)
                                           .arg(loc.toString(t.memoryGib))
                                           .arg(loc.toString(t.hourlyUsd, 'f', 4)));
    }
    m_typeLabel->setText(tr("Instance type"));
    m_concurrencyLabel->setText(tr("Requests per environment"));
    m_concurrency->setSpecialValueText(tr("runtime default"));
    m_fleetLabel->setText(tr("Instances the fleet scales between"));
    m_minInstances->setPrefix(tr("at least "));
    m_maxInstances->setPrefix(tr("at most "));
    m_tenantsLabel->setText(tr("Tenants"));
    m_tenantCount->setSuffix(tr(" tenants"));
    m_zipfLabel->setText(tr("Popularity (Zipf s)"));
    refresh();
}

void ComputeControls::refresh()
{
    const auto &f = m_config.function;
    const Option option = optionOf(f);
    m_managed->setVisible(option == Managed);
    m_tenants->setVisible(option == Tenants);
    // Why an option cannot be chosen: AWS allows neither with SnapStart or provisioned concurrency.
    const bool blocked = f.snapstart.enabled || f.provisionedConcurrency > 0;
    if (auto *model = qobject_cast<QStandardItemModel *>(m_option->model()))
        for (int i : {Managed, Tenants})
            if (QStandardItem *item = model->item(i))
                item->setEnabled(!blocked || option == i);
    QString note;
    if (blocked && option == OnDemand) {
        note = f.snapstart.enabled
                   ? tr("Managed instances and tenant isolation are not available with SnapStart: switch SnapStart off first.")
                   : tr("Managed instances and tenant isolation are not available with provisioned concurrency: set it to 0 first.");
    } else if (option == Managed) {
        const ManagedLayout l = managedLayout(f);
        const QLocale loc;
        note = l.envsPerInstance == 0
                   ? tr("An environment of %1 vCPUs does not fit on this instance type: choose a larger one or less memory.")
                         .arg(loc.toString(l.envVcpus))
                   : tr("Each environment has %1 vCPU and serves up to %2 requests at once; %3 per instance. "
                        "Environments never freeze; the bill is instance-hours plus a 15 % fee.")
                         .arg(loc.toString(l.envVcpus))
                         .arg(l.maxConcurrency)
                         .arg(l.envsPerInstance);
    } else if (option == Tenants) {
        note = tr("Environments are never shared between tenants: each tenant's first request is cold. "
                  "Every tenant environment costs $0.000167 per GB.");
    }
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

}  // namespace lle
