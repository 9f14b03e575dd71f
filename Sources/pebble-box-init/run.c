/*
 * One run: fork, contain, exec, supervise, report the kernel's evidence.
 *
 * Between fork and execve the child uses only async-signal-safe system calls; everything it
 * needs (paths, argv, the compiled seccomp program) is prepared before the fork. A failed step
 * is sent to us over a close-on-exec socket as (step, errno), so a sandbox failure is never
 * mistaken for the program's own exit code. EOF on that socket means execve succeeded.
 */
#define _GNU_SOURCE
#include "box_init.h"
#include "pebble_box_protocol.h"

#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <linux/capability.h>
#include <linux/close_range.h>
#include <linux/seccomp.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/ptrace.h>
#include <sys/resource.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static uint64_t now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (uint64_t)t.tv_sec * 1000000000ull + (uint64_t)t.tv_nsec;
}

static char *copy_str(const pb_field *fl) {
    char *s = malloc(fl->len + 1);
    memcpy(s, fl->value, fl->len);
    s[fl->len] = 0;
    return s;
}

static int take_fd(int *fds, int nfds, uint64_t index) {
    if (index >= (uint64_t)nfds || fds[index] < 0) return -1;
    int fd = fds[index];
    fds[index] = -1; /* ours now: closed when the run ends */
    return fd;
}

int parse_req(const uint8_t *body, size_t len, int *fds, int nfds, struct run_req *r) {
    memset(r, 0, sizeof *r);
    r->stdin_fd = r->stdout_fd = r->stderr_fd = -1;
    r->cwd = "/box";
    r->output_bytes = 64ull << 20;
    r->nofile = 256;
    r->stack = 64ull << 20;
    size_t off = 0;
    pb_field fl;
    int rc;
    while ((rc = pb_next(body, len, &off, &fl)) == 1) {
        switch (fl.tag) {
        case PB_ARG: if (r->argc < MAX_ARGS) r->argv[r->argc++] = copy_str(&fl); break;
        case PB_ENV: if (r->envc < MAX_ARGS) r->envp[r->envc++] = copy_str(&fl); break;
        case PB_CWD: r->cwd = copy_str(&fl); break;
        case PB_STDIN_BYTES: r->stdin_bytes = fl.value; r->stdin_len = fl.len; r->has_stdin_bytes = 1; break;
        case PB_STDIN_FD: r->stdin_fd = take_fd(fds, nfds, pb_u64(&fl)); break;
        case PB_STDOUT_FD: r->stdout_fd = take_fd(fds, nfds, pb_u64(&fl)); break;
        case PB_STDERR_FD: r->stderr_fd = take_fd(fds, nfds, pb_u64(&fl)); break;
        case PB_STDERR_TO_STDOUT: r->stderr_to_stdout = 1; break;
        case PB_EXTRA_FD:
            if (fl.len == 16 && r->nextra < MAX_EXTRA) {
                uint64_t pair[2];
                memcpy(pair, fl.value, 16);
                int fd = take_fd(fds, nfds, pair[1]);
                if (fd < 0 || pair[0] < 3 || pair[0] > 64) return -1;
                r->extra_child[r->nextra] = (int)pair[0];
                r->extra_fd[r->nextra++] = fd;
            }
            break;
        case PB_CPU_MS: r->cpu_ms = pb_u64(&fl); break;
        case PB_WALL_MS: r->wall_ms = pb_u64(&fl); break;
        case PB_OUTPUT_BYTES: r->output_bytes = pb_u64(&fl); break;
        case PB_FSIZE_BYTES: r->fsize = pb_u64(&fl); break;
        case PB_NOFILE: r->nofile = pb_u64(&fl); break;
        case PB_STACK_BYTES: r->stack = pb_u64(&fl); break;
        case PB_AS_BYTES: r->as = pb_u64(&fl); break;
        case PB_NPROC: r->nproc = pb_u64(&fl); break;
        case PB_PRESTART: r->prestart = 1; break;
        case PB_PRESTART_READY: r->prestart_ready = 1; break;
        case PB_ZYGOTE_RUN: r->zygote = 1; break;
        case PB_SECCOMP_ALLOW: if (r->nallow < MAX_ALLOW) r->allow[r->nallow++] = copy_str(&fl); break;
        default: break; /* unknown fields are ignored, so older helpers accept newer requests */
        }
    }
    return (rc < 0 || r->argc == 0) ? -1 : 0;
}

void free_req(struct run_req *r) {
    for (int i = 0; i < r->argc; i++) free((void *)r->argv[i]);
    for (int i = 0; i < r->envc; i++) free((void *)r->envp[i]);
    for (int i = 0; i < r->nallow; i++) free((void *)r->allow[i]);
    if (r->cwd && strcmp(r->cwd, "/box")) free((void *)r->cwd);
    int fds[] = {r->stdin_fd, r->stdout_fd, r->stderr_fd};
    for (size_t i = 0; i < sizeof fds / sizeof *fds; i++)
        if (fds[i] >= 0) close(fds[i]);
    for (int i = 0; i < r->nextra; i++) close(r->extra_fd[i]);
}

/* Finds the program like execvp would, in the box's own file system, before the fork. */
int resolve_program(const struct run_req *r, char *out, size_t outlen) {
    const char *prog = r->argv[0];
    if (strchr(prog, '/')) {
        snprintf(out, outlen, "%s", prog);
        return 0;
    }
    const char *path = "/usr/local/bin:/usr/bin:/bin";
    for (int i = 0; i < r->envc; i++)
        if (!strncmp(r->envp[i], "PATH=", 5)) path = r->envp[i] + 5;
    while (*path) {
        const char *end = strchr(path, ':');
        size_t n = end ? (size_t)(end - path) : strlen(path);
        snprintf(out, outlen, "%.*s/%s", (int)n, path, prog);
        if (n && access(out, X_OK) == 0) return 0;
        path += n + (end ? 1 : 0);
    }
    snprintf(out, outlen, "%s", prog);
    return -1;
}

int cap_last_cap(void) {
    static int cached = -1;
    if (cached < 0) {
        cached = 40;
        int fd = open("/proc/sys/kernel/cap_last_cap", O_RDONLY | O_CLOEXEC);
        if (fd >= 0) {
            char buf[16] = {0};
            if (read(fd, buf, sizeof buf - 1) > 0) cached = atoi(buf);
            close(fd);
        }
    }
    return cached;
}

/* ---- the child: async-signal-safe only ---- */

static void __attribute__((noreturn)) child_fail(int status, const char *step) {
    struct child_error e = {.err = errno};
    size_t i = 0;
    for (; step[i] && i < sizeof e.step - 1; i++) e.step[i] = step[i];
    e.step[i] = 0;
    (void)!send(status, &e, sizeof e, MSG_NOSIGNAL);
    _exit(127);
}

static void set_limit(int status, int resource, uint64_t value, const char *step) {
    struct rlimit rl = {.rlim_cur = value, .rlim_max = value};
    if (setrlimit(resource, &rl) < 0) child_fail(status, step);
}

/* via_launcher: the launcher already put us in the box's cgroups and under its seccomp filter. */
void __attribute__((noreturn))
run_child(const struct box_config *cfg, const struct run_req *r, const char *path, const struct sock_fprog *prog,
          int status, int in_fd, int out_fd, int err_fd, int ctl_fd, int last_cap, int via_launcher) {
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    struct sigaction dfl = {.sa_handler = SIG_DFL};
    sigaction(SIGPIPE, &dfl, NULL);
    setsid();

    /* Lift every source above every target first, so no dup2 overwrites a source not yet moved. */
    int src[3 + MAX_EXTRA + 1], dst[3 + MAX_EXTRA + 1], n = 0;
    src[n] = in_fd, dst[n++] = 0;
    src[n] = out_fd, dst[n++] = 1;
    src[n] = err_fd, dst[n++] = 2;
    for (int i = 0; i < r->nextra; i++) src[n] = r->extra_fd[i], dst[n++] = r->extra_child[i];
    if (ctl_fd >= 0) src[n] = ctl_fd, dst[n++] = 3;
    int high[3 + MAX_EXTRA + 1], maxdst = 2;
    status = fcntl(status, F_DUPFD_CLOEXEC, 200);
    if (status < 0) _exit(127);
    for (int i = 0; i < n; i++) {
        high[i] = fcntl(src[i], F_DUPFD_CLOEXEC, 100);
        if (high[i] < 0) child_fail(status, "move fds");
        if (dst[i] > maxdst) maxdst = dst[i];
    }
    for (int i = 0; i < n; i++)
        if (dup2(high[i], dst[i]) < 0) child_fail(status, "dup2");
    /* Everything else closes at exec; our error socket stays usable until then. */
    if (syscall(SYS_close_range, maxdst + 1, ~0U, CLOSE_RANGE_CLOEXEC) < 0) {
        for (int fd = maxdst + 1; fd < 4096; fd++)
            if (fd != status) fcntl(fd, F_SETFD, FD_CLOEXEC);
    }
    if (chdir(r->cwd) < 0) child_fail(status, "chdir");
    for (int i = 0; !via_launcher && i < cfg->ncgroups; i++)
        if (write(cfg->cgroup_fds[i], "0", 1) != 1) child_fail(status, "join cgroup");

    /* A pre-started program starts at the lowest priority: refilling a pool must not take CPU
     * from the job running beside it. pid 1 restores its priority when its own job arrives. */
    if (r->prestart) {
        setpriority(PRIO_PROCESS, 0, 19);
        /* setsid() above made a new autogroup, and the scheduler shares CPU between autogroups
         * before nice counts: lower the group's own weight too (where autogroups exist). */
        int ag = open("/proc/self/autogroup", O_WRONLY | O_CLOEXEC);
        if (ag >= 0) {
            ssize_t ignored = write(ag, "19", 2);
            (void)ignored;
            close(ag);
        }
    }
    set_limit(status, RLIMIT_CORE, 0, "rlimit core");
    set_limit(status, RLIMIT_NOFILE, r->nofile, "rlimit nofile");
    set_limit(status, RLIMIT_STACK, r->stack, "rlimit stack");
    if (r->fsize) set_limit(status, RLIMIT_FSIZE, r->fsize, "rlimit fsize");
    if (r->as) set_limit(status, RLIMIT_AS, r->as, "rlimit as");
    if (r->nproc) set_limit(status, RLIMIT_NPROC, r->nproc, "rlimit nproc");
    if (r->cpu_ms) {
        /* A backstop only: the cgroup counter, polled by us, catches every thread and child. */
        uint64_t soft = r->cpu_ms / 1000 + 2;
        struct rlimit rl = {.rlim_cur = soft, .rlim_max = soft + 1};
        if (setrlimit(RLIMIT_CPU, &rl) < 0) child_fail(status, "rlimit cpu");
    }

    for (int c = 0; c <= last_cap; c++)
        if (prctl(PR_CAPBSET_DROP, c, 0, 0, 0) < 0 && errno != EINVAL) child_fail(status, "drop bounding set");
    if (!cfg->rootless && setgroups(0, NULL) < 0) child_fail(status, "setgroups");
    if (setresgid(cfg->gid, cfg->gid, cfg->gid) < 0) child_fail(status, "setresgid");
    if (setresuid(cfg->uid, cfg->uid, cfg->uid) < 0) child_fail(status, "setresuid");
    if (prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0) < 0 && errno != EINVAL)
        child_fail(status, "clear ambient caps");
    struct __user_cap_header_struct hdr = {.version = _LINUX_CAPABILITY_VERSION_3, .pid = 0};
    struct __user_cap_data_struct data[2];
    memset(data, 0, sizeof data);
    if (syscall(SYS_capset, &hdr, data) < 0) child_fail(status, "capset");
    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0) child_fail(status, "no_new_privs");

    if (via_launcher) execve(path, (char *const *)r->argv, (char *const *)r->envp), child_fail(status, "execve");
    int notify = policy_notify_supported();
    long listener = syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER,
                            notify ? SECCOMP_FILTER_FLAG_NEW_LISTENER : 0, prog);
    if (listener < 0) child_fail(status, "seccomp");
    if (notify) {
        /* Hand the listener to pid 1 before exec: from here on a refused call waits for us. */
        union {
            char buf[CMSG_SPACE(sizeof(int))];
            struct cmsghdr align;
        } control;
        memset(&control, 0, sizeof control);
        char tag = 'L';
        struct iovec iov = {.iov_base = &tag, .iov_len = 1};
        struct msghdr msg = {.msg_iov = &iov, .msg_iovlen = 1, .msg_control = control.buf,
                             .msg_controllen = sizeof control.buf};
        struct cmsghdr *c = CMSG_FIRSTHDR(&msg);
        c->cmsg_level = SOL_SOCKET;
        c->cmsg_type = SCM_RIGHTS;
        c->cmsg_len = CMSG_LEN(sizeof(int));
        int lfd = (int)listener;
        memcpy(CMSG_DATA(c), &lfd, sizeof(int));
        if (sendmsg(status, &msg, MSG_NOSIGNAL) < 0) child_fail(status, "pass seccomp listener");
        close(lfd);
    }
    execve(path, (char *const *)r->argv, (char *const *)r->envp);
    child_fail(status, "execve");
}

/* ---- the supervisor ---- */

void read_child_status(int sock, int *listener, struct child_error *ce) {
    memset(ce, 0, sizeof *ce);
    for (;;) {
        union {
            char buf[CMSG_SPACE(sizeof(int))];
            struct cmsghdr align;
        } control;
        char msgbuf[sizeof(struct child_error)];
        struct iovec iov = {.iov_base = msgbuf, .iov_len = sizeof msgbuf};
        struct msghdr msg = {.msg_iov = &iov, .msg_iovlen = 1, .msg_control = control.buf,
                             .msg_controllen = sizeof control.buf};
        ssize_t n = recvmsg(sock, &msg, MSG_CMSG_CLOEXEC);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return;
        struct cmsghdr *c = CMSG_FIRSTHDR(&msg);
        if (c && c->cmsg_type == SCM_RIGHTS) memcpy(listener, CMSG_DATA(c), sizeof(int));
        else if ((size_t)n == sizeof *ce) memcpy(ce, msgbuf, sizeof *ce);
    }
}

struct capture {
    int fd;
    uint8_t *data;
    size_t len, cap;
    int truncated, eof;
};

static int capture_read(struct capture *c, uint64_t *budget) {
    uint8_t chunk[65536];
    for (;;) {
        ssize_t n = read(c->fd, chunk, sizeof chunk);
        if (n < 0) return (errno == EAGAIN || errno == EINTR) ? 0 : -1;
        if (n == 0) return -1; /* EOF */
        size_t keep = (uint64_t)n <= *budget ? (size_t)n : (size_t)*budget;
        if (keep < (size_t)n) c->truncated = 1;
        if (c->len + keep > c->cap) {
            size_t cap = c->cap ? c->cap : 4096;
            while (cap < c->len + keep) cap *= 2;
            uint8_t *d = realloc(c->data, cap);
            if (!d) return -1;
            c->data = d;
            c->cap = cap;
        }
        memcpy(c->data + c->len, chunk, keep);
        c->len += keep;
        *budget -= keep;
        if (c->truncated) return 1;
    }
}

static uint64_t read_vm_peak(pid_t pid) {
    char path[64], buf[4096];
    snprintf(path, sizeof path, "/proc/%d/status", (int)pid);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return 0;
    ssize_t n = read(fd, buf, sizeof buf - 1);
    close(fd);
    if (n <= 0) return 0;
    buf[n] = 0;
    char *line = strstr(buf, "VmPeak:");
    return line ? strtoull(line + 7, NULL, 10) : 0;
}

static int signal_fd(void) {
    static int fd = -1;
    if (fd < 0) {
        sigset_t chld;
        sigemptyset(&chld);
        sigaddset(&chld, SIGCHLD);
        fd = signalfd(-1, &chld, SFD_NONBLOCK | SFD_CLOEXEC);
    }
    return fd;
}

/* A pre-started program's autogroup back to normal weight when its job arrives (we are root). */
static void restore_autogroup(pid_t pid) {
    char path[64];
    snprintf(path, sizeof path, "/proc/%d/autogroup", (int)pid);
    int fd = open(path, O_WRONLY | O_CLOEXEC);
    if (fd < 0) return;
    ssize_t ignored = write(fd, "0", 1);
    (void)ignored;
    close(fd);
}

/* Bytes for a descriptor the run reads (its job channel, its stdin), written as it drains them. */
struct pending_write {
    int fd;
    uint8_t *data;
    size_t len, off;
};

static void pending_write_set(struct pending_write *w, const uint8_t *value, uint32_t len) {
    free(w->data);
    w->data = malloc(len ? len : 1);
    memcpy(w->data, value, len);
    w->len = len;
    w->off = 0;
}

/* Takes `fd`; with nothing to write it is closed at once, so the reader sees EOF. */
static void pending_write_start(struct pending_write *w, int fd) {
    w->fd = fd;
    if (fd < 0) return;
    fcntl(fd, F_SETFL, O_NONBLOCK);
    if (w->off == w->len) {
        close(fd);
        w->fd = -1;
    }
}

static void pending_write_step(struct pending_write *w) {
    if (w->fd < 0) return;
    ssize_t n = write(w->fd, w->data + w->off, w->len - w->off);
    if (n > 0) w->off += (size_t)n;
    if (n < 0 && errno != EAGAIN) w->off = w->len; /* the reader is gone */
    if (w->off == w->len) {
        close(w->fd);
        w->fd = -1;
    }
}

static void pending_write_free(struct pending_write *w) {
    if (w->fd >= 0) close(w->fd);
    free(w->data);
}

static void kill_all(int *killed, int reason) {
    if (*killed == PB_KILL_NONE) *killed = reason;
    kill_box();
}

static void send_result(const struct box_config *cfg, pb_buf *b) {
    pb_send(cfg->sock, PB_MSG_RESULT, b->data, b->len, NULL, 0);
    pb_buf_free(b);
}

static void result_failure(const struct box_config *cfg, const char *step, int err) {
    pb_buf b = {0};
    pb_put_str(&b, PB_R_SETUP_STEP, step);
    pb_put_u64(&b, PB_R_SETUP_ERRNO, (uint64_t)err);
    send_result(cfg, &b);
}

int serve_run(const struct box_config *cfg, const uint8_t *body, size_t len, int *fds, int nfds) {
    struct run_req r;
    if (parse_req(body, len, fds, nfds, &r) < 0) {
        free_req(&r);
        result_failure(cfg, "malformed run request", EINVAL);
        return -1;
    }
    struct failure f = {0};
    char path[4096];
    struct sock_fprog *prog = policy_program(r.allow, r.nallow, &f);
    if (!prog) {
        free_req(&r);
        result_failure(cfg, f.step, f.err);
        return -1;
    }
    if (!r.zygote && resolve_program(&r, path, sizeof path) < 0) {
        free_req(&r);
        result_failure(cfg, "find program", ENOENT);
        return -1;
    }
    int last_cap = cap_last_cap();
    int sfd = signal_fd();

    /* stdin: given bytes become a sealed memfd (charged to us, not the box); else a passed fd or /dev/null. */
    int in_fd = r.stdin_fd, stdin_w = -1, pipefd[2];
    if (r.has_stdin_bytes) {
        in_fd = memfd_create("stdin", MFD_CLOEXEC | MFD_ALLOW_SEALING);
        size_t off = 0;
        while (in_fd >= 0 && off < r.stdin_len) {
            ssize_t w = write(in_fd, r.stdin_bytes + off, r.stdin_len - off);
            if (w <= 0) break;
            off += (size_t)w;
        }
        if (in_fd >= 0) {
            lseek(in_fd, 0, SEEK_SET);
            fcntl(in_fd, F_ADD_SEALS, F_SEAL_WRITE | F_SEAL_GROW | F_SEAL_SHRINK | F_SEAL_SEAL);
        }
    } else if (in_fd < 0 && r.prestart) {
        /* A pre-started program's stdin is a pipe: the job's input is written into it at GO. */
        if (pipe2(pipefd, O_CLOEXEC) == 0) in_fd = pipefd[0], stdin_w = pipefd[1];
    } else if (in_fd < 0) {
        in_fd = open("/dev/null", O_RDONLY | O_CLOEXEC);
    }
    struct capture out = {.fd = -1}, err = {.fd = -1};
    int out_w = r.stdout_fd, err_w = r.stderr_fd;
    if (out_w < 0 && pipe2(pipefd, O_CLOEXEC) == 0) out.fd = pipefd[0], out_w = pipefd[1];
    if (r.stderr_to_stdout) err_w = out_w;
    else if (err_w < 0 && pipe2(pipefd, O_CLOEXEC) == 0) err.fd = pipefd[0], err_w = pipefd[1];
    /*
     * The job channel of a pre-started program, its fd 3: a socket, so the program can also say
     * it is ready (one byte) before we report it started; we write the job there at GO.
     */
    int ctl_read = -1, ctl_write = -1;
    if (r.prestart && socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pipefd) == 0) ctl_write = pipefd[0], ctl_read = pipefd[1];
    int status_pair[2];
    if (in_fd < 0 || out_w < 0 || err_w < 0 || (r.prestart && ctl_write < 0) ||
        socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, status_pair) < 0) {
        int e = errno;
        free_req(&r);
        result_failure(cfg, "make run pipes", e);
        return -1;
    }
    struct rusage ru0;
    getrusage(RUSAGE_CHILDREN, &ru0);
    uint64_t start = now_ns(), cpu_base = counter_read(cfg);
    /* The default policy's runs start from the launcher (filter and cgroups already in place);
     * a zygote run is forked by the box's zygote, under the filter it started with. */
    int zyg = r.zygote && !r.prestart && r.nextra == 0 && r.nallow == 0 && zygote_pid() > 0;
    int fast = !zyg && r.nallow == 0 && launcher_pid() > 0;
    pid_t pid;
    if (r.zygote && !zyg) pid = -ESRCH;
    else if (zyg) pid = zygote_run(&r, status_pair[1], in_fd, out_w, err_w);
    else pid = fast ? launcher_run(&r, path, status_pair[1], in_fd, out_w, err_w, ctl_read) : fork();
    if (fast && pid < 0 && launcher_pid() <= 0) {
        /* The launcher is gone (it never should be): start this run, and later ones, ourselves. */
        fast = 0;
        pid = fork();
    }
    if (pid == 0) run_child(cfg, &r, path, prog, status_pair[1], in_fd, out_w, err_w, ctl_read, last_cap, 0);
    int fork_errno = pid < 0 && (fast || r.zygote) ? -pid : errno;
    if (pid < 0 && (fast || r.zygote)) pid = -1;
    close(status_pair[1]);
    if (in_fd != r.stdin_fd) close(in_fd);
    if (out.fd >= 0) close(out_w);
    if (err.fd >= 0) close(err_w);
    if (ctl_read >= 0) close(ctl_read);
    if (pid < 0) {
        if (ctl_write >= 0) close(ctl_write);
        if (stdin_w >= 0) close(stdin_w);
        close(status_pair[0]);
        if (out.fd >= 0) close(out.fd);
        if (err.fd >= 0) close(err.fd);
        free_req(&r);
        /* "zygote": the daemon may run the job again without one. */
        result_failure(cfg, r.zygote ? "zygote" : "fork", fork_errno);
        return -1;
    }

    /* Did the child reach execve? */
    int listener = -1, shared_listener = fast ? launcher_listener() : zyg ? zygote_listener() : -1;
    struct child_error ce;
    read_child_status(status_pair[0], &listener, &ce);
    close(status_pair[0]);
    if (listener < 0) listener = shared_listener;
    int killed = PB_KILL_NONE;
    int main_status = 0, main_done = 0;
    struct rusage main_ru;
    memset(&main_ru, 0, sizeof main_ru);
    if (ce.step[0]) kill_all(&killed, PB_KILL_NONE);

    /*
     * With an address-space limit, a runtime that is refused memory exits on its own (Python's
     * MemoryError) and the cgroup sees nothing. The kernel's VM high-water mark is the evidence,
     * but it is gone once the process has exited: so we trace only its exit, and read it then.
     */
    int traced = r.as && !ce.step[0] &&
                 ptrace(PTRACE_SEIZE, pid, 0, PTRACE_O_TRACEEXIT | PTRACE_O_TRACEEXEC | PTRACE_O_EXITKILL) == 0;
    uint64_t vm_peak_kb = 0;

    int waiting_go = r.prestart && !ce.step[0];
    /* A program that announces readiness is reported started only then (or ends first). */
    int waiting_ready = waiting_go && r.prestart_ready, ctl_silent = 0;
    if (waiting_go && !waiting_ready) pb_send(cfg->sock, PB_MSG_STARTED, NULL, 0, NULL, 0);
    struct pending_write job = {.fd = -1}, input = {.fd = -1};
    uint64_t budget = r.output_bytes;
    if (out.fd >= 0) fcntl(out.fd, F_SETFL, O_NONBLOCK);
    if (err.fd >= 0) fcntl(err.fd, F_SETFL, O_NONBLOCK);
    uint64_t cpu_limit_ns = r.cpu_ms * 1000000ull;
    uint64_t wall_limit_ns = r.wall_ms * 1000000ull;
    /* CPU is polled often enough to stop a runaway within ~5% of its limit (10 ms at most). */
    uint64_t cpu_every = cpu_limit_ns / 20;
    if (cpu_every < 2000000ull) cpu_every = 2000000ull;
    if (cpu_every > 10000000ull) cpu_every = 10000000ull;
    struct seccomp_notif_sizes sizes = {0};
    syscall(SYS_seccomp, SECCOMP_GET_NOTIF_SIZES, 0, &sizes);
    long sv_nr = -1;
    uint32_t sv_arch = 0;
    uint64_t end = 0;

    while (!main_done) {
        struct pollfd p[8];
        int np = 0;
        p[np++] = (struct pollfd){.fd = cfg->sock, .events = POLLIN};
        p[np++] = (struct pollfd){.fd = sfd, .events = POLLIN};
        p[np++] = (struct pollfd){.fd = out.eof ? -1 : out.fd, .events = POLLIN};
        p[np++] = (struct pollfd){.fd = err.eof ? -1 : err.fd, .events = POLLIN};
        p[np++] = (struct pollfd){.fd = listener, .events = POLLIN};
        p[np++] = (struct pollfd){.fd = job.fd, .events = POLLOUT};
        p[np++] = (struct pollfd){.fd = input.fd, .events = POLLOUT};
        p[np++] = (struct pollfd){.fd = waiting_ready && !ctl_silent ? ctl_write : -1, .events = POLLIN};
        struct timespec ts, *tsp = NULL;
        if (waiting_ready && killed == PB_KILL_NONE && wall_limit_ns) {
            /* Start-up is bounded by the wall limit too, so a worker that never gets ready ends. */
            uint64_t t = now_ns(), wait = start + wall_limit_ns > t ? start + wall_limit_ns - t : 0;
            ts.tv_sec = (time_t)(wait / 1000000000ull);
            ts.tv_nsec = (long)(wait % 1000000000ull);
            tsp = &ts;
        } else if (!waiting_go && killed == PB_KILL_NONE && (wall_limit_ns || cpu_limit_ns)) {
            uint64_t t = now_ns(), next = UINT64_MAX;
            if (wall_limit_ns) next = start + wall_limit_ns;
            if (cpu_limit_ns && t + cpu_every < next) next = t + cpu_every;
            uint64_t wait = next > t ? next - t : 0;
            ts.tv_sec = (time_t)(wait / 1000000000ull);
            ts.tv_nsec = (long)(wait % 1000000000ull);
            tsp = &ts;
        }
        int pr = ppoll(p, (nfds_t)np, tsp, NULL);
        if (pr < 0 && errno != EINTR) break;
        if (p[1].revents) {
            struct signalfd_siginfo si;
            while (read(sfd, &si, sizeof si) > 0) {}
        }
        /* Reap everything that ended: the main process, and orphans reparented to us. */
        for (;;) {
            int st;
            struct rusage ru;
            pid_t w = wait4(-1, &st, WNOHANG | __WALL, &ru);
            if (w <= 0) break;
            if (w == launcher_pid()) {
                launcher_lost();
                continue;
            }
            if (w == zygote_pid()) {
                zygote_lost();
                continue;
            }
            if (traced && w == pid && WIFSTOPPED(st)) {
                int event = st >> 16, sig = WSTOPSIG(st);
                if (event == PTRACE_EVENT_EXIT) vm_peak_kb = read_vm_peak(pid);
                /* Exit, exec and group stops resume as they were; a signal stop delivers its signal. */
                ptrace(PTRACE_CONT, pid, 0, event ? 0 : sig);
                continue;
            }
            if (w == pid) {
                main_status = st, main_done = 1, main_ru = ru;
                end = now_ns();
            }
        }
        struct capture *streams[2] = {&out, &err};
        for (int i = 0; i < 2; i++) {
            struct capture *c = streams[i];
            if (c->fd < 0 || c->eof || !(p[2 + i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
            if (capture_read(c, &budget) != 0) {
                c->eof = 1;
                if (c->truncated) kill_all(&killed, PB_KILL_OUTPUT);
            }
        }
        if (listener >= 0 && (p[4].revents & POLLIN)) {
            struct seccomp_notif *req = calloc(1, sizes.seccomp_notif > sizeof *req ? sizes.seccomp_notif : sizeof *req);
            if (req && ioctl(listener, SECCOMP_IOCTL_NOTIF_RECV, req) == 0 && sv_nr < 0) {
                sv_nr = req->data.nr;
                sv_arch = req->data.arch;
                kill_all(&killed, PB_KILL_SECCOMP);
            }
            free(req);
        } else if (listener >= 0 && (p[4].revents & (POLLHUP | POLLERR))) {
            if (listener != shared_listener) close(listener);
            listener = -1;
        }
        if (p[5].revents & (POLLOUT | POLLERR | POLLHUP)) pending_write_step(&job);
        if (p[6].revents & (POLLOUT | POLLERR | POLLHUP)) pending_write_step(&input);
        if (p[7].revents & (POLLIN | POLLHUP | POLLERR)) {
            char ready;
            ssize_t n = read(ctl_write, &ready, 1);
            if (n == 1) {
                waiting_ready = 0;
                pb_send(cfg->sock, PB_MSG_STARTED, NULL, 0, NULL, 0);
            } else if (n == 0 || (n < 0 && errno != EINTR && errno != EAGAIN)) {
                /* It closed its job channel without a word (or died): never report it started. Its
                 * exit, or the wall limit, ends the run and the daemon gets that RESULT instead. */
                ctl_silent = 1;
            }
        }
        if (waiting_ready && killed == PB_KILL_NONE && wall_limit_ns && now_ns() >= start + wall_limit_ns)
            kill_all(&killed, PB_KILL_WALL);
        if (p[0].revents) {
            uint16_t type;
            uint8_t *msgbody = NULL;
            size_t mlen = 0;
            int mfds[PB_MAX_FDS], mn = 0;
            int rr = pb_recv(cfg->sock, &type, &msgbody, &mlen, mfds, &mn);
            for (int i = 0; i < mn; i++) close(mfds[i]);
            if (rr < 0) {
                /* The daemon is gone: end the run and the box (pid 1 exiting kills the namespace). */
                _exit(0);
            }
            if (type == PB_MSG_KILL) {
                kill_all(&killed, PB_KILL_CANCEL);
            } else if (type == PB_MSG_GO && waiting_go && !waiting_ready) {
                size_t off = 0;
                pb_field fl;
                while (pb_next(msgbody, mlen, &off, &fl) == 1) {
                    if (fl.tag == PB_GO_BYTES) pending_write_set(&job, fl.value, fl.len);
                    if (fl.tag == PB_GO_STDIN) pending_write_set(&input, fl.value, fl.len);
                    /* The job's own time and output limits replace the ones the worker started with. */
                    if (fl.tag == PB_CPU_MS) cpu_limit_ns = pb_u64(&fl) * 1000000ull;
                    if (fl.tag == PB_WALL_MS) wall_limit_ns = pb_u64(&fl) * 1000000ull;
                    if (fl.tag == PB_OUTPUT_BYTES) budget = pb_u64(&fl);
                }
                cpu_every = cpu_limit_ns / 20;
                if (cpu_every < 2000000ull) cpu_every = 2000000ull;
                if (cpu_every > 10000000ull) cpu_every = 10000000ull;
                waiting_go = 0;
                /* Its job is here: back to normal priority, every thread of the run's process group. */
                setpriority(PRIO_PGRP, pid, 0);
                restore_autogroup(pid);
                start = now_ns();
                cpu_base = counter_read(cfg);
                pending_write_start(&job, ctl_write);
                ctl_write = -1;
                pending_write_start(&input, stdin_w);
                stdin_w = -1;
            }
            free(msgbody);
        }
        if (killed == PB_KILL_NONE && !waiting_go) {
            uint64_t t = now_ns();
            if (wall_limit_ns && t >= start + wall_limit_ns) kill_all(&killed, PB_KILL_WALL);
            else if (cpu_limit_ns && counter_read(cfg) - cpu_base >= cpu_limit_ns) kill_all(&killed, PB_KILL_CPU);
        }
    }
    /* The main process is gone: nothing of the run may outlive it (the launcher stays). */
    for (;;) {
        kill_box();
        int st;
        pid_t w;
        while ((w = waitpid(-1, &st, WNOHANG | __WALL)) > 0) {
            if (w == launcher_pid()) launcher_lost();
            if (w == zygote_pid()) zygote_lost();
        }
        if (!box_processes_left()) break;
        usleep(100);
    }
    /* A run shares the zygote's uid and may have stopped it: it serves the next run awake. */
    zygote_resume();
    if (out.fd >= 0 && !out.eof) capture_read(&out, &budget);
    if (err.fd >= 0 && !err.eof) capture_read(&err, &budget);
    if ((out.truncated || err.truncated) && killed == PB_KILL_NONE) killed = PB_KILL_OUTPUT;
    uint64_t cpu_ns = counter_read(cfg) - cpu_base;
    struct rusage ru1;
    getrusage(RUSAGE_CHILDREN, &ru1);
    uint64_t ru_us = (uint64_t)((ru1.ru_utime.tv_sec - ru0.ru_utime.tv_sec) + (ru1.ru_stime.tv_sec - ru0.ru_stime.tv_sec)) * 1000000ull +
                     (uint64_t)((ru1.ru_utime.tv_usec - ru0.ru_utime.tv_usec) + (ru1.ru_stime.tv_usec - ru0.ru_stime.tv_usec));

    pb_buf b = {0};
    if (ce.step[0]) {
        pb_put_str(&b, PB_R_SETUP_STEP, ce.step);
        pb_put_u64(&b, PB_R_SETUP_ERRNO, (uint64_t)ce.err);
    }
    pb_put_u64(&b, PB_R_EXITED, WIFEXITED(main_status) ? 1 : 0);
    pb_put_u64(&b, PB_R_EXIT_CODE, WIFEXITED(main_status) ? (uint64_t)WEXITSTATUS(main_status) : 0);
    pb_put_u64(&b, PB_R_SIGNAL, WIFSIGNALED(main_status) ? (uint64_t)WTERMSIG(main_status) : 0);
    pb_put_u64(&b, PB_R_WALL_US, (end - start) / 1000);
    pb_put_u64(&b, PB_R_CPU_US, cfg->cpu_fd >= 0 ? cpu_ns / 1000 : ru_us);
    pb_put_u64(&b, PB_R_CPU_COUNTED, cfg->cpu_fd >= 0 ? 1 : 0);
    pb_put_u64(&b, PB_R_RUSAGE_CPU_US, ru_us);
    pb_put_u64(&b, PB_R_MAXRSS_KB, (uint64_t)main_ru.ru_maxrss);
    pb_put_u64(&b, PB_R_KILLED, (uint64_t)killed);
    if (traced) pb_put_u64(&b, PB_R_VM_PEAK_KB, vm_peak_kb);
    if (waiting_go) pb_put_u64(&b, PB_R_BEFORE_GO, 1);
    pb_put_u64(&b, PB_R_END_NS, end);
    if (sv_nr >= 0) {
        pb_put_u64(&b, PB_R_SYSCALL_NR, (uint64_t)sv_nr);
        pb_put_u64(&b, PB_R_SYSCALL_ARCH, sv_arch);
        const char *name = pb_syscall_name(sv_arch, (int)sv_nr);
        if (name) pb_put_str(&b, PB_R_SYSCALL_NAME, name);
    }
    if (out.fd >= 0) pb_put(&b, PB_R_STDOUT, out.data, (uint32_t)out.len);
    if (err.fd >= 0) pb_put(&b, PB_R_STDERR, err.data, (uint32_t)err.len);
    pb_put_u64(&b, PB_R_STDOUT_TRUNC, (uint64_t)out.truncated);
    pb_put_u64(&b, PB_R_STDERR_TRUNC, (uint64_t)err.truncated);
    send_result(cfg, &b);

    if (out.fd >= 0) close(out.fd);
    if (err.fd >= 0) close(err.fd);
    if (listener >= 0 && listener != shared_listener) close(listener);
    pending_write_free(&job);
    pending_write_free(&input);
    if (ctl_write >= 0) close(ctl_write);
    if (stdin_w >= 0) close(stdin_w);
    free(out.data);
    free(err.data);
    free_req(&r);
    return 0;
}
