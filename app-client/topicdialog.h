// Asks what the customer wants to talk to an executive about (Internet or Wi-Fi) before they join
// the line for the executives who attend it.
#pragma once

#include <QDialog>

namespace Turno
{

class TopicDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TopicDialog(QWidget *parent = nullptr);

Q_SIGNALS:
    // service is the protocol's name for the line: "internet" or "wifi".
    void topicChosen(const QString &service);
};

} // namespace Turno
