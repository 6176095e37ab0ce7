// The sentences about how many customers are connected, shared by the window and the terminal.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Turno
{

// English has no .qm of its own to pick "1 customer", so one customer gets its own sentence; every
// other number goes through %n, where each translation picks its plural form ("0 client connecté").
class CustomerCountText
{
    Q_DECLARE_TR_FUNCTIONS(Turno::CustomerCountText)
public:
    // "Hi Juan, right now there are 2 customers connected"
    static QString greeting(const QString &firstName, int count);
    // "2 customers connected"
    static QString connected(int count);
    // "Now 2 customers connected"
    static QString changed(int count);
};

} // namespace Turno
