#pragma once
// For the benchmarks: prints "first-frame" on stdout once a frame that shows feed posts has
// been put on screen. Then, with a conversation id, opens that conversation on screen, pages
// its whole history into the model the view uses (what scrolling to the top does), and
// prints "rss <kB>". Then quits. The cold-start benchmark times process start to the first line.
#include <QString>

class QQmlEngine;
class QQuickWindow;

namespace plein::app {

class Session;
void reportFirstFeedFrame(QQmlEngine *engine, QQuickWindow *window, Session *session, QString rssConversationId);

} // namespace plein::app
