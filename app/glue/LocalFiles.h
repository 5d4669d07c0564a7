#pragma once
// What the composer shows of a file picked to attach: name, size, type, and whether it is an
// image it can show as a thumbnail. Also the size labels attachments use ("2.4 MB").
#include <QObject>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace plein::app {

class LocalFiles : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
public:
    using QObject::QObject;

    // {path, url, name, size, mime, isImage}; an empty map when the file cannot be read.
    // Accepts a local path or a file: URL (what FileDialog gives).
    Q_INVOKABLE QVariantMap describe(const QString &pathOrUrl) const;
    Q_INVOKABLE QString formatSize(qint64 bytes) const { return sizeLabel(bytes); }

    static QString sizeLabel(qint64 bytes);
};

} // namespace plein::app
