/*
 * The box's file system, built once by pid 1 in its private mount namespace:
 *   /            a small tmpfs, read-only once built
 *   <binds>      read-only binds of exactly the host paths the daemon asked for
 *   /proc        a fresh proc of the box's pid namespace, hidepid so pid 1 (root) is invisible
 *   /dev         null zero full random urandom (bound from the host), fd links, /dev/shm
 *   /box /tmp    size-capped tmpfs, mounted afresh by every reset (so nothing survives a job)
 *   /etc/passwd  one line naming the box user (some runtimes ask who they are)
 *   /dev/mqueue  the box's POSIX message queues (its own IPC namespace), emptied by a reset
 * Nothing is mounted in the host's namespace, so nothing can be left behind there.
 */
#define _GNU_SOURCE
#include "box_init.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/syscall.h>
#include <unistd.h>

#define FAIL(stepname)                                   \
    do {                                                 \
        *f = (struct failure){(stepname), errno};        \
        return -1;                                       \
    } while (0)

static int mkdirs(const char *path, mode_t mode) {
    char tmp[PATH_MAX];
    snprintf(tmp, sizeof tmp, "%s", path);
    for (char *p = tmp + 1; *p; p++) {
        if (*p != '/') continue;
        *p = 0;
        if (mkdir(tmp, mode) < 0 && errno != EEXIST) return -1;
        *p = '/';
    }
    if (mkdir(tmp, mode) < 0 && errno != EEXIST) return -1;
    return 0;
}

static int make_parent(const char *path) {
    char parent[PATH_MAX];
    snprintf(parent, sizeof parent, "%s", path);
    char *slash = strrchr(parent, '/');
    if (!slash || slash == parent) return 0;
    *slash = 0;
    return mkdirs(parent, 0755);
}

/* A remount of a bind must keep the flags the kernel locks on the source (atime, nosuid, ...). */
static unsigned long locked_flags(const char *src) {
    struct statvfs sv;
    unsigned long flags = 0;
    if (statvfs(src, &sv) < 0) return 0;
    if (sv.f_flag & ST_NOSUID) flags |= MS_NOSUID;
    if (sv.f_flag & ST_NODEV) flags |= MS_NODEV;
    if (sv.f_flag & ST_NOEXEC) flags |= MS_NOEXEC;
    if (sv.f_flag & ST_NOATIME) flags |= MS_NOATIME;
    if (sv.f_flag & ST_NODIRATIME) flags |= MS_NODIRATIME;
    if (sv.f_flag & ST_RELATIME) flags |= MS_RELATIME;
    return flags;
}

static int bind_readonly(const char *src, const char *dst, struct failure *f) {
    struct stat st;
    if (stat(src, &st) < 0) FAIL("bind: source missing");
    if (make_parent(dst) < 0) FAIL("bind: make mount point");
    if (S_ISDIR(st.st_mode)) {
        if (mkdir(dst, 0755) < 0 && errno != EEXIST) FAIL("bind: make mount point");
    } else {
        int fd = open(dst, O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
        if (fd < 0) FAIL("bind: make mount point");
        close(fd);
    }
    if (mount(src, dst, NULL, MS_BIND | MS_REC, NULL) < 0) FAIL("bind mount");
    unsigned long flags = MS_REMOUNT | MS_BIND | MS_RDONLY | MS_NOSUID | locked_flags(src);
    if (mount(NULL, dst, NULL, flags, NULL) < 0) FAIL("bind: remount read-only");
    return 0;
}

static int bind_one(const char *root, const struct bind *b, struct failure *f) {
    char dst[PATH_MAX];
    snprintf(dst, sizeof dst, "%s%s", root, b->dst);
    struct stat lst;
    /* Merged-/usr hosts make /bin, /lib ... symlinks into /usr: recreate the link, not a second bind. */
    if (!strcmp(b->src, b->dst) && lstat(b->src, &lst) == 0 && S_ISLNK(lst.st_mode)) {
        char target[PATH_MAX];
        ssize_t n = readlink(b->src, target, sizeof target - 1);
        if (n < 0) FAIL("bind: readlink");
        target[n] = 0;
        if (make_parent(dst) < 0) FAIL("bind: make link parent");
        if (symlink(target, dst) < 0 && errno != EEXIST) FAIL("bind: symlink");
        return 0;
    }
    return bind_readonly(b->src, dst, f);
}

static int make_dev(const char *root, struct failure *f, char *degraded, size_t degraded_len) {
    char path[PATH_MAX];
    snprintf(path, sizeof path, "%s/dev", root);
    if (mkdir(path, 0755) < 0 && errno != EEXIST) FAIL("mkdir /dev");
    if (mount("tmpfs", path, "tmpfs", MS_NOSUID | MS_NOEXEC, "size=64k,nr_inodes=64,mode=0755") < 0)
        FAIL("mount /dev tmpfs");
    static const char *nodes[] = {"null", "zero", "full", "random", "urandom"};
    for (size_t i = 0; i < sizeof nodes / sizeof *nodes; i++) {
        char src[64], dst[PATH_MAX];
        snprintf(src, sizeof src, "/dev/%s", nodes[i]);
        snprintf(dst, sizeof dst, "%s/dev/%s", root, nodes[i]);
        int fd = open(dst, O_WRONLY | O_CREAT | O_CLOEXEC, 0666);
        if (fd < 0) FAIL("create /dev node");
        close(fd);
        if (mount(src, dst, NULL, MS_BIND, NULL) < 0) FAIL("bind /dev node");
    }
    static const char *links[][2] = {
        {"fd", "/proc/self/fd"}, {"stdin", "/proc/self/fd/0"}, {"stdout", "/proc/self/fd/1"},
        {"stderr", "/proc/self/fd/2"}};
    for (size_t i = 0; i < sizeof links / sizeof *links; i++) {
        snprintf(path, sizeof path, "%s/dev/%s", root, links[i][0]);
        if (symlink(links[i][1], path) < 0) FAIL("symlink in /dev");
    }
    snprintf(path, sizeof path, "%s/dev/shm", root);
    if (mkdir(path, 01777) < 0) FAIL("mkdir /dev/shm");
    snprintf(path, sizeof path, "%s/dev/mqueue", root);
    if (mkdir(path, 01777) < 0) FAIL("mkdir /dev/mqueue");
    snprintf(path, sizeof path, "%s/dev", root);
    if (mount(NULL, path, NULL, MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NOEXEC, "size=64k,mode=0755") < 0) {
        strncat(degraded, "/dev could not be made read-only; ", degraded_len - strlen(degraded) - 1);
    }
    return 0;
}

static int write_text(const char *path, const char *text) {
    int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) return errno == EEXIST ? 0 : -1;
    ssize_t n = write(fd, text, strlen(text));
    close(fd);
    return n == (ssize_t)strlen(text) ? 0 : -1;
}

int build_box_root(const struct box_config *cfg, struct failure *f, char *degraded, size_t degraded_len) {
    const char *root = cfg->root;
    char path[PATH_MAX];
    if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) < 0) FAIL("make mounts private");
    if (mount("tmpfs", root, "tmpfs", MS_NOSUID | MS_NODEV, "size=1m,nr_inodes=4096,mode=0755") < 0)
        FAIL("mount root tmpfs");
    for (int i = 0; i < cfg->nbinds; i++)
        if (bind_one(root, &cfg->binds[i], f) < 0) return -1;

    snprintf(path, sizeof path, "%s/proc", root);
    if (mkdir(path, 0555) < 0 && errno != EEXIST) FAIL("mkdir /proc");
    unsigned long pflags = MS_NOSUID | MS_NODEV | MS_NOEXEC;
    if (mount("proc", path, "proc", pflags, "hidepid=invisible") < 0 &&
        mount("proc", path, "proc", pflags, "hidepid=2") < 0) {
        if (!cfg->rootless) FAIL("mount /proc");
        strncat(degraded, "no /proc in the box (the kernel refused a proc mount); ",
                degraded_len - strlen(degraded) - 1);
    }
    if (make_dev(root, f, degraded, degraded_len) < 0) return -1;

    static const char *dirs[] = {"/box", "/tmp", "/etc", "/.old"};
    for (size_t i = 0; i < sizeof dirs / sizeof *dirs; i++) {
        snprintf(path, sizeof path, "%s%s", root, dirs[i]);
        if (mkdir(path, 0755) < 0 && errno != EEXIST) FAIL("mkdir box directories");
    }
    char text[256];
    snprintf(path, sizeof path, "%s/etc/passwd", root);
    snprintf(text, sizeof text, "box:x:%u:%u:box:/box:/bin/sh\n", cfg->uid, cfg->gid);
    if (write_text(path, text) < 0) FAIL("write /etc/passwd");
    snprintf(path, sizeof path, "%s/etc/group", root);
    snprintf(text, sizeof text, "box:x:%u:\n", cfg->gid);
    if (write_text(path, text) < 0) FAIL("write /etc/group");

    snprintf(path, sizeof path, "%s/.old", root);
    if (syscall(SYS_pivot_root, root, path) < 0) FAIL("pivot_root");
    if (chdir("/") < 0) FAIL("chdir /");
    if (umount2("/.old", MNT_DETACH) < 0) FAIL("detach old root");
    if (rmdir("/.old") < 0) FAIL("remove old root");
    if (mount(NULL, "/", NULL, MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV, "size=1m,mode=0755") < 0)
        FAIL("remount root read-only");
    /* The box's own POSIX queues, where Linux shows them; a reset finds and removes them here. */
    if (mount("mqueue", "/dev/mqueue", "mqueue", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL) < 0) FAIL("mount mqueue");
    return reset_box_dirs(cfg, f);
}

/* Fresh tmpfs instead of deleting files: O(1), and no symlink planted by a run can mislead it. */
int reset_box_dirs(const struct box_config *cfg, struct failure *f) {
    char opts[128];
    clear_ipc();
    struct {
        const char *path;
        unsigned long kb;
        const char *mode;
        int owned;
    } dirs[] = {{"/box", cfg->box_kb, "0755", 1}, {"/tmp", cfg->tmp_kb, "1777", 0},
                {"/dev/shm", cfg->shm_kb, "1777", 0}};
    for (size_t i = 0; i < sizeof dirs / sizeof *dirs; i++) {
        if (umount2(dirs[i].path, MNT_DETACH) < 0 && errno != EINVAL) FAIL("reset: unmount");
        if (dirs[i].owned)
            snprintf(opts, sizeof opts, "size=%luk,nr_inodes=16384,mode=%s,uid=%u,gid=%u", dirs[i].kb,
                     dirs[i].mode, cfg->uid, cfg->gid);
        else
            snprintf(opts, sizeof opts, "size=%luk,nr_inodes=16384,mode=%s", dirs[i].kb, dirs[i].mode);
        if (mount("tmpfs", dirs[i].path, "tmpfs", MS_NOSUID | MS_NODEV, opts) < 0) FAIL("reset: mount tmpfs");
    }
    return 0;
}
