// GeoJSON (RFC 7946): a FeatureCollection with one Point feature per location
// that has valid coordinates, carrying its labels and the edges that touch it.
// Locations without usable coordinates are left out and listed by id in the
// foreign member "akg" ({"unlocated": [...], "invalid_coordinates": [...]}).
#pragma once
#include <ostream>

#include "graph/knowledge_graph.h"

namespace akg {

void writeGeoJson(const KnowledgeGraph& kg, std::ostream& out);

}  // namespace akg
