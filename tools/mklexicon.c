/* Build step: jieba's text dictionary → the compact lexicon the grader maps at start-up
 * (grading/lexicon.h). Usage: mklexicon DICT.txt OUT.bin. Exit 0, or 1 with one line. */
#include "lexicon.h"

#include <stdio.h>

int main(int argc, char **argv)
{
    char err[512];
    if (argc != 3) {
        fputs("usage: mklexicon DICT.txt OUT.bin\n", stderr);
        return 1;
    }
    cs_lexicon *lx = cs_lexicon_load(argv[1], err, sizeof err);
    if (!lx || cs_lexicon_save(lx, argv[1], argv[2], err, sizeof err) < 0) {
        fprintf(stderr, "mklexicon: %s\n", err);
        cs_lexicon_free(lx);
        return 1;
    }
    cs_lexicon_free(lx);
    return 0;
}
