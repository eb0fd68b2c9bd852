// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;
class QMenu;

namespace lle {

class AboutDialog;
class ExplorerWindow;
class GuideDialog;
class ShortcutsDialog;

/// The Help menu of the explorer window: User guide (F1), Keyboard shortcuts and About. It fills
/// the window's Help menu and takes over its About action; the window knows nothing of it.
class HelpMenu : public QObject {
    Q_OBJECT
public:
    explicit HelpMenu(ExplorerWindow *window);

    QAction *guideAction() const { return m_guide; }
    QAction *shortcutsAction() const { return m_shortcuts; }
    QAction *aboutAction() const { return m_about; }

public slots:
    /// Each opens its dialog (non-modal, one at a time: asking again raises it) and returns it.
    AboutDialog *showAbout();
    ShortcutsDialog *showShortcuts();
    GuideDialog *showGuide();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();

    QMainWindow *m_window;
    QAction *m_guide = nullptr;
    QAction *m_shortcuts = nullptr;
    QAction *m_about = nullptr;
    QPointer<AboutDialog> m_aboutDialog;
    QPointer<ShortcutsDialog> m_shortcutsDialog;
    QPointer<GuideDialog> m_guideDialog;
};

}  // namespace lle
