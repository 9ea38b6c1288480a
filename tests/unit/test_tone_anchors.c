/* The tone rules' anchors (ANCHORS, grading/tone_scan.h) only skip work: with the index, a rule
 * is skipped on a clause none of whose words holds one of its anchor characters; without it
 * (cs_tone_scan) every rule runs on every clause. Both must find the same hits, in the same order,
 * on every reply of the own corpora (tests/data/tone_more, the phrase corpora) and on sentences of
 * each anchored rule's class written here. A rule whose anchors miss a word it needs fails here. */
#include "harness.h"
#include "lexicon.h"
#include "text_norm.h"
#include "tone_rules.h"
#include "words.h"

#include <dirent.h>
#include <stdlib.h>

static cs_lexicon *lx;
static cs_tone_index *ix;
static int compared, with_hits;

/* Scans s with and without the index and checks the hits are the same. */
static void same_hits(const char *s)
{
    uint32_t *t;
    size_t n = cs_normalize_marked(s, &t);
    unsigned char *starts = malloc(n + 1);
    cs_words w;
    if (!starts || cs_lexicon_segment(lx, t, n, starts) < 0 || cs_words_build(t, n, starts, &w) != 0) {
        CHECK_MSG(0, "\"%s\": cannot build its words", s);
        free(starts);
        free(t);
        return;
    }
    cs_tone_hit all[16], fast[16];
    size_t na = cs_tone_scan(&w, NULL, all, 16);
    size_t nf = cs_tone_scan_indexed(ix, &w, NULL, fast, 16);
    int same = na == nf;
    for (size_t i = 0; same && i < na; i++)
        same = strcmp(all[i].rule, fast[i].rule) == 0 && strcmp(all[i].label, fast[i].label) == 0 &&
               all[i].first == fast[i].first && all[i].last == fast[i].last && all[i].insult == fast[i].insult;
    CHECK_MSG(same, "\"%s\": %zu hits (first %s) on every clause, %zu (first %s) with anchors", s, na,
              na ? all[0].label : "-", nf, nf ? fast[0].label : "-");
    compared++;
    with_hits += na > 0;
    cs_words_free(&w);
    free(starts);
    free(t);
}

/* Field k (1-based) of a TSV line, cut in place; 0: the last field. NULL when there is none. */
static const char *field_of(char *line, int k)
{
    if (k == 0) {
        char *t = strrchr(line, '\t');
        return t ? t + 1 : NULL;
    }
    char *p = line;
    for (int i = 1; i < k; i++) {
        p = strchr(p, '\t');
        if (!p) return NULL;
        p++;
    }
    p[strcspn(p, "\t")] = '\0';
    return p;
}

/* Every data row of a TSV file whose field k (0: the last) is the reply. */
static void same_hits_field(const char *path, int k)
{
    FILE *f = fopen(path, "r");
    CHECK_MSG(f != NULL, "%s: cannot open (run from the source tree or set CALLSIM_DATA)", path);
    if (!f) return;
    char line[4096];
    while (fgets(line, sizeof line, f)) {
        if (line[0] == '#') continue;
        line[strcspn(line, "\r\n")] = '\0';
        const char *text = field_of(line, k);
        if (text && text[0]) same_hits(text);
    }
    fclose(f);
}

static void same_hits_file(const char *path)
{
    same_hits_field(path, 0);
}

/* Every file of dir whose name starts with prefix and ends with suffix, field k the reply. */
static void same_hits_dir(const char *dir, const char *prefix, const char *suffix, int k)
{
    DIR *d = opendir(dir);
    CHECK_MSG(d != NULL, "%s: cannot open", dir);
    char path[1200];
    for (struct dirent *e; d && (e = readdir(d));) {
        size_t len = strlen(e->d_name), sl = strlen(suffix);
        if (strncmp(e->d_name, prefix, strlen(prefix)) != 0 || len <= sl || strcmp(e->d_name + len - sl, suffix) != 0) continue;
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        same_hits_field(path, k);
    }
    if (d) closedir(d);
}

/* The gates of RULES (tone_rule.gate) and the anchors skip work only: the open evaluation rows
 * (the retired seen and dev folders: replies, field 4), the tone corpora and the
 * phrase corpora with their notes must all find the same hits with and without them. A report or
 * holdout folder is never read. */
static void test_every_corpus(void)
{
    const char *env = getenv("CALLSIM_DATA");
    const char *root = env && *env ? env : ".";
    char path[1200];
    snprintf(path, sizeof path, "%s/tests/data", root);
    same_hits_dir(path, "tone_", ".tsv", 0);
    same_hits_dir(path, "phrase_more_", ".tsv", 3);
    same_hits_dir(path, "phrase_voices", ".tsv", 3);
    snprintf(path, sizeof path, "%s/tests/data/eval", root);
    DIR *d = opendir(path);
    CHECK_MSG(d != NULL, "%s: cannot open", path);
    for (struct dirent *e; d && (e = readdir(d));) {
        if (strncmp(e->d_name, "seen", 4) != 0 && strncmp(e->d_name, "dev", 3) != 0) continue;
        snprintf(path, sizeof path, "%s/tests/data/eval/%s", root, e->d_name);
        same_hits_dir(path, "replies", ".tsv", 4);
    }
    if (d) closedir(d);
    CHECK_MSG(compared > 20000 && with_hits > 3000, "%d replies compared, %d with hits", compared, with_hits);
}

static void test_own_corpora(void)
{
    const char *env = getenv("CALLSIM_DATA");
    const char *root = env && *env ? env : ".";
    char path[1200];
    snprintf(path, sizeof path, "%s/tests/data/tone_more", root);
    DIR *d = opendir(path);
    CHECK_MSG(d != NULL, "%s: cannot open", path);
    for (struct dirent *e; d && (e = readdir(d));) {
        size_t len = strlen(e->d_name);
        if (len < 5 || strcmp(e->d_name + len - 4, ".tsv") != 0) continue;
        snprintf(path, sizeof path, "%s/tests/data/tone_more/%s", root, e->d_name);
        same_hits_file(path);
    }
    if (d) closedir(d);
    snprintf(path, sizeof path, "%s/tests/data/phrase_corpus.tsv", root);
    same_hits_file(path);
    snprintf(path, sizeof path, "%s/tests/data/phrase_heldout.tsv", root);
    same_hits_file(path);
    /* not vacuous: the corpora hold rude replies the rules catch */
    CHECK_MSG(compared > 1000 && with_hits > 200, "%d replies compared, %d with hits", compared, with_hits);
}

/* One or more sentences of the class of each anchored rule (呼叫服务员职业标准(试行) 五级 三(一)2 不用
 * 禁忌语; 贵阳 T-GSOCCIA 001—2020 §二(三) 6), rude and innocent, written for this test. */
static void test_anchored_classes(void)
{
    static const char *const s[] = {
        "你们外地人就是不懂规矩", "上了年纪的人就是麻烦", "外地人也可以在这里办理",
        "是检修的师傅没按时到，这不关我们的事", "全怪快递小哥", "是我们同事的疏忽，我马上给您补办",   /* third_party_blamed */
        "这都赖配送站", "您可以信赖我们的售后",
        "让你家年轻人帮你弄吧", "您可以请家里的孩子帮您操作",
        "您不满意可以不用", "嫌贵就别买", "您不满意的话我帮您申请退款",
        "别让我再听到你的声音", "我不想再接到你的电话",
        "把你的嘴闭上", "闭上你的嘴",
        "这种事我闭着眼都能办好", "换我早就弄好了，您怎么还不会",
        "您没上过学吗？", "你家没有日历吗？",
        "我能替你做决定吗？", "难得您还记得打电话来", "感谢您第十次来电",
        "别在那嘀嘀咕咕的", "别拿客服撒气", "说这么快谁听得清",
        "大晚上的还打什么电话", "重启一下不就行了", "早这么配合多好",
        "吵有什么用", "着急也没用",
        "您慢慢骂吧", "骂得挺起劲啊", "您最会挑毛病了",
        "我只说一遍", "我可没多少时间", "长话短说", "有话快说",
        "等几分钟有那么难吗？", "又来了", "白查了", "犯得着发这么大火吗？",
        "快点说行不行", "下次先看清楚再打", "我可不知道", "慢就慢点呗",
        "您好，请问有什么可以帮您？", "感谢您的来电，再见", NULL };
    for (const char *const *p = s; *p; p++) same_hits(*p);
}

TEST_MAIN(
    char err[512];
    lx = cs_lexicon_load(CS_JIEBA_DICT, err, sizeof err);
    CHECK_MSG(lx != NULL, "%s", err);
    ix = cs_tone_index_new();
    CHECK(ix != NULL);
    if (lx && ix) {
        RUN(test_anchored_classes);
        RUN(test_own_corpora);
        RUN(test_every_corpus);
    }
    cs_tone_index_free(ix);
    cs_lexicon_free(lx);
)
