/* The branch map `callsim explore --graph FILE` draws: one node per wait the explorer branched at
 * (what the caller said last, what the script expects) and per finished call (its score, or the
 * script error / time cap that ended it), one edge per decision. Written as Graphviz DOT, or laid
 * out and rendered to SVG with Graphviz's own library (libgvc, Debian libgraphviz-dev) rather than
 * a drawing of our own. */
#ifndef CALLSIM_EXPLORE_GRAPH_H
#define CALLSIM_EXPLORE_GRAPH_H

#include <stddef.h>

typedef enum { EG_BRANCH, EG_PASS, EG_FAIL, EG_DEAD, EG_CAPPED } eg_kind;

typedef struct explore_graph explore_graph;

explore_graph *eg_new(size_t max_nodes);
void eg_free(explore_graph *g);
/* Adds a node; returns its id, or -1 once max_nodes is reached (the map says it is cut). */
int eg_node(explore_graph *g, eg_kind kind, const char *label);
void eg_edge(explore_graph *g, int from, int to, const char *label);
/* Writes the map to file: DOT for *.dot, SVG (laid out by dot) for *.svg. 0, or -1 with err. */
int eg_write(const explore_graph *g, const char *file, const char *title, char *err, size_t errlen);

#endif
