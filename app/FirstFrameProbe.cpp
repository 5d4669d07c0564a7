#include "FirstFrameProbe.h"
#include "Chats.h"
#include "Session.h"

#include <QCoreApplication>
#include <QFile>
#include <QQmlEngine>
#include <QQuickWindow>
#include <QTimer>
#include <cstdio>
#include <memory>

namespace plein::app {

namespace {
void say(const QByteArray &line)
{
    std::fputs(line.constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

long residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:")) return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

void quit() { QMetaObject::invokeMethod(QCoreApplication::instance(), [] { QCoreApplication::exit(0); }, Qt::QueuedConnection); }

// Pages the conversation's history until the model holds all of it, then reports memory.
void loadAllThenReport(models::MessagesModel *model)
{
    if (!model) {
        say("rss-failed no conversation");
        quit();
        return;
    }
    auto step = std::make_shared<std::function<void()>>();
    *step = [model, step] {
        if (model->isLoading() || model->canFetchMore({})) {
            if (!model->isLoading()) model->fetchMore({});
            QTimer::singleShot(1, model, *step);
            return;
        }
        QTimer::singleShot(1000, model, [model] {
            say("rss " + QByteArray::number(qlonglong(residentKb())) + " rows " + QByteArray::number(model->rowCount()));
            quit();
        });
    };
    QTimer::singleShot(0, model, *step);
}
}

void reportFirstFeedFrame(QQmlEngine *engine, QQuickWindow *window, Session *session, QString rssConversationId)
{
    // Posts in the model when a frame starts (after animations, before the scene is synced)
    // are in that frame's list; the frame is on screen once it is swapped.
    auto armed = std::make_shared<bool>(false);
    auto done = std::make_shared<bool>(false);
    QObject::connect(window, &QQuickWindow::afterAnimating, window, [session, armed, done] {
        if (!*done && session->feed() && session->feed()->rowCount() > 0) *armed = true;
    });
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [engine, armed, done, rssConversationId] {
        if (!*armed || *done) return;
        *done = true;
        say("first-frame");
        if (rssConversationId.isEmpty()) {
            quit();
            return;
        }
        QMetaObject::invokeMethod(QCoreApplication::instance(), [engine, rssConversationId] {
            const int type = qmlTypeId("Plein", 1, 0, "Chats");
            auto *chats = engine->singletonInstance<Chats *>(type);
            if (!chats) {
                say("rss-failed no chats");
                quit();
                return;
            }
            Q_EMIT chats->openRequested(rssConversationId);
            loadAllThenReport(chats->messages(rssConversationId));
        }, Qt::QueuedConnection);
    }, Qt::DirectConnection);
}

} // namespace plein::app
