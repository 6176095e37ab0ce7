// The customer app's form pages (log-in, sign-up) share one layout: a column of readable width,
// centered in the window, with the title, intro, fields, messages, progress and buttons.
#pragma once

class QFormLayout;
class QLabel;
class QLayout;
class QProgressBar;
class QWidget;

namespace Turno
{

struct CenteredFormParts {
    QLabel *title;
    QLabel *intro;
    QFormLayout *form;
    QLabel *error;
    QLabel *busyText;
    QProgressBar *busyBar;
    QLayout *buttons;
};

// Lays parts out on page (which must have no layout yet).
void layOutCenteredForm(QWidget *page, const CenteredFormParts &parts);

} // namespace Turno
