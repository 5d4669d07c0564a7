#pragma once
// How long ago something happened, in the short form a feed uses ("now", "5 min", "3 h",
// "yesterday", "12 Mar"). `now` ticks each minute so bound labels stay right without polling.
#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace plein::app {

class RelativeTime : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QDateTime now READ now NOTIFY nowChanged)
public:
    explicit RelativeTime(QObject *parent = nullptr);

    QDateTime now() const { return m_now; }
    Q_INVOKABLE QString format(const QDateTime &when, const QDateTime &now) const;
    // The same without a clock, for C++ and tests.
    static QString formatAt(const QDateTime &when, const QDateTime &now);

Q_SIGNALS:
    void nowChanged();

private:
    QDateTime m_now;
    QTimer m_tick;
};

} // namespace plein::app
