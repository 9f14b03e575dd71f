/*
 * Frame codec for the daemon <-> box-init channel (a SOCK_STREAM unix socketpair).
 * Shared by the C helper and, through Swift, by the sandbox layer, so both ends read one format.
 */
#define _GNU_SOURCE
#include "pebble_box_protocol.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

void pb_buf_free(pb_buf *b) {
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

static int reserve(pb_buf *b, size_t extra) {
    if (b->len + extra <= b->cap) return 0;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->len + extra) cap *= 2;
    uint8_t *data = realloc(b->data, cap);
    if (!data) return -ENOMEM;
    b->data = data;
    b->cap = cap;
    return 0;
}

int pb_put(pb_buf *b, uint16_t tag, const void *value, uint32_t len) {
    if (reserve(b, 6 + (size_t)len) < 0) return -ENOMEM;
    memcpy(b->data + b->len, &tag, 2);
    memcpy(b->data + b->len + 2, &len, 4);
    if (len) memcpy(b->data + b->len + 6, value, len);
    b->len += 6 + (size_t)len;
    return 0;
}

int pb_put_u64(pb_buf *b, uint16_t tag, uint64_t value) { return pb_put(b, tag, &value, 8); }

int pb_put_str(pb_buf *b, uint16_t tag, const char *value) {
    return pb_put(b, tag, value, (uint32_t)strlen(value));
}

int pb_next(const uint8_t *body, size_t len, size_t *offset, pb_field *field) {
    if (*offset == len) return 0;
    if (len - *offset < 6) return -1;
    uint32_t flen;
    memcpy(&field->tag, body + *offset, 2);
    memcpy(&flen, body + *offset + 2, 4);
    if (len - *offset - 6 < flen) return -1;
    field->len = flen;
    field->value = body + *offset + 6;
    *offset += 6 + (size_t)flen;
    return 1;
}

uint64_t pb_u64(const pb_field *field) {
    uint64_t v = 0;
    if (field->len == 8) memcpy(&v, field->value, 8);
    return v;
}

static int write_all(int sock, const uint8_t *p, size_t n) {
    while (n > 0) {
        ssize_t w = send(sock, p, n, MSG_NOSIGNAL);
        if (w < 0) {
            if (errno == EINTR) continue;
            return -errno;
        }
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

int pb_send(int sock, uint16_t type, const uint8_t *body, size_t len, const int *fds, int nfds) {
    if (len > PB_MAX_FRAME || nfds > PB_MAX_FDS) return -EMSGSIZE;
    uint8_t head[6];
    uint32_t l = (uint32_t)len;
    memcpy(head, &l, 4);
    memcpy(head + 4, &type, 2);
    /* The header goes out with sendmsg so the fds ride on its first byte. */
    union {
        char buf[CMSG_SPACE(sizeof(int) * PB_MAX_FDS)];
        struct cmsghdr align;
    } control;
    struct iovec iov = {.iov_base = head, .iov_len = sizeof head};
    struct msghdr msg = {.msg_iov = &iov, .msg_iovlen = 1};
    if (nfds > 0) {
        memset(&control, 0, sizeof control);
        msg.msg_control = control.buf;
        msg.msg_controllen = CMSG_SPACE(sizeof(int) * (size_t)nfds);
        struct cmsghdr *c = CMSG_FIRSTHDR(&msg);
        c->cmsg_level = SOL_SOCKET;
        c->cmsg_type = SCM_RIGHTS;
        c->cmsg_len = CMSG_LEN(sizeof(int) * (size_t)nfds);
        memcpy(CMSG_DATA(c), fds, sizeof(int) * (size_t)nfds);
    }
    ssize_t w;
    do {
        w = sendmsg(sock, &msg, MSG_NOSIGNAL);
    } while (w < 0 && errno == EINTR);
    if (w < 0) return -errno;
    if ((size_t)w < sizeof head) {
        int r = write_all(sock, head + w, sizeof head - (size_t)w);
        if (r < 0) return r;
    }
    return write_all(sock, body, len);
}

static int read_all(int sock, uint8_t *p, size_t n) {
    while (n > 0) {
        ssize_t r = recv(sock, p, n, 0);
        if (r < 0) {
            if (errno == EINTR) continue;
            return -errno;
        }
        if (r == 0) return -EPIPE;
        p += r;
        n -= (size_t)r;
    }
    return 0;
}

int pb_recv(int sock, uint16_t *type, uint8_t **body, size_t *len, int *fds, int *nfds) {
    uint8_t head[6];
    union {
        char buf[CMSG_SPACE(sizeof(int) * PB_MAX_FDS)];
        struct cmsghdr align;
    } control;
    struct iovec iov = {.iov_base = head, .iov_len = sizeof head};
    struct msghdr msg = {.msg_iov = &iov, .msg_iovlen = 1, .msg_control = control.buf,
                         .msg_controllen = sizeof control.buf};
    ssize_t r;
    do {
        r = recvmsg(sock, &msg, MSG_CMSG_CLOEXEC);
    } while (r < 0 && errno == EINTR);
    if (r < 0) return -errno;
    if (r == 0) return -EPIPE;
    *nfds = 0;
    for (struct cmsghdr *c = CMSG_FIRSTHDR(&msg); c; c = CMSG_NXTHDR(&msg, c)) {
        if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_RIGHTS) {
            int n = (int)((c->cmsg_len - CMSG_LEN(0)) / sizeof(int));
            memcpy(fds + *nfds, CMSG_DATA(c), sizeof(int) * (size_t)n);
            *nfds += n;
        }
    }
    if ((size_t)r < sizeof head) {
        int e = read_all(sock, head + r, sizeof head - (size_t)r);
        if (e < 0) return e;
    }
    uint32_t l;
    memcpy(&l, head, 4);
    memcpy(type, head + 4, 2);
    if (l > PB_MAX_FRAME) return -EMSGSIZE;
    *body = malloc(l ? l : 1);
    if (!*body) return -ENOMEM;
    *len = l;
    int e = read_all(sock, *body, l);
    if (e < 0) {
        free(*body);
        *body = NULL;
        return e;
    }
    return 0;
}
