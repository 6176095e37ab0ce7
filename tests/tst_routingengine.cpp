// Unit tests of the routing engine: every routing rule, the timeout through a manual clock,
// each strategy, every refusal (with the state shown unchanged) and queue positions.
#include "routing/routingengine.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Turno::Routing;

namespace
{

QString typeName(EventType type)
{
    switch (type) {
    case EventType::CallReceived:
        return QStringLiteral("received");
    case EventType::CallRinging:
        return QStringLiteral("ringing");
    case EventType::CallQueued:
        return QStringLiteral("queued");
    case EventType::CallAnswered:
        return QStringLiteral("answered");
    case EventType::CallRejected:
        return QStringLiteral("rejected");
    case EventType::CallIgnored:
        return QStringLiteral("ignored");
    case EventType::CallWithdrawn:
        return QStringLiteral("withdrawn");
    case EventType::CallFinished:
        return QStringLiteral("finished");
    case EventType::CallMissed:
        return QStringLiteral("missed");
    case EventType::OperatorAdded:
        return QStringLiteral("added");
    case EventType::OperatorRemoved:
        return QStringLiteral("removed");
    case EventType::OperatorPaused:
        return QStringLiteral("paused");
    case EventType::OperatorUnpaused:
        return QStringLiteral("unpaused");
    }
    return {};
}

// "received 1; ringing 1 A": events in a form QCOMPARE can show.
QString describe(const Events &events)
{
    QStringList parts;
    for (const Event &event : events) {
        QStringList words{typeName(event.type)};
        if (!event.callId.isEmpty())
            words << event.callId;
        if (!event.operatorId.isEmpty())
            words << event.operatorId;
        parts << words.join(QLatin1Char(' '));
    }
    return parts.join(QStringLiteral("; "));
}

QString describe(const Result &result)
{
    if (!result.ok())
        return QStringLiteral("error %1 %2").arg(int(result.error())).arg(result.subject());
    return describe(result.events());
}

// Everything observable about the engine, to show a refused operation changed nothing.
QString snapshot(const RoutingEngine &engine)
{
    QStringList parts;
    for (const OperatorInfo &op : engine.operators())
        parts << QStringLiteral("%1:%2:%3:%4:%5")
                     .arg(op.id)
                     .arg(int(op.state))
                     .arg(op.paused)
                     .arg(op.callId)
                     .arg(op.answered);
    parts << QStringLiteral("queue=") + engine.queuedCalls().join(QLatin1Char(','));
    parts << QStringLiteral("deadline=%1").arg(engine.nextDeadlineMs().value_or(-1));
    parts << QStringLiteral("calls=%1").arg(engine.activeCallCount());
    return parts.join(QLatin1Char(' '));
}

OperatorState stateOf(const RoutingEngine &engine, const QString &id)
{
    return engine.operatorInfo(id)->state;
}

} // namespace

class TestRoutingEngine : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock;
    std::unique_ptr<RoutingEngine> m_engine;

    RoutingEngine &engineWith(const QStringList &operators, StrategyKind strategy = StrategyKind::Ordered,
                              qint64 timeoutMs = 10'000)
    {
        m_clock.setNowMs(1'000'000);
        m_engine = std::make_unique<RoutingEngine>(m_clock, RoutingSettings{timeoutMs, strategy});
        for (const QString &id : operators)
            m_engine->addOperator(id);
        return *m_engine;
    }

private Q_SLOTS:
    void callFirstGoesAheadOfEveryone()
    {
        RoutingEngine &e = engineWith({"A"});
        QCOMPARE(describe(e.call("1")), "received 1; ringing 1 A");
        e.call("2");
        e.call("3");
        QCOMPARE(e.queuedCalls(), QStringList({"2", "3"}));
        // A handed-over call goes first, even ahead of calls that arrived before it; the latest
        // such call goes first of all.
        QCOMPARE(describe(e.callFirst("9")), "received 9; queued 9");
        QCOMPARE(e.queuedCalls(), QStringList({"9", "2", "3"}));
        e.callFirst("8");
        QCOMPARE(e.queuedCalls(), QStringList({"8", "9", "2", "3"}));
        QCOMPARE(*e.position("3"), 3);
        QCOMPARE(*e.position("8"), 0);
        QCOMPARE(e.callFirst("2").error(), ErrorKind::CallIdInUse);
        // A rejected head keeps its place at the head.
        e.hangUp("1");
        QCOMPARE(e.operatorInfo("A")->callId, QStringLiteral("8"));
        e.reject("A");
        QCOMPARE(e.operatorInfo("A")->callId, QStringLiteral("8")); // the only operator: rung again
        QCOMPARE(e.queuedCalls(), QStringList({"9", "2", "3"}));
        // With nobody free, it rings at once when someone is.
        RoutingEngine &f = engineWith({});
        QCOMPARE(describe(f.callFirst("5")), "received 5; queued 5");
        f.addOperator("B");
        QCOMPARE(f.operatorInfo("B")->callId, QStringLiteral("5"));
    }
    void callRingsAnAvailableOperatorElseWaits()
    {
        RoutingEngine &e = engineWith({"A", "B"});
        QCOMPARE(describe(e.call("1")), "received 1; ringing 1 A");
        QCOMPARE(stateOf(e, "A"), OperatorState::Ringing);
        QCOMPARE(describe(e.call("2")), "received 2; ringing 2 B");
        QCOMPARE(describe(e.call("3")), "received 3; queued 3");
        QCOMPARE(describe(e.call("4")), "received 4; queued 4");
        QCOMPARE(e.queuedCalls(), QStringList({"3", "4"}));
        QCOMPARE(e.callInfo("3")->state, CallState::Queued);
        QCOMPARE(e.callInfo("1")->operatorId, "A");
    }

    void answerMakesTheOperatorBusy()
    {
        RoutingEngine &e = engineWith({"A"});
        e.call("1");
        QCOMPARE(describe(e.answer("A")), "answered 1 A");
        QCOMPARE(stateOf(e, "A"), OperatorState::Busy);
        QCOMPARE(e.callInfo("1")->state, CallState::Answered);
        QCOMPARE(e.operatorInfo("A")->answered, 1);
        QCOMPARE(e.nextDeadlineMs(), std::nullopt); // an answered call has no ring deadline
    }

    void hangUpAfterAnswerHandsTheQueueHeadOver()
    {
        RoutingEngine &e = engineWith({"A", "B"});
        e.call("1");
        e.call("2");
        e.call("3");
        e.call("4");
        e.answer("A");
        QCOMPARE(describe(e.hangUp("1")), "finished 1 A; ringing 3 A");
        QCOMPARE(e.queuedCalls(), QStringList({"4"}));
        QCOMPARE(e.callInfo("1"), std::nullopt);
        // With nothing queued, the operator just becomes available.
        e.answer("A");
        e.answer("B");
        QCOMPARE(describe(e.hangUp("2")), "finished 2 B; ringing 4 B");
        QCOMPARE(describe(e.hangUp("3")), "finished 3 A");
        QCOMPARE(stateOf(e, "A"), OperatorState::Available);
        // A finished call's id may be used again.
        QCOMPARE(describe(e.call("1")), "received 1; ringing 1 A");
    }

    void rejectGoesToAnotherFreeOperator()
    {
        RoutingEngine &e = engineWith({"A", "B", "C"});
        e.call("1");
        QCOMPARE(describe(e.reject("A")), "rejected 1 A; ringing 1 B");
        QCOMPARE(stateOf(e, "A"), OperatorState::Available);
        QCOMPARE(describe(e.reject("B")), "rejected 1 B; ringing 1 A");
    }

    void rejectWithOnlyThatOperatorFreeRingsItAgain()
    {
        RoutingEngine &e = engineWith({"A", "B"});
        e.call("1");
        e.call("2");
        e.answer("B");
        e.call("3");
        QCOMPARE(describe(e.reject("A")), "rejected 1 A; ringing 1 A");
        QCOMPARE(e.queuedCalls(), QStringList({"3"}));
        QCOMPARE(*e.position("3"), 0);
    }

    void aCallOfferedOnKeepsItsPlaceInTheQueue()
    {
        // A ringing call withdrawn with nobody free goes back ahead of the calls queued after it.
        RoutingEngine &e = engineWith({"A", "B"});
        e.call("1");
        e.call("2");
        e.answer("B");
        e.call("3");
        e.call("4");
        QCOMPARE(describe(e.pauseOperator("A")), "paused A; withdrawn 1 A; queued 1");
        QCOMPARE(e.queuedCalls(), QStringList({"1", "3", "4"}));
        QCOMPARE(*e.position("1"), 0);
        QCOMPARE(*e.position("4"), 2);
        QCOMPARE(describe(e.unpauseOperator("A")), "unpaused A; ringing 1 A");
        // A younger call claimed with take() and later offered on goes back behind the older ones.
        e.pauseOperator("A");
        QCOMPARE(describe(e.take("A", "4")), "answered 4 A");
        QCOMPARE(e.queuedCalls(), QStringList({"1", "3"}));
    }

    void ringTimeoutOffersTheCallOn()
    {
        RoutingEngine &e = engineWith({"A", "B"}, StrategyKind::Ordered, 10'000);
        const qint64 start = m_clock.nowMs();
        e.call("1");
        QCOMPARE(*e.nextDeadlineMs(), start + 10'000);
        m_clock.advanceMs(9'999);
        QCOMPARE(describe(e.expireDue()), "");
        m_clock.advanceMs(1);
        QCOMPARE(describe(e.expireDue()), "ignored 1 A; ringing 1 B");
        QCOMPARE(*e.nextDeadlineMs(), start + 20'000);
        QCOMPARE(stateOf(e, "A"), OperatorState::Available);
        // Answering in time clears the deadline.
        e.answer("B");
        QCOMPARE(e.nextDeadlineMs(), std::nullopt);
        m_clock.advanceMs(60'000);
        QCOMPARE(describe(e.expireDue()), "");
    }

    void ringTimeoutWithOnlyThatOperatorRingsItAgain()
    {
        RoutingEngine &e = engineWith({"A"}, StrategyKind::Ordered, 300);
        e.call("1");
        e.call("2");
        m_clock.advanceMs(300);
        QCOMPARE(describe(e.expireDue()), "ignored 1 A; ringing 1 A");
        QCOMPARE(e.queuedCalls(), QStringList({"2"}));
        m_clock.advanceMs(300);
        QCOMPARE(describe(e.expireDue()), "ignored 1 A; ringing 1 A");
    }

    void deadlinesExpireInOrder()
    {
        RoutingEngine &e = engineWith({"A", "B", "C"}, StrategyKind::Ordered, 1'000);
        e.call("1");
        m_clock.advanceMs(10);
        e.call("2");
        m_clock.advanceMs(10);
        e.call("3");
        e.answer("B");
        m_clock.advanceMs(5'000);
        // B is busy, so each operator that let its call go is the only one free to take it again.
        QCOMPARE(describe(e.expireDue()), "ignored 1 A; ringing 1 A; ignored 3 C; ringing 3 C");
        QCOMPARE(*e.nextDeadlineMs(), m_clock.nowMs() + 1'000);
    }

    void timeoutCanBeDisabledAndChanged()
    {
        RoutingEngine &e = engineWith({"A"}, StrategyKind::Ordered, 0);
        e.call("1");
        QCOMPARE(e.nextDeadlineMs(), std::nullopt);
        e.setRingTimeoutMs(500);
        e.reject("A"); // rings again, now with the new timeout
        QCOMPARE(*e.nextDeadlineMs(), m_clock.nowMs() + 500);
    }

    void hangUpWhileRingingIsMissedAndFreesTheOperator()
    {
        RoutingEngine &e = engineWith({"A"});
        e.call("1");
        e.call("2");
        QCOMPARE(describe(e.hangUp("1")), "missed 1 A; ringing 2 A");
        QCOMPARE(describe(e.hangUp("2")), "missed 2 A");
        QCOMPARE(stateOf(e, "A"), OperatorState::Available);
        QCOMPARE(e.nextDeadlineMs(), std::nullopt);
    }

    void hangUpWhileQueuedIsMissed()
    {
        RoutingEngine &e = engineWith({"A"});
        e.call("1");
        e.call("2");
        e.call("3");
        e.call("4");
        QCOMPARE(describe(e.hangUp("3")), "missed 3");
        QCOMPARE(e.queuedCalls(), QStringList({"2", "4"}));
        QCOMPARE(*e.position("4"), 1);
        QCOMPARE(stateOf(e, "A"), OperatorState::Ringing);
    }

    void positionCountsTheCallsAhead()
    {
        RoutingEngine &e = engineWith({"A"});
        for (int i = 0; i < 1000; ++i)
            e.call(QString::number(i));
        QCOMPARE(e.position("0"), std::nullopt); // ringing, not queued
        QCOMPARE(*e.position("1"), 0);
        QCOMPARE(*e.position("999"), 998);
        QCOMPARE(e.position("nope"), std::nullopt);
        for (int i = 100; i < 200; ++i)
            e.hangUp(QString::number(i));
        QCOMPARE(*e.position("99"), 98);
        QCOMPARE(*e.position("200"), 99);
        QCOMPARE(*e.position("999"), 898);
        e.answer("A");
        e.hangUp("0"); // 1 leaves the queue for A
        QCOMPARE(e.position("1"), std::nullopt);
        QCOMPARE(*e.position("999"), 897);
        QCOMPARE(e.queuedCalls(3), QStringList({"2", "3", "4"}));
        QCOMPARE(e.queueLength(), 898);
    }

    void orderedStrategyTakesTheFirstInConfiguredOrder()
    {
        RoutingEngine &e = engineWith({"C", "A", "B"});
        QCOMPARE(describe(e.call("1")), "received 1; ringing 1 C");
        QCOMPARE(describe(e.call("2")), "received 2; ringing 2 A");
        e.hangUp("1");
        QCOMPARE(describe(e.call("3")), "received 3; ringing 3 C");
    }

    void roundRobinRotates()
    {
        RoutingEngine &e = engineWith({"A", "B", "C"}, StrategyKind::RoundRobin);
        QCOMPARE(describe(e.call("1")), "received 1; ringing 1 A");
        e.hangUp("1");
        QCOMPARE(describe(e.call("2")), "received 2; ringing 2 B");
        e.hangUp("2");
        QCOMPARE(describe(e.call("3")), "received 3; ringing 3 C");
        e.hangUp("3");
        QCOMPARE(describe(e.call("4")), "received 4; ringing 4 A");
        // Busy operators are skipped, and the rotation goes on after the one chosen.
        QCOMPARE(describe(e.call("5")), "received 5; ringing 5 B");
        e.hangUp("4");
        QCOMPARE(describe(e.call("6")), "received 6; ringing 6 C");
        QCOMPARE(describe(e.call("7")), "received 7; ringing 7 A");
    }

    void longestIdleTakesTheOperatorFreeTheLongest()
    {
        RoutingEngine &e = engineWith({"A", "B", "C"}, StrategyKind::LongestIdle);
        e.call("1");   // A
        e.call("2");   // B
        e.hangUp("2"); // B free again: now C, then B, then A
        e.hangUp("1");
        QCOMPARE(describe(e.call("3")), "received 3; ringing 3 C");
        QCOMPARE(describe(e.call("4")), "received 4; ringing 4 B");
        QCOMPARE(describe(e.call("5")), "received 5; ringing 5 A");
    }

    void fewestAnsweredTakesTheLeastLoadedOperator()
    {
        RoutingEngine &e = engineWith({"A", "B", "C"}, StrategyKind::FewestAnswered);
        const auto serve = [&e](const QString &call, const QString &op) {
            QCOMPARE(describe(e.call(call)), QStringLiteral("received %1; ringing %1 %2").arg(call, op));
            e.answer(op);
            e.hangUp(call);
        };
        serve("1", "A"); // nobody has answered yet: configured order breaks the tie
        serve("2", "B");
        serve("3", "C");
        serve("4", "A"); // now A has 2, B and C have 1
        QCOMPARE(describe(e.call("5")), "received 5; ringing 5 B");
        QCOMPARE(describe(e.call("6")), "received 6; ringing 6 C");
        QCOMPARE(describe(e.call("7")), "received 7; ringing 7 A");
        // A rejection is not an answer, and the operator that rejected is avoided.
        e.hangUp("7");
        QCOMPARE(describe(e.reject("C")), "rejected 6 C; ringing 6 A");
        QCOMPARE(e.operatorInfo("C")->answered, 1);
    }

    void strategyCanBeSwitched()
    {
        RoutingEngine &e = engineWith({"A", "B", "C"});
        e.call("1");
        e.setStrategy(StrategyKind::RoundRobin);
        QCOMPARE(e.strategy(), StrategyKind::RoundRobin);
        QCOMPARE(describe(e.call("2")), "received 2; ringing 2 B");
        QCOMPARE(strategyFromName("longest-idle"), StrategyKind::LongestIdle);
        QCOMPARE(strategyFromName("nope"), std::nullopt);
        for (StrategyKind kind : allStrategies())
            QCOMPARE(strategyFromName(strategyName(kind)), kind);
    }

    void refusalsChangeNothing_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("error");
        QTest::addColumn<QString>("subject"); // when not the id itself
        QTest::newRow("hangup unknown call") << "hangup"
                                             << "9" << int(ErrorKind::UnknownCall) << QString();
        QTest::newRow("call id in use (ringing)") << "call"
                                                  << "1" << int(ErrorKind::CallIdInUse) << QString();
        QTest::newRow("call id in use (queued)") << "call"
                                                 << "3" << int(ErrorKind::CallIdInUse) << QString();
        QTest::newRow("answer not ringing (busy)") << "answer"
                                                   << "B" << int(ErrorKind::OperatorNotRinging) << QString();
        QTest::newRow("reject not ringing (busy)") << "reject"
                                                   << "B" << int(ErrorKind::OperatorNotRinging) << QString();
        QTest::newRow("answer unknown operator") << "answer"
                                                 << "Z" << int(ErrorKind::UnknownOperator) << QString();
        QTest::newRow("reject unknown operator") << "reject"
                                                 << "Z" << int(ErrorKind::UnknownOperator) << QString();
        QTest::newRow("call missing id") << "call"
                                         << "" << int(ErrorKind::MissingId) << QString();
        QTest::newRow("answer missing id") << "answer"
                                           << "" << int(ErrorKind::MissingId) << QString();
        QTest::newRow("hangup missing id") << "hangup"
                                           << "" << int(ErrorKind::MissingId) << QString();
        QTest::newRow("call id too long") << "call" << QString(65, 'x') << int(ErrorKind::IdTooLong) << QString();
        QTest::newRow("add operator in use") << "add"
                                             << "A" << int(ErrorKind::OperatorIdInUse) << QString();
        QTest::newRow("remove unknown operator") << "remove"
                                                 << "Z" << int(ErrorKind::UnknownOperator) << QString();
        QTest::newRow("pause unknown operator") << "pause"
                                                << "Z" << int(ErrorKind::UnknownOperator) << QString();
        QTest::newRow("take by a ringing operator") << "take-A"
                                                    << "3" << int(ErrorKind::OperatorNotIdle) << "A";
        QTest::newRow("take of a ringing call") << "take-C"
                                                << "1" << int(ErrorKind::CallNotQueued) << QString();
        QTest::newRow("take of an unknown call") << "take-C"
                                                 << "9" << int(ErrorKind::UnknownCall) << QString();
    }

    void refusalsChangeNothing()
    {
        QFETCH(QString, operation);
        QFETCH(QString, id);
        QFETCH(int, error);
        QFETCH(QString, subject);
        RoutingEngine &e = engineWith({"A", "B", "C"});
        e.pauseOperator("C");
        e.call("1");   // A ringing
        e.call("2");   // B ...
        e.answer("B"); // ... busy
        e.call("3");   // queued
        const QString before = snapshot(e);
        Result result = Result::success({});
        if (operation == "call")
            result = e.call(id);
        else if (operation == "answer")
            result = e.answer(id);
        else if (operation == "reject")
            result = e.reject(id);
        else if (operation == "hangup")
            result = e.hangUp(id);
        else if (operation == "add")
            result = e.addOperator(id);
        else if (operation == "remove")
            result = e.removeOperator(id);
        else if (operation == "pause")
            result = e.pauseOperator(id);
        else if (operation.startsWith("take-"))
            result = e.take(operation.mid(5), id);
        QVERIFY(!result.ok());
        QCOMPARE(int(result.error()), error);
        QCOMPARE(result.subject(), subject.isNull() ? id : subject);
        QVERIFY(result.events().isEmpty());
        QCOMPARE(snapshot(e), before);
    }

    void pauseAndUnpause()
    {
        RoutingEngine &e = engineWith({"A", "B"});
        QCOMPARE(describe(e.pauseOperator("A")), "paused A");
        QCOMPARE(stateOf(e, "A"), OperatorState::Paused);
        QCOMPARE(describe(e.pauseOperator("A")), ""); // already paused
        QCOMPARE(describe(e.call("1")), "received 1; ringing 1 B");
        QCOMPARE(describe(e.call("2")), "received 2; queued 2");
        QCOMPARE(describe(e.unpauseOperator("A")), "unpaused A; ringing 2 A");
        QCOMPARE(describe(e.unpauseOperator("A")), "");
        // A busy operator that pauses finishes its call and then stays away.
        e.answer("B");
        QCOMPARE(describe(e.pauseOperator("B")), "paused B");
        e.call("3");
        QCOMPARE(describe(e.hangUp("1")), "finished 1 B");
        QCOMPARE(stateOf(e, "B"), OperatorState::Paused);
        QCOMPARE(e.queuedCalls(), QStringList({"3"}));
    }

    void operatorsComeAndGo()
    {
        RoutingEngine &e = engineWith({"A"});
        e.call("1");
        e.call("2");
        QCOMPARE(describe(e.addOperator("B")), "added B; ringing 2 B");
        QCOMPARE(e.operators().last().id, "B");
        // Removing a ringing operator offers its call on as after a rejection.
        e.call("3");
        QCOMPARE(describe(e.removeOperator("A")), "withdrawn 1 A; removed A; queued 1");
        QCOMPARE(e.queuedCalls(), QStringList({"1", "3"}));
        QCOMPARE(describe(e.addOperator("C")), "added C; ringing 1 C");
        // Removing a busy operator leaves its call answered until it is hung up.
        e.answer("B");
        QCOMPARE(describe(e.removeOperator("B")), "removed 2 B");
        QCOMPARE(e.callInfo("2")->state, CallState::Answered);
        QCOMPARE(e.callInfo("2")->operatorId, "");
        QCOMPARE(describe(e.hangUp("2")), "finished 2 B");
        QCOMPARE(e.queuedCalls(), QStringList({"3"})); // nobody was freed
        QCOMPARE(describe(e.addOperator("B")), "added B; ringing 3 B");
        // Removing an idle operator.
        e.hangUp("3");
        QCOMPARE(describe(e.removeOperator("B")), "removed B");
        QCOMPARE(e.operatorInfo("B"), std::nullopt);
    }

    void takeClaimsAQueuedCall()
    {
        RoutingEngine &e = engineWith({"A", "B"});
        e.pauseOperator("B");
        e.call("1");
        e.call("2");
        e.call("3");
        QCOMPARE(describe(e.take("B", "3")), "answered 3 B");
        QCOMPARE(e.queuedCalls(), QStringList({"2"}));
        QCOMPARE(stateOf(e, "B"), OperatorState::Busy);
        QCOMPARE(e.operatorInfo("B")->answered, 1);
        QCOMPARE(describe(e.hangUp("3")), "finished 3 B");
        QCOMPARE(stateOf(e, "B"), OperatorState::Paused); // still away
    }

    // Random operations never break the rules: no operator is left available while calls wait,
    // positions match the queue snapshot, and ringing/busy operators and calls agree.
    void randomOperationsKeepTheInvariants()
    {
        for (StrategyKind kind : allStrategies()) {
            RoutingEngine &e = engineWith({"A", "B", "C", "D"}, kind, 100);
            QRandomGenerator random(42);
            for (int step = 0; step < 20'000; ++step) {
                const QString call = QString::number(random.bounded(60));
                const QString op = QString(QChar('A' + random.bounded(5))); // E does not exist
                switch (random.bounded(9)) {
                case 0:
                case 1:
                    e.call(call);
                    break;
                case 2:
                    e.answer(op);
                    break;
                case 3:
                    e.reject(op);
                    break;
                case 4:
                    e.hangUp(call);
                    break;
                case 5:
                    m_clock.advanceMs(random.bounded(150));
                    e.expireDue();
                    break;
                case 6:
                    random.bounded(2) ? e.pauseOperator(op) : e.unpauseOperator(op);
                    break;
                case 7:
                    random.bounded(2) ? e.removeOperator(op) : e.addOperator(op);
                    break;
                case 8:
                    e.take(op, call);
                    break;
                }
                const QStringList queue = e.queuedCalls();
                for (const OperatorInfo &info : e.operators()) {
                    QVERIFY(queue.isEmpty() || info.state != OperatorState::Available);
                    if (info.state == OperatorState::Ringing || info.state == OperatorState::Busy)
                        QCOMPARE(e.callInfo(info.callId)->operatorId, info.id);
                }
                for (qsizetype i = 0; i < queue.size(); ++i)
                    QCOMPARE(*e.position(queue.at(i)), i);
                if (auto deadline = e.nextDeadlineMs())
                    QVERIFY(*deadline > m_clock.nowMs());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestRoutingEngine)
#include "tst_routingengine.moc"
