#include "routing/callqueue.h"

#include <algorithm>
#include <bit>

namespace Turno::Routing
{

namespace
{
constexpr qsizetype MinWindow = 1024;    // slots; always a power of two and a multiple of 64
constexpr qsizetype BlockBits = 6;       // 64 slots per block
constexpr qsizetype FrontScanBlocks = 4; // blocks looked at one by one before asking the tree

qsizetype blockOf(qsizetype slot)
{
    return slot >> BlockBits;
}
quint64 bitOf(qsizetype slot)
{
    return quint64(1) << (slot & 63);
}

// The position of the n-th (0-based) set bit of a word that has more than n set bits.
qsizetype nthSetBit(quint64 word, qsizetype n)
{
    for (; n > 0; --n)
        word &= word - 1;
    return std::countr_zero(word);
}
} // namespace

CallQueue::CallQueue()
    : m_slots(MinWindow, nullptr), m_occupied(MinWindow >> BlockBits, 0), m_tree((MinWindow >> BlockBits) + 1, 0)
{
}

void CallQueue::addToBlock(qsizetype block, int delta)
{
    const qsizetype blocks = qsizetype(m_occupied.size());
    for (qsizetype i = block + 1; i <= blocks; i += i & -i)
        m_tree[size_t(i)] += delta;
}

qsizetype CallQueue::prefix(qsizetype slot) const
{
    qsizetype sum = 0;
    for (qsizetype i = blockOf(slot); i > 0; i -= i & -i)
        sum += m_tree[size_t(i)];
    return sum + std::popcount(m_occupied[size_t(blockOf(slot))] & (bitOf(slot) - 1));
}

qsizetype CallQueue::kth(qsizetype k) const
{
    // Descends the implicit tree to the block holding the k-th call, then counts bits in it.
    const qsizetype blocks = qsizetype(m_occupied.size()); // a power of two
    qsizetype block = 0;
    for (qsizetype step = blocks; step > 0; step >>= 1) {
        if (block + step <= blocks && m_tree[size_t(block + step)] <= k) {
            block += step;
            k -= m_tree[size_t(block)];
        }
    }
    return (block << BlockBits) + nthSetBit(m_occupied[size_t(block)], k);
}

void CallQueue::insert(CallRecord *call)
{
    if (!inWindow(call->seq))
        rebuildAround(call->seq);
    const qsizetype slot = slotOf(call->seq);
    Q_ASSERT(!m_slots[size_t(slot)]);
    m_slots[size_t(slot)] = call;
    m_occupied[size_t(blockOf(slot))] |= bitOf(slot);
    addToBlock(blockOf(slot), +1);
    ++m_count;
    m_frontHint = std::min(m_frontHint, slot);
}

void CallQueue::erase(const CallRecord *call)
{
    const qsizetype slot = slotOf(call->seq);
    Q_ASSERT(inWindow(call->seq) && m_slots[size_t(slot)] == call);
    m_slots[size_t(slot)] = nullptr;
    m_occupied[size_t(blockOf(slot))] &= ~bitOf(slot);
    addToBlock(blockOf(slot), -1);
    --m_count;
}

CallRecord *CallQueue::front()
{
    if (m_count == 0)
        return nullptr;
    const qsizetype first = blockOf(m_frontHint);
    const qsizetype last = std::min(first + FrontScanBlocks, qsizetype(m_occupied.size()));
    m_frontHint = -1;
    for (qsizetype block = first; block < last; ++block) {
        if (const quint64 word = m_occupied[size_t(block)]) {
            m_frontHint = (block << BlockBits) + std::countr_zero(word);
            break;
        }
    }
    if (m_frontHint < 0)
        m_frontHint = kth(0);
    return m_slots[size_t(m_frontHint)];
}

qsizetype CallQueue::rankOf(const CallRecord *call) const
{
    return prefix(slotOf(call->seq));
}

QList<const CallRecord *> CallQueue::snapshot(qsizetype limit) const
{
    const qsizetype count = limit < 0 ? m_count : std::min(limit, m_count);
    QList<const CallRecord *> calls;
    calls.reserve(count);
    qsizetype slot = -1;
    for (qsizetype k = 0; k < count; ++k) {
        qsizetype next = slot + 1;
        if (next >= qsizetype(m_slots.size()) || !m_slots[size_t(next)])
            next = kth(k); // skip a gap through the tree
        slot = next;
        calls.append(m_slots[size_t(slot)]);
    }
    return calls;
}

void CallQueue::rebuildAround(quint64 seq)
{
    quint64 low = seq;
    quint64 high = seq;
    if (m_count > 0) {
        low = std::min(low, front()->seq);
        high = std::max(high, m_slots[size_t(kth(m_count - 1))]->seq);
    }
    // Twice the span, so the window next moves only after as many arrivals again.
    const qsizetype size = std::max(MinWindow, qsizetype(std::bit_ceil(2 * (high - low + 1))));
    const qsizetype blocks = size >> BlockBits;
    std::vector<CallRecord *> newSlots(size_t(size), nullptr);
    std::vector<quint64> newOccupied(size_t(blocks), 0);
    std::vector<qint32> newTree(size_t(blocks) + 1, 0);
    for (size_t i = m_count > 0 ? size_t(m_frontHint) : m_slots.size(); i < m_slots.size(); ++i) {
        if (CallRecord *call = m_slots[i]) {
            const qsizetype slot = qsizetype(call->seq - low);
            newSlots[size_t(slot)] = call;
            newOccupied[size_t(blockOf(slot))] |= bitOf(slot);
            ++newTree[size_t(blockOf(slot)) + 1];
        }
    }
    for (qsizetype i = 1; i <= blocks; ++i) { // the linear-time Fenwick build
        const qsizetype parent = i + (i & -i);
        if (parent <= blocks)
            newTree[size_t(parent)] += newTree[size_t(i)];
    }
    m_slots = std::move(newSlots);
    m_occupied = std::move(newOccupied);
    m_tree = std::move(newTree);
    m_base = low;
    m_frontHint = 0;
}

} // namespace Turno::Routing
