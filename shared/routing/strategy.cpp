#include "routing/strategy.h"

#include <set>
#include <utility>

namespace Turno::Routing
{

namespace
{

// The key of an operator in a strategy's set: smaller keys are chosen first. A strategy's key
// never changes while the operator is available (the engine erases before it edits a record).
using Key = std::pair<qint64, qint64>;

struct Entry {
    Key key;
    OperatorRecord *op;
    bool operator<(const Entry &other) const { return key < other.key; }
};

// Ordered, longest idle and fewest answered: always the smallest key.
template <StrategyKind Kind, Key (*KeyOf)(const OperatorRecord &)> class SmallestKeyStrategy final : public Strategy
{
public:
    StrategyKind kind() const override { return Kind; }
    void insert(OperatorRecord *op) override { m_available.insert(Entry{KeyOf(*op), op}); }
    void erase(OperatorRecord *op) override { m_available.erase(Entry{KeyOf(*op), op}); }
    bool empty() const override { return m_available.empty(); }

    OperatorRecord *pick(const OperatorRecord *avoid) override
    {
        auto it = m_available.begin();
        if (it->op == avoid && std::next(it) != m_available.end())
            ++it;
        return it->op;
    }

private:
    std::set<Entry> m_available;
};

Key orderKey(const OperatorRecord &op)
{
    return {op.order, 0};
}
Key idleKey(const OperatorRecord &op)
{
    return {qint64(op.availableSince), op.order};
}
Key answeredKey(const OperatorRecord &op)
{
    return {op.answered, op.order};
}

// Round robin: the next available operator after the last one chosen, in configured order,
// wrapping around. The rotation survives operators leaving and joining.
class RoundRobinStrategy final : public Strategy
{
public:
    StrategyKind kind() const override { return StrategyKind::RoundRobin; }
    void insert(OperatorRecord *op) override { m_available.insert(Entry{orderKey(*op), op}); }
    void erase(OperatorRecord *op) override { m_available.erase(Entry{orderKey(*op), op}); }
    bool empty() const override { return m_available.empty(); }

    OperatorRecord *pick(const OperatorRecord *avoid) override
    {
        auto it = next(m_available.upper_bound(Entry{{m_lastOrder, 0}, nullptr}));
        if (it->op == avoid)
            it = next(std::next(it));
        m_lastOrder = it->key.first;
        return it->op;
    }

private:
    std::set<Entry>::iterator next(std::set<Entry>::iterator it)
    {
        return it == m_available.end() ? m_available.begin() : it;
    }

    std::set<Entry> m_available;
    qint64 m_lastOrder = -1;
};

} // namespace

std::unique_ptr<Strategy> makeStrategy(StrategyKind kind)
{
    switch (kind) {
    case StrategyKind::Ordered:
        return std::make_unique<SmallestKeyStrategy<StrategyKind::Ordered, orderKey>>();
    case StrategyKind::RoundRobin:
        return std::make_unique<RoundRobinStrategy>();
    case StrategyKind::LongestIdle:
        return std::make_unique<SmallestKeyStrategy<StrategyKind::LongestIdle, idleKey>>();
    case StrategyKind::FewestAnswered:
        return std::make_unique<SmallestKeyStrategy<StrategyKind::FewestAnswered, answeredKey>>();
    }
    Q_UNREACHABLE();
}

QList<StrategyKind> allStrategies()
{
    return {StrategyKind::Ordered, StrategyKind::RoundRobin, StrategyKind::LongestIdle, StrategyKind::FewestAnswered};
}

QString strategyName(StrategyKind kind)
{
    switch (kind) {
    case StrategyKind::Ordered:
        return QStringLiteral("ordered");
    case StrategyKind::RoundRobin:
        return QStringLiteral("round-robin");
    case StrategyKind::LongestIdle:
        return QStringLiteral("longest-idle");
    case StrategyKind::FewestAnswered:
        return QStringLiteral("fewest-answered");
    }
    Q_UNREACHABLE();
}

std::optional<StrategyKind> strategyFromName(const QString &name)
{
    for (StrategyKind kind : allStrategies()) {
        if (strategyName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

} // namespace Turno::Routing
