// Operator-choice strategies: each keeps its own ordered set of available operators so that
// choosing one costs O(log n) instead of scanning every operator.
#pragma once

#include "routing/routingrecords.h"
#include "routing/routingtypes.h"

#include <memory>

namespace Turno::Routing
{

class Strategy
{
public:
    virtual ~Strategy() = default;
    virtual StrategyKind kind() const = 0;
    // The operator became available / stopped being available. O(log n).
    virtual void insert(OperatorRecord *op) = 0;
    virtual void erase(OperatorRecord *op) = 0;
    virtual bool empty() const = 0;
    // Chooses an available operator for the next call, preferring any operator other than
    // `avoid` (the one that just turned this call down) when there is one. The chosen operator
    // stays in the set until the engine erases it. O(log n). Must not be called when empty().
    virtual OperatorRecord *pick(const OperatorRecord *avoid) = 0;
};

std::unique_ptr<Strategy> makeStrategy(StrategyKind kind);

} // namespace Turno::Routing
