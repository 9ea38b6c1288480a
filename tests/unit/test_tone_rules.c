/* Unit tests of the tone rules (grading/tone_rules.c and the modules it dispatches to) over words
 * (grading/words.c): each rule fires on its combination of target, negation and sentence type,
 * and a polite sentence made of the same words does not. */
#include "harness.h"
#include "lexicon.h"
#include "text_norm.h"
#include "tone_rules.h"
#include "words.h"

#include <stdlib.h>

static cs_lexicon *lx;

/* The first rule that fires on s ("" when none); insult set when it is an insult. */
static const char *tone(const char *s, int *insult)
{
    static char rule[32];
    uint32_t *t;
    size_t n = cs_normalize_marked(s, &t);
    unsigned char *starts = malloc(n + 1);
    cs_lexicon_segment(lx, t, n, starts);
    cs_words w;
    cs_tone_hit hits[4];
    size_t k = 0;
    if (cs_words_build(t, n, starts, &w) == 0) k = cs_tone_scan(&w, NULL, hits, 4);
    snprintf(rule, sizeof rule, "%s", k ? hits[0].rule : "");
    if (insult) *insult = k ? hits[0].insult : 0;
    cs_words_free(&w);
    free(starts);
    free(t);
    return rule;
}

static void fires(const char *s, const char *rule)
{
    CHECK_MSG(strcmp(tone(s, NULL), rule) == 0, "\"%s\": rule \"%s\", expected \"%s\"", s, tone(s, NULL), rule);
}

static void test_words_view(void)
{
    uint32_t *t;
    size_t n = cs_normalize_marked("你好吗？我很好", &t);
    unsigned char *starts = malloc(n + 1);
    cs_lexicon_segment(lx, t, n, starts);
    cs_words w;
    CHECK(cs_words_build(t, n, starts, &w) == 0);
    CHECK_INT(w.n_clauses, 2);
    CHECK(w.question[0]);
    CHECK(!w.question[1]);
    CHECK_STR(w.v[0].w, "你好");
    cs_words_free(&w);
    free(starts);
    free(t);
    CHECK(cs_word_in("您", (const char *const[]){ "你", "您", NULL }));
}

static void test_rhetorical(void)
{
    fires("你没听清楚吗？我刚才已经讲了", "rhetorical");
    fires("您没听清楚吗？", "rhetorical");          /* 你 and 您 alike */
    fires("你听懂了没有", "rhetorical");
    fires("我不是说了吗？", "rhetorical");
    fires("您听清楚了吗？", "");                    /* a check, not a reproach */
    fires("请问您还有什么不清楚的地方吗？", "");     /* the 2.6 offer */
    fires("非常抱歉，我没听清您的讲话，您再重复一遍，好吗？", "");
}

static void test_blame_dismissal(void)
{
    fires("这不是我们的问题，是你手机的问题", "blame");
    fires("都怪你", "blame");
    fires("这不怪您，是系统的问题", "");
    fires("您反映的问题我们正在处理", "");
    fires("以后别为这点小事打过来了", "dismissive");
    fires("别来烦我们", "dismissive");
    fires("请不要挂机，我帮您转接", "");
    fires("您反映的不是小事，我们会重视", "");
}

static void test_impatience_sarcasm(void)
{
    fires("我都说了好几遍了", "impatient");
    fires("您到底要办什么", "impatient");
    fires("您的问题我会负责到底", "");               /* 到底 = to the end */
    fires("请您再说一遍", "");
    fires("您可真行啊", "sarcasm");
    fires("对不起行了吧", "sarcasm");
}

static void test_belittle_is_insult(void)
{
    int insult = 0;
    /* condescension with no demeaning word is 禁忌语, not an insult (the label rule of
     * tests/data/eval/README.md "How a label is decided", 2026-11-26): a lecture, insult 0 */
    CHECK_STR(tone("说了你也不懂", &insult), "lecture");
    CHECK(!insult);
    CHECK_STR(tone("您是第一次做人吗", &insult), "belittle");   /* the caller's character: an insult */
    CHECK(insult);
    CHECK_STR(tone("您耳朵有问题吧", &insult), "belittle");
    CHECK(insult);
    CHECK_STR(tone("您的手机有问题吧", &insult), "");
    CHECK_STR(tone("我是不是说得不清楚", &insult), "");
}

/* Any hit of s an insult (the threat rule runs after the clause rules, so it may not be first)? */
static int insults(const char *s)
{
    uint32_t *t;
    size_t n = cs_normalize_marked(s, &t);
    unsigned char *starts = malloc(n + 1);
    cs_lexicon_segment(lx, t, n, starts);
    cs_words w;
    cs_tone_hit hits[8];
    size_t k = 0;
    if (cs_words_build(t, n, starts, &w) == 0) k = cs_tone_scan(&w, NULL, hits, 8);
    int any = 0;
    for (size_t i = 0; i < k; i++) any |= hits[i].insult;
    cs_words_free(&w);
    free(starts);
    free(t);
    return any;
}

/* How many hits of s carry label. */
static size_t hits_labelled(const char *s, const char *label)
{
    uint32_t *t;
    size_t n = cs_normalize_marked(s, &t);
    unsigned char *starts = malloc(n + 1);
    cs_lexicon_segment(lx, t, n, starts);
    cs_words w;
    cs_tone_hit hits[8];
    size_t k = 0, same = 0;
    if (cs_words_build(t, n, starts, &w) == 0) k = cs_tone_scan(&w, NULL, hits, 8);
    for (size_t i = 0; i < k; i++) same += strcmp(hits[i].label, label) == 0;
    cs_words_free(&w);
    free(starts);
    free(t);
    return same;
}

/* Two rules over one frame (the branches merged on one day each wrote one) name the finding once;
 * the same label in two clauses is two findings. */
static void test_one_frame_named_once(void)
{
    CHECK_MSG(hits_labelled("你听好了，我只说一遍", "说教客户") == 1, "lecture and order_manner both named 我只说一遍");
    CHECK_MSG(hits_labelled("这事我们不负责，你去找商家", "推诿") == 1, "brush_off and shift_more both named 不负责");
    CHECK_MSG(hits_labelled("钥匙是您自己弄丢的，开锁的钱您自己出", "怪罪客户") >= 1, "the blame is still found");
    CHECK_MSG(hits_labelled("你听好了，我只说一遍。你听好了，我只说一遍", "说教客户") == 2, "%zu", hits_labelled("你听好了，我只说一遍。你听好了，我只说一遍", "说教客户"));
}

/* Threats (issue #11 class): a harm to the caller made conditional on their behaviour fails the
 * call; a hang-up for silence, a notice, or care are not threats. */
static void test_threat_is_insult(void)
{
    CHECK(insults("你再闹，我就让你家停电"));
    CHECK(insults("再骂一句，我就把你电话挂了并且拉黑"));
    CHECK(insults("再嚷嚷就给你停气"));
    CHECK(insults("你再闹，我让你的单子永远办不下来"));
    CHECK(insults("你等着，我让我们师傅不去你家"));
    CHECK(insults("再胡搅蛮缠，我让人上门找你"));
    CHECK(!insults("您好，请讲。再不说话我就挂了"));       /* impatience (禁忌语), not a threat */
    CHECK(!insults("再这样我就挂了"));                     /* ending the call: §二(三) 1-3 */
    CHECK(!insults("如果您再欠费，系统会停机"));
    CHECK(!insults("您再这样下去身体会吃不消的，我让医生给您回电"));
    CHECK(!insults("您千万别再闹了，我帮您处理"));
    CHECK(!insults("您先等着，我让师傅马上过去帮您看看"));
    CHECK(!insults("您可以稍后再打过来"));
}

/* Belittling is aimed at the caller: the agent's own loss for words and a dull machine are not
 * attacks on the caller's mind (the clause's rudeness is judged elsewhere). */
static void test_belittle_aimed(void)
{
    CHECK(!insults("您的问题太简单了，我都不知道怎么回答"));
    /* condescension, no demeaning word: 禁忌语 but no insult (the label rule, eval README) */
    CHECK(!insults("你怎么连这个都不知道"));
    CHECK(!insults("这么简单的事都不会吗"));
    fires("这么简单的事都不会吗", "rhetorical");
    CHECK(!insults("这台机器有点笨，需要手动选一下语言"));
    CHECK(!insults("这个打印机有点笨，要手动选纸张大小"));
    CHECK(insults("你有点笨"));
    CHECK(insults("你怎么这么笨"));
    CHECK(insults("你耳朵长着干嘛用的"));
    CHECK(insults("你真没用"));                        /* the caller's worth */
    CHECK(insults("你怎么这么没用"));
    CHECK(!insults("您着急也没用，我们正在处理"));     /* a way of doing things */
    CHECK(!insults("这个办法真没用，我换一个方法帮您"));            /* 长 着 cut in two */
    CHECK(!insults("您的耳朵长着小疙瘩多久了"));        /* a question about the body, not the mind */
}

/* Our own sentences (written for this test from the standard's situations, not from any
 * evaluation set): rude ones each fire, polite ones made of the same words do not. */
static void test_own_sentences(void)
{
    static const char *const rude[] = {
        "你怎么这么笨", "爱买不买", "嫌贵就别用", "谁让你不早点来", "跟我说也没用", "这种事也来问",
        "我很忙", "你这个人真难缠", "跟你说不通", "你问这个干什么", "你怎么连这个都不懂",
        "喂，说话！", "你怎么回事", "你听好了", "你管得着吗", "我有什么办法", "你以为你是谁",
        "懒得跟你说", "没时间跟你耗", "听见没有", "这不归我负责", "大声点！", "跟你说了也白说",
        "我怎么知道", "我凭什么帮你", "我已经跟你解释得很清楚了", "我下班了，明天再打吧", "我们要下班了", NULL };
    static const char *const polite[] = {
        "如果您连密码都不记得，可以去营业厅重置", "现在话务正忙，我帮您记录", "我们正在忙着为您处理",
        "请问您要办理什么业务", "您这个问题我马上帮您处理", "这个人是我们的工作人员吗",
        "我跟您说一下具体的流程", "您爱人的号码也可以登记", "您别着急，我这就帮您查",
        "不好意思让您久等了，我们这边刚才系统比较慢", "您说得对，是我们没有解释清楚",
        "请您稍等，我再帮您确认一遍", "您放心，这不是您的问题，是系统的原因",
        "请问您那边是怎么回事？", "您记住了吗？", "请您说话", "我们会想办法帮您解决", "您以为是哪一天办理的？",
        "这段时间您可以先用着", "我们没有听见您的声音", "非常抱歉，请您讲话大声点儿好吗？",
        "您大声点好吗", "这不是我们公司的号码", "我来跟您解释一下", "这个业务由我负责",
        "营业厅六点就下班了，您明天再去", NULL };
    for (size_t i = 0; rude[i]; i++) CHECK_MSG(*tone(rude[i], NULL) != '\0', "\"%s\" passes as polite", rude[i]);
    for (size_t i = 0; polite[i]; i++) {
        const char *r = tone(polite[i], NULL);
        CHECK_MSG(*r == '\0', "\"%s\" flagged %s", polite[i], r);
    }
}

/* The classes that lagged on examiners' blind sets (issue #11, 禁忌语 recall): each frame fires on
 * new wordings, and the polite form an agent would use with the same words does not. */
static void test_taboo_classes(void)
{
    /* refusal with nothing offered (贵阳 T-GSOCCIA 001—2020 §二(三)6 注意通话语气和态度) */
    fires("这种情况我们一律不赔", "dismissive");
    fires("不给补办，丢了就丢了", "dismissive");
    fires("您说的这个情况我们不予理会", "dismissive");
    fires("很抱歉，这种情况不能赔付，不过我可以帮您申请补助", "");
    fires("非常抱歉，若您不提供联系电话，我们将无法与您取得联系，您反映的问题我们将无法为您处理", "");   /* 2.11 */
    fires("这笔费用我们不予收取，请您放心", "");
    fires("燃气恢复前不能开火，请您注意安全", "");
    /* 推诿 */
    fires("我们只负责收费", "dismissive");
    fires("你找发卡行，跟我们支付平台没关系", "dismissive");
    fires("找医生去，我们挂号处不管看病的事", "dismissive");
    fires("我们挂号处不管看病的事", "blame");
    fires("这不是我的工作范围", "dismissive");
    fires("我们只负责这个片区，我帮您转到隔壁站点", "");     /* a transfer follows */
    fires("我们不会不管的，请您放心", "");
    fires("您问的问题与我们的业务无关，请问您有业务需要咨询吗？", "");   /* §二(三)5 */
    fires("您可以找客户经理咨询", "");
    fires("您找哪位？", "");
    /* rhetorical questions at the caller */
    fires("您没注意到我们网站上的公告吗？", "rhetorical");
    fires("我们每个月都发账单，您从来不看吗？", "rhetorical");
    fires("你就不会先问问家里人？", "rhetorical");
    fires("您以为我们是开银行的吗？", "rhetorical");
    fires("我有说过可以退吗？", "rhetorical");
    fires("我们还能骗您不成", "rhetorical");
    fires("难道还要我们上门给您交费吗？", "rhetorical");
    fires("现在来闹有意思吗？", "rhetorical");
    fires("您收到短信了吗？", "");
    fires("请问您没收到短信吗？我再帮您发一次", "");
    fires("您以为是哪一天办理的？", "");
    fires("难道是系统出问题了？我马上帮您查一下", "");
    /* sarcasm */
    fires("恭喜您，又一次完美错过了交费日期", "sarcasm");
    fires("您可算想起来交电费了", "sarcasm");
    fires("对，全世界就您最忙", "sarcasm");
    fires("您可太会省钱了", "sarcasm");
    fires("您真有创意", "sarcasm");
    fires("您开心就好", "sarcasm");
    fires("您满意就好，这是我们应该做的", "");
    fires("您可算想起来密码了，太好了，那我们继续", "");
    /* blame on the caller */
    fires("别赖我们，是系统保护", "blame");
    fires("这也能怪我们", "blame");
    fires("挂不上号是你来晚了", "blame");
    fires("您操作有问题，我们系统是好的", "blame");
    fires("这个只能说明您没有认真阅读协议", "blame");
    fires("出了问题只能自己负责", "blame");
    fires("你不在家怪快递员？", "blame");
    fires("这件事不能怪您，是我们的短信没有发出去", "");
    fires("这也怪我们没有提前通知，真的很抱歉", "");
    fires("如果是您忘了密码，可以在登录页重置", "");
    fires("我们这边检测正常，可能是您那边的路由器问题，我教您重启一下", "");
    /* lecturing, condescension, dismissal */
    fires("连自己的身份证号都记不住", "lecture");
    fires("正常人都能听懂", "lecture");
    fires("您也是成年人了", "lecture");
    fires("请注意您的说话方式", "lecture");
    fires("我们客服不是教你用手机的", "dismissive");
    fires("你着急有什么用", "dismissive");
    fires("再打也是一样的结果", "dismissive");
    fires("你老是插嘴", "impatient");
    fires("很多老人连智能手机都不会用，我们可以安排上门服务", "");
    fires("很多人都会遇到这个问题，不用担心", "");
    fires("您是成年人的话可以自己办理", "");
    fires("我们会注意自己的服务态度，感谢您的监督", "");
    fires("您着急是可以理解的，我马上帮您加急", "");
    /* a second round, in other wordings */
    fires("问题出在您那边，我们这边查不出任何毛病", "blame");
    fires("您直接打给卖家吧，退货不归平台", "dismissive");
    fires("您去找当时给您办卡的那个营业员", "dismissive");
    fires("我们这边只接投诉，不管维修", "blame");
    fires("您打之前就不能先想一想？", "rhetorical");
    fires("您觉得我们会为了您一个人改规定吗？", "rhetorical");
    fires("您得搞清楚，这里是客服", "lecture");
    fires("我一个小客服能怎么办", "dismissive");
    fires("我解释得这么清楚了", "impatient");
    fires("这个只有一个方案，我详细给您说一下，您看看能不能接受", "");
    fires("您问的这个问题很专业，我请工程师给您解答", "");
    fires("这个不归我们部门管，我帮您转接到物业服务中心", "");
    fires("您这边网络可能不太稳定，您可以换到信号好一点的地方再试试", "");
    fires("我们能怎么帮您呢", "");
    fires("我刚才可能说得不够清楚，我再解释一遍", "");
    fires("您以为我们已经发货了是吗？其实还在仓库，明天就发", "");
    fires("航空公司不管地面的事", "blame");
    fires("我们这里只是代收", "dismissive");
    fires("不管什么事都可以打给我们", "");
    fires("我们不会不管您的事", "");
    fires("确实是您填错了地址，您自己联系快递吧", "blame");
    fires("可能是您填错了地址，我帮您联系快递员改一下", "");
}

/* Rude tails on a standard phrase (issue #11 item 4), one class a line: the rude clause fires its
 * rule, the innocent clause of the same shape and words fires none. */
static void test_rude_tails(void)
{
    static const struct { const char *rude, *rule, *innocent; } pairs[] = {
        /* the caller's conduct forbidden (3.1 不用禁忌语) — not care or procedure with the same 别 */
        { "别在电话里跟我嚷", "lecture", "别担心，师傅今天就到" },
        { "别拿我们当出气筒", "lecture", "请别把银行卡借给别人" },
        { "别老在那嘟囔", "lecture", "您先别着急" },
        { "别一天到晚打", "lecture", "别忘了带上发票" },
        /* who could / still what / 不就 / no use: rhetorical questions at the caller */
        { "您这样一直催谁受得了", "rhetorical", "请问是谁在使用这个号码" },
        { "还催什么", "rhetorical", "您还需要登记什么吗" },
        { "刷新一下页面不就好了", "rhetorical", "刷新一下页面就好了" },
        { "嚷嚷有什么用", "dismissive", "这个功能有什么用途我来介绍" },
        /* blame put on the caller or taken off the agent */
        { "是您先挂的电话", "blame", "是我们先挂断了电话" },
        { "要不是您忘了缴费也不会停机", "blame", "要不是您提醒我们还没发现" },
        { "到时候可别怪我们", "blame", "这不怪您" },
        { "主要还是您操作有问题", "blame", "您操作的时候遇到问题可以再打来" },
        /* taunts, sarcasm, scorn for the caller's things, likened to something low */
        { "您接着骂吧", "sarcasm", "您可以继续关注我们的公众号" },
        { "您最会挑毛病了", "sarcasm", "您的意见对我们很有帮助" },
        { "您那破电视早该换了", "sarcasm", "电视屏幕破了可以申请保修" },
        { "跟蚊子哼哼似的", "sarcasm", "修好的电话会跟新的似的" },
        /* cut short, hurried */
        { "我可没那工夫一直陪您聊", "impatient", "我们没有时间限制，您慢慢说" },
        { "消停一会儿", "impatient", "稍后告诉您结果" },
        { "我只说一遍", "impatient", "我再说一遍" },
        { "刚才您一直催", "impatient", "刚才您一直在等" },
        /* the caller's manner of listening or speaking, ordered */
        { "这次讲清楚点", "lecture", "我这边记清楚点" },
        { "以后记账单前先看明白", "lecture", "下次办理前请您先看清楚合同" },
        { "下回上点心", "lecture", "下回见" },
        { "等几分钟有那么难吗", "rhetorical", "请问您那边有那么多人吗" },
        { "您来操作能比我快吗", "rhetorical", "这个套餐比我们之前那个贵吗" },
        { "回不回电我可保证不了", "dismissive", "修不修得好我们也说不准，我先帮您报修" },
        { "讲方言我可听不懂", "dismissive", "我们可以帮您处理" },
        { "慢就慢点呗", "dismissive", "慢一点也没关系" },
        { "安静点", "lecture", "您安静一下也好，休息休息" },
        { "核对好了再打来", "lecture", "核对好了告诉我就行" },
        { "不想等您可以挂", "dismissive", "如果不想等可以先挂机，我们回电给您" },
        { "我这态度已经够好了", "dismissive", "我们的服务态度会更好" },
        { "拜拜了您嘞", "sarcasm", "拜拜，祝您顺利" },
        { "又来查这个", "impatient", "我再来查一下这个" },
        { "白查了", "dismissive", "不会让您白跑一趟" },
        { "犯得着发这么大火吗", "rhetorical", "您犯不着为这点事伤身体" },
        { "说普通话行不行", "impatient", "我们明天上午再联系行不行" },
        { "大点声行不行", "impatient", "我有一个办法，您看行不行" },
        { "以后有事先问问家里人再打", "lecture", "以后有事您可以先发短信再打" },
    };
    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
        fires(pairs[i].rude, pairs[i].rule);
        fires(pairs[i].innocent, "");
    }
    fires("大事小事都可以跟我说", "");               /* any matter at all: no 小事 made light of */
    fires("您看，这不就好了", "");                   /* said of a thing just fixed */
    int insult = 0;
    CHECK_STR(tone("再打过来捣乱就报警", &insult), "threat");   /* calling again to harass, a threat */
    CHECK(insult);
    CHECK_STR(tone("如果再有陌生人打来骚扰您可以报警", &insult), "");
}

/* Issue #11, classes still missed on independent replies: each rude shape fires its rule, and an
 * innocent neighbour made of the same words does not. Own sentences. */
static void test_still_missed(void)
{
    static const struct { const char *rude, *rule, *innocent; } pairs[] = {
        { "您上学的时候老师没教过吗", "rhetorical", "学校没给孩子发书吗" },
        { "您家里没挂历吗", "rhetorical", "您家里没装宽带吗" },
        { "难道要我替您拿主意吗", "rhetorical", "需要我帮您查一下余额吗" },
        { "难得您居然记得密码", "sarcasm", "难得您这么体谅我们" },
        { "谢谢您第6次打来问这个", "sarcasm", "谢谢您再次来电" },
        { "这活儿我闭着眼都能干完，您怎么就不行", "sarcasm", "我们几分钟就能帮您办好" },
        { "换成我早就弄完了，您还问", "sarcasm", "换成我也会着急的" },
        { "让您家孩子教您弄吧", "lecture", "您也可以请家人协助操作" },
        { "您不满意可以不用我们的", "dismissive", "您不满意可以申请复核" },
        { "这钱又不是我们扣的，您找银行要去", "dismissive", "这笔钱是银行扣的，我帮您查一下银行的电话" },
    };
    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
        fires(pairs[i].rude, pairs[i].rule);
        fires(pairs[i].innocent, "");
    }
    /* stereotypes, driving off, 闭嘴 cut apart and a bare 你等着 are insults */
    static const char *const insults[] = { "你们乡下人就是不讲理", "岁数大的人就是学不会", "别让我再听见你",
                                           "把嘴给我闭上", "闭上你的嘴", "好，你等着吧", "你们那里的人就爱贪小便宜",
                                           NULL };
    for (const char *const *r = insults; *r; r++) {
        int insult = 0;
        CHECK_MSG(tone(*r, &insult)[0] != '\0' && insult, "\"%s\": expected an insult", *r);
    }
    static const char *const fine[] = { "外地人也可以在本市办理", "老年人可以享受半价", "请把嘴闭上含住体温计",
                                        "您等着，我这就帮您查", "您没认真看也没关系，我再讲一遍", "我帮您跟进到底",
                                        "你们那边的人也可以在网上办理",
                                        "退不退由您决定，我们不会催您",
                                        NULL };
    for (const char *const *r = fine; *r; r++) fires(*r, "");
}

/* Surface forms other writers type (tone_rhetorical.c nandao, who_told, still_cannot, …), each with its innocent
 * neighbour: 难道 at the caller, "who told you", the caller ranked above us, thanks for trouble, a
 * reply of fillers alone (a lone 嗯 may be the 应和 the standard asks for), 怎么还 + cannot, 你以为
 * 我们…呢, the caller's answer hurried, our side declared clear and the fault put on the caller's,
 * the fault put on "users", the caller filed as a kind of trouble, the obvious missed even so. */
static void test_other_writers(void)
{
    static const struct { const char *rude, *rule, *innocent; } pairs[] = {
        { "难道您连短信都不看的吗", "rhetorical", "难道是网络的原因？我帮您测一下速" },
        { "谁跟您说能退全款的", "rhetorical", "是谁跟您说能退全款的？我核实一下是哪位同事" },
        { "您比我们技术员还懂啊", "sarcasm", "您比我们更了解家里的线路，麻烦您看一下开关" },
        { "谢谢您啊，又给我们出了个难题", "sarcasm", "谢谢您的理解，给您添麻烦了" },
        { "哦", "dismissive", "嗯" },
        { "嗯，然后", "impatient", "嗯嗯" },
        { "你怎么还是学不会", "rhetorical", "您怎么还没收到验证码？我再发一次" },
        { "您以为我们是开银行的呢", "rhetorical", "您以为已经扣款了，是吗？" },
        { "您赶紧选一个", "impatient", "建议您赶紧选一个离家近的网点" },
        { "故障不在我们这里，是您自己的路由器坏了", "blame", "故障不在您那里，是我们的光缆断了" },
        { "这一般都是顾客自己搞坏的", "blame", "顾客自己也可以在小程序上查进度" },
        { "您这种用户我们最怕了", "lecture", "像您这样的老用户可以免费升级" },
        { "这么醒目的提示您也没看到", "lecture", "这么晚了您也没收到短信，我帮您重发" },
    };
    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
        fires(pairs[i].rude, pairs[i].rule);
        fires(pairs[i].innocent, "");
    }
}

/* The classes seen missed on the retired blind set seen3 (helper seentone), each with a polite
 * sentence of the same words that must pass. */
static void test_seen_classes(void)
{
    static const struct { const char *rude, *rule, *innocent; } pairs[] = {
        { "又不是什么急事，明天再说", "dismissive", "您又不是故意的，没关系" },
        { "我是接线员，不是你家保姆", "sarcasm", "这张卡不是您本人的吗" },
        { "停售了就是停售了", "dismissive", "对，就是这个页面" },
        { "两百块的手机你还指望用五年", "sarcasm", "您还想了解别的套餐吗" },
        { "开户的时候你就该问清楚", "blame", "开户的时候我们会跟您讲清楚" },
        { "谁给你办的你找谁", "dismissive", "请问是谁给您办的" },
        { "这个电话不是给你发泄用的", "lecture", "这条短信不是让您缴费的" },
        { "下次先看看公告再打过来", "lecture", "您先重启一下，不行再打过来" },
        { "你别跟我说方言", "impatient", "您不用跟我客气" },
        { "流程就是这样，你等着", "dismissive", "流程是这样的：您先提交申请" },
        { "你催也没用", "dismissive", "我理解您着急" },
        { "你别乱按", "lecture", "请您不要随意开关电器" },
        { "你说话也太冲了", "blame", "您说话很清楚" },
        { "这都能填错", "sarcasm", "这种情况都能处理" },
        { "你再催就排到最后", "impatient", "您再打过来的话，我们给您加急" },
        { "刚才不是挺着急的吗", "sarcasm", "您刚才说的是哪一天呢" },
        { "您到底要办什么", "impatient", "您到底是几号停的水" },
    };
    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
        fires(pairs[i].rude, pairs[i].rule);
        fires(pairs[i].innocent, "");
    }
    static const char *const insults[] = { "没钱就别办会员", "你敢投诉，我就把你的号码发到网上", NULL };
    for (const char *const *r = insults; *r; r++) {
        int insult = 0;
        CHECK_MSG(tone(*r, &insult)[0] != '\0' && insult, "\"%s\": expected an insult", *r);
    }
    static const char *const fine[] = { "如果手头不方便，可以申请分期", "我们不会把您的号码告诉任何人", "您没仔细看，不要紧，我再讲一遍",
                                        "我想确认一下，您到底是哪天停的电", "我刚才讲了一堆没用的，我重新说", "您别乱想，我们一定处理好",
                                        "您到底是哪天办的卡呢", NULL };
    for (const char *const *r = fine; *r; r++) fires(*r, "");
}

/* helper probe2's classes: the caller's feeling or calling declared needless, the one complained of
 * defended; and the innocent shapes of the same words. */
/* helper blame3: the fault put on a third party (国家职业技能标准 3.1 不用禁忌语; 2.9/2.15 take it on
 * 我们 and put it right), and three rules kept from firing on the agent's own good words. */
static void test_blame3_classes(void)
{
    fires("是后勤那边的同事没给您寄出去。", "blame");
    fires("都是客服中心新来的人搞错的，跟我没关系。", "blame");
    fires("是快递员把您的包裹弄丢的，抱歉。", "blame");          /* an apology does not clear it */
    fires("这都怪系统，我们也没办法。", "blame");
    fires("供电公司没来抄表，所以我们这边也不知道。", "blame");
    fires("是我们同事登记错了，实在抱歉，我这就帮您改过来。", "");   /* ours, put right */
    fires("是系统升级造成的延迟，技术人员正在处理，请您稍候。", "");  /* a cause and the fix under way */
    fires("您说是快递员没打电话就走了，我记下了。", "");           /* the caller's words */
    fires("不好意思，刚才我口气冲了，我会注意自己的语气。", "");     /* the agent's own manner (2.9) */
    fires("请您注意自己的语气。", "lecture");
    fires("您刚才一下子提了三个问题，我们先说第一个。", "");        /* summing up to help */
    fires("我都说了三遍了。", "impatient");
    fires("您要是不留号码的话我们就不好回访您了您看可以吗", "");    /* 2.11 run on */
    fires("这里是燃气公司客服中心，请问有什么可以帮您？", "");      /* the line introduced (1.1) */
    fires("这次是网络波动造成的，不是您操作的问题。", "");          /* a cause, the caller cleared */
    fires("是网络的原因，跟我们没关系。", "blame");                 /* a cause, pushed off */
    fires("经核实，是物流公司中转时耽误了。", "");                  /* what a check found */
    fires("这都赖物业，他们一直不修。", "blame");
}

/* The 禁忌语 classes of tests/data/tone_more/fixtb9.tsv (grading/tone_*.c, "by class" sections): each
 * fault asserted on sentences not in the corpus, and the look-alikes that must stay silent. */
static void test_fixtb9_classes(void)
{
    /* told many times: impatience (§二(三)6) */
    fires("这个流程我都跟您说了好几遍了", "impatient");
    fires("我们已经一再跟你强调过了", "impatient");
    /* blame as a counterfactual */
    fires("你要是当时把发票留着，现在也不至于退不了", "blame");
    fires("您要是按时来复诊，哪会拖成这样", "blame");
    /* a jab at the caller's habits, or praise for once */
    fires("您老是动不动就投诉", "sarcasm");
    fires("毕竟您每回都那么急", "sarcasm");
    fires("难得您这回没发脾气", "sarcasm");
    /* ironic good luck, mock superlative */
    fires("那您就祝您好运吧", "sarcasm");
    fires("你真是我这个月碰到最能折腾的客户", "sarcasm");
    /* learn first, manners first (说教) */
    fires("你先把合同条款学明白了再来投诉", "lecture");
    fires("您先去学学怎么网上缴费", "lecture");
    fires("你语气好点我才给你登记", "lecture");
    fires("您这种态度我没办法给您处理", "lecture");
    /* X有X的规定 (打官腔); this is no X here, no way on */
    fires("银行有银行的规定", "dismissive");
    fires("我们这儿不是托儿所", "dismissive");
    fires("这是售后热线，不是投诉台", "dismissive");
    /* round 2: tempers counted, 也不用 as the consequence, 看 懂 as two words */
    fires("您回回一开口就发一通火", "sarcasm");
    fires("你要是早点续费，现在也不用补滞纳金了", "blame");
    fires("先看懂账单再打过来", "lecture");
    /* round 4: 回复 / 回答 as telling, 碰上 / 接到 as meeting */
    fires("这事我们都答复你好几回了", "impatient");
    fires("您算是我接到最爱较真的一个", "sarcasm");
    /* round 5: the consequence as a potential complement, 我再 after the manner, a place for something */
    fires("您寄件的时候要是包好了，东西也摔不坏", "blame");
    fires("你说话客气点我再帮你看", "lecture");
    fires("这儿可不是您撒气的地方", "dismissive");
    /* the caller's inattention stays blame when the boundary's words are not there */
    fires("您下单时也没认真核对地址", "blame");
    static const char *const fine[] = { "我再跟您说一遍具体步骤", "您问几遍都没关系，我再讲一次", "这个药每天吃两次",
                                        "如果您明天上午来，当天就能办好", "要是我们早点提醒您就好了，是我们的疏忽",
                                        "我们一直在帮您催物流", "您每次来电我们都会记录", "难得您这么体谅我们",
                                        "祝您好运，下周三开奖", "您是我今天遇到最通情达理的客户，谢谢您",
                                        "我一步一步教您怎么网上缴费", "您可以先了解一下这几个套餐，我发短信给您",
                                        "您再骂人的话，我就没办法继续为您服务了", "今天太晚了，师傅上门不安全，明早安排可以吗",
                                        "每个地区有每个地区的政策，我帮您查一下您那边的", "这不可能是您的问题，是我们录错了",
                                        "我们这里不是营业厅，您可以拨打营业厅电话预约", "我们这不是第一次遇到这种故障了",
                                        "这里不是出口吗？", "你骂人我就没办法好好帮您了", "您一直骂人的话，我没法好好处理",
                                        "您是我今天接到最有耐心的客户，谢谢您", "我们三个工作日内回复您",
                                        "您那边要是停电了，路由器也连不上", "我们这里不是办证的地方，您可以到政务大厅办理",
                                        NULL };
    for (const char *const *r = fine; *r; r++) fires(*r, "");
}

/* Look-alikes of fixtb9's rules a courteous agent says: a state the caller may already be in
 * (如果您已经…就不用再…), the call itself vouched for (这不是诈骗电话), the place not here named with
 * where it is (这里不是出口，出口在东门), the telling done to a third party (跟物业讲了两遍), the habits of the caller's
 * neighbour or child — silent; each rule's own fault still fires beside them. */
static void test_fixtb9_lookalikes(void)
{
    static const char *const fine[] = { "如果您上个月已经办过停机，就不用再跑营业厅了", "要是您已经缴清了，就不会再收到催缴短信",
                                        "您放心，这不是推销电话，是服务回访", "这不是骚扰短信，是我们的官方通知",
                                        "您楼下住户总是半夜吵，我们联系物业去协调", "您家孩子老是发烧的话，建议去儿科看看",
                                        "这里不是售票处，售票处在二楼左手边", "我们这边不是营业厅，营业厅的电话是96511",
                                        "我们已经跟承运商强调过好多次了，今天一定送到", "我跟物业讲了两遍了，他们答应下午来修", NULL };
    for (const char *const *r = fine; *r; r++) fires(*r, "");
    fires("您要是提前报停，也不至于多扣这个月的钱", "blame");
    fires("我们这儿不是菜场，别跟我讨价还价", "dismissive");
    fires("我们这里不是税务局，税务局的事找税务局去", "dismissive");
    fires("您总是动不动就投诉", "sarcasm");
    fires("我都跟您讲了好多次了", "impatient");
    fires("我已经和你说过三遍了", "impatient");
}

static void test_probe2_classes(void)
{
    fires("这有什么好生气的", "dismissive");
    fires("没啥可哭的呀", "dismissive");
    fires("你打几次电话都白打", "dismissive");
    fires("您天天打也没有用，该联系的时候自然会联系", "dismissive");
    fires("不能怪人家快递员", "blame");
    fires("这个真怪不得师傅", "blame");
    fires("您问了多少遍了", "impatient");
    fires("您别一直在那边说话", "impatient");
    fires("你给我等着吧", "threat");
    fires("我这边还有好多电话等着接呢", "impatient");
    static const char *const fine[] = { "有什么好担心的，我们都帮您办好了", "我没什么好生气的", "有什么好吃的推荐吗",
                                        "这不能怪您，也不能怪师傅，是系统派错了单",
                                        "您别怪师傅，是我们排班没排好，实在抱歉",
                                        "不能怪人家，我帮您重新预约一下", "您打也没关系，我一直在", "您问几遍都没关系，我再讲一次",
                                        "您别这么说，这是我们应该做的", "您别急着说，慢慢来",
                                        "您家里还有人等着用网吧，我尽快派师傅", NULL };
    for (const char *const *r = fine; *r; r++) fires(*r, "");
}

/* helper seen4fix's classes (the retired set seen4's misses, own sentences): the answer left to the
 * caller to look up, a time limit, waiting left to drop, the hour held against the caller, scoffs,
 * mock praise over a blunder, a count of explanations, 我们不负责 as two words, the caller's
 * inattention, the caller's age; and the innocent shapes of the same words. */
static void test_seen4_classes(void)
{
    fires("网上随便一查就知道了", "dismissive");
    fires("其实您在公众号里自己就能办", "dismissive");
    fires("下次别问这么简单的事", "dismissive");
    fires("我只能给您两分钟", "impatient");
    fires("嫌慢可以不办嘛", "dismissive");
    fires("我们也是要睡觉的", "impatient");
    fires("嘁，这也算投诉？", "dismissive");
    fires("真厉害，密码能连着输错五次", "sarcasm");
    fires("我都说了三遍了", "impatient");
    fires("这事我们这边不负责", "blame");
    fires("您下单的时候也没认真核对", "blame");
    fires("您这个年纪学不会也难怪", "lecture");
    fires("嗯，叫您女儿来弄吧", "lecture");
    fires("口齿清楚点", "impatient");
    fires("给你一分钟说清楚", "impatient");
    fires("合同里都写着呢", "dismissive");
    fires("您真厉害，谢谢您嘞", "sarcasm");   /* thanks for nothing done */
    static const char *const fine[] = { "网上一搜就有很多冒充客服的诈骗电话，请您注意", "这个在APP上就能办，我也可以现在帮您办",
                                        "办理大概需要五分钟，请您稍等", "不想等的话，我可以先帮您登记",
                                        "这也算在套餐里面，不另外收费", "您切换一下网络试试",
                                        "您真厉害，一次就设置好了，谢谢您", "连周末师傅都能上门，您放心",
                                        "我再给您讲一遍", "您被重复扣了两次费，我帮您退", "我们不负责收取任何押金，请您提高警惕",
                                        "可能您没注意到，我跟您说一下", "您没仔细看也没关系，我再发一遍", "我也没仔细核实，抱歉",
                                        "很多老人刚开始也不会用，我们可以安排上门", "请您说清楚一点好吗",
                                        "我们会在三分钟内为您办好", "请您在两分钟内说一下您的地址",
                                        "刚才我说了两个办法，您先试第一个", "合同上写着什么呢", NULL };
    for (const char *const *r = fine; *r; r++) fires(*r, "");
}

/* helper voices's registers: 口头禅 repeated, a penalty for the caller's conduct (a complaint punished
 * is 报复来电者, an insult), the failure called the obvious result of the caller's omission, and an
 * errand the caller is spared (no 推诿). */
static void test_voices_classes(void)
{
    fires("这个这个，那个，您的套餐这个月已经变更了", "dismissive");
    fires("对吧，您是想查话费对吧，上个月的对吧", "dismissive");
    fires("其实呢，其实您这个其实不用担心", "dismissive");
    fires("嗯，好的，嗯，我看看，嗯", "dismissive");
    fires("然后然后然后，您点一下确认", "dismissive");
    fires("你看哈，你看哈，你看哈，先填这张表", "dismissive");
    fires("说白了吧，说白了就是，说白了要交钱", "dismissive");
    fires("你再嚷嚷，这个工单我们就排到最后", "impatient");
    fires("您要是去举报，以后您家的维修就别想快了", "threat");
    fires("您没交押金，当然取不了车", "blame");
    fires("你没带病历，难怪医生不给开药", "blame");
    fires("这是您搞混了，两张卡的账单不一样", "blame");
    fires("你自己乱点才扣的费", "blame");
    static const char *const fine[] = { "先点设置，然后点账户，然后点安全", "嗯嗯，我明白了", "这个月的账单和这个费用我都帮您查了",
                                        "好的好的，没事没事", "如果您要投诉，我帮您转到投诉专线，会有专人回复",
                                        "如果月底前没有缴费，系统会自动停机，建议您提前充值",
                                        "您不用担心，当然可以补办", "您跑了两趟还没办好，难怪您着急",
                                        "不用您自己去找商家，我们平台直接和他们沟通", "无需您再跑营业厅，线上就能办",
                                        "我刚才一直说那个，不好意思，我重新讲",
                                        /* filler17: one doubled filler is a slip, no 口头禅 (3.1: a habit) */
                                        "这个这个，您的套餐这个月已经变更了", "然后然后，您点一下确认",
                                        "你看哈，你看哈，先填这张表", "您可能记错了，我帮您再查一下",
                                        "您没记错，确实是三号", "抱歉，我把您的地址看错了", "请您不要乱点链接",
                                        "您千万别乱动电表", "您家孩子乱充值的话可以申请退款", "我们不会乱扣您的钱",
                                        "您看哈，我们有两个方案", "您是不是张先生？是不是尾号1234？是不是要挂失？", NULL };
    for (const char *const *r = fine; *r; r++) fires(*r, "");
}

/* Does any rule find an insult in s (not only the first hit)? */
static int any_insult(const char *s)
{
    uint32_t *t;
    size_t n = cs_normalize_marked(s, &t);
    unsigned char *starts = malloc(n + 1);
    cs_lexicon_segment(lx, t, n, starts);
    cs_words w;
    cs_tone_hit hits[8];
    size_t k = 0;
    if (cs_words_build(t, n, starts, &w) == 0) k = cs_tone_scan(&w, NULL, hits, 8);
    int insult = 0;
    for (size_t i = 0; i < k; i++) insult |= hits[i].insult;
    cs_words_free(&w);
    free(starts);
    free(t);
    return insult;
}

/* insults by register (the CH_REGISTER chain of grading/tone_rules.c RULES; 贵阳 §二(四)4.2, §二(三)6): each
 * structure found in wording of its own, and its innocent neighbour left alone. */
static void test_insult_registers(void)
{
    static const char *const insults[] = {
        "有种你再骂一句", "你有胆就过来当面说", "不服就来打一架", "我一定让你吃不了兜着走", "我保证叫你后悔",
        "试试就试试，看谁倒霉", "以后你休想再办任何手续", "我骂你八辈祖宗", "你还不如一头猪", "你连畜生都不如",
        "你真是丢人现眼", "你的良心被狗吃了", "你这人的为人太差劲了", "没人教过你怎么好好说话吗", "用用你的脑袋吧",
        "您的智商真让我大开眼界", "你们一家人都是无赖", "你最好给我当心点", "干，又是你",
        /* second batch */
        "你脑子比猪还笨", "还敢顶嘴，我找人收拾你", "你自己才是个骗子", "你这人真是不讲理",
        /* third batch */
        "您的智商也就小学水平", "当心我投诉你",
        /* fourth batch */
        "我马上让你账号封了，你信不信", "你再顶嘴，我保证你倒霉", "有种你别跑，我这就过去", "你们家里人没一个好东西",
        "你的家教都被狗吃了", NULL };
    static const char *const fine[] = {
        "有种说法是这样的，您听听看", "您真有本事，这么快就修好了", "如果您不服，可以申请复议", "有本事你去投诉",
        "我让您久等了，实在抱歉", "我们绝不会让您后悔选择我们", "您别想太多，先好好休息", "我没骂您家人，您误会了",
        "这价格连一杯奶茶都不如", "您别觉得丢人，很多人都遇到过", "您的心眼真好，还帮邻居问", "没人教过您怎么开通吗？我来教您",
        "我的脑子转不过来了，您再说一遍", "您的智商测试报告已经发到邮箱", "您一家人都可以办亲情号",
        "您最好小心点，路上结冰了", "请您小心保管", "干洗服务三天可以取件",
        /* second batch */
        "您家的网速比蜗牛还慢吧，我们帮您测一下", "我找人去您家帮您修", "您才是最重要的", "您这人真热心，谢谢您",
        "你有本事就别打了",
        /* third batch */
        "幼儿园的报名时间是下个月一号", "您孩子的智力发育很正常", "请小心我们的仿冒者",
        /* fourth batch */
        "您信不信都没关系，我们会查清楚", "有种你别挂", "我保证您满意", "您家里人都可以办理", "您的素质很高，谢谢您",
        "有本事你别走，我帮您转接", NULL };
    for (const char *const *r = insults; *r; r++) CHECK_MSG(any_insult(*r), "\"%s\": no insult found", *r);
    for (const char *const *r = fine; *r; r++) CHECK_MSG(!any_insult(*r), "\"%s\": insult found", *r);
}

/* Issue #11, helper fixtb's classes (grading/tone_rules.c, "helper fixtb's classes"): each rude shape
 * fires its rule and an innocent neighbour of the same words does not. Own sentences. */
static void test_fixtb_classes(void)
{
    static const struct { const char *rude, *rule, *innocent; } pairs[] = {
        /* next_time_care: care told to the caller for next time; not our promise, offer or request */
        { "以后您填地址认真点", "lecture", "以后我们填地址会认真核对" },
        { "下回您签字前看仔细", "lecture", "下回您签字前可以让我们再给您讲一遍" },
        /* leave_if_unhappy: displeasure answered with the door; not a recourse, not with our help */
        { "您嫌运费贵就别在我们这下单", "dismissive", "您嫌运费贵的话，我帮您看看有没有包邮券" },
        { "不愿意排队您去别的营业厅", "dismissive", "不愿意排队的话，我帮您预约明天的号" },
        /* how_could_i: the caller's omission thrown back as a question on our help */
        { "您没告诉我车牌号，我咋给您查", "rhetorical", "请问我怎么帮您查比较方便" },
        /* leave_for_rival: custom sent to a rival in a suggestion frame; not our own change of carrier */
        { "干脆您换一家保险公司算了", "dismissive", "我帮您换一家快递公司重新发货" },
        /* calls_counted: the caller's calls counted at them; not owned with an apology */
        { "您今天都打了六次了", "impatient", "您今天打了六次，实在抱歉让您这么折腾" },
        /* shrug_bei: 呗 closing a 就… */
        { "您把费交了就好了呗", "dismissive", "您把费交了就好了" },
    };
    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
        fires(pairs[i].rude, pairs[i].rule);
        fires(pairs[i].innocent, "");
    }
    /* think_and_hang_up and bureaucratic_refusal judge the whole reply */
    fires("您先冷静冷静，想清楚了再打，我挂了", "dismissive");
    fires("您慢慢考虑，想好了随时打给我们", "");
    fires("按公司制度，这笔手续费一律不退", "dismissive");
    fires("按公司制度这笔手续费不退，不过我可以帮您申请等额积分", "");
    fires("很抱歉，按规定这项业务需要本人到柜台办理", "");
}

/* Retaliation needs the caller's misbehaviour: a complaint the caller made, resolved by undoing a
 * charge, and the caller's good manners are no conduct to retaliate for (review10). */
static void test_withheld_needs_misconduct(void)
{
    CHECK(insults("你骂我是吧，那你的投诉我就不给你提交了"));
    CHECK(insults("你态度这么差，工单我给你撤了"));
    CHECK(insults("就冲你这态度，我不给你办"));
    CHECK(!insults("您投诉的那笔扣费，我们已经给您撤销了"));
    CHECK(!insults("您投诉的那笔钱我们已经退回到您账户了，请查收"));
    CHECK(!insults("您态度很好，我们这边马上给您撤销这笔订单"));
    CHECK(!insults("您反映的问题我们已经处理，多收的费用已经退回"));
}

/* A mock title closes what is said of the caller; one that goes on into a name (小天才电话手表, a
 * children's watch brand; 人才市场) names a thing (review10). */
static void test_mock_title_closes(void)
{
    CHECK(insults("您可真是个人才"));
    CHECK(insults("您可真是天才，这都能弄坏"));
    CHECK(insults("你真是个小机灵鬼啊"));
    CHECK(!insults("您是小天才电话手表的用户吧，我帮您查一下"));
    CHECK(!insults("您真是个人才市场的老会员了，谢谢支持"));
    CHECK(!insults("您是天才少年班的家长吗"));
}

/* 网上营业厅, 上网密码: an online service of the caller's is no place the caller is shown (review10). */
static void test_put_on_show_not_service(void)
{
    CHECK(insults("我把你的名字挂到网上去"));
    CHECK(insults("我把你电话号码发到网上让大家看看"));
    CHECK(!insults("我把您的上网密码重置了，您重新登录试试"));
    CHECK(!insults("我把您的宽带上网账号发到您手机上了"));
    CHECK(!insults("我已经把您的订单在网上营业厅里撤销了"));
}

/* 虎 / 憨 after a prohibition is a caution, not the caller called a fool (review10). */
static void test_dull_north_caution(void)
{
    CHECK(!insults("你别太虎了，注意安全"));
    CHECK(!insults("您可千万别那么虎，先报警"));
    CHECK(insults("你咋这么虎呢"));
    CHECK(insults("你这人咋这么虎"));
}

/* 你这人 with praise cut by the segmenter (您/这/人/真/好): warmth, not the scorn 你这人 carries;
 * 真好笑 / 真好意思 / 真好骗 are other words and stay scorn. */
static void test_person_praised_cut(void)
{
    CHECK(!insults("您这人真好"));
    CHECK(!insults("您这人真好说话"));
    CHECK(!insults("你这人真不错"));
    CHECK(!insults("大哥您这人挺好的啊"));
    CHECK(insults("你这人真好笑"));
    CHECK(insults("你这人真好骗"));
    CHECK(insults("你这人真蠢"));
}

/* helper left10: a promise or denial clears 报复客户 / 曝光 only in the clauses of the threat itself
 * (放心吧 after 我不给你办 takes nothing back); praise shared (好评, 锦旗) is nothing shown against the
 * caller; withdrawing the caller's order (撤了工单, 取消, 注销) in return for conduct is retaliation. */
static void test_threat_guard_scoped(void)
{
    CHECK(insults("就冲你这态度，我不给你办，放心吧"));
    CHECK(insults("你再闹，这单我就给你压着，你放心好了"));
    CHECK(insults("你再骂我，我就不给你报了，你放心，说到做到"));
    CHECK(!insults("您骂我没关系，我不会因为这个不给您办，放心"));
    CHECK(!insults("您放心，投诉不会影响您的退款"));
    CHECK(!insults("就算您再闹，我们也不会把您的单子压着"));
}

static void test_put_on_show_guard_scoped(void)
{
    CHECK(insults("我把你的名字挂到网上去，不会给你留面子"));
    CHECK(insults("我把你电话发到网上让大家看看，我不会删的"));
    CHECK(!insults("我把您的好评晒到朋友圈了，谢谢您"));
    CHECK(!insults("我把您的五星好评发到我们公众号上了，谢谢您"));
    CHECK(!insults("我们把您的锦旗照片发到朋友圈了，大家都说谢谢您"));
    CHECK(!insults("我不会把您的信息公开，请放心"));
}

static void test_withheld_order_undone(void)
{
    CHECK(insults("你再投诉，我就把你的工单撤了"));
    CHECK(insults("你再骂我，我就把你的订单取消了"));
    CHECK(insults("你再嚷嚷，我就把你的预约取消了"));
    CHECK(insults("你再凶我，我把你的申请注销了"));
    CHECK(!insults("您投诉的订单我们已经给您取消了"));
    CHECK(!insults("您要取消订单的话，我这边帮您撤单"));
}

/* The eleventh round's classes (grading/tone_guise.c; own sentences in tests/data/tone_more/fixtb11.tsv):
 * each fault fires on its class and its innocent look-alike stays silent. */
static void test_fixtb11_classes(void)
{
    static const struct { const char *rude, *rule, *innocent; } pairs[] = {
        /* repeat_futile: calling or pressing declared useless, not the caller spared a call */
        { "提醒您一下，反复来电也不会加快审核", "dismissive", "您不用反复来电，审核结果会短信通知您" },
        { "催了也白催，排到了自然给您办", "dismissive", "您放心，这单我帮您催一下，今天下午给您回电" },
        /* rest_waved: the rest of what the caller says waved away; not 其他的不用担心 */
        { "请只报保单号，其余的就不用说了", "dismissive", "请报一下保单号，其他的不用担心，我们来处理" },
        /* off_duty: our shift before the caller; not a handover with a promise */
        { "我们五点就下班了，您明天再找吧", "dismissive", "我快下班了，已经交代同事，明天上午她会给您回电" },
        /* cause_blamed: the caller's failing as the cause; not a fact, not a guess at the line */
        { "没扣上款是因为你自己没及时存钱", "blame", "没扣上款是因为银行系统升级，我帮您重新发起" },
        { "资料被退回，原因在您上传的照片太模糊还不规范", "blame", "可能是因为您那边信号不好，我大声一点" },
        /* made_us_toil: our wasted effort laid on the caller */
        { "您把姓名写反了，害得我们又核了一遍", "blame", "不好意思，害您多等了一会儿" },
        /* bad_faith: fraud or bad faith alleged; not a fraud warning, nor the suspicion denied */
        { "您这个理赔明显是想骗取保险金", "blame", "请您警惕冒充客服骗取保险金的电话" },
        { "你是不是专门来薅优惠券的", "blame", "这张优惠券人人都能领，不算占便宜" },
        /* handling_theirs: whether it is handled declared someone else's business */
        { "修不修是物业公司的事，我们只登记", "dismissive", "修不修都没关系，我先帮您登记，物业明天联系您" },
        /* say_not_count: the caller's word declared worthless */
        { "你讲的那些都不算数，系统说了算", "dismissive", "您讲的情况我记下了，我帮您跟系统记录核对" },
        /* laugh_at: the caller laughed at; not warmth */
        { "您可真逗，这种也想退", "sarcasm", "哈哈，谢谢您，您太客气了" },
    };
    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
        fires(pairs[i].rude, pairs[i].rule);
        fires(pairs[i].innocent, "");
    }
    /* tell_employer: a debtor threatened with their employer or family is a threat (fails the call);
     * advice to ask the family is not */
    CHECK(insults("下周还不上的话，我们就直接联系您公司领导"));
    CHECK(!insults("要是您不方便来办，可以请家人带证件代办"));
    fires("要是您不方便来办，可以请家人带证件代办", "");
    /* polite_referral: sent elsewhere as a brush-off with nothing else; not an off-topic call answered,
     * not a referral with a number, a transfer or our follow-up, not a question */
    fires("这个嘛，建议您问问物业公司哦", "dismissive");
    fires("您还是自己去找售后吧", "dismissive");
    fires("房价的问题可以咨询住建部门", "");
    fires("这个建议您联系物业哦，物业电话是88765432", "");
    fires("您联系过物业公司了吗？", "");
    fires("建议您联系物业哦，我也帮您登记一下", "");
}

TEST_MAIN(
    char err[512];
    lx = cs_lexicon_load(CS_JIEBA_DICT, err, sizeof err);
    CHECK_MSG(lx != NULL, "%s", err);
    if (lx) {
        RUN(test_words_view);
        RUN(test_rhetorical);
        RUN(test_blame_dismissal);
        RUN(test_impatience_sarcasm);
        RUN(test_belittle_is_insult);
        RUN(test_threat_is_insult);
        RUN(test_belittle_aimed);
        RUN(test_own_sentences);
        RUN(test_rude_tails);
        RUN(test_taboo_classes);
        RUN(test_still_missed);
        RUN(test_other_writers);
        RUN(test_one_frame_named_once);
        RUN(test_seen_classes);
        RUN(test_probe2_classes);
        RUN(test_seen4_classes);
        RUN(test_voices_classes);
        RUN(test_insult_registers);
        RUN(test_blame3_classes);
        RUN(test_fixtb_classes);
        RUN(test_fixtb9_classes);
        RUN(test_fixtb9_lookalikes);
        RUN(test_withheld_needs_misconduct);
        RUN(test_mock_title_closes);
        RUN(test_put_on_show_not_service);
        RUN(test_dull_north_caution);
        RUN(test_person_praised_cut);
        RUN(test_threat_guard_scoped);
        RUN(test_put_on_show_guard_scoped);
        RUN(test_withheld_order_undone);
        RUN(test_fixtb11_classes);
    }
    cs_lexicon_free(lx);
)
