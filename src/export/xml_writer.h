// A small streaming XML writer for the GraphML and GEXF exporters: it escapes
// every attribute value and text node it is given, cleans them with
// utf8::sanitize (so the output is always well-formed XML 1.0), indents
// element-only content, and keeps text content byte for byte.
#pragma once
#include <initializer_list>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace akg {

// Attribute name/value pairs, written in the given order. Names are
// akg's own constants and are written as given; values are escaped.
using XmlAttrs = std::initializer_list<std::pair<std::string_view, std::string_view>>;

class XmlWriter {
 public:
  // Writes the XML declaration (UTF-8).
  explicit XmlWriter(std::ostream& out);

  // <name a="v"> ... ; nested elements go on their own indented lines.
  void open(std::string_view name, XmlAttrs attrs = {});
  // <name a="v"/>
  void empty(std::string_view name, XmlAttrs attrs = {});
  // <name a="v">text</name> on one line, text escaped but otherwise as given
  // (newlines and tabs stay; an empty text gives an empty element).
  void text(std::string_view name, XmlAttrs attrs, std::string_view content);
  // Closes the innermost open element.
  void close();
  // Checks that every element is closed and the stream took every byte;
  // throws akg::Error(what + ...) otherwise.
  void finish(const std::string& what);

 private:
  void startTag(std::string_view name);
  void attribute(std::string_view name, std::string_view value);
  void indent();

  std::ostream& out_;
  std::vector<std::string> open_;
};

// Escaped for an attribute value in double quotes: & < > " ' and the
// whitespace that attribute normalisation would turn into spaces (tab, line
// feed, carriage return) as character references. Sanitises first.
std::string xmlAttributeText(std::string_view s);
// Escaped for element content: & < > (so "]]>" cannot appear), carriage
// return as a reference; tab and newline stay as they are. Sanitises first.
std::string xmlContentText(std::string_view s);

}  // namespace akg
