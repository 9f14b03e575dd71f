/* PebbleCode's function-mode driver for C (docs/function-mode.md), rendered for one signature.
 * It calls the learner's function once per case with the case's arguments and writes one JSON
 * line per case to the results file. Expected values never enter the box. */
#include <ctype.h>
#include <limits.h>
#include <math.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

struct ListNode {
    int val;
    struct ListNode *next;
};

struct TreeNode {
    int val;
    struct TreeNode *left;
    struct TreeNode *right;
};

/* ---- JSON in: the cases' arguments ---- */
enum { PB_NULL, PB_BOOL, PB_INT, PB_DOUBLE, PB_STRING, PB_ARRAY };
typedef struct PbJson {
    int kind;
    long long i;
    double d;
    char *s;
    int n;
    struct PbJson *a;
} PbJson;

static const char *pb_p;

static void pb_space(void) { while (*pb_p && isspace((unsigned char)*pb_p)) pb_p++; }

static void pb_push(PbJson *j, PbJson v, int *cap) {
    if (j->n == *cap) {
        *cap = *cap ? *cap * 2 : 4;
        j->a = realloc(j->a, sizeof(PbJson) * (size_t)*cap);
    }
    j->a[j->n++] = v;
}

static void pb_utf8(char **out, unsigned code) {
    char *o = *out;
    if (code < 0x80) *o++ = (char)code;
    else if (code < 0x800) { *o++ = (char)(0xC0 | (code >> 6)); *o++ = (char)(0x80 | (code & 0x3F)); }
    else { *o++ = (char)(0xE0 | (code >> 12)); *o++ = (char)(0x80 | ((code >> 6) & 0x3F)); *o++ = (char)(0x80 | (code & 0x3F)); }
    *out = o;
}

static PbJson pb_value(void) {
    PbJson j = {0};
    pb_space();
    char c = *pb_p;
    if (c == '[') {
        int cap = 0;
        j.kind = PB_ARRAY;
        pb_p++;
        pb_space();
        if (*pb_p == ']') { pb_p++; return j; }
        for (;;) {
            pb_push(&j, pb_value(), &cap);
            pb_space();
            if (*pb_p++ == ',') continue;
            return j; /* ']' */
        }
    }
    if (c == '{') { /* {"args": [...]}: the one object the cases use */
        pb_p++;
        for (;;) {
            pb_space();
            if (*pb_p == '}') { pb_p++; return j; }
            PbJson key = pb_value();
            pb_space();
            pb_p++; /* ':' */
            PbJson v = pb_value();
            if (key.s && strcmp(key.s, "args") == 0) j = v;
            pb_space();
            if (*pb_p == ',') pb_p++;
        }
    }
    if (c == '"') {
        const char *end = ++pb_p;
        while (*end && *end != '"') end += (*end == '\\') ? 2 : 1;
        char *o = j.s = malloc((size_t)(end - pb_p) * 3 + 1);
        j.kind = PB_STRING;
        while (*pb_p != '"') {
            if (*pb_p != '\\') { *o++ = *pb_p++; continue; }
            char e = pb_p[1];
            pb_p += 2;
            if (e == 'n') *o++ = '\n';
            else if (e == 't') *o++ = '\t';
            else if (e == 'r') *o++ = '\r';
            else if (e == 'b') *o++ = '\b';
            else if (e == 'f') *o++ = '\f';
            else if (e == 'u') {
                char hex[5] = {0};
                memcpy(hex, pb_p, 4);
                pb_p += 4;
                pb_utf8(&o, (unsigned)strtoul(hex, NULL, 16));
            } else *o++ = e;
        }
        *o = 0;
        j.n = (int)(o - j.s);
        pb_p++;
        return j;
    }
    if (strncmp(pb_p, "null", 4) == 0) { pb_p += 4; return j; }
    if (strncmp(pb_p, "true", 4) == 0) { pb_p += 4; j.kind = PB_BOOL; j.i = 1; return j; }
    if (strncmp(pb_p, "false", 5) == 0) { pb_p += 5; j.kind = PB_BOOL; return j; }
    const char *start = pb_p;
    int real = 0;
    while (*pb_p && (isdigit((unsigned char)*pb_p) || strchr("+-.eE", *pb_p))) real |= strchr(".eE", *pb_p++) != NULL;
    if (real) { j.kind = PB_DOUBLE; j.d = strtod(start, NULL); }
    else { j.kind = PB_INT; j.i = strtoll(start, NULL, 10); j.d = (double)j.i; }
    return j;
}

static int pb_int(const PbJson *j) { return (int)j->i; }
static long long pb_long(const PbJson *j) { return j->i; }
static double pb_double(const PbJson *j) { return j->kind == PB_INT ? (double)j->i : j->d; }
static bool pb_bool(const PbJson *j) { return j->i != 0; }
static char *pb_string(const PbJson *j) { return j->s ? j->s : calloc(1, 1); }
static char pb_char(const PbJson *j) { return j->s ? j->s[0] : 0; }

static struct ListNode *pb_ListNode(const PbJson *j) {
    struct ListNode *head = NULL;
    for (int k = j->n; k-- > 0;) {
        struct ListNode *node = malloc(sizeof *node);
        node->val = (int)j->a[k].i;
        node->next = head;
        head = node;
    }
    return head;
}

static struct TreeNode *pb_TreeNode(const PbJson *j) {
    if (j->n == 0 || j->a[0].kind == PB_NULL) return NULL;
    struct TreeNode **nodes = calloc((size_t)j->n, sizeof *nodes);
    for (int k = 0; k < j->n; k++) {
        if (j->a[k].kind == PB_NULL) continue;
        nodes[k] = calloc(1, sizeof **nodes);
        nodes[k]->val = (int)j->a[k].i;
    }
    int next = 1;
    for (int k = 0; k < j->n; k++) {
        if (!nodes[k]) continue;
        nodes[k]->left = next < j->n ? nodes[next] : NULL;
        next++;
        nodes[k]->right = next < j->n ? nodes[next] : NULL;
        next++;
    }
    struct TreeNode *root = nodes[0];
    free(nodes);
    return root;
}

/* Arrays come with their sizes, as LeetCode's C functions take them. */
#define PB_ARRAYS(T, NAME)                                                              \
    static T *pb_##NAME##_array(const PbJson *j, int *size) {                           \
        T *v = malloc(sizeof(T) * (size_t)(j->n + 1));                                  \
        for (int k = 0; k < j->n; k++) v[k] = pb_##NAME(&j->a[k]);                      \
        *size = j->n;                                                                   \
        return v;                                                                       \
    }                                                                                   \
    static T **pb_##NAME##_array2(const PbJson *j, int *size, int **columns) {          \
        T **v = malloc(sizeof(T *) * (size_t)(j->n + 1));                               \
        *columns = malloc(sizeof(int) * (size_t)(j->n + 1));                            \
        for (int k = 0; k < j->n; k++) v[k] = pb_##NAME##_array(&j->a[k], &(*columns)[k]); \
        *size = j->n;                                                                   \
        return v;                                                                       \
    }
PB_ARRAYS(int, int)
PB_ARRAYS(long long, long)
PB_ARRAYS(double, double)
PB_ARRAYS(bool, bool)
PB_ARRAYS(char *, string)

/* A char[] is a string of its own length (LeetCode: `char* s, int sSize`); char[][] rows likewise. */
static char *pb_char_array(const PbJson *j, int *size) {
    char *v = calloc((size_t)j->n + 1, 1);
    for (int k = 0; k < j->n; k++) v[k] = pb_char(&j->a[k]);
    *size = j->n;
    return v;
}
static char **pb_char_array2(const PbJson *j, int *size, int **columns) {
    char **v = malloc(sizeof(char *) * (size_t)(j->n + 1));
    *columns = malloc(sizeof(int) * (size_t)(j->n + 1));
    for (int k = 0; k < j->n; k++) v[k] = pb_char_array(&j->a[k], &(*columns)[k]);
    *size = j->n;
    return v;
}

/* ---- JSON out: one result ---- */
typedef struct { char *s; size_t n, cap; } PbOut;

static void pb_raw(PbOut *o, const char *s, size_t n) {
    if (o->n + n + 1 > o->cap) {
        o->cap = (o->n + n + 1) * 2;
        o->s = realloc(o->s, o->cap);
    }
    memcpy(o->s + o->n, s, n);
    o->n += n;
    o->s[o->n] = 0;
}
static void pb_text(PbOut *o, const char *s) { pb_raw(o, s, strlen(s)); }

static void pb_put_int(PbOut *o, int v) { char b[16]; pb_raw(o, b, (size_t)snprintf(b, sizeof b, "%d", v)); }
static void pb_put_long(PbOut *o, long long v) { char b[24]; pb_raw(o, b, (size_t)snprintf(b, sizeof b, "%lld", v)); }
static void pb_put_double(PbOut *o, double v) {
    char b[32];
    if (!isfinite(v)) { pb_text(o, "null"); return; }
    pb_raw(o, b, (size_t)snprintf(b, sizeof b, "%.17g", v));
}
static void pb_put_bool(PbOut *o, bool v) { pb_text(o, v ? "true" : "false"); }
static void pb_quote(PbOut *o, const char *s, size_t n) {
    pb_text(o, "\"");
    for (size_t k = 0; k < n; k++) {
        unsigned char c = (unsigned char)s[k];
        char b[8];
        if (c == '"' || c == '\\') { b[0] = '\\'; b[1] = (char)c; pb_raw(o, b, 2); }
        else if (c == '\n') pb_text(o, "\\n");
        else if (c < 0x20) pb_raw(o, b, (size_t)snprintf(b, sizeof b, "\\u%04x", c));
        else pb_raw(o, (const char *)&c, 1);
    }
    pb_text(o, "\"");
}
static void pb_put_string(PbOut *o, const char *v) {
    if (!v) { pb_text(o, "null"); return; }
    pb_quote(o, v, strlen(v));
}
static void pb_put_char(PbOut *o, char v) { pb_quote(o, &v, v ? 1 : 0); }

static void pb_put_ListNode(PbOut *o, struct ListNode *n) {
    pb_text(o, "[");
    for (long k = 0; n; n = n->next, k++) {
        if (k > 1000000) { fprintf(stderr, "the returned list has a cycle\n"); exit(1); }
        if (k) pb_text(o, ",");
        pb_put_int(o, n->val);
    }
    pb_text(o, "]");
}

static void pb_put_TreeNode(PbOut *o, struct TreeNode *root) {
    size_t cap = 1024, head = 0, tail = 0, emitted = 0, kept = 0;
    struct TreeNode **queue = malloc(sizeof *queue * cap);
    PbOut level = {0};
    size_t *ends = malloc(sizeof *ends * cap); /* where each entry ends, to drop trailing nulls */
    queue[tail++] = root;
    pb_text(&level, "[");
    while (head < tail) {
        struct TreeNode *n = queue[head++];
        if (tail + 2 >= cap) {
            if (cap > 4000000) { fprintf(stderr, "the returned tree is too large or has a cycle\n"); exit(1); }
            cap *= 2;
            queue = realloc(queue, sizeof *queue * cap);
            ends = realloc(ends, sizeof *ends * cap);
        }
        if (emitted) pb_text(&level, ",");
        if (n) {
            pb_put_int(&level, n->val);
            queue[tail++] = n->left;
            queue[tail++] = n->right;
        } else {
            pb_text(&level, "null");
        }
        ends[emitted++] = level.n;
        if (n) kept = emitted;
    }
    pb_raw(o, level.s, kept ? ends[kept - 1] : 1); /* "[" and the entries up to the last node */
    pb_text(o, "]");
    free(queue);
    free(ends);
    free(level.s);
}

static void pb_check(const void *v, int size) {
    if (!v && size > 0) { fprintf(stderr, "the function returned NULL with a size of %d\n", size); exit(1); }
}

#define PB_PUT_ARRAYS(T, NAME)                                                          \
    static void pb_put_##NAME##_array(PbOut *o, T *v, int size) {                       \
        pb_check(v, size);                                                              \
        pb_text(o, "[");                                                                \
        for (int k = 0; k < size; k++) {                                                \
            if (k) pb_text(o, ",");                                                     \
            pb_put_##NAME(o, v[k]);                                                     \
        }                                                                               \
        pb_text(o, "]");                                                                \
    }                                                                                   \
    static void pb_put_##NAME##_array2(PbOut *o, T **v, int size, int *columns) {       \
        pb_check(v, size);                                                              \
        pb_check(columns, size);                                                        \
        pb_text(o, "[");                                                                \
        for (int k = 0; k < size; k++) {                                                \
            if (k) pb_text(o, ",");                                                     \
            pb_put_##NAME##_array(o, v[k], columns[k]);                                 \
        }                                                                               \
        pb_text(o, "]");                                                                \
    }
PB_PUT_ARRAYS(int, int)
PB_PUT_ARRAYS(long long, long)
PB_PUT_ARRAYS(double, double)
PB_PUT_ARRAYS(bool, bool)
PB_PUT_ARRAYS(char *, string)
PB_PUT_ARRAYS(char, char)

#include "solution.c"

int main(void) {
    FILE *results = fopen(".pebble-results", "w");
    FILE *in = fopen("cases.json", "rb");
    if (!results || !in) return 2;
    fseek(in, 0, SEEK_END);
    long length = ftell(in);
    rewind(in);
    char *text = malloc((size_t)length + 1);
    text[fread(text, 1, (size_t)length, in)] = 0;
    fclose(in);
    remove("cases.json");
    pb_p = text;
    PbJson cases = pb_value();
    for (int index = 0; index < cases.n; index++) {
        PbJson *args = cases.a[index].a;
        PbOut out = {0};
        (void)args;
        clock_t start = clock();
{{c_call}}
        double ms = 1000.0 * (double)(clock() - start) / CLOCKS_PER_SEC;
        fprintf(results, "{\"case\":%d,\"result\":%s,\"ms\":%.3f}\n", index, out.s ? out.s : "null", ms);
        fflush(results);
        free(out.s);
    }
    fflush(stdout);
    return 0;
}
