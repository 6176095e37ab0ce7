// The routing engine's waiting line: calls ordered by arrival number, with O(log n) "how many
// calls are ahead of this one" from a Fenwick tree over a sliding window of arrival numbers.
#pragma once

#include "routing/routingrecords.h"

#include <QList>

#include <vector>

namespace Turno::Routing
{

// Each call has a unique arrival number (seq); the queue is the set of queued calls sorted by
// it. Slots are indexed by seq - base inside a power-of-two window that is rebuilt (O(window))
// when a seq falls outside it; the window is sized to twice the span of queued seqs, so the
// rebuilds cost amortised O(1) per arrival. Occupancy is a bitmask of 64-slot blocks plus a
// Fenwick tree of per-block counts: 100,000 queued calls need a 16 KiB tree, which stays in
// the L1/L2 cache, so a rank costs about the same at 10 or 100,000 queued calls.
class CallQueue
{
public:
    CallQueue();

    qsizetype size() const { return m_count; }
    bool isEmpty() const { return m_count == 0; }

    // O(log w) (w: window size, at most ~4x the span of queued seqs); amortised when the window moves.
    void insert(CallRecord *call);
    // O(log w). The call must be queued.
    void erase(const CallRecord *call);
    // The oldest queued call, or nullptr. O(1) usually, O(log w) at worst.
    CallRecord *front();
    // Calls ahead of this queued call. O(log w).
    qsizetype rankOf(const CallRecord *call) const;
    // Oldest first, at most `limit` (all when negative). O(limit log w).
    QList<const CallRecord *> snapshot(qsizetype limit) const;

private:
    qsizetype slotOf(quint64 seq) const { return qsizetype(seq - m_base); }
    bool inWindow(quint64 seq) const { return seq >= m_base && seq - m_base < quint64(m_slots.size()); }
    void addToBlock(qsizetype block, int delta);
    qsizetype prefix(qsizetype slot) const; // queued calls in slots [0, slot)
    qsizetype kth(qsizetype k) const;       // slot of the k-th (0-based) queued call
    void rebuildAround(quint64 seq);

    std::vector<CallRecord *> m_slots; // call per slot, or nullptr
    std::vector<quint64> m_occupied;   // one bit per slot, 64 slots per block
    std::vector<qint32> m_tree;        // Fenwick tree of queued calls per block, 1-based
    quint64 m_base = 0;
    qsizetype m_count = 0;
    qsizetype m_frontHint = 0; // no queued call sits in a slot before this one
};

} // namespace Turno::Routing
