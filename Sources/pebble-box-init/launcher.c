/*
 * The launcher: a process pid 1 forks once per box, which joins the box's cgroups and installs
 * the default seccomp filter once, then starts every run of the default policy as a sibling
 * (clone(CLONE_PARENT): the run is still pid 1's child, so pid 1 reaps it and sees its status).
 *
 * Why: compiling a filter into the kernel costs ~165 us a run here, and joining three v1
 * cgroups ~150 us; a filter and cgroups inherited through fork cost nothing. Runs with a
 * toolchain's own syscall grants still start from pid 1 with a filter of their own.
 *
 * The launcher stays root (box processes cannot signal or trace it), is exempt from the OOM
 * killer, and is spared when pid 1 ends a run: it kills every other process it can see.
 */
#define _GNU_SOURCE
#include "box_init.h"
#include "pebble_box_protocol.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <linux/seccomp.h>
#include <sched.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#define LAUNCH_MSG 200
#define LAUNCHED_MSG 201
#define LAUNCH_PATH 250
#define LAUNCH_HAS_CTL 251
#define LAUNCH_EXTRA 252

static pid_t launcher = -1;
static uid_t box_uid;
static int by_uid; /* box processes have a uid of their own (not rootless) */
static int sock = -1;
static int listener = -1;

pid_t launcher_pid(void) { return launcher; }
int launcher_listener(void) { return listener; }

void launcher_lost(void) {
    launcher = -1;
    if (sock >= 0) close(sock);
    sock = -1;
}

static void __attribute__((noreturn)) serve(const struct box_config *cfg, int s, int last_cap) {
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    int fd = open("/proc/self/oom_score_adj", O_WRONLY | O_CLOEXEC);
    if (fd >= 0) {
        (void)!write(fd, "-1000", 5);
        close(fd);
    }
    for (int i = 0; i < cfg->ncgroups; i++)
        if (write(cfg->cgroup_fds[i], "0", 1) != 1) _exit(10);
    struct failure f;
    struct sock_fprog *prog = policy_program(NULL, 0, &f);
    if (!prog || prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0) _exit(11);
    int notify = policy_notify_supported();
    long l = syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, notify ? SECCOMP_FILTER_FLAG_NEW_LISTENER : 0, prog);
    if (l < 0) _exit(12);
    int lfd = notify ? (int)l : -1;
    if (pb_send(s, LAUNCHED_MSG, NULL, 0, notify ? &lfd : NULL, notify ? 1 : 0) < 0) _exit(13);
    if (notify) close(lfd);
    for (;;) {
        uint16_t type;
        uint8_t *body = NULL;
        size_t len = 0;
        int fds[PB_MAX_FDS], nfds = 0;
        if (pb_recv(s, &type, &body, &len, fds, &nfds) < 0) _exit(0);
        struct run_req r;
        const char *path = NULL;
        int has_ctl = 0, ok = parse_req(body, len, NULL, 0, &r) == 0 && nfds >= 4;
        size_t off = 0;
        pb_field fl;
        while (ok && pb_next(body, len, &off, &fl) == 1) {
            if (fl.tag == LAUNCH_PATH) path = strndup((const char *)fl.value, fl.len);
            if (fl.tag == LAUNCH_HAS_CTL) has_ctl = 1;
            if (fl.tag == LAUNCH_EXTRA && r.nextra < MAX_EXTRA) r.extra_child[r.nextra++] = (int)pb_u64(&fl);
        }
        int base = 4 + has_ctl;
        ok = ok && path && nfds == base + r.nextra;
        for (int i = 0; ok && i < r.nextra; i++) r.extra_fd[i] = fds[base + i];
        pid_t pid = -EINVAL;
        if (ok) {
            /* Single-threaded, so a raw clone is a fork; CLONE_PARENT makes the run pid 1's child. */
            pid = (pid_t)syscall(SYS_clone, CLONE_PARENT | SIGCHLD, NULL, NULL, NULL, NULL);
            if (pid == 0)
                run_child(cfg, &r, path, NULL, fds[0], fds[1], fds[2], fds[3], has_ctl ? fds[4] : -1, last_cap, 1);
            if (pid < 0) pid = -errno;
        }
        r.nextra = 0; /* their fds are closed below with the rest */
        free_req(&r);
        free((void *)path);
        for (int i = 0; i < nfds; i++) close(fds[i]);
        free(body);
        pb_buf b = {0};
        pb_put_u64(&b, PB_PID, (uint64_t)(int64_t)pid);
        if (pb_send(s, LAUNCHED_MSG, b.data, b.len, NULL, 0) < 0) _exit(0);
        pb_buf_free(&b);
    }
}

int launcher_start(const struct box_config *cfg, struct failure *f) {
    int pair[2];
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair) < 0) {
        *f = (struct failure){"launcher socketpair", errno};
        return -1;
    }
    int last_cap = cap_last_cap();
    pid_t pid = fork();
    if (pid < 0) {
        *f = (struct failure){"fork launcher", errno};
        return -1;
    }
    if (pid == 0) {
        close(pair[0]);
        close(cfg->sock);
        serve(cfg, pair[1], last_cap);
    }
    close(pair[1]);
    uint16_t type;
    uint8_t *body = NULL;
    size_t len;
    int fds[PB_MAX_FDS], nfds = 0;
    if (pb_recv(pair[0], &type, &body, &len, fds, &nfds) < 0 || type != LAUNCHED_MSG) {
        close(pair[0]);
        int st;
        waitpid(pid, &st, 0);
        *f = (struct failure){"start launcher", WIFEXITED(st) ? WEXITSTATUS(st) : EIO};
        return -1;
    }
    free(body);
    box_uid = cfg->uid;
    by_uid = !cfg->rootless;
    launcher = pid;
    sock = pair[0];
    listener = nfds > 0 ? fds[0] : -1;
    return 0;
}

pid_t launcher_run(const struct run_req *r, const char *path, int status, int in_fd, int out_fd, int err_fd, int ctl_fd) {
    pb_buf b = {0};
    for (int i = 0; i < r->argc; i++) pb_put_str(&b, PB_ARG, r->argv[i]);
    for (int i = 0; i < r->envc; i++) pb_put_str(&b, PB_ENV, r->envp[i]);
    pb_put_str(&b, PB_CWD, r->cwd);
    pb_put_str(&b, LAUNCH_PATH, path);
    pb_put_u64(&b, PB_NOFILE, r->nofile);
    pb_put_u64(&b, PB_STACK_BYTES, r->stack);
    if (r->cpu_ms) pb_put_u64(&b, PB_CPU_MS, r->cpu_ms);
    if (r->fsize) pb_put_u64(&b, PB_FSIZE_BYTES, r->fsize);
    if (r->as) pb_put_u64(&b, PB_AS_BYTES, r->as);
    if (r->nproc) pb_put_u64(&b, PB_NPROC, r->nproc);
    int fds[4 + 1 + MAX_EXTRA] = {status, in_fd, out_fd, err_fd}, n = 4;
    if (ctl_fd >= 0) {
        pb_put(&b, LAUNCH_HAS_CTL, NULL, 0);
        fds[n++] = ctl_fd;
    }
    for (int i = 0; i < r->nextra; i++) {
        pb_put_u64(&b, LAUNCH_EXTRA, (uint64_t)r->extra_child[i]);
        fds[n++] = r->extra_fd[i];
    }
    int rc = pb_send(sock, LAUNCH_MSG, b.data, b.len, fds, n);
    pb_buf_free(&b);
    uint16_t type;
    uint8_t *body = NULL;
    size_t len = 0;
    int rfds[PB_MAX_FDS], rn = 0;
    if (rc < 0 || pb_recv(sock, &type, &body, &len, rfds, &rn) < 0) {
        launcher_lost();
        return -EPIPE;
    }
    size_t off = 0;
    pb_field fl;
    pid_t pid = -EPROTO;
    while (pb_next(body, len, &off, &fl) == 1)
        if (fl.tag == PB_PID) pid = (pid_t)(int64_t)pb_u64(&fl);
    free(body);
    return pid;
}

/*
 * kill(-1) from pid 1 reaches every process of the box, the launcher too. With our real and
 * effective uid set to the box's for the call, it reaches exactly the processes running as the
 * box's uid (a program cannot change its uid) and spares the root launcher; the saved uid 0
 * gives us root back. Rootless boxes share one uid, so there we walk /proc instead.
 */
static int signal_box(int sig) {
    /* The zygote runs as the box's uid too, and outlives runs: with one, only the walk spares it. */
    pid_t zygote = zygote_pid();
    if (launcher <= 0 && zygote <= 0) return kill(-1, sig) == 0;
    /* kill(-1) reports success when it saw only processes it may not signal, so it kills but cannot count. */
    if (by_uid && sig && zygote <= 0) {
        if (setresuid(box_uid, box_uid, 0) == 0) {
            kill(-1, sig);
            if (setresuid(0, 0, 0) != 0) _exit(70); /* never run on without root */
            return 1;
        }
    }
    DIR *d = opendir("/proc");
    if (!d) return 0;
    int found = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        pid_t p = (pid_t)atoi(e->d_name);
        if (p <= 1 || p == launcher || p == zygote) continue;
        found = 1;
        if (sig) kill(p, sig);
    }
    closedir(d);
    return found;
}

void kill_box(void) { signal_box(SIGKILL); }

/* Zombies count until pid 1 reaps them. */
int box_processes_left(void) { return signal_box(0); }
