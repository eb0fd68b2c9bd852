// SPDX-License-Identifier: GPL-3.0-or-later
#include "panelcontrols.h"

#include "palette.h"
#include "ui_parameterpanel.h"
#include "valueslider.h"

#include <QLocale>

#include <cmath>
#include <cstring>

namespace lle {

namespace {

constexpr PanelSliderKey kSliders[] = {
    {&Ui::ParameterPanel::memorySlider, "memorySlider", "function.memory_mb"},
    {&Ui::ParameterPanel::cpuSlider, "cpuSlider", "function.handler.cpu_ms"},
    {&Ui::ParameterPanel::ioSlider, "ioSlider", "function.handler.io_ms"},
    {&Ui::ParameterPanel::dbSetupSlider, "dbSetupSlider", "function.handler.setup_ms"},
    {&Ui::ParameterPanel::envSetupSlider, "envSetupSlider", "function.init_ms.env_setup"},
    {&Ui::ParameterPanel::extensionSlider, "extensionSlider", "function.init_ms.extension"},
    {&Ui::ParameterPanel::runtimeInitSlider, "runtimeInitSlider", "function.init_ms.runtime"},
    {&Ui::ParameterPanel::functionInitSlider, "functionInitSlider", "function.init_ms.function"},
    {&Ui::ParameterPanel::idleSlider, "idleSlider", "platform.idle_timeout_s"},
    {&Ui::ParameterPanel::pcSlider, "pcSlider", "function.provisioned_concurrency"},
    {&Ui::ParameterPanel::keepWarmSlider, "keepWarmSlider", "workload.keep_warm.interval_s"},
    {&Ui::ParameterPanel::rateSlider, "rateSlider", "workload.rate"},
};

/// Significant digits of the shortest representation of `v`.
int significantDigits(double v)
{
    QString s = QString::number(std::abs(v), 'e', QLocale::FloatingPointShortest);
    s = s.left(s.indexOf(QLatin1Char('e')));
    s.remove(QLatin1Char('.'));
    return int(s.size());
}

}  // namespace

std::span<const PanelSliderKey> panelSliderKeys() { return kSliders; }

const char *rateKeyFor(WorkloadPattern pattern)
{
    return pattern == WorkloadPattern::Diurnal ? "workload.mean_rate_per_s"
         : pattern == WorkloadPattern::Burst   ? "workload.base_rate_per_s"
                                               : "workload.rate_per_s";
}

std::optional<double> panelValueOf(const Scenario &c, const char *key)
{
    const auto &f = c.function;
    const auto &w = c.workload;
    auto is = [key](const char *k) { return std::strcmp(key, k) == 0; };
    if (is("function.memory_mb")) return f.memoryMb;
    if (is("function.handler.cpu_ms")) return f.handler.cpuMs;
    if (is("function.handler.io_ms")) return f.handler.ioMs;
    if (is("function.handler.setup_ms")) return f.handler.setupMs;
    if (is("function.init_ms.env_setup")) return f.initMs.envSetup;
    if (is("function.init_ms.extension")) return f.initMs.extension;
    if (is("function.init_ms.runtime")) return f.initMs.runtime;
    if (is("function.init_ms.function")) return f.initMs.function;
    if (is("platform.idle_timeout_s")) return c.platform.idleTimeout.minS;
    if (is("function.provisioned_concurrency")) return f.provisionedConcurrency;
    if (is("workload.keep_warm.interval_s")) return w.keepWarm.intervalS;
    if (is("workload.rate"))
        return w.pattern == WorkloadPattern::Diurnal ? w.meanRatePerS
             : w.pattern == WorkloadPattern::Burst   ? w.baseRatePerS
                                                     : w.ratePerS;
    return std::nullopt;
}

QString PanelText::exactNumber(double v)
{
    const QLocale loc;
    if (!std::isfinite(v))
        return QStringLiteral("–");
    if (v == 0 || significantDigits(v) <= 6)
        return loc.toString(v, 'f', QLocale::FloatingPointShortest);
    const int decimals = std::max(0, 3 - int(std::floor(std::log10(std::abs(v)))));
    return loc.toString(v, 'f', decimals);
}

QString PanelText::exactSeconds(double s)
{
    if (s >= 3600 && std::fmod(s, 3600) == 0)
        return tr("%1 h").arg(exactNumber(s / 3600));
    if (s >= 60 && std::fmod(s, 60) == 0)
        return tr("%1 min").arg(exactNumber(s / 60));
    return tr("%1 s").arg(exactNumber(s));
}

QString PanelText::idleRangeModeText(const IdleTimeout &t)
{
    if (t.ranged && t.minS == 300 && t.maxS == 900)
        return tr("random 5–15 min (AWS-like)");
    if (!t.ranged)
        return tr("random 5–15 min (AWS-like)");   // what choosing "random" gives
    return tr("random %1").arg(Vocabulary::idleTimeoutText(t));
}

}  // namespace lle
