// What the executive's app says about what the server reports, in whole translated sentences:
// presence, a customer's self-service actions and history entries, services, and why a note
// cannot be stored. Shared by the window and the terminal mode.
#pragma once

#include "protocol/messages.h"

#include <QCoreApplication>
#include <QString>

namespace Turno
{

class ExecutiveTexts
{
    Q_DECLARE_TR_FUNCTIONS(Turno::ExecutiveTexts)
public:
    static QString describePresence(Protocol::Presence presence);
    // A whole sentence for the executive about their presence ("You are available for customers.").
    static QString presenceSentence(Protocol::Presence presence, const QString &reason, int seconds);
    // Why a note cannot be stored as it is (too long for the wire), ready to show; empty if it can.
    static QString noteProblem(const QString &text);
    static QString describeHistory(const Protocol::HistoryEntry &entry);
    // Turns a self-service action key from the server ("restart-internet:ok") into a sentence.
    static QString describeAction(const QString &key);
    static QString describeService(const QString &service);
};

} // namespace Turno
