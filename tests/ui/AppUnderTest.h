#pragma once
// The app's QML and Session, loaded into an offscreen window with its own account files, and
// small ways to find and drive items by objectName the way a person would.
#include "Session.h"

#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <memory>

namespace plein::test {

class AppUnderTest {
public:
    explicit AppUnderTest(app::Session::Prefill prefill, const QString &home = {});
    ~AppUnderTest();

    app::Session &session() { return *m_session; }
    QQuickWindow *window() const { return m_window; }
    QString home() const { return m_home; }

    // The visible item with this objectName (or null), searched under `root` or the window.
    QQuickItem *item(const QString &name, QQuickItem *root = nullptr) const;
    bool isShown(const QString &name) const { return item(name) != nullptr; }
    QString text(const QString &name, QQuickItem *root = nullptr) const;
    // The feed's delegate at `row`, if it is created.
    QQuickItem *feedRow(int row) const;
    QString feedText(int row, const QString &name) const;

    void click(const QString &name, QQuickItem *root = nullptr);
    void type(const QString &name, const QString &text);
    void press(Qt::Key key);
    void setPage(const QString &page);
    // Theme.scheme: "system", "light" or "dark".
    void setScheme(const QString &scheme);
    bool shoot(const QString &name);  // <shots>/<name>-phone.png, -tablet.png and -desktop.png

    static QString shotsDir();

private:
    QTemporaryDir m_dir;
    QString m_home;
    std::unique_ptr<app::Session> m_session;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
};

} // namespace plein::test
