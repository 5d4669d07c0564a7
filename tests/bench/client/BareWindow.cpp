// The floor for the cold-start and memory figures: a bare Qt Quick window with one ListView,
// started and measured exactly like the app, at the app's first window size (Main.qml), so both
// fill the same number of pixels in their first frame. Prints "first-frame" when its rows are on
// screen, then "rss <kB>", and quits.
#include <QFile>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTimer>
#include <cstdio>

namespace {
long residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:")) return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}
}

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QQmlApplicationEngine engine;
    engine.loadData(R"qml(
        import QtQuick
        Window {
            width: 1200; height: 800; visible: true
            ListView {
                anchors.fill: parent
                model: 200
                delegate: Text { width: ListView.view.width; height: 64; text: "Row " + index; font.pixelSize: 15 }
            }
        })qml");
    if (engine.rootObjects().isEmpty()) return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window) return 1;
    bool reported = false;
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [&] {
        if (reported) return;
        reported = true;
        std::fputs("first-frame\n", stdout);
        std::fflush(stdout);
        QTimer::singleShot(1000, &app, [] {
            std::printf("rss %ld\n", residentKb());
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
    }, Qt::DirectConnection);
    return app.exec();
}
