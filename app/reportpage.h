// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"
#include "summary.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <string>

namespace lle {

/// The files of a report bundle (issue 4), by the names the page links to. Plots first in the
/// order the page shows them, then the data files.
namespace reportfiles {
inline constexpr const char *kIndex = "index.html";
inline constexpr const char *kScenario = "scenario.json";
inline constexpr const char *kSummary = "summary.json";
inline constexpr const char *kLatencyPng = "latency.png";
inline constexpr const char *kLatencyDistributionPng = "latency_distribution.png";
inline constexpr const char *kCostPng = "cost.png";
inline constexpr const char *kEnvironmentsPng = "environments.png";
inline constexpr const char *kLifecyclePng = "lifecycle.png";
/// The five PNG files `--png` and `--report` draw.
QStringList plotNames();
/// The CSV files of contract §3 a report carries.
QStringList csvNames();
}  // namespace reportfiles

/// What the page shows; everything else it derives from the scenario and the summary.
struct ReportPageInput {
    Scenario scenario;          ///< with its `changes`, as run
    Summary summary;
    QDateTime generatedAt;
    /// Numbers and dates on the page. The headless runner passes English; the window its own.
    QLocale locale = QLocale(QLocale::English, QLocale::UnitedStates);
    /// The PNG files in the folder (names from reportfiles), in the order to show them.
    QStringList plots;
    /// The data files in the folder (summary.json, scenario.json and the CSV files).
    QStringList dataFiles;
};

/// The report's index.html: one self-contained page (no external CSS, scripts or fonts; images
/// by relative path) that prints on A4. Its text goes through tr(): English from the headless
/// runner, which installs no translator; the window's language when the window exports.
class ReportPage {
    Q_DECLARE_TR_FUNCTIONS(ReportPage)
public:
    static QString html(const ReportPageInput &input);

    /// Caption of a plot file on the page, and its alternative text.
    static QString plotCaption(const QString &fileName);
    /// Monthly cost at the simulated rate: cost_usd.total / duration × 730 h (AWS's month).
    static double projectedMonthlyUsd(const Summary &summary);
};

/// scenario.json for a report: every key (writeScenario), with trace paths made absolute so that
/// the copy in the report folder reruns on the same machine.
std::string reportScenarioText(const Scenario &scenario);

}  // namespace lle
