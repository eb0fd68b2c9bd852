// SPDX-License-Identifier: GPL-3.0-or-later
#include "helpmenu.h"

#include "aboutdialog.h"
#include "explorerwindow.h"
#include "guidedialog.h"
#include "shortcutsdialog.h"

#include <QAction>
#include <QEvent>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

namespace lle {

namespace {

/// Shows `dialog` (created by `make` when there is none) and brings it to the front.
template <typename Dialog, typename Make>
Dialog *present(QPointer<Dialog> &dialog, Make make)
{
    if (!dialog) {
        dialog = make();
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

}  // namespace

HelpMenu::HelpMenu(ExplorerWindow *window) : QObject(window), m_window(window)
{
    QMenu *menu = window->helpMenu();
    m_about = window->aboutAction();
    m_about->setMenuRole(QAction::AboutRole);

    m_guide = new QAction(window);
    m_guide->setObjectName(QStringLiteral("actionUserGuide"));
    m_guide->setShortcut(QKeySequence::HelpContents);   // F1
    m_guide->setShortcutContext(Qt::WindowShortcut);
    m_shortcuts = new QAction(window);
    m_shortcuts->setObjectName(QStringLiteral("actionShortcuts"));

    // Guide and shortcuts first, About last (the desktop convention).
    QAction *first = menu->actions().isEmpty() ? nullptr : menu->actions().first();
    menu->insertAction(first, m_guide);
    menu->insertAction(first, m_shortcuts);
    if (first)
        menu->insertSeparator(first);
    if (!menu->actions().contains(m_about))
        menu->addAction(m_about);
    // F1 works even while the menu bar is hidden (presentation mode).
    window->addAction(m_guide);

    connect(m_guide, &QAction::triggered, this, &HelpMenu::showGuide);
    connect(m_shortcuts, &QAction::triggered, this, &HelpMenu::showShortcuts);
    connect(m_about, &QAction::triggered, this, &HelpMenu::showAbout);
    window->installEventFilter(this);
    retranslate();
}

AboutDialog *HelpMenu::showAbout()
{
    return present(m_aboutDialog, [this] { return new AboutDialog(m_window); });
}

ShortcutsDialog *HelpMenu::showShortcuts()
{
    // Built afresh each time it opens: it lists the actions as they are now.
    if (m_shortcutsDialog) {
        m_shortcutsDialog->close();   // deletes itself later
        m_shortcutsDialog = nullptr;
    }
    return present(m_shortcutsDialog, [this] { return new ShortcutsDialog(m_window, m_window); });
}

GuideDialog *HelpMenu::showGuide()
{
    return present(m_guideDialog, [this] { return new GuideDialog(QString(), m_window); });
}

bool HelpMenu::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange) {
        retranslate();
        // The dialogs are built in one language: a new one opens in the new language.
        for (QDialog *d : {static_cast<QDialog *>(m_aboutDialog), static_cast<QDialog *>(m_shortcutsDialog),
                           static_cast<QDialog *>(m_guideDialog)})
            if (d)
                d->close();   // deletes itself later
        m_aboutDialog = nullptr;
        m_shortcutsDialog = nullptr;
        m_guideDialog = nullptr;
    }
    return QObject::eventFilter(watched, event);
}

void HelpMenu::retranslate()
{
    m_guide->setText(tr("&User guide"));
    m_shortcuts->setText(tr("&Keyboard shortcuts"));
    if (m_about->text().isEmpty())
        m_about->setText(tr("&About"));
}

}  // namespace lle
