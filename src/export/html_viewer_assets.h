// The viewer page of the HTML export, compiled into the binary so the export
// needs no files at run time. The page holds three placeholders that
// writeHtml() fills, in this order: the title, the graph JSON and the colours.
#pragma once
#include <string_view>

namespace akg {

inline constexpr std::string_view kHtmlTitlePlaceholder = "@@AKG_TITLE@@";
inline constexpr std::string_view kHtmlGraphPlaceholder = "@@AKG_GRAPH_JSON@@";
inline constexpr std::string_view kHtmlStylePlaceholder = "@@AKG_STYLE_JSON@@";

// The whole page: HTML, CSS and JS, each placeholder occurring once.
std::string_view htmlViewerPage();

}  // namespace akg
