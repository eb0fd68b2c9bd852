// SPDX-License-Identifier: GPL-3.0-or-later
#include "runhistorydialog.h"

#include "lessonstrings.h"
#include "palette.h"
#include "runhistory.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <set>

namespace lle {

namespace {
enum Column { Number, Name, Time, Changed, Cold, P50, P99, PerMillion, Cost, kColumns };
}

RunHistoryDialog::RunHistoryDialog(RunHistory *history, QWidget *parent) : QDialog(parent), m_history(history)
{
    setObjectName(QStringLiteral("runHistoryDialog"));
    m_table = new QTableWidget(0, kColumns, this);
    m_table->setObjectName(QStringLiteral("runHistoryTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::MultiSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Changed, QHeaderView::Stretch);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(this);
    m_restore = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_restore->setObjectName(QStringLiteral("historyRestore"));
    m_compare = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_compare->setObjectName(QStringLiteral("historyCompare"));
    m_close = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);
    resize(980, 420);

    for (int i = 0; i < static_cast<int>(history->entries().size()); ++i)
        fillRow(i);
    connect(history, &RunHistory::entryAdded, this, &RunHistoryDialog::fillRow);
    connect(history, &RunHistory::entryChanged, this, &RunHistoryDialog::fillRow);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RunHistoryDialog::updateButtons);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        const QList<int> sel = selectedEntries();
        if (sel.size() == 1)
            m_history->restore(sel.front());
    });
    connect(m_compare, &QPushButton::clicked, this, [this] {
        const QList<int> sel = selectedEntries();
        if (sel.size() == 2)
            emit compareRequested(sel[0], sel[1]);
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    retranslate();
    updateButtons();
}

QList<int> RunHistoryDialog::selectedEntries() const
{
    std::set<int> rows;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        rows.insert(i.row());
    return QList<int>(rows.begin(), rows.end());
}

void RunHistoryDialog::fillRow(int index)
{
    const auto &entries = m_history->entries();
    if (index < 0 || index >= static_cast<int>(entries.size()))
        return;
    const RunHistory::Entry &e = entries[static_cast<std::size_t>(index)];
    if (m_table->rowCount() <= index)
        m_table->setRowCount(index + 1);
    const QLocale loc;
    const auto set = [&](int column, const QString &text, bool right = false) {
        auto *item = new QTableWidgetItem(text);
        if (right)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(index, column, item);
    };
    set(Number, QString::number(e.number), true);
    set(Name, scenarioDisplayName(e.name.toStdString()));   // a built-in name in the current language
    set(Time, loc.toString(e.time.time(), QLocale::ShortFormat));
    const QString changed = m_history->describe(index);   // in the current language
    set(Changed, changed);
    m_table->item(index, Changed)->setToolTip(changed);
    if (e.kpis) {
        set(Cold, loc.toString(e.kpis->coldStartRatio * 100, 'f', 1) + QStringLiteral(" %"), true);
        set(P50, Format::ms(e.kpis->p50Ms), true);
        set(P99, Format::ms(e.kpis->p99Ms), true);
        set(PerMillion, Format::usd(e.kpis->costPerMillionUsd), true);
        set(Cost, Format::usd(e.kpis->costUsd), true);
    } else {
        for (int c : {Cold, P50, P99, PerMillion, Cost})
            set(c, QStringLiteral("…"), true);
    }
}

void RunHistoryDialog::updateButtons()
{
    const int n = static_cast<int>(selectedEntries().size());
    m_restore->setEnabled(n == 1);
    m_compare->setEnabled(n == 2);
}

void RunHistoryDialog::retranslate()
{
    setWindowTitle(tr("Run history"));
    m_table->setHorizontalHeaderLabels({tr("#"), tr("Name"), tr("Time"), tr("What changed"), tr("Cold starts"),
                                        tr("p50"), tr("p99"), tr("Per million"), tr("Cost")});
    m_hint->setText(tr("Select one run to restore it, or two to compare them on the same requests."));
    m_restore->setText(tr("&Restore"));
    m_compare->setText(tr("&Compare A and B"));
    m_close->setText(tr("Close"));
    for (int i = 0; i < m_table->rowCount(); ++i)
        fillRow(i);
}

void RunHistoryDialog::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(e);
}

}  // namespace lle
