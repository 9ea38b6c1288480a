/* `callsim voices`: lists the espeak-ng voices callsim speaks with and checks, through the same
 * library calls the window uses, that each one really synthesises a sample line. Nothing is played:
 * the PCM is only counted, so it works on a machine with no sound card and no display. */
#include <stdio.h>
#include <string.h>

#include "commands.h"
#include "espeak_synth.h"

static const char usage[] =
    "usage: callsim voices\n"
    "  Lists the voices callsim uses (Mandarin cmn-latn-pinyin, Cantonese yue, English en-us) and\n"
    "  checks that espeak-ng speaks each one. Exit: 0 all present, 1 some missing, 2 bad usage.\n";

typedef struct {
    const char *name, *language, *sample;
} voice_row;

static const voice_row rows[] = {
    { "cmn-latn-pinyin", "Mandarin 普通话", "您好，请问有什么可以帮您" },
    { "yue", "Cantonese 粤语", "你好，我想问下" },
    { "en-us", "English", "Hello, I have a question" },
};

static int count_pcm(void *ud, const int16_t *pcm, size_t n)
{
    size_t *total = ud;
    for (size_t i = 0; i < n; i++) *total += pcm[i] != 0;
    return 0;
}

/* Seconds of non-silent speech synthesised for the row's sample, or -1 when the voice is missing. */
static double check_voice(const voice_row *r, int rate)
{
    es_params p;
    es_params_default(&p);
    snprintf(p.voice, sizeof p.voice, "%s", r->name);
    size_t samples = 0;
    if (es_speak(&p, r->sample, count_pcm, &samples) != 0) return -1;
    return samples ? (double)samples / rate : -1;
}

int cmd_voices(int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) { fputs(usage, stdout); return 0; }
        fprintf(stderr, "callsim voices: unexpected argument '%s' (see --help)\n", argv[i]);
        return 2;
    }
    char err[256];
    int rate = es_init(err, sizeof err);
    if (rate <= 0) {
        for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++)
            printf("%-16s missing  %s\n", rows[i].name, rows[i].language);
        printf("%s\n", err);
        return 1;
    }
    int missing = 0;
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        double s = check_voice(&rows[i], rate);
        if (s < 0) {
            missing++;
            printf("%-16s missing  %s: install espeak-ng-data (sudo apt-get install espeak-ng-data)\n",
                   rows[i].name, rows[i].language);
        } else {
            printf("%-16s OK       %s (%.1f s of speech for \"%s\")\n", rows[i].name, rows[i].language, s,
                   rows[i].sample);
        }
    }
    if (missing) printf("%d of %zu voices missing\n", missing, sizeof rows / sizeof rows[0]);
    return missing ? 1 : 0;
}
