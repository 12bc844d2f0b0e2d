// The one exception type akg throws: a message that already carries its
// context ("gazetteer.json:12:7: unknown kind \"militia\""). Only cli/ prints.
#pragma once
#include <stdexcept>
#include <string>

namespace akg {

class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace akg
