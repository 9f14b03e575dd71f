/*
 * The box's zygote (design section 4; docs/languages.md, "Zygotes"): a language runtime started
 * once in the box — as the box's uid, in its cgroups, under the default seccomp filter — that
 * never runs learner code itself and forks one fresh process per run. It forks twice, so the
 * run's process is reparented to us: we reap it and read its true wait status as for any run,
 * and its CPU time starts at zero. A fork of a runtime that has already started costs a few
 * hundred microseconds where starting CPython costs ~10 ms of CPU.
 *
 * The zygote shares the runs' uid, so a run could signal it: it ignores every signal it can, we
 * resume it after each run (SIGSTOP cannot be ignored), and one that died is reported at the next
 * reset and replaced. It makes itself non-dumpable, so no run can reach its memory through /proc
 * (ptrace, process_vm_* and pidfd_getfd are refused by the filter as well). It is spared when a
 * run ends, and protected from the OOM killer (its runs put their own score back).
 */
#define _GNU_SOURCE
#include "box_init.h"
#include "pebble_box_protocol.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

static pid_t zygote = -1;
static int zsock = -1;
static int zlistener = -1;

pid_t zygote_pid(void) { return zygote; }
int zygote_listener(void) { return zlistener; }

/* The zygote has been reaped (or never started): forget it. */
void zygote_lost(void) {
    zygote = -1;
    if (zsock >= 0) close(zsock);
    zsock = -1;
    if (zlistener >= 0 && zlistener != launcher_listener()) close(zlistener);
    zlistener = -1;
}

static void zygote_end(void) {
    if (zygote > 0) {
        int st;
        kill(zygote, SIGKILL);
        waitpid(zygote, &st, __WALL);
    }
    zygote_lost();
}

int zygote_alive(void) {
    if (zygote <= 0) return 0;
    int st;
    if (waitpid(zygote, &st, WNOHANG | __WALL) == zygote) {
        zygote_lost();
        return 0;
    }
    return 1;
}

void zygote_resume(void) {
    if (zygote > 0) kill(zygote, SIGCONT);
}

/* Waits up to `ms` for the socket to be readable; 0 when it is. */
static int wait_readable(int fd, int ms) {
    struct pollfd p = {.fd = fd, .events = POLLIN};
    int r;
    do {
        r = poll(&p, 1, ms);
    } while (r < 0 && errno == EINTR);
    return r == 1 ? 0 : -ETIMEDOUT;
}

int zygote_start(const struct box_config *cfg, const uint8_t *body, size_t len, int *fds, int nfds, struct failure *f) {
    zygote_end();
    struct run_req r;
    char path[4096];
    if (parse_req(body, len, fds, nfds, &r) < 0 || r.nallow || r.prestart) {
        free_req(&r);
        *f = (struct failure){"zygote request", EINVAL};
        return -1;
    }
    if (resolve_program(&r, path, sizeof path) < 0) {
        free_req(&r);
        *f = (struct failure){"find zygote program", ENOENT};
        return -1;
    }
    int ctl[2], st[2];
    int null = open("/dev/null", O_RDWR | O_CLOEXEC);
    if (null < 0 || socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, ctl) < 0) {
        *f = (struct failure){"zygote socket", errno};
        if (null >= 0) close(null);
        free_req(&r);
        return -1;
    }
    if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, st) < 0) {
        *f = (struct failure){"zygote socket", errno};
        close(null), close(ctl[0]), close(ctl[1]);
        free_req(&r);
        return -1;
    }
    /* Started as any run of the default policy: from the launcher, else forked by us. */
    int via_launcher = launcher_pid() > 0;
    pid_t pid;
    if (via_launcher) {
        pid = launcher_run(&r, path, st[1], null, null, null, ctl[1]);
    } else {
        struct sock_fprog *prog = policy_program(NULL, 0, f);
        pid = prog ? fork() : -EINVAL;
        if (pid == 0) run_child(cfg, &r, path, prog, st[1], null, null, null, ctl[1], cap_last_cap(), 0);
        if (pid < 0 && prog) pid = -errno;
    }
    close(st[1]), close(ctl[1]), close(null);
    int timeout = r.wall_ms ? (int)r.wall_ms : 10000;
    free_req(&r);
    if (pid < 0) {
        *f = (struct failure){"start zygote", -pid};
        close(st[0]), close(ctl[0]);
        return -1;
    }
    /* Did it reach execve? A step that failed says so; a fork of our own passes its filter's listener. */
    int listener = via_launcher ? launcher_listener() : -1;
    struct child_error ce;
    read_child_status(st[0], &listener, &ce);
    close(st[0]);
    zygote = pid;
    zsock = ctl[0];
    zlistener = listener;
    /* Then it imports what its runs need and says it is ready, within the request's wall limit. */
    uint16_t type = 0;
    uint8_t *reply = NULL;
    size_t rlen = 0;
    int rfds[PB_MAX_FDS], rn = 0;
    int rc = ce.step[0] ? -ce.err : wait_readable(zsock, timeout);
    if (rc == 0) rc = pb_recv(zsock, &type, &reply, &rlen, rfds, &rn);
    for (int i = 0; i < rn; i++) close(rfds[i]);
    free(reply);
    if (rc < 0 || type != PB_ZY_READY) {
        *f = (struct failure){ce.step[0] ? "zygote exec" : rc == -ETIMEDOUT ? "zygote ready (timed out)" : "zygote ready",
                              rc < 0 ? -rc : EPROTO};
        zygote_end();
        return -1;
    }
    char adj[64];
    snprintf(adj, sizeof adj, "/proc/%d/oom_score_adj", (int)pid);
    int fd = open(adj, O_WRONLY | O_CLOEXEC);
    if (fd >= 0) {
        (void)!write(fd, "-1000", 5);
        close(fd);
    }
    return 0;
}

pid_t zygote_run(const struct run_req *r, int status, int in_fd, int out_fd, int err_fd) {
    pb_buf b = {0};
    for (int i = 0; i < r->argc; i++) pb_put_str(&b, PB_ARG, r->argv[i]);
    for (int i = 0; i < r->envc; i++) pb_put_str(&b, PB_ENV, r->envp[i]);
    pb_put_str(&b, PB_CWD, r->cwd);
    pb_put_u64(&b, PB_NOFILE, r->nofile);
    pb_put_u64(&b, PB_STACK_BYTES, r->stack);
    if (r->cpu_ms) pb_put_u64(&b, PB_CPU_MS, r->cpu_ms);
    if (r->fsize) pb_put_u64(&b, PB_FSIZE_BYTES, r->fsize);
    if (r->as) pb_put_u64(&b, PB_AS_BYTES, r->as);
    if (r->nproc) pb_put_u64(&b, PB_NPROC, r->nproc);
    int fds[4] = {status, in_fd, out_fd, err_fd};
    int rc = pb_send(zsock, PB_ZY_FORK, b.data, b.len, fds, 4);
    pb_buf_free(&b);
    /* A zygote that does not answer promptly is ended: the run fails as "zygote", nothing hangs. */
    if (rc == 0) rc = wait_readable(zsock, 5000);
    uint16_t type = 0;
    uint8_t *body = NULL;
    size_t len = 0;
    int rfds[PB_MAX_FDS], rn = 0;
    if (rc == 0) rc = pb_recv(zsock, &type, &body, &len, rfds, &rn);
    for (int i = 0; i < rn; i++) close(rfds[i]);
    pid_t pid = -EPROTO;
    size_t off = 0;
    pb_field fl;
    while (rc == 0 && type == PB_ZY_FORKED && pb_next(body, len, &off, &fl) == 1)
        if (fl.tag == PB_PID) pid = (pid_t)(int64_t)pb_u64(&fl);
    free(body);
    if (rc < 0) {
        zygote_end();
        return rc;
    }
    /* Only a child of ours is a run we can supervise: never wait for a pid we cannot reap. */
    siginfo_t si;
    if (pid > 0 && waitid(P_PID, (id_t)pid, &si, WEXITED | WNOHANG | WNOWAIT | __WALL) < 0) {
        zygote_end();
        return -ECHILD;
    }
    return pid;
}
