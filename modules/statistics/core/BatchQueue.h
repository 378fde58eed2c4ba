#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>

namespace motcua::statistics {

/// A bounded hand-over between one producer and one consumer thread: push() waits while the queue is
/// full, pop() while it is empty; close() wakes both for good (the producer stops, the consumer drains).
template <typename T> class BatchQueue
{
public:
    explicit BatchQueue(std::size_t capacity) : m_capacity(capacity) {}

    /// False when the queue was closed (the consumer gave up): stop producing.
    bool push(T item)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [&] { return m_closed || m_items.size() < m_capacity; });
        return append(std::move(item));
    }
    /// Adds the item if there is room, without waiting; false (the item is dropped) otherwise.
    bool tryPush(T item)
    {
        std::lock_guard lock(m_mutex);
        return m_items.size() < m_capacity && append(std::move(item));
    }
    /// The next item; nothing once the queue is closed and empty.
    std::optional<T> pop()
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [&] { return m_closed || !m_items.empty(); });
        return takeFront();
    }
    /// The next item if one is waiting, without waiting.
    std::optional<T> tryPop()
    {
        std::lock_guard lock(m_mutex);
        return takeFront();
    }
    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_notFull.notify_all();
        m_notEmpty.notify_all();
    }

private:
    // Both with the mutex held.
    bool append(T&& item)
    {
        if (m_closed)
            return false;
        m_items.push_back(std::move(item));
        m_notEmpty.notify_one();
        return true;
    }
    std::optional<T> takeFront()
    {
        if (m_items.empty())
            return std::nullopt;
        T item = std::move(m_items.front());
        m_items.pop_front();
        m_notFull.notify_one();
        return item;
    }

    std::mutex m_mutex;
    std::condition_variable m_notFull, m_notEmpty;
    std::deque<T> m_items;
    std::size_t m_capacity;
    bool m_closed = false;
};

} // namespace motcua::statistics
