// SPDX-License-Identifier: GPL-3.0-or-later
#include "guidedialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLocale>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace lle {

QString guideResource(const QString &requested)
{
    QString lang = requested;
    if (lang.isEmpty())
        lang = QLocale().language() == QLocale::Korean ? QStringLiteral("ko") : QStringLiteral("en");
    const QString path = QStringLiteral(":/guide/guide_%1.html").arg(lang);
    return QFile::exists(path) ? path : QStringLiteral(":/guide/guide_en.html");
}

GuideDialog::GuideDialog(const QString &lang, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("guideDialog"));
    setWindowTitle(tr("User guide"));
    auto *layout = new QVBoxLayout(this);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("guideBrowser"));
    // Links inside the guide (its table of contents) work; nothing opens a browser or the network.
    m_browser->setOpenExternalLinks(false);
    m_browser->setOpenLinks(true);
    m_browser->setSource(QUrl(QStringLiteral("qrc") + guideResource(lang)));
    layout->addWidget(m_browser, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(780, 640);
}

}  // namespace lle
