// SPDX-License-Identifier: GPL-3.0-or-later
#include "parameterpanel.h"

#include "computecontrols.h"
#include "durationmodel.h"
#include "palette.h"
#include "panelcontrols.h"
#include "textscale.h"
#include "runtimepresets.h"
#include "ui_parameterpanel.h"
#include "valueslider.h"

#include <QApplication>
#include <QGroupBox>
#include <QSignalBlocker>

#include <cstring>

namespace lle {

ParameterPanel::ParameterPanel(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::ParameterPanel>())
{
    m_ui->setupUi(this);
    // The compute option comes first: it decides what the other controls mean.
    m_compute = new ComputeControls(this);
    m_ui->panelLayout->insertWidget(0, m_compute);
    connect(m_compute, &ComputeControls::editRequested, this, &ParameterPanel::scenarioEditRequested);
    setupControls();
    applyFonts();
    setStyleSheet(QStringLiteral(
        "QGroupBox { border: 1px solid #C9D3DE; border-radius: 4px; margin-top: 1.45em; padding-top: 3px; }"
        "QGroupBox::title { subcontrol-origin: margin; subcontrol-position: top left; left: 0px;"
        " padding: 1px 8px; color: #12355B; background: #DCE6F0; border: 1px solid #C9D3DE;"
        " border-bottom: none; border-top-left-radius: 4px; border-top-right-radius: 4px; }"));
}

ParameterPanel::~ParameterPanel() = default;

void ParameterPanel::applyFonts()
{
    // Group headers that read as headers on a projector, also while the panel scrolls: bold,
    // larger, on a band of their own. Only the title takes the group's font; the controls keep
    // the panel's. Set again when the application font changes (presentation mode).
    const QFont base = QApplication::font(this);
    for (QGroupBox *group : findChildren<QGroupBox *>()) {
        QFont title = base;
        title.setBold(true);
        title.setPointSizeF(title.pointSizeF() + 1);
        group->setFont(title);
        for (QWidget *child : group->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
            child->setFont(base);
    }
    // On a projector the panel, the views and the lesson share 1280 px: captions wrap there
    // ("Provisioned concurrency" on two lines) instead of widening the panel's column.
    const bool presenting = TextScale::presenting(this);
    const Ui::ParameterPanel &ui = *m_ui;
    for (QLabel *caption : {ui.runtimeCaption, ui.architectureCaption, ui.memoryCaption, ui.cpuCaption, ui.ioCaption,
                            ui.dbSetupCaption, ui.dbPlaceCaption, ui.envSetupCaption, ui.extensionCaption,
                            ui.runtimeInitCaption, ui.functionInitCaption, ui.idleModeCaption, ui.idleCaption,
                            ui.pcCaption, ui.patternCaption, ui.rateCaption, ui.keepWarmCaption, ui.initBillingCaption})
        caption->setWordWrap(presenting);
    // Notes in a smaller grey type, but never under the 16 px of presentation mode.
    for (QLabel *l : {m_ui->snapStartNote, m_ui->pcNote, m_ui->rateNote}) {
        QFont f = base;
        if (!presenting)
            f.setPointSizeF(std::max(7.5, base.pointSizeF() - 1));
        l->setFont(f);
        QPalette pal = l->palette();
        pal.setColor(QPalette::WindowText, QColor(0x55, 0x55, 0x55));
        l->setPalette(pal);
    }
}

ValueSlider *ParameterPanel::memorySlider() const { return m_ui->memorySlider; }
ValueSlider *ParameterPanel::provisionedSlider() const { return m_ui->pcSlider; }
ValueSlider *ParameterPanel::rateSlider() const { return m_ui->rateSlider; }
ValueSlider *ParameterPanel::slider(const PanelSliderKey &row) const { return m_ui.get()->*row.slider; }

void ParameterPanel::bindSlider(ValueSlider *slider, const char *path)
{
    connect(slider, &ValueSlider::valueMoved, this, [this] { refreshLabels(); });
    connect(slider, &ValueSlider::valueCommitted, this, [this, key = std::string(path)](double v) {
        if (!m_updating)
            emit valueRequested(key, v);
    });
}

void ParameterPanel::setupControls()
{
    auto &ui = *m_ui;
    for (const auto &p : runtimePresets())
        ui.runtimeCombo->addItem(QString::fromLatin1(p.id.data(), static_cast<int>(p.id.size())),
                                 QString::fromLatin1(p.id.data(), static_cast<int>(p.id.size())));
    if (ui.runtimeCombo->findData(QStringLiteral("custom")) < 0)
        ui.runtimeCombo->addItem(tr("custom"), QStringLiteral("custom"));
    // Items by their data; their texts come from retranslateCombos(), again on a language change.
    ui.architectureCombo->addItem(QString(), QStringLiteral("x86_64"));
    ui.architectureCombo->addItem(QString(), QStringLiteral("arm64"));
    ui.dbPlaceCombo->addItem(QString(), true);
    ui.dbPlaceCombo->addItem(QString(), false);
    ui.idleModeCombo->addItem(QString(), false);
    ui.idleModeCombo->addItem(QString(), true);
    for (const char *p : {"poisson", "constant", "burst", "diurnal"})
        ui.patternCombo->addItem(QString(), QString::fromLatin1(p));
    ui.initBillingCombo->addItem(QString(), QStringLiteral("billed"));
    ui.initBillingCombo->addItem(QString(), QStringLiteral("free_before_2025_08"));
    retranslateCombos();
    for (QComboBox *c : {ui.runtimeCombo, ui.architectureCombo, ui.dbPlaceCombo, ui.idleModeCombo, ui.patternCombo,
                         ui.initBillingCombo})
    {
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(9);
    }

    ui.memorySlider->setLogarithmic(128, 10240, 1000);
    ui.memorySlider->setSnapValues({128, 256, 512, 1024, 1536, 1769, 2048, 3008, 4096, 8192, 10240});
    ui.rateSlider->setSnapValues({0.001, 0.01, 0.1, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000});
    ui.idleSlider->setSnapValues({5, 10, 20, 30, 60, 120, 300, 600, 900, 1800, 3600});
    ui.cpuSlider->setLogarithmic(1, 10000, 1000);
    ui.ioSlider->setLinear(0, 2000, 5);
    ui.dbSetupSlider->setLinear(0, 2000, 10);
    ui.envSetupSlider->setLinear(0, 2000, 5);
    ui.extensionSlider->setLinear(0, 3000, 10);
    ui.runtimeInitSlider->setLinear(0, 3000, 5);
    ui.functionInitSlider->setLinear(0, 10000, 10);
    ui.idleSlider->setLogarithmic(1, 3600, 1000);
    ui.pcSlider->setLinear(0, 200, 1);
    // 0.0001/s (one request in three hours) to 10,000/s: sparse traffic reads back as it is.
    ui.rateSlider->setLogarithmic(0.0001, 10000, 1000);
    ui.keepWarmSlider->setLinear(0, 1800, 30);

    for (const PanelSliderKey &k : panelSliderKeys())
        if (std::strcmp(k.key, "workload.rate") != 0)
            bindSlider(ui.*k.slider, k.key);
    // The rate slider sets the rate of the pattern in use.
    connect(ui.rateSlider, &ValueSlider::valueMoved, this, [this] { refreshLabels(); });
    connect(ui.rateSlider, &ValueSlider::valueCommitted, this, [this](double v) {
        if (!m_updating)
            emit valueRequested(std::string(rateKeyFor(m_config.workload.pattern)), v);
    });

    // A combo's items carry the key's value in the file: a string, or a bool for the DB place.
    auto comboKey = [this](QComboBox *combo, const char *path) {
        connect(combo, &QComboBox::activated, this, [this, combo, key = std::string(path)] {
            if (!m_updating)
                emit valueRequested(key, combo->currentData().toString().toStdString());
        });
    };
    comboKey(ui.runtimeCombo, "function.runtime");
    comboKey(ui.architectureCombo, "function.architecture");
    comboKey(ui.patternCombo, "workload.pattern");
    comboKey(ui.initBillingCombo, "pricing.init_billing");
    connect(ui.dbPlaceCombo, &QComboBox::activated, this, [this] {
        if (!m_updating)
            emit valueRequested("function.handler.setup_in_init", m_ui->dbPlaceCombo->currentData().toBool());
    });
    connect(ui.idleModeCombo, &QComboBox::activated, this, [this] {
        if (!m_updating)
            emit idleRangeRequested(m_ui->idleModeCombo->currentData().toBool(), m_lastFixedIdleS);
    });
    connect(ui.snapStartCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_updating)
            emit valueRequested("function.snapstart.enabled", on);
    });
}

void ParameterPanel::showConfig(const Scenario &config)
{
    m_compute->showConfig(config);
    m_config = config;
    m_updating = true;
    auto &ui = *m_ui;
    const auto &f = config.function;
    auto selectData = [](QComboBox *c, const QVariant &v) {
        const QSignalBlocker b(c);
        const int i = c->findData(v);
        if (i >= 0)
            c->setCurrentIndex(i);
    };
    selectData(ui.runtimeCombo, QString::fromStdString(f.runtime));
    selectData(ui.architectureCombo, f.architecture == Architecture::Arm64 ? QStringLiteral("arm64") : QStringLiteral("x86_64"));
    selectData(ui.dbPlaceCombo, f.handler.setupInInit);
    selectData(ui.idleModeCombo, config.platform.idleTimeout.ranged);
    ui.idleModeCombo->setItemText(1, PanelText::idleRangeModeText(config.platform.idleTimeout));
    static const char *patterns[] = {"poisson", "constant", "diurnal", "burst", "trace"};
    selectData(ui.patternCombo, QString::fromLatin1(patterns[static_cast<int>(config.workload.pattern)]));
    selectData(ui.initBillingCombo, config.pricing.initBilling == InitBilling::Billed ? QStringLiteral("billed")
                                                                                     : QStringLiteral("free_before_2025_08"));
    if (!ui.memorySlider->isSliderDown()) ui.memorySlider->setRealValue(f.memoryMb);
    ui.cpuSlider->setRealValue(f.handler.cpuMs);
    ui.ioSlider->setRealValue(f.handler.ioMs);
    ui.dbSetupSlider->setRealValue(f.handler.setupMs);
    ui.envSetupSlider->setRealValue(f.initMs.envSetup);
    ui.extensionSlider->setRealValue(f.initMs.extension);
    ui.runtimeInitSlider->setRealValue(f.initMs.runtime);
    ui.functionInitSlider->setRealValue(f.initMs.function);
    ui.idleSlider->setRealValue(config.platform.idleTimeout.minS);
    if (!config.platform.idleTimeout.ranged)
        m_lastFixedIdleS = config.platform.idleTimeout.minS;
    ui.idleSlider->setEnabled(!config.platform.idleTimeout.ranged);
    ui.pcSlider->setRealValue(f.provisionedConcurrency);
    const auto &w = config.workload;
    ui.rateSlider->setRealValue(*panelValueOf(config, "workload.rate"));
    ui.rateSlider->setEnabled(w.pattern != WorkloadPattern::Trace);
    ui.keepWarmSlider->setRealValue(w.keepWarm.intervalS);
    {
        const QSignalBlocker b(ui.snapStartCheck);
        ui.snapStartCheck->setChecked(f.snapstart.enabled);
    }
    m_updating = false;
    refreshLabels();
    emit configShown();
}

void ParameterPanel::retranslateCombos()
{
    auto &ui = *m_ui;
    if (const int i = ui.runtimeCombo->findData(QStringLiteral("custom")); i >= 0)
        ui.runtimeCombo->setItemText(i, tr("custom"));
    ui.architectureCombo->setItemText(0, tr("x86_64"));
    ui.architectureCombo->setItemText(1, tr("arm64 (Graviton)"));
    // Short enough for the panel's column at 1280×720 (the longer texts were cut in English).
    ui.dbPlaceCombo->setItemText(0, tr("global (init)"));
    ui.dbPlaceCombo->setItemText(1, tr("handler (each request)"));
    ui.idleModeCombo->setItemText(0, tr("fixed"));
    ui.idleModeCombo->setItemText(1, PanelText::idleRangeModeText(m_config.platform.idleTimeout));
    ui.patternCombo->setItemText(0, tr("Poisson (random arrivals)"));
    ui.patternCombo->setItemText(1, tr("constant"));
    ui.patternCombo->setItemText(2, tr("bursts"));
    ui.patternCombo->setItemText(3, tr("daily cycle"));
    ui.initBillingCombo->setItemText(0, tr("billed (Aug 2025+)"));
    ui.initBillingCombo->setItemText(1, tr("free (pre Aug 2025)"));
}

void ParameterPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange && !m_applyingFonts) {
        m_applyingFonts = true;   // setFont on the children sends font events of their own
        applyFonts();
        m_applyingFonts = false;
    }
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateCombos();
        refreshLabels();   // values with their units, in the new language
    }
    QWidget::changeEvent(event);
}

void ParameterPanel::refreshLabels()
{
    auto &ui = *m_ui;
    const QLocale loc;
    const int mem = static_cast<int>(ui.memorySlider->realValue());
    ui.memoryValue->setText(tr("%1 MB · %2 vCPU").arg(loc.toString(mem)).arg(loc.toString(vcpuShare(mem), 'f', 2)));
    auto ms = [&](ValueSlider *s) { return tr("%1 ms").arg(PanelText::exactNumber(s->realValue())); };
    ui.cpuValue->setText(ms(ui.cpuSlider));
    ui.ioValue->setText(ms(ui.ioSlider));
    ui.dbSetupValue->setText(ms(ui.dbSetupSlider));
    ui.envSetupValue->setText(ms(ui.envSetupSlider));
    ui.extensionValue->setText(ms(ui.extensionSlider));
    // A preset's runtime init is a fitted distribution: its mean reads in whole milliseconds (the
    // tooltip gives the measured median and p90); a value set by hand reads exactly.
    ui.runtimeInitValue->setText(m_config.function.runtimeInitQuantiles
                                     ? tr("%1 ms").arg(loc.toString(ui.runtimeInitSlider->realValue(), 'f', 0))
                                     : ms(ui.runtimeInitSlider));
    if (const auto &q = m_config.function.runtimeInitQuantiles)
        ui.runtimeInitValue->setToolTip(tr("Runtime init measured for this runtime, architecture and package "
                                           "(lambda-perf, May–June 2026): median %1 ms, p90 %2 ms. Shown is "
                                           "that distribution's mean.")
                                            .arg(loc.toString(q->medianMs, 'f', 1), loc.toString(q->p90Ms, 'f', 1)));
    else
        ui.runtimeInitValue->setToolTip(tr("A mean, drawn with cv 0.15 for every cold start."));
    ui.functionInitValue->setText(ms(ui.functionInitSlider));
    // Short: a longer text would widen the panel beyond its column.
    ui.idleValue->setText(m_config.platform.idleTimeout.ranged
                              ? tr("%1, random").arg(Vocabulary::idleTimeoutText(m_config.platform.idleTimeout))
                              : PanelText::exactSeconds(ui.idleSlider->realValue()));
    ui.pcValue->setText(tr("%n environment(s)", nullptr, static_cast<int>(ui.pcSlider->realValue())));
    const double rate = ui.rateSlider->realValue();
    ui.rateValue->setText(tr("%1 requests/s").arg(PanelText::exactNumber(rate)));
    const auto &w = m_config.workload;
    if (w.pattern == WorkloadPattern::Burst)
        ui.rateNote->setText(tr("Base rate; bursts of %1/s for %2 s every %3 s.")
                                 .arg(loc.toString(w.burstRatePerS), loc.toString(w.lengthS), loc.toString(w.everyS)));
    else if (w.pattern == WorkloadPattern::Diurnal)
        ui.rateNote->setText(tr("Mean rate over the day; peak/trough %1.").arg(loc.toString(w.peakToTrough)));
    else
        ui.rateNote->setText({});
    ui.rateNote->setVisible(!ui.rateNote->text().isEmpty());
    const double kw = ui.keepWarmSlider->realValue();
    ui.keepWarmValue->setText(kw <= 0 ? tr("off") : tr("every %1").arg(PanelText::exactSeconds(kw)));

    // SnapStart: why it cannot be switched on, and never together with provisioned concurrency.
    FunctionSpec probe = m_config.function;
    probe.snapstart.enabled = true;
    const SnapStartBlock block = snapStartBlock(probe);
    QString note;
    switch (block) {
    case SnapStartBlock::Ok: note = tr("New environments restore from a snapshot instead of running init."); break;
    case SnapStartBlock::Runtime: note = tr("Not available for this runtime: only Java 11+, Python 3.12+ and .NET 8+."); break;
    case SnapStartBlock::Image: note = tr("Not available for container images."); break;
    case SnapStartBlock::ProvisionedConcurrency:
        note = tr("Not together with provisioned concurrency: AWS does not allow both on one function. Set provisioned concurrency to 0 first.");
        break;
    case SnapStartBlock::EphemeralStorage: note = tr("Not with ephemeral storage above 512 MB."); break;
    }
    ui.snapStartCheck->setEnabled(block == SnapStartBlock::Ok || m_config.function.snapstart.enabled);
    ui.snapStartNote->setText(note);
    const bool snap = m_config.function.snapstart.enabled;
    ui.pcSlider->setEnabled(!snap);
    ui.pcNote->setText(snap ? tr("Provisioned concurrency cannot be combined with SnapStart: switch SnapStart off first.")
                            : QString());
    ui.pcNote->setVisible(snap);
}

}  // namespace lle
