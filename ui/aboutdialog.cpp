// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include "aboutinfo.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lle {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    const AboutInfo &a = aboutInfo();
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About %1").arg(a.name));
    auto *layout = new QVBoxLayout(this);

    auto *header = new QLabel(this);
    header->setObjectName(QStringLiteral("aboutHeader"));
    header->setTextFormat(Qt::RichText);
    header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    header->setWordWrap(true);
    header->setText(QStringLiteral("<h2>%1</h2><p>%2</p><p>%3<br>%4</p><p>%5</p>")
                        .arg(a.name.toHtmlEscaped(),
                             tr("Version %1 (commit %2), running on Qt %3")
                                 .arg(a.version, a.commit, a.qtRuntimeVersion).toHtmlEscaped(),
                             tr("Licence: %1").arg(a.licence).toHtmlEscaped(), a.copyright.toHtmlEscaped(),
                             tr("Free software: you may share and change it under the GNU General Public "
                                "License, version 3 or any later version. It comes with no warranty.")
                                 .toHtmlEscaped()));
    layout->addWidget(header);

    auto *tabs = new QTabWidget(this);
    layout->addWidget(tabs, 1);

    // Third-party components, one row each: what the program is built with and under which licence.
    auto *components = new QWidget(tabs);
    auto *componentsLayout = new QVBoxLayout(components);
    auto *table = new QTableWidget(int(a.thirdParty.size()), 4, components);
    table->setObjectName(QStringLiteral("thirdPartyTable"));
    table->setHorizontalHeaderLabels({tr("Component"), tr("Version"), tr("Licence"), tr("Used for")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setWordWrap(true);
    for (int row = 0; row < a.thirdParty.size(); ++row) {
        const ThirdPartyComponent &c = a.thirdParty[row];
        const QString cells[] = {c.name, c.version, c.licence, QCoreApplication::translate("lle::AboutInfo", c.use)};
        for (int col = 0; col < 4; ++col) {
            auto *item = new QTableWidgetItem(cells[col]);
            item->setToolTip(c.copyright + QLatin1Char('\n') + c.url);
            table->setItem(row, col, item);
        }
    }
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    componentsLayout->addWidget(table);
    auto *where = new QLabel(tr("Copyright lines and the full licence texts are in "
                                "/usr/share/doc/lambda-explorer/copyright once the package is installed."),
                             components);
    where->setWordWrap(true);
    componentsLayout->addWidget(where);
    tabs->addTab(components, tr("Third-party components"));

    // The model reference: every price and behaviour comes from it.
    auto *model = new QWidget(tabs);
    auto *modelLayout = new QVBoxLayout(model);
    auto *modelHeader = new QLabel(model);
    modelHeader->setObjectName(QStringLiteral("modelHeader"));
    modelHeader->setWordWrap(true);
    modelHeader->setText(tr("Prices and behaviour follow “%1”, dated %2 (%3). Its sources:")
                             .arg(a.modelTitle, a.modelDate, a.modelScope));
    modelLayout->addWidget(modelHeader);
    auto *sources = new QListWidget(model);
    sources->setObjectName(QStringLiteral("modelSources"));
    for (const ModelSource &s : a.modelSources)
        sources->addItem(QStringLiteral("%1  %2").arg(s.id, s.text));
    modelLayout->addWidget(sources, 1);
    tabs->addTab(model, tr("Model reference"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 520);
}

}  // namespace lle
