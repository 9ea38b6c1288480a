/* Reply editing. The caret always sits on a UTF-8 boundary; every move steps whole characters. */
#include "reply_box.h"

#include <string.h>

#include "text_wrap.h"

void reply_clear(reply_box *b)
{
    b->text[0] = 0;
    b->len = b->caret = 0;
    b->composition[0] = 0;
    b->first_key_ms = -1;
}

size_t reply_chars(const reply_box *b)
{
    return utf8_count(b->text, b->len);
}

int reply_empty(const reply_box *b)
{
    return b->len == 0 && b->composition[0] == 0;
}

static void mark_typing(reply_box *b, int64_t now_ms)
{
    if (b->first_key_ms < 0) b->first_key_ms = now_ms;
}

size_t reply_insert(reply_box *b, const char *s, int64_t now_ms)
{
    size_t added = 0, have = reply_chars(b);
    while (*s && have + added < REPLY_MAX_CHARS) {
        size_t k = utf8_char_len(s), put = k;
        const char *src = s;
        if ((unsigned char)s[0] < 0x20) {  /* newline, tab: a reply is one line */
            src = " ";
            put = 1;
        }
        if (b->len + put >= sizeof b->text) break;
        memmove(b->text + b->caret + put, b->text + b->caret, b->len - b->caret + 1);
        memcpy(b->text + b->caret, src, put);
        b->len += put;
        b->caret += put;
        s += k;
        added++;
    }
    if (added) mark_typing(b, now_ms);
    return added;
}

static size_t prev_boundary(const reply_box *b, size_t i)
{
    if (i == 0) return 0;
    i--;
    while (i > 0 && ((unsigned char)b->text[i] & 0xC0) == 0x80) i--;
    return i;
}

void reply_backspace(reply_box *b)
{
    size_t p = prev_boundary(b, b->caret);
    memmove(b->text + p, b->text + b->caret, b->len - b->caret + 1);
    b->len -= b->caret - p;
    b->caret = p;
}

void reply_delete(reply_box *b)
{
    if (b->caret >= b->len) return;
    size_t k = utf8_char_len(b->text + b->caret);
    memmove(b->text + b->caret, b->text + b->caret + k, b->len - b->caret - k + 1);
    b->len -= k;
}

void reply_left(reply_box *b) { b->caret = prev_boundary(b, b->caret); }
void reply_right(reply_box *b) { if (b->caret < b->len) b->caret += utf8_char_len(b->text + b->caret); }
void reply_home(reply_box *b) { b->caret = 0; }
void reply_end(reply_box *b) { b->caret = b->len; }

void reply_set_composition(reply_box *b, const char *s, int64_t now_ms)
{
    size_t n = strlen(s);
    if (n >= sizeof b->composition) n = sizeof b->composition - 1;
    while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80) n--;  /* do not cut a character */
    memcpy(b->composition, s, n);
    b->composition[n] = 0;
    if (n) mark_typing(b, now_ms);  /* pinyin typed into the IME is typing too */
}

void reply_trimmed(const reply_box *b, char *out, size_t len)
{
    size_t s = 0, e = b->len;
    while (s < e && b->text[s] == ' ') s++;
    while (e > s && b->text[e - 1] == ' ') e--;
    size_t n = e - s < len - 1 ? e - s : len - 1;
    memcpy(out, b->text + s, n);
    out[n] = 0;
}
