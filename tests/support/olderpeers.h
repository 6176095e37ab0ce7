// Messages as an older build reads them, before an optional field was added: a test decodes what
// a newer peer sends with these to prove the older build takes it whole.
#pragma once

#include "protocol/messages.h"

namespace Turno::Test
{

// Welcome before server-time: three fields, and nothing may follow.
struct WelcomeBeforeServerTime {
    quint16 version = 0;
    QStringList features;
    QString software;
    template <typename V> bool visit(V &v)
    {
        return v(version) && v(features, Protocol::Limits::Features) && v(software, Protocol::Limits::Software);
    }
};

} // namespace Turno::Test
