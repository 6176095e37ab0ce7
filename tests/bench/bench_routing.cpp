// Benchmark of the routing engine (not a test): one million calls through 100 operators with
// answers, rejects, timeouts and hang-ups, then the cost per operation as the queue grows.
#include "routing/routingengine.h"

#include <QCoreApplication>
#include <QHash>
#include <QRandomGenerator>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

using namespace Turno::Routing;
using Nanos = std::chrono::nanoseconds;
using SteadyTime = std::chrono::steady_clock;

namespace
{

// Per-operation timings of one kind of operation.
struct Samples {
    std::vector<quint32> ns;
    quint64 totalNs = 0;

    template <typename F> auto time(F &&operation)
    {
        const auto start = SteadyTime::now();
        auto result = operation();
        const auto elapsed = quint64(std::chrono::duration_cast<Nanos>(SteadyTime::now() - start).count());
        ns.push_back(quint32(std::min<quint64>(elapsed, UINT32_MAX)));
        totalNs += elapsed;
        return result;
    }
    double median() const
    {
        if (ns.empty())
            return 0;
        std::vector<quint32> copy = ns;
        auto middle = copy.begin() + qsizetype(copy.size() / 2);
        std::nth_element(copy.begin(), middle, copy.end());
        return *middle;
    }
    double mean() const { return ns.empty() ? 0 : double(totalNs) / double(ns.size()); }
};

// What the driver knows about each operator, kept from the events.
struct Mirror {
    QHash<QString, int> index;
    std::vector<QString> ringing; // call ringing for operator i, or empty
    std::vector<QString> busy;    // call answered by operator i, or empty
    std::vector<bool> leftToTimeOut;
    qint64 maxQueue = 0;

    void apply(const Events &events)
    {
        for (const Event &e : events) {
            if (e.operatorId.isEmpty())
                continue;
            const int i = index.value(e.operatorId);
            switch (e.type) {
            case EventType::CallRinging:
                ringing[size_t(i)] = e.callId;
                leftToTimeOut[size_t(i)] = false;
                break;
            case EventType::CallAnswered:
                ringing[size_t(i)].clear();
                busy[size_t(i)] = e.callId;
                break;
            case EventType::CallFinished:
                busy[size_t(i)].clear();
                break;
            default: // rejected, ignored, missed: the operator is no longer ringing
                ringing[size_t(i)].clear();
                break;
            }
        }
    }
};

void throughput()
{
    constexpr int Operators = 100;
    constexpr int Calls = 1'000'000;
    ManualClock clock;
    RoutingEngine engine(clock, RoutingSettings{100, StrategyKind::Ordered}); // 100 ms: 100 steps below
    Mirror mirror;
    mirror.ringing.resize(Operators);
    mirror.busy.resize(Operators);
    mirror.leftToTimeOut.resize(Operators);
    std::vector<QString> operators;
    for (int i = 0; i < Operators; ++i) {
        operators.push_back(QStringLiteral("O%1").arg(i));
        mirror.index.insert(operators.back(), i);
        engine.addOperator(operators.back());
    }
    Samples call, answer, reject, missed, finished, expire;
    QRandomGenerator random(2024);
    const auto wallStart = SteadyTime::now();
    for (int step = 0; step < Calls; ++step) {
        const QString id = QString::number(step);
        mirror.apply(call.time([&] { return engine.call(id); }).events());
        for (int action = 0; action < 3; ++action) {
            const int k = int(random.bounded(Operators));
            const quint32 roll = random.bounded(100u);
            if (!mirror.ringing[size_t(k)].isEmpty() && !mirror.leftToTimeOut[size_t(k)]) {
                if (roll < 65)
                    mirror.apply(answer.time([&] { return engine.answer(operators[size_t(k)]); }).events());
                else if (roll < 80)
                    mirror.apply(reject.time([&] { return engine.reject(operators[size_t(k)]); }).events());
                else if (roll < 90) {
                    const QString ringingCall = mirror.ringing[size_t(k)];
                    mirror.apply(missed.time([&] { return engine.hangUp(ringingCall); }).events());
                } else
                    mirror.leftToTimeOut[size_t(k)] = true; // nobody answers: the ring times out
            } else if (!mirror.busy[size_t(k)].isEmpty()) {
                const QString answered = mirror.busy[size_t(k)];
                mirror.apply(finished.time([&] { return engine.hangUp(answered); }).events());
            }
        }
        clock.advanceMs(1);
        if (engine.nextDeadlineMs().value_or(LLONG_MAX) <= clock.nowMs())
            mirror.apply(expire.time([&] { return engine.expireDue(); }));
        mirror.maxQueue = std::max<qint64>(mirror.maxQueue, engine.queueLength());
    }
    const double wallSeconds = std::chrono::duration<double>(SteadyTime::now() - wallStart).count();

    std::vector<quint32> all;
    quint64 totalNs = 0;
    qint64 operations = 0;
    std::printf("Engine throughput: %d calls through %d operators (ordered strategy)\n", Calls, Operators);
    std::printf("  %-28s %10s %12s %12s\n", "operation", "count", "median ns", "mean ns");
    const std::pair<const char *, const Samples *> kinds[] = {{"call", &call},
                                                              {"answer", &answer},
                                                              {"reject", &reject},
                                                              {"hangup (ringing: missed)", &missed},
                                                              {"hangup (answered: finished)", &finished},
                                                              {"expireDue (timeouts)", &expire}};
    for (const auto &[name, samples] : kinds) {
        std::printf("  %-28s %10zu %12.0f %12.0f\n", name, samples->ns.size(), samples->median(), samples->mean());
        all.insert(all.end(), samples->ns.begin(), samples->ns.end());
        totalNs += samples->totalNs;
        operations += qint64(samples->ns.size());
    }
    Samples overall;
    overall.ns = std::move(all);
    std::printf("  engine operations: %lld in %.3f s of engine time -> %.2f million ops/s, median %.0f ns/op\n",
                operations, double(totalNs) / 1e9, double(operations) / (double(totalNs) / 1e9) / 1e6,
                overall.median());
    std::printf("  wall time with the driver and per-op timing: %.3f s (%.2f million ops/s); "
                "largest queue %lld; still active at the end: %lld calls\n\n",
                wallSeconds, double(operations) / wallSeconds / 1e6, mirror.maxQueue, qint64(engine.activeCallCount()));
}

// Keeps the queue at exactly `queued` calls while timing each kind of operation on it.
void flatness()
{
    constexpr int Operators = 100;
    constexpr int Cycles = 20'000;
    std::printf("Cost per operation as the queue grows (%d operators, all busy; %d cycles per row; median ns)\n",
                Operators, Cycles);
    std::printf("  %9s %9s %17s %9s %10s %15s %10s %14s\n", "queued", "enqueue", "hangup+hand-over", "answer",
                "position", "hangup queued", "all ops", "id lookup only");
    for (int queued : {10, 100, 1'000, 10'000, 100'000}) {
        ManualClock clock;
        RoutingEngine engine(clock);
        std::vector<QString> operators, busy;
        for (int i = 0; i < Operators; ++i) {
            operators.push_back(QStringLiteral("O%1").arg(i));
            engine.addOperator(operators.back());
            busy.push_back(QStringLiteral("b%1").arg(i));
            engine.call(busy.back());
            engine.answer(operators.back());
        }
        qint64 head = 0, tail = 0; // the queue holds q<head> .. q<tail - 1>
        for (; tail < queued; ++tail)
            engine.call(QStringLiteral("q%1").arg(tail));
        Samples enqueue, handOver, answer, position, missed, lookup, all;
        QRandomGenerator random(7);
        for (int cycle = 0; cycle < Cycles; ++cycle) {
            const int k = int(random.bounded(Operators));
            const Result done = handOver.time([&] { return engine.hangUp(busy[size_t(k)]); });
            busy[size_t(k)] = done.events().last().callId; // the queue head now rings for k
            ++head;
            answer.time([&] { return engine.answer(operators[size_t(k)]); });
            const QString newcomer = QStringLiteral("q%1").arg(tail++);
            enqueue.time([&] { return engine.call(newcomer); });
            const QString somebody = QStringLiteral("q%1").arg(head + qint64(random.bounded(queued)));
            const auto place = position.time([&] { return engine.position(somebody); });
            Q_ASSERT(place && *place < queued);
            const QString other = QStringLiteral("q%1").arg(head + qint64(random.bounded(queued)));
            lookup.time([&] { return engine.callInfo(other); });
            const QString leaver = QStringLiteral("m%1").arg(cycle);
            engine.call(leaver);
            missed.time([&] { return engine.hangUp(leaver); });
        }
        Q_ASSERT(engine.queueLength() == queued);
        for (const Samples *s : {&enqueue, &handOver, &answer, &position, &missed})
            all.ns.insert(all.ns.end(), s->ns.begin(), s->ns.end());
        std::printf("  %9d %9.0f %17.0f %9.0f %10.0f %15.0f %10.0f %14.0f\n", queued, enqueue.median(),
                    handOver.median(), answer.median(), position.median(), missed.median(), all.median(),
                    lookup.median());
    }
    std::printf("  (timings include about 20-30 ns of clock reading per operation; \"id lookup only\" is callInfo()\n"
                "   on another random queued call: the hash-table cache misses every id-based operation pays)\n");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    throughput();
    flatness();
    return 0;
}
