#include "centeredform.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace Turno
{

void layOutCenteredForm(QWidget *page, const CenteredFormParts &parts)
{
    // The form keeps a readable width and stays centered when the window grows.
    auto *column = new QVBoxLayout;
    column->setSpacing(12);
    column->addWidget(parts.title);
    column->addWidget(parts.intro);
    column->addSpacing(4);
    column->addLayout(parts.form);
    column->addWidget(parts.error);
    column->addWidget(parts.busyText);
    column->addWidget(parts.busyBar);
    column->addLayout(parts.buttons);
    auto *panel = new QWidget;
    panel->setLayout(column);
    panel->setMaximumWidth(560);
    panel->setMinimumWidth(380);

    auto *outer = new QHBoxLayout(page);
    outer->setContentsMargins(24, 24, 24, 24);
    outer->addStretch();
    outer->addWidget(panel, 1, Qt::AlignVCenter);
    outer->addStretch();
}

} // namespace Turno
