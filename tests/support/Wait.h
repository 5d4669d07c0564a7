#pragma once
// Spins the event loop until a condition holds or the time is up; the test then asserts on
// the condition, so a timeout is a failure with the real state in the message.
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QThread>
#include <QFuture>
#include <QCoroTask>

namespace plein::test {

template<typename Predicate>
bool waitUntil(Predicate predicate, int timeoutMs = 5000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!predicate()) {
        if (deadline.hasExpired()) return predicate();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QThread::msleep(1);
    }
    return true;
}

// The result of a store write (or its StoreError, rethrown), with the event loop running
// meanwhile so the store's change notices reach models as they would in the app.
template<typename T>
T resultOf(QFuture<T> future, int timeoutMs = 30000)
{
    waitUntil([&] { return future.isFinished(); }, timeoutMs);
    // The store posts its change notice before it resolves the future: deliver it now.
    QCoreApplication::processEvents();
    if constexpr (std::is_void_v<T>) {
        future.waitForFinished();
    } else {
        return future.result();
    }
}

} // namespace plein::test
