#include "topicdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Turno
{

TopicDialog::TopicDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Contact an executive"));
    auto *question = new QLabel(tr("What would you like to talk about?"));
    question->setObjectName(QStringLiteral("topicQuestion"));
    question->setWordWrap(true);
    QFont font = question->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    font.setBold(true);
    question->setFont(font);

    auto addTopic = [this](const QString &text, const QString &service, const char *name) {
        auto *button = new QPushButton(text);
        button->setObjectName(QLatin1String(name));
        button->setMinimumHeight(48);
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, [this, service] {
            Q_EMIT topicChosen(service);
            accept();
        });
        return button;
    };
    QPushButton *internet = addTopic(tr("My &internet service"), QStringLiteral("internet"), "internetTopicButton");
    QPushButton *wifi = addTopic(tr("My &Wi-Fi network"), QStringLiteral("wifi"), "wifiTopicButton");
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(question);
    layout->addWidget(internet);
    layout->addWidget(wifi);
    layout->addWidget(buttons);
    setMinimumWidth(360);
    internet->setFocus();
}

} // namespace Turno
