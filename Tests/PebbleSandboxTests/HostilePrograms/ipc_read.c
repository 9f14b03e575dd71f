/* Exit 0 when nothing ipc_write left is visible here. */
#include <fcntl.h>
#include <mqueue.h>
#include <stdio.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <unistd.h>
int main(void) {
    int seen = 0;
    if (shmget(0x5eb1e, 0, 0) >= 0) { puts("shm visible"); seen = 1; }
    if (semget(0x5eb1e, 0, 0) >= 0) { puts("sem visible"); seen = 1; }
    if (msgget(0x5eb1e, 0) >= 0) { puts("msg visible"); seen = 1; }
    if (mq_open("/pebble-q", O_RDONLY) != (mqd_t)-1) { puts("mqueue visible"); seen = 1; }
    if (access("/dev/shm/pebble-secret", F_OK) == 0) { puts("/dev/shm visible"); seen = 1; }
    return seen;
}
