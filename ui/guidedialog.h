// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QString>

class QTextBrowser;

namespace lle {

/// The bundled user guide (resources/guide/guide_LANG.html, embedded under :/guide/): the language
/// of the interface, else English. Offline: the browser opens no link outside the guide.
QString guideResource(const QString &lang);

/// Help → User guide (F1): the guide in a QTextBrowser.
class GuideDialog : public QDialog {
    Q_OBJECT
public:
    /// `lang` "ko" or "en"; empty: the default locale's language.
    explicit GuideDialog(const QString &lang = {}, QWidget *parent = nullptr);
    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser;
};

}  // namespace lle
