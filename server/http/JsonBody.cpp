#include "http/JsonBody.h"
#include "protocol/ApiError.h"

namespace plein::server {

Reply validationFailed(const protocol::DecodeError &error)
{
    return Reply::error(422, protocol::ErrorCode::ValidationFailed, error.toString(), error.field);
}

} // namespace plein::server
