/* Unit tests of traditional → simplified conversion through OpenCC (grading/han_convert.c). */
#include "harness.h"
#include "han_convert.h"

#include <stdlib.h>

static void check_t2s(const cs_hanconv *hc, const char *in, const char *want)
{
    char *got = cs_hanconv_t2s(hc, in);
    CHECK_STR(got, want);
    free(got);
}

TEST_MAIN(
    char err[512];
    cs_hanconv *hc = cs_hanconv_open(err, sizeof err);
    CHECK_MSG(hc != NULL, "%s", err);
    if (hc) {
        harness_current = "t2s";
        check_t2s(hc, "您好，我是客服小陳，請問有什麼可以幫您", "您好，我是客服小陈，请问有什么可以帮您");
        check_t2s(hc, "感謝您的來電，再見！", "感谢您的来电，再见！");
        check_t2s(hc, "已经是简体", "已经是简体");
        check_t2s(hc, "ASCII only 123", "ASCII only 123");
        check_t2s(hc, "", "");
        /* written Cantonese is read as Mandarin (grading/cantonese.c), its polite 你 as 您 */
        harness_current = "cantonese";
        check_t2s(hc, "唔好意思，聽唔到你把聲", "不好意思，听不到您把声");
        check_t2s(hc, "我係客服，頭先係咪你打嚟？", "我是客服，刚才是不是您打来？");
        check_t2s(hc, "對唔住，等咗好耐啦", "对不住，等了好久啦");
        check_t2s(hc, "唔該你唔好收線，我幫你轉駁", "麻烦您不要挂线，我帮您转接");
        check_t2s(hc, "我哋會即刻覆你", "我们会即刻回复您");
        /* 同 before a person is 跟; 同意 and 同事 keep it */
        check_t2s(hc, "唔好同我講道理", "不要跟我讲道理");
        check_t2s(hc, "唔該，我同你核對地址", "麻烦，我跟您核对地址");
        check_t2s(hc, "我同事會同意嘅", "我同事会同意的");
        /* Mandarin stays Mandarin: 沒關係 (係 inside 關係), 唔 alone as a hesitation sound, 你 */
        check_t2s(hc, "沒關係，你稍等", "没关系，你稍等");
        check_t2s(hc, "唔，你稍等", "唔，你稍等");
        check_t2s(hc, "唔……好的，唔該晒", "唔……好的，多谢");
        harness_current = "bad bytes";
        check_t2s(hc, "請\xFF問", "请\xEF\xBF\xBD问");    /* a bad byte becomes U+FFFD first */
        char *n = cs_hanconv_t2s(hc, NULL);
        CHECK_STR(n, "");
        free(n);
    }
    harness_current = "no converter";
    char *same = cs_hanconv_t2s(NULL, "請問");
    CHECK_STR(same, "請問");
    free(same);
    cs_hanconv_close(hc);
    cs_hanconv_close(NULL);
)
