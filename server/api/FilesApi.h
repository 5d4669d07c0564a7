#pragma once
// Files: POST /files?id=&name= (raw bytes, up to 25 MiB), GET /files/{id} and
// GET /files/{id}/thumbnail. Before a post references a file only its uploader reads it;
// afterwards whoever may read the post.
#include "files/FileStore.h"
#include "http/ApiRequest.h"
#include "http/Reply.h"

#include <QSqlDatabase>

namespace plein::server {

class FilesApi {
public:
    FilesApi(const QSqlDatabase &db, FileStore &store) : m_db(db), m_store(store) {}

    Reply upload(const ApiRequest &request);
    Reply download(const ApiRequest &request);
    Reply thumbnail(const ApiRequest &request);

private:
    Reply serve(const ApiRequest &request, bool thumbnail);

    QSqlDatabase m_db;
    FileStore &m_store;
};

} // namespace plein::server
