/* Branch map of `callsim explore --graph` (see explore_graph.h). */
#include "explore_graph.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gvc.h>

#include "core_util.h"

typedef struct {
    eg_kind kind;
    char *label;
} eg_node_t;

typedef struct {
    int from, to;
    char *label;
} eg_edge_t;

struct explore_graph {
    eg_node_t *nodes;
    size_t n_nodes, max_nodes;
    eg_edge_t *edges;
    size_t n_edges, cap_edges;
    int cut;
};

static char *dup(const char *s)
{
    size_t n = strlen(s ? s : "");
    char *d = malloc(n + 1);
    if (d) memcpy(d, s ? s : "", n + 1);
    return d;
}

explore_graph *eg_new(size_t max_nodes)
{
    explore_graph *g = calloc(1, sizeof *g);
    if (!g) return NULL;
    g->nodes = calloc(max_nodes, sizeof *g->nodes);
    if (!g->nodes) { free(g); return NULL; }
    g->max_nodes = max_nodes;
    return g;
}

void eg_free(explore_graph *g)
{
    if (!g) return;
    for (size_t i = 0; i < g->n_nodes; i++) free(g->nodes[i].label);
    for (size_t i = 0; i < g->n_edges; i++) free(g->edges[i].label);
    free(g->nodes);
    free(g->edges);
    free(g);
}

int eg_node(explore_graph *g, eg_kind kind, const char *label)
{
    if (g->n_nodes == g->max_nodes) { g->cut = 1; return -1; }
    g->nodes[g->n_nodes] = (eg_node_t){ kind, dup(label) };
    return (int)g->n_nodes++;
}

void eg_edge(explore_graph *g, int from, int to, const char *label)
{
    if (from < 0 || to < 0) return;
    eg_edge_t *e = cs_grow(g->edges, g->n_edges, &g->cap_edges, sizeof *e, 64);
    if (!e) return;
    g->edges = e;
    g->edges[g->n_edges++] = (eg_edge_t){ from, to, dup(label) };
}

/* s as the inside of a DOT string: quotes and backslashes escaped, newlines as \n. */
static void put_escaped(FILE *f, const char *s)
{
    for (; s && *s; s++) {
        if (*s == '"' || *s == '\\') fputc('\\', f);
        if (*s == '\n') { fputs("\\n", f); continue; }
        fputc(*s, f);
    }
}

static const char *node_style(eg_kind k)
{
    switch (k) {
    case EG_BRANCH: return "shape=box, style=rounded";
    case EG_PASS: return "shape=ellipse, style=filled, fillcolor=\"#c8f0c8\"";
    case EG_FAIL: return "shape=ellipse, style=filled, fillcolor=\"#f8d8b0\"";
    case EG_DEAD: return "shape=octagon, style=filled, fillcolor=\"#f4a0a0\"";
    case EG_CAPPED: return "shape=doubleoctagon, style=filled, fillcolor=\"#f0e080\"";
    }
    return "shape=box";
}

static void write_dot(const explore_graph *g, FILE *f, const char *title)
{
    fputs("digraph explore {\n  rankdir=LR;\n  node [fontname=\"sans-serif\", fontsize=11];\n"
          "  edge [fontname=\"sans-serif\", fontsize=10];\n  labelloc=t;\n  label=\"", f);
    put_escaped(f, title);
    if (g->cut) fputs(" (map cut: too many branches to draw)", f);
    fputs("\";\n", f);
    for (size_t i = 0; i < g->n_nodes; i++) {
        fprintf(f, "  n%zu [%s, label=\"", i, node_style(g->nodes[i].kind));
        put_escaped(f, g->nodes[i].label);
        fputs("\"];\n", f);
    }
    for (size_t i = 0; i < g->n_edges; i++) {
        fprintf(f, "  n%d -> n%d [label=\"", g->edges[i].from, g->edges[i].to);
        put_escaped(f, g->edges[i].label);
        fputs("\"];\n", f);
    }
    fputs("}\n", f);
}

static int ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

/* DOT text → layout with dot → SVG file, all inside libgvc. */
static int render_svg(const char *dot, const char *file, char *err, size_t errlen)
{
    GVC_t *gvc = gvContext();
    if (!gvc) { snprintf(err, errlen, "%s: Graphviz could not start", file); return -1; }
    Agraph_t *g = agmemread(dot);
    int rc = -1;
    if (!g) snprintf(err, errlen, "%s: Graphviz could not read the branch map", file);
    else if (gvLayout(gvc, g, "dot") != 0) snprintf(err, errlen, "%s: Graphviz could not lay out the map", file);
    else {
        if (gvRenderFilename(gvc, g, "svg", file) == 0) rc = 0;
        else snprintf(err, errlen, "%s: cannot write the SVG (is the folder writable?)", file);
        gvFreeLayout(gvc, g);
    }
    if (g) agclose(g);
    gvFreeContext(gvc);
    return rc;
}

int eg_write(const explore_graph *g, const char *file, const char *title, char *err, size_t errlen)
{
    int svg = ends_with(file, ".svg");
    if (!svg && !ends_with(file, ".dot")) {
        snprintf(err, errlen, "%s: --graph writes FILE.dot or FILE.svg", file);
        return -1;
    }
    char *buf = NULL;
    size_t len = 0;
    FILE *f = svg ? open_memstream(&buf, &len) : fopen(file, "w");
    if (!f) { snprintf(err, errlen, "%s: cannot write (is the folder writable?)", file); return -1; }
    write_dot(g, f, title);
    int bad = ferror(f);
    if (fclose(f) != 0 || bad) {
        free(buf);
        snprintf(err, errlen, "%s: cannot write the map", file);
        return -1;
    }
    int rc = svg ? render_svg(buf, file, err, errlen) : 0;
    free(buf);
    return rc;
}
