// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordclipdialog.h"

#include "formdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace lle {

RecordClipDialog::RecordClipDialog(double durationMs, QWidget *parent) : QDialog(parent), m_durationMs(durationMs)
{
    setWindowTitle(tr("Record clip"));
    setObjectName(QStringLiteral("recordClipDialog"));
    auto *form = new QFormLayout;

    m_view = new QComboBox(this);
    m_view->setObjectName(QStringLiteral("clipView"));
    const std::pair<ClipView, QString> views[] = {
        {ClipView::Window, tr("Whole window (parameters beside the dashboard)")},
        {ClipView::Dashboard, tr("Dashboard (key figures, diagram, lanes and plots)")},
        {ClipView::Diagram, tr("Lifecycle diagram")},
        {ClipView::Lanes, tr("Environment lanes")},
        {ClipView::Latency, tr("Latency per request")},
        {ClipView::Cost, tr("Cost so far by line item")},
        {ClipView::Cdf, tr("Latency CDF")},
        {ClipView::Environments, tr("Environments")},
    };
    for (const auto &[view, label] : views)
        m_view->addItem(label, int(view));
    m_view->setCurrentIndex(1);   // the dashboard: what a slide has room for
    form->addRow(tr("&Record"), m_view);

    const double durationS = durationMs / 1000.0;
    auto seconds = [this, durationS](const char *name) {
        auto *box = new QDoubleSpinBox(this);
        box->setObjectName(QLatin1String(name));
        box->setRange(0, durationS);
        box->setDecimals(1);
        box->setSuffix(tr(" s"));
        box->setSingleStep(1);
        return box;
    };
    m_from = seconds("clipFrom");
    m_to = seconds("clipTo");
    m_to->setValue(durationS);
    form->addRow(tr("&From (simulated)"), m_from);
    form->addRow(tr("&To (simulated)"), m_to);

    m_speed = new QDoubleSpinBox(this);
    m_speed->setObjectName(QStringLiteral("clipSpeed"));
    m_speed->setRange(0.1, 10'000);
    m_speed->setDecimals(1);
    m_speed->setValue(1);
    m_speed->setSuffix(QStringLiteral("×"));
    m_speed->setToolTip(tr("Simulated seconds per second of the clip"));
    form->addRow(tr("&Speed"), m_speed);

    m_fps = new QSpinBox(this);
    m_fps->setObjectName(QStringLiteral("clipFps"));
    m_fps->setRange(1, 120);
    m_fps->setValue(30);
    form->addRow(tr("Frames per &second"), m_fps);

    m_size = new QComboBox(this);
    m_size->setObjectName(QStringLiteral("clipSize"));
    for (const QSize s : sizePresets())
        m_size->addItem(QStringLiteral("%1 × %2").arg(s.width()).arg(s.height()), s);
    form->addRow(tr("Si&ze"), m_size);

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("clipFormat"));
    const std::pair<VideoFormat, QString> formats[] = {
        {VideoFormat::Mp4, tr("MP4 (H.264) — slides and most players")},
        {VideoFormat::WebM, tr("WebM (VP9) — web pages")},
        {VideoFormat::Gif, tr("GIF (looping) — chat and course pages")},
    };
    for (const auto &[format, label] : formats) {
        m_format->addItem(label, int(format));
        if (!VideoEncoder::isAvailable(format))
            m_format->setItemData(m_format->count() - 1, 0, Qt::UserRole - 1);   // disabled
    }
    form->addRow(tr("F&ormat"), m_format);

    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("clipTitle"));
    m_title->setPlaceholderText(tr("optional"));
    form->addRow(tr("T&itle"), m_title);
    m_captions = new QCheckBox(tr("&Caption bar: title, scenario name and simulated clock"), this);
    m_captions->setObjectName(QStringLiteral("clipCaptions"));
    m_captions->setChecked(true);
    form->addRow(QString(), m_captions);
    m_narrate = new QCheckBox(this);
    m_narrate->setObjectName(QStringLiteral("clipNarration"));
    m_narrate->setVisible(false);
    form->addRow(QString(), m_narrate);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("clipHint"));
    m_hint->setWordWrap(true);

    auto *buttons = layOutFormDialog(this, form, m_hint, tr("Record…"));

    for (QDoubleSpinBox *box : {m_from, m_to, m_speed})
        connect(box, &QDoubleSpinBox::valueChanged, this, &RecordClipDialog::updateHint);
    connect(m_fps, &QSpinBox::valueChanged, this, &RecordClipDialog::updateHint);
    connect(m_format, &QComboBox::currentIndexChanged, this, &RecordClipDialog::updateHint);
    connect(m_size, &QComboBox::currentIndexChanged, this, &RecordClipDialog::updateHint);
    connect(m_from, &QDoubleSpinBox::valueChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(m_from->value() < m_to->value());
    });
    connect(m_to, &QDoubleSpinBox::valueChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(m_from->value() < m_to->value());
    });
    updateHint();
}

QList<QSize> RecordClipDialog::sizePresets()
{
    return {QSize(1920, 1080), QSize(1280, 720), QSize(1080, 1080), QSize(800, 450)};
}

void RecordClipDialog::setSpan(double fromMs, double toMs)
{
    m_from->setValue(fromMs / 1000.0);
    m_to->setValue(toMs / 1000.0);
}

void RecordClipDialog::setSpeed(double speed) { m_speed->setValue(speed); }

void RecordClipDialog::setNarration(const QString &title, const QString &text)
{
    m_narration = text;
    m_narrate->setText(tr("&Lesson step as caption: %1").arg(QLocale().quoteString(text.left(60) + (text.size() > 60 ? QStringLiteral("…") : QString()))));
    m_narrate->setChecked(true);
    m_narrate->setVisible(!text.isEmpty());
    if (m_title->text().isEmpty())
        m_title->setText(title);
}

ClipSpec RecordClipDialog::spec() const
{
    ClipSpec spec;
    spec.view = ClipView(m_view->currentData().toInt());
    spec.fromMs = m_from->value() * 1000.0;
    spec.toMs = m_to->value() * 1000.0;
    spec.speed = m_speed->value();
    spec.video.format = VideoFormat(m_format->currentData().toInt());
    spec.video.size = m_size->currentData().toSize();
    spec.video.fps = m_fps->value();
    spec.title = m_title->text().trimmed();
    spec.captions = m_captions->isChecked();
    if (!m_narrate->isHidden() && m_narrate->isChecked() && !m_narration.isEmpty())
        spec.narration = {ClipCaption{spec.fromMs, m_narration}};
    return spec;
}

void RecordClipDialog::updateHint()
{
    const ClipSpec s = spec();
    const int frames = clipFrameCount(s);
    const QLocale loc;
    m_hint->setText(tr("%1 frames, %2 s of video.").arg(loc.toString(frames)).arg(loc.toString(double(frames) / s.video.fps, 'f', 1)));
}

}  // namespace lle
