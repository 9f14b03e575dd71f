/* Leave SysV shared memory, a semaphore set, a message queue, a POSIX queue and a /dev/shm file. */
#include <fcntl.h>
#include <mqueue.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <unistd.h>
int main(int argc, char **argv) {
    int id = shmget(0x5eb1e, 4096, IPC_CREAT | 0666); if (id < 0) return 1;
    char *p = shmat(id, 0, 0); strcpy(p, "secret");
    if (semget(0x5eb1e, 1, IPC_CREAT | 0666) < 0) return 2;
    if (msgget(0x5eb1e, IPC_CREAT | 0666) < 0) return 3;
    if (mq_open("/pebble-q", O_CREAT | O_RDWR, 0666, NULL) == (mqd_t)-1) return 4;
    int fd = open("/dev/shm/pebble-secret", O_CREAT | O_WRONLY, 0666); if (fd < 0 || write(fd, "secret", 6) != 6) return 5;
    if (argc > 1) sleep(atoi(argv[1]));
    return 0;
}
