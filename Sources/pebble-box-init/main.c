/*
 * pebble-box-init: the init process of one box.
 *
 * The daemon starts this once per box (posix_spawn) with the box's socket on fd 3. It clones a
 * child into fresh pid, mount, net, ipc, uts and cgroup namespaces (plus user, rootless), which
 * becomes pid 1 of the box: it builds the box's root (box_fs.c), then serves runs (run.c) until
 * the daemon closes the socket. Being pid 1 means every process of a run is our descendant or
 * orphan: we reap them, see their true wait status, and can end all of them at once.
 * The outer process exits as soon as pid 1 is started (an idle box should hold as little memory
 * as possible); the daemon is a child subreaper, so pid 1 becomes its child and it reaps it.
 *
 * Single-threaded by design: fork() from here is safe, and each run is one fork.
 */
#define _GNU_SOURCE
#include "box_init.h"
#include "pebble_box_protocol.h"

#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static void usage(void) {
    fprintf(stderr,
            "usage: pebble-box-init --uid N --gid N --root DIR [--box-kb N] [--tmp-kb N] [--shm-kb N]\n"
            "       [--bind SRC[:DST]]... [--cgroup-fd N]... [--cpu-fd N [--cpu-key K] --cpu-scale NS]\n"
            "       [--rootless]   (started by pebble's sandbox layer with its socket on fd 3)\n");
    exit(2);
}

static unsigned long number(const char *s) {
    char *end;
    errno = 0;
    unsigned long v = strtoul(s, &end, 10);
    if (errno || *end || end == s) usage();
    return v;
}

static void parse(int argc, char **argv, struct box_config *cfg) {
    memset(cfg, 0, sizeof *cfg);
    cfg->cpu_fd = -1;
    cfg->sock = 3;
    cfg->box_kb = 64 * 1024;
    cfg->tmp_kb = 64 * 1024;
    cfg->shm_kb = 16 * 1024;
    cfg->cpu_ns_per_unit = 1;
    int have_uid = 0, have_gid = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--rootless")) { cfg->rootless = 1; continue; }
        if (i + 1 >= argc) usage();
        const char *v = argv[++i];
        if (!strcmp(a, "--uid")) { cfg->uid = (uid_t)number(v); have_uid = 1; }
        else if (!strcmp(a, "--gid")) { cfg->gid = (gid_t)number(v); have_gid = 1; }
        else if (!strcmp(a, "--root")) cfg->root = v;
        else if (!strcmp(a, "--box-kb")) cfg->box_kb = number(v);
        else if (!strcmp(a, "--tmp-kb")) cfg->tmp_kb = number(v);
        else if (!strcmp(a, "--shm-kb")) cfg->shm_kb = number(v);
        else if (!strcmp(a, "--cpu-fd")) cfg->cpu_fd = (int)number(v);
        else if (!strcmp(a, "--cpu-key")) cfg->cpu_key = v;
        else if (!strcmp(a, "--cpu-scale")) cfg->cpu_ns_per_unit = number(v);
        else if (!strcmp(a, "--cgroup-fd")) {
            if (cfg->ncgroups == MAX_CGROUPS) usage();
            cfg->cgroup_fds[cfg->ncgroups++] = (int)number(v);
        } else if (!strcmp(a, "--bind")) {
            if (cfg->nbinds == MAX_BINDS) usage();
            char *spec = strdup(v);
            char *colon = strchr(spec, ':');
            if (colon) *colon = 0;
            cfg->binds[cfg->nbinds].src = spec;
            cfg->binds[cfg->nbinds].dst = colon ? colon + 1 : spec;
            if (spec[0] != '/' || cfg->binds[cfg->nbinds].dst[0] != '/') usage();
            cfg->nbinds++;
        } else usage();
    }
    if (!have_uid || !have_gid || !cfg->root) usage();
}

uint64_t counter_read(const struct box_config *cfg) {
    if (cfg->cpu_fd < 0) return 0;
    char buf[4096];
    ssize_t n = pread(cfg->cpu_fd, buf, sizeof buf - 1, 0);
    if (n <= 0) return 0;
    buf[n] = 0;
    const char *p = buf;
    if (cfg->cpu_key) {
        size_t klen = strlen(cfg->cpu_key);
        for (p = buf; p && *p; p = strchr(p, '\n') ? strchr(p, '\n') + 1 : NULL) {
            if (!strncmp(p, cfg->cpu_key, klen) && p[klen] == ' ') break;
        }
        if (!p || !*p) return 0;
        p += klen + 1;
    }
    return strtoull(p, NULL, 10) * cfg->cpu_ns_per_unit;
}

int send_failure(int sock, uint16_t type, const struct failure *f) {
    pb_buf b = {0};
    pb_put_str(&b, PB_R_SETUP_STEP, f->step);
    pb_put_u64(&b, PB_R_SETUP_ERRNO, (uint64_t)f->err);
    int r = pb_send(sock, type, b.data, b.len, NULL, 0);
    pb_buf_free(&b);
    return r;
}

static int write_file(const char *path, const char *text) {
    int fd = open(path, O_WRONLY | O_CLOEXEC);
    if (fd < 0) return -1;
    ssize_t n = write(fd, text, strlen(text));
    int e = errno;
    close(fd);
    errno = e;
    return n == (ssize_t)strlen(text) ? 0 : -1;
}

/* Rootless: map the one id we own to the box's uid/gid inside the new user namespace. */
static int map_ids(const struct box_config *cfg, struct failure *f) {
    char line[64];
    if (write_file("/proc/self/setgroups", "deny") < 0 && errno != ENOENT) {
        *f = (struct failure){"setgroups deny", errno};
        return -1;
    }
    snprintf(line, sizeof line, "%u %u 1\n", cfg->uid, cfg->outer_uid);
    if (write_file("/proc/self/uid_map", line) < 0) {
        *f = (struct failure){"uid_map", errno};
        return -1;
    }
    snprintf(line, sizeof line, "%u %u 1\n", cfg->gid, cfg->outer_gid);
    if (write_file("/proc/self/gid_map", line) < 0) {
        *f = (struct failure){"gid_map", errno};
        return -1;
    }
    return 0;
}

static int box_main(struct box_config *cfg, int sync_fd) {
    char c;
    while (read(sync_fd, &c, 1) < 0 && errno == EINTR) {}
    close(sync_fd);

    struct failure f = {0};
    if (cfg->rootless && map_ids(cfg, &f) < 0) return send_failure(cfg->sock, PB_MSG_FAILED, &f), 1;
    sethostname("box", 3);
    char degraded[512] = "";
    if (build_box_root(cfg, &f, degraded, sizeof degraded) < 0) {
        send_failure(cfg->sock, PB_MSG_FAILED, &f);
        return 1;
    }
    /* Compile the default policy once, so the first run pays nothing for it. */
    if (!policy_program(NULL, 0, &f)) {
        send_failure(cfg->sock, PB_MSG_FAILED, &f);
        return 1;
    }
    /* Failing to start the launcher only costs speed: runs then start from pid 1 itself. */
    struct failure lf;
    if (launcher_start(cfg, &lf) < 0)
        strncat(degraded, "no launcher (runs start slower); ", sizeof degraded - strlen(degraded) - 1);
    if (!policy_notify_supported())
        strncat(degraded, "seccomp user notification unavailable: SV cannot name the syscall; ",
                sizeof degraded - strlen(degraded) - 1);

    /* SIGCHLD arrives through a signalfd in the run loop; SIGPIPE must never kill pid 1. */
    sigset_t chld;
    sigemptyset(&chld);
    sigaddset(&chld, SIGCHLD);
    sigprocmask(SIG_BLOCK, &chld, NULL);
    signal(SIGPIPE, SIG_IGN);

    pb_buf ready = {0};
    pb_put_str(&ready, PB_R_MESSAGE, degraded);
    pb_send(cfg->sock, PB_MSG_READY, ready.data, ready.len, NULL, 0);
    pb_buf_free(&ready);

    for (;;) {
        uint16_t type;
        uint8_t *body = NULL;
        size_t len = 0;
        int fds[PB_MAX_FDS], nfds = 0;
        int r = pb_recv(cfg->sock, &type, &body, &len, fds, &nfds);
        if (r < 0) return 0; /* the daemon closed the box: returning ends the namespace */
        switch (type) {
        case PB_MSG_RUN:
            serve_run(cfg, body, len, fds, nfds);
            break;
        case PB_MSG_RESET:
            if (reset_box_dirs(cfg, &f) < 0) {
                send_failure(cfg->sock, PB_MSG_FAILED, &f);
            } else {
                pb_buf done = {0};
                pb_put_u64(&done, PB_R_ZYGOTE, (uint64_t)zygote_alive());
                pb_send(cfg->sock, PB_MSG_RESET_DONE, done.data, done.len, NULL, 0);
                pb_buf_free(&done);
            }
            break;
        case PB_MSG_ZYGOTE:
            if (zygote_start(cfg, body, len, fds, nfds, &f) < 0) send_failure(cfg->sock, PB_MSG_FAILED, &f);
            else pb_send(cfg->sock, PB_MSG_ZYGOTE_READY, NULL, 0, NULL, 0);
            break;
        default:
            /* KILL or GO with nothing running: the run already ended; its RESULT is on its way. */
            break;
        }
        for (int i = 0; i < nfds; i++) close(fds[i]);
        free(body);
    }
}

int main(int argc, char **argv) {
    struct box_config cfg;
    parse(argc, argv, &cfg);
    cfg.outer_uid = geteuid();
    cfg.outer_gid = getegid();

    int sync[2];
    if (pipe2(sync, O_CLOEXEC) < 0) return 1;
    unsigned long flags = CLONE_NEWPID | CLONE_NEWNS | CLONE_NEWNET | CLONE_NEWIPC | CLONE_NEWUTS |
                          CLONE_NEWCGROUP | SIGCHLD;
    if (cfg.rootless) flags |= CLONE_NEWUSER;
    /* Raw clone behaves like fork here: we are single-threaded, so libc state stays consistent. */
    pid_t pid = (pid_t)syscall(SYS_clone, flags, NULL, NULL, NULL, NULL);
    if (pid < 0) {
        struct failure f = {"clone namespaces", errno};
        send_failure(cfg.sock, PB_MSG_FAILED, &f);
        return 1;
    }
    if (pid == 0) {
        close(sync[1]);
        _exit(box_main(&cfg, sync[0]));
    }
    close(sync[0]);
    pb_buf b = {0};
    pb_put_u64(&b, PB_PID, (uint64_t)pid);
    pb_send(cfg.sock, PB_MSG_PID, b.data, b.len, NULL, 0);
    pb_buf_free(&b);
    /* Only now may pid 1 speak, so the daemon always reads PID first. */
    (void)!write(sync[1], "x", 1);
    close(sync[1]);
    return 0;
}
