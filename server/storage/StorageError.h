#pragma once
// A failed SQL statement. Routes turn it into a plain 500 so SQL text never reaches a client;
// the detail goes to the server log only.
#include <stdexcept>
#include <string>

namespace plein::server {

class StorageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

} // namespace plein::server
