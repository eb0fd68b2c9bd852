// SPDX-License-Identifier: GPL-3.0-or-later
#include "pngsizedialog.h"

#include "formdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

namespace lle {

namespace {
QSpinBox *pixelBox(int value)
{
    auto *box = new QSpinBox;
    // 320 px is the smallest picture a plot's axes and title still fit in; 8000 px is beyond any
    // slide or page and keeps the image (RGB32) under 256 MB.
    box->setRange(320, 8000);
    box->setSingleStep(100);
    box->setValue(value);
    box->setSuffix(QStringLiteral(" px"));
    return box;
}
}  // namespace

PngSizeDialog::PngSizeDialog(const QString &what, QWidget *parent)
    : QDialog(parent), m_width(pixelBox(1600)), m_height(pixelBox(900)), m_scale(new QComboBox), m_hint(new QLabel)
{
    setWindowTitle(tr("Export PNG — %1").arg(what));
    m_width->setObjectName(QStringLiteral("widthBox"));
    m_height->setObjectName(QStringLiteral("heightBox"));
    m_scale->setObjectName(QStringLiteral("scaleBox"));
    m_scale->addItem(tr("1× (screen)"), 1.0);
    m_scale->addItem(tr("2× (documents and slides)"), 2.0);
    m_scale->setCurrentIndex(1);
    m_hint->setWordWrap(true);
    m_hint->setMinimumWidth(360);

    auto *form = new QFormLayout;
    form->addRow(tr("&Width:"), m_width);
    form->addRow(tr("&Height:"), m_height);
    form->addRow(tr("&Scale:"), m_scale);
    layOutFormDialog(this, form, m_hint, tr("Export…"))->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));

    connect(m_width, &QSpinBox::valueChanged, this, &PngSizeDialog::updateHint);
    connect(m_height, &QSpinBox::valueChanged, this, &PngSizeDialog::updateHint);
    connect(m_scale, &QComboBox::currentIndexChanged, this, &PngSizeDialog::updateHint);
    updateHint();
}

void PngSizeDialog::setPixelSize(QSize size)
{
    m_width->setValue(size.width());
    m_height->setValue(size.height());
}

void PngSizeDialog::setScale(double scale) { m_scale->setCurrentIndex(scale >= 1.5 ? 1 : 0); }

void PngSizeDialog::setFixedLayoutSize(QSize logical)
{
    m_fixedLayout = logical;
    m_width->setEnabled(false);
    m_height->setEnabled(false);
    // The spin boxes show the result; their range must not clip it.
    m_width->setRange(1, 100'000);
    m_height->setRange(1, 100'000);
    updateHint();
}

QSize PngSizeDialog::pixelSize() const { return {m_width->value(), m_height->value()}; }

double PngSizeDialog::scale() const { return m_scale->currentData().toDouble(); }

void PngSizeDialog::updateHint()
{
    const QLocale loc;
    const double s = scale();
    if (m_fixedLayout.isValid()) {
        const QSignalBlocker bw(m_width), bh(m_height);
        m_width->setValue(qRound(m_fixedLayout.width() * s));
        m_height->setValue(qRound(m_fixedLayout.height() * s));
        m_hint->setText(tr("The picture is laid out as on the screen (%1 × %2) and drawn at %3 × %4 pixels.")
                            .arg(loc.toString(m_fixedLayout.width()), loc.toString(m_fixedLayout.height()),
                                 loc.toString(m_width->value()), loc.toString(m_height->value())));
        return;
    }
    m_hint->setText(tr("Text and lines are drawn %1× larger: the plot is laid out as %2 × %3 and drawn at %4 × %5 "
                       "pixels.")
                        .arg(loc.toString(s, 'f', 0), loc.toString(qRound(m_width->value() / s)),
                             loc.toString(qRound(m_height->value() / s)), loc.toString(m_width->value()),
                             loc.toString(m_height->value())));
}

}  // namespace lle
