// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lle {

namespace {

/// "&Open scenario…" → "Open scenario".
QString plainText(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    text = text.trimmed();
    for (const QString &dots : {QStringLiteral("…"), QStringLiteral("...")})
        if (text.endsWith(dots))
            text.chop(dots.size());
    return text.trimmed();
}

void collect(const QList<QAction *> &actions, QList<QAction *> &out, QSet<QAction *> &seen)
{
    for (QAction *a : actions) {
        if (!a || a->isSeparator() || seen.contains(a))
            continue;
        seen.insert(a);
        out.append(a);
        if (QMenu *sub = a->menu())
            collect(sub->actions(), out, seen);
    }
}

}  // namespace

QList<ShortcutRow> windowShortcuts(QWidget *window)
{
    // Menu order first (the order a user reads them in), then actions only the window holds
    // (Space, →, Home), then any other action it owns.
    QList<QAction *> actions;
    QSet<QAction *> seen;
    if (auto *main = qobject_cast<QMainWindow *>(window))
        collect(main->menuBar()->actions(), actions, seen);
    collect(window->actions(), actions, seen);
    collect(window->findChildren<QAction *>(), actions, seen);

    QList<ShortcutRow> rows;
    QSet<QString> listed;
    for (QAction *a : actions) {
        const QList<QKeySequence> keys = a->shortcuts();
        if (keys.isEmpty())
            continue;
        QStringList spelled;
        for (const QKeySequence &k : keys)
            spelled << k.toString(QKeySequence::NativeText);
        ShortcutRow row{spelled.join(QStringLiteral(", ")), plainText(a->text())};
        if (row.action.isEmpty())
            row.action = plainText(a->toolTip());
        const QString key = row.keys + QLatin1Char('\t') + row.action;
        if (listed.contains(key))
            continue;
        listed.insert(key);
        rows.append(row);
    }
    return rows;
}

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    auto *layout = new QVBoxLayout(this);

    const QList<ShortcutRow> rows = windowShortcuts(window);
    // What the mouse does: no action carries these, so they are listed by hand.
    const QList<ShortcutRow> gestures = {
        {tr("Click a request"), tr("Why did this request start cold? (lanes, latency plot)")},
        {tr("Point at a box or a lane"), tr("What am I seeing? (the line under the plots)")},
    };
    m_table = new QTableWidget(int(rows.size() + gestures.size()), 2, this);
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setHorizontalHeaderLabels({tr("Key"), tr("Action")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    int r = 0;
    for (const QList<ShortcutRow> *list : {&rows, &gestures}) {
        for (const ShortcutRow &row : *list) {
            auto *keys = new QTableWidgetItem(row.keys);
            QFont bold = keys->font();
            bold.setBold(list == &rows);
            keys->setFont(bold);
            m_table->setItem(r, 0, keys);
            m_table->setItem(r, 1, new QTableWidgetItem(row.action));
            ++r;
        }
    }
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 460);
}

}  // namespace lle
