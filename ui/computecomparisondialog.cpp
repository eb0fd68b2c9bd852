// SPDX-License-Identifier: GPL-3.0-or-later
#include "computecomparisondialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace lle {

ComputeComparisonDialog::ComputeComparisonDialog(const Scenario &scenario, QWidget *parent)
    : QDialog(parent)
    , m_cancel(std::make_shared<std::atomic<bool>>(false))
    , m_table(new QTableWidget(this))
    , m_sentences(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_cancelButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("computeComparisonDialog"));
    setWindowTitle(tr("Compare compute options"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The same workload and seed under each compute option (timed changes left out). "
                                "Cost per month extrapolates the run to 730 hours."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table->setObjectName(QStringLiteral("computeComparisonTable"));
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels({tr("cost per month"), tr("p50"), tr("p99"), tr("cold starts"), tr("throttled"),
                                        tr("idle capacity")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_table);
    m_sentences->setObjectName(QStringLiteral("computeComparisonSentences"));
    m_sentences->setWordWrap(true);
    m_sentences->setTextFormat(Qt::PlainText);
    layout->addWidget(m_sentences);
    m_busy->setRange(0, 0);
    layout->addWidget(m_busy);
    auto *buttons = new QDialogButtonBox(this);
    m_cancelButton->setText(tr("Cancel"));
    buttons->addButton(m_cancelButton, QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_watcher.isRunning())
            m_cancel->store(true);
        else
            reject();
    });
    resize(760, 360);

    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        m_busy->hide();
        m_cancelButton->setText(tr("Close"));
        showResults(m_watcher.result());
        emit finished();
    });
    // The worker owns copies: the dialog may close while it runs (the flag stops it).
    m_watcher.setFuture(QtConcurrent::run(
        [scenario, cancel = m_cancel] { return compareComputeOptions(scenario, cancel.get()); }));
}

ComputeComparisonDialog::~ComputeComparisonDialog()
{
    m_cancel->store(true);
    m_watcher.waitForFinished();   // stops within one event of the simulation
}

QString ComputeComparisonDialog::optionName(ComputeOption o)
{
    switch (o) {
    case ComputeOption::OnDemand: return tr("On-demand");
    case ComputeOption::Provisioned: return tr("On-demand + provisioned concurrency");
    case ComputeOption::SnapStart: return tr("SnapStart");
    case ComputeOption::ManagedInstances: return tr("Managed Instances");
    }
    return {};
}

QString ComputeComparisonDialog::sentence(const ComputeOptionResult &r, const ComputeOptionResult &onDemand)
{
    const QLocale loc;
    if (!r.available)
        return tr("%1: not available here (%2).").arg(optionName(r.option), QString::fromStdString(r.unavailableReason));
    auto signedPercent = [&](double p) {
        const QString n = loc.toString(std::abs(p), 'f', 0);
        return p < -0.5 ? QStringLiteral("−%1 %").arg(n) : p > 0.5 ? QStringLiteral("+%1 %").arg(n) : QStringLiteral("±0 %");
    };
    QString s = tr("%1: %2 cost, %3 p99 against on-demand")
                    .arg(optionName(r.option),
                         signedPercent(percentChange(r.costPerMonthUsd, onDemand.costPerMonthUsd)),
                         signedPercent(percentChange(r.summary.latency.p99, onDemand.summary.latency.p99)));
    if (r.throttledPercent >= 0.05)
        s += tr("; %1 % throttled").arg(loc.toString(r.throttledPercent, 'f', 1));
    return s + QLatin1Char('.');
}

void ComputeComparisonDialog::showResults(const std::vector<ComputeOptionResult> &results)
{
    m_results = results;
    const QLocale loc;
    m_table->setRowCount(static_cast<int>(results.size()));
    QStringList lines;
    for (std::size_t i = 0; i < results.size(); ++i) {
        const auto &r = results[i];
        const int row = static_cast<int>(i);
        m_table->setVerticalHeaderItem(row, new QTableWidgetItem(optionName(r.option)));
        QStringList cells;
        if (r.available) {
            const Summary &s = r.summary;
            cells << QStringLiteral("$") + loc.toString(r.costPerMonthUsd, 'f', 2)
                  << tr("%1 ms").arg(loc.toString(s.latency.p50, 'f', 0)) << tr("%1 ms").arg(loc.toString(s.latency.p99, 'f', 0))
                  << loc.toString(r.coldPercent, 'f', 2) + QStringLiteral(" %")
                  << loc.toString(r.throttledPercent, 'f', 2) + QStringLiteral(" %")
                  << loc.toString(r.idlePercent, 'f', 0) + QStringLiteral(" %");
        } else {
            cells << tr("not available") << QString() << QString() << QString() << QString() << QString();
        }
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, c, item);
        }
        if (r.option != ComputeOption::OnDemand && !results.empty())
            lines << sentence(r, results.front());
    }
    if (results.size() < 4)
        lines << tr("Cancelled: the options not shown were not run.");
    m_sentences->setText(lines.join(QLatin1Char('\n')));
}

}  // namespace lle
