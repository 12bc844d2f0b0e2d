// Groups of nodes drawn as boxes (Graphviz clusters): one per kind, or a
// tree of places with the actors found in them. Pure bookkeeping over a
// KnowledgeGraph; the DOT writer turns it into subgraphs.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.h"

namespace akg {

enum class ClusterBy {
  None,
  Kind,      // one cluster per node kind
  Location,  // places nested under their located_in parent, actors inside the place they are in
};

std::string_view toString(ClusterBy by);
std::optional<ClusterBy> parseClusterBy(std::string_view name);  // "none", "kind", "location"

struct ClusterTree {
  struct Cluster {
    std::string label;    // display text (a kind, or the place's label)
    int parent = -1;      // enclosing cluster, -1 = top level; always < this cluster's index
    std::optional<Vertex> place;  // ClusterBy::Location: the place the cluster stands for
  };
  std::vector<Cluster> clusters;
  std::vector<int> clusterOf;  // per vertex: innermost cluster, -1 = none
};

// ClusterBy::Kind: a cluster per kind present, in graph_style's order (kinds
// it does not know after, by name); every node in its kind's cluster.
//
// ClusterBy::Location, from non-negated edges only:
//  - a place's parent is the place it is located_in with the highest count
//    (ties: the smaller id); a link that would close a cycle is dropped;
//  - an actor's home is the place it is present_in or controls with the
//    highest summed count of those two relations (ties: the smaller id);
//    actors with neither stay outside every cluster;
//  - a place that holds an actor or a child place becomes a cluster labelled
//    with its name, holding itself, its children and its actors, nested in
//    its parent's cluster; other places sit in their parent's cluster.
ClusterTree clusterNodes(const KnowledgeGraph& kg, ClusterBy by);

}  // namespace akg
