// SPDX-License-Identifier: GPL-3.0-or-later
#include "calibrationdialog.h"

#include "calibrationplot.h"
#include "durationmodel.h"
#include "palette.h"
#include "rng.h"
#include "runtimepresets.h"
#include "scenarioio.h"
#include "scenariofile.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <fstream>

namespace lle {

namespace {

constexpr int kModelSamples = 20'000;
constexpr int kProgressSteps = 1000;

}  // namespace

CalibrationDialog::CalibrationDialog(const QString &logPath, const Scenario &base, QWidget *parent)
    : QDialog(parent), m_path(logPath)
{
    setObjectName(QStringLiteral("calibrationDialog"));
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, kProgressSteps);
    m_progress->setValue(0);
    m_cancel = new QPushButton(this);
    m_plot = new CalibrationPlot(this);
    m_fitted = new QLabel(this);
    m_fitted->setObjectName(QStringLiteral("calibrationFitted"));
    m_fitted->setWordWrap(true);
    m_fitted->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fitted->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("calibrationTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_apply = new QPushButton(this);
    m_apply->setObjectName(QStringLiteral("calibrationApply"));
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("calibrationSave"));
    m_close = new QPushButton(this);
    m_apply->setEnabled(false);
    m_save->setEnabled(false);

    // The log's Init Duration holds the runtime's init too: which runtime's is subtracted decides
    // the function init fitted, so the user sees it and picks it.
    m_runtimeCaption = new QLabel(this);
    m_runtime = new QComboBox(this);
    m_runtime->setObjectName(QStringLiteral("calibrationRuntime"));
    for (const RuntimePreset &p : runtimePresets())
        m_runtime->addItem(QString::fromLatin1(p.id.data(), static_cast<qsizetype>(p.id.size())));
    m_runtime->setCurrentText(QString::fromStdString(base.function.runtime));
    m_runtimeCaption->setBuddy(m_runtime);
    m_runtime->setEnabled(false);
    m_base = base;
    m_base.changes.clear();

    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_progress);
    top->addWidget(m_cancel);
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_fitted);
    sideLayout->addWidget(m_table, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_plot);
    split->addWidget(side);
    split->setSizes({560, 420});
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_runtimeCaption);
    buttons->addWidget(m_runtime);
    buttons->addStretch(1);
    buttons->addWidget(m_apply);
    buttons->addWidget(m_save);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);
    resize(1040, 560);

    connect(m_cancel, &QPushButton::clicked, this, &CalibrationDialog::cancel);
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (m_result)
            emit applyRequested(m_result->scenario);
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Save the fitted scenario"),
                                                          QStringLiteral("calibrated-scenario.json"),
                                                          tr("Scenario files (*.json)"));
        QString error;
        if (!file.isEmpty() && !saveScenario(file, &error))
            QMessageBox::warning(this, tr("Save the fitted scenario"), error);
    });
    connect(&m_watcher, &QFutureWatcher<Outcome>::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &CalibrationDialog::onFinished);

    m_cancelFlag = std::make_shared<std::atomic<bool>>(false);
    Scenario start = base;
    start.changes.clear();
    const qint64 size = QFileInfo(logPath).size();
    m_watcher.setFuture(QtConcurrent::run([path = logPath, start, size, flag = m_cancelFlag](QPromise<Outcome> &promise) {
        Outcome out;
        const QFileInfo info(path);
        std::ifstream in(QFile::encodeName(path).toStdString(), std::ios::binary);
        if (!info.isFile() || !in) {
            out.error = QDir::toNativeSeparators(path).toStdString() + ": cannot be read";
            promise.addResult(std::move(out));
            return;
        }
        promise.setProgressRange(0, kProgressSteps);
        TraceOptions options;
        options.cancel = flag.get();
        options.progress = [&promise, size](std::uint64_t bytes) {
            if (size > 0)
                promise.setProgressValue(static_cast<int>(std::min<double>(kProgressSteps, double(bytes) * kProgressSteps / double(size))));
        };
        try {
            ReportSamples samples = readReportSamples(in, QDir::toNativeSeparators(path).toStdString(), options);
            Calibration c = calibrate(samples, start);
            c.scenario.name = "Calibrated from " + info.fileName().toStdString();
            // The model's handler times at the fitted memory, drawn as the simulator draws them.
            Rng rng(c.scenario.seed, 0xCA1);
            out.model.reserve(kModelSamples);
            for (int i = 0; i < kModelSamples; ++i)
                out.model.push_back(drawHandlerMs(c.scenario.function, rng));
            out.calibration = std::move(c);
            out.samples = std::move(samples);
        } catch (const std::exception &e) {
            out.error = e.what();
        }
        promise.addResult(std::move(out));
    }));
    retranslate();
}

CalibrationDialog::~CalibrationDialog()
{
    m_cancelFlag->store(true);
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();   // the reader polls the flag every line
}

void CalibrationDialog::cancel()
{
    m_cancelled = true;
    m_cancelFlag->store(true);
}

void CalibrationDialog::onFinished()
{
    m_progress->hide();
    m_cancel->hide();
    const QFuture<Outcome> f = m_watcher.future();
    if (f.resultCount() > 0) {
        Outcome out = f.result();
        if (m_cancelled)
            m_problem = tr("Cancelled; nothing was read.");
        else if (!out.error.empty())
            m_problem = QString::fromStdString(out.error);
        else {
            m_result = std::move(out.calibration);
            m_model = std::move(out.model);
            m_samples = std::move(out.samples);
            m_runtime->setEnabled(true);
            connect(m_runtime, &QComboBox::currentTextChanged, this, &CalibrationDialog::refitFor);
        }
    } else {
        m_problem = tr("Cancelled; nothing was read.");
    }
    if (m_result)
        showResult();
    retranslate();
    emit calibrated(m_result.has_value());
}

void CalibrationDialog::refitFor(const QString &runtime)
{
    if (!m_samples || !m_result)
        return;
    Scenario base = m_base;
    if (!setScenarioValue(base, "function.runtime", runtime.toStdString()).empty())
        return;
    Calibration c = calibrate(*m_samples, base);
    c.scenario.name = m_result->scenario.name;
    Rng rng(c.scenario.seed, 0xCA1);
    m_model.clear();
    for (int i = 0; i < kModelSamples; ++i)
        m_model.push_back(drawHandlerMs(c.scenario.function, rng));
    m_result = std::move(c);
    showResult();
    retranslate();
    emit calibrated(true);
}

void CalibrationDialog::showResult()
{
    m_plot->setSamples(m_result->durationsMs, m_model);
    m_apply->setEnabled(true);
    m_save->setEnabled(true);
    const QLocale loc;
    m_table->setRowCount(static_cast<int>(m_result->table.size()));
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const CalibrationRow &row = m_result->table[static_cast<std::size_t>(r)];
        const QStringList cells{quantityName(row.quantity), statisticName(row.statistic),
                                Format::count(row.samples, loc), Format::ms(row.measuredMs),
                                Format::ms(row.modelMs)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c >= 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, c, item);
        }
    }
}

QString CalibrationDialog::quantityName(const std::string &q)
{
    if (q == "duration") return tr("handler");
    if (q == "init") return tr("Init Duration");   // as REPORT lines name it: extension, runtime and function init
    if (q == "restore") return tr("SnapStart restore");
    return QString::fromStdString(q);
}

QString CalibrationDialog::statisticName(const std::string &s)
{
    if (s == "mean") return tr("mean");
    return QString::fromStdString(s);   // p50, p90, p99 read the same in every language
}

QString CalibrationDialog::fittedText() const
{
    if (!m_result)
        return {};
    const Calibration &c = *m_result;
    const QLocale loc;
    const FunctionSpec &f = c.scenario.function;
    QString dist;
    switch (f.handler.distribution) {
    case Distribution::Fixed: dist = tr("fixed"); break;
    case Distribution::Exponential: dist = tr("exponential"); break;
    case Distribution::Lognormal: dist = tr("lognormal, cv %1").arg(loc.toString(f.handler.cv, 'f', 2)); break;
    }
    QStringList lines;
    lines << tr("<b>%1 reports</b> at %2 MB (%3 timeouts, %4 errors)")
                 .arg(Format::count(c.reports, loc), loc.toString(c.memoryMb), Format::count(c.timeouts, loc),
                      Format::count(c.errors, loc));
    lines << tr("Handler: CPU %1 at 1 vCPU, I/O %2 (%3)")
                 .arg(Format::ms(f.handler.cpuMs), Format::ms(f.handler.ioMs), dist);
    if (!c.ioIdentified)
        lines << tr("One memory size in the log: CPU and I/O cannot be told apart, all of the time counts as CPU.");
    lines << tr("Function init %1 (from %2 cold starts): their Init Duration minus %3's runtime init %4%5")
                 .arg(Format::ms(f.initMs.function), Format::count(c.initMs.size(), loc),
                      QString::fromStdString(f.runtime), Format::ms(f.initMs.runtime),
                      f.initMs.extension > 0 ? tr(" and extension init %1").arg(Format::ms(f.initMs.extension)) : QString());
    if (!c.restoreMs.empty())
        lines << tr("SnapStart restore %1").arg(Format::ms(f.snapstart.restoreMs));
    return lines.join(QStringLiteral("<br>"));
}

bool CalibrationDialog::saveScenario(const QString &path, QString *error) const
{
    if (!m_result) {
        if (error)
            *error = tr("Nothing has been fitted yet.");
        return false;
    }
    return saveScenarioFile(path, m_result->scenario, error);
}

void CalibrationDialog::retranslate()
{
    setWindowTitle(tr("Calibrate from logs — %1").arg(QFileInfo(m_path).fileName()));
    m_cancel->setText(tr("Cancel"));
    m_apply->setText(tr("&Apply to the window"));
    m_save->setText(tr("&Save scenario…"));
    m_close->setText(tr("Close"));
    m_runtimeCaption->setText(tr("Runtime init subtracted: &runtime"));
    m_runtime->setToolTip(tr("The log's Init Duration includes the runtime's own init: the function init fitted is what "
                             "remains after subtracting this runtime's. The command line uses function.runtime of its "
                             "scenario (--set function.runtime=…)."));
    m_table->setHorizontalHeaderLabels({tr("Quantity"), tr("Statistic"), tr("Samples"), tr("Measured"), tr("Model")});
    if (m_result)
        showResult();
    if (isRunning())
        m_status->setText(tr("Reading %1…").arg(QDir::toNativeSeparators(m_path)));
    else if (!m_problem.isEmpty())
        m_status->setText(m_problem);
    else if (m_result)
        m_status->setText(tr("Fitted to %1. The bars are the log, the line the model with the fitted values.")
                              .arg(QDir::toNativeSeparators(m_path)));
    m_status->setStyleSheet(!m_problem.isEmpty() ? QStringLiteral("color: #B00020;") : QString());
    m_fitted->setText(fittedText());
}

void CalibrationDialog::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(e);
}

}  // namespace lle
